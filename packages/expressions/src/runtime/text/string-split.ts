import { argument, argumentOutOfRange } from '../exceptions.js';
import { framework } from './string-comparison.js';
import { isWhiteSpace, stringArray } from './text-values.js';

/** `System.StringSplitOptions`: modern .NET adds `TrimEntries`. */
export const StringSplitOptions = { None: 0, RemoveEmptyEntries: 1, TrimEntries: 2 } as const;

/** A separator found in the string: where it starts and how long it is. */
interface Separator {
  readonly at: number;
  readonly length: number;
}

function charSeparators(self: string, separators: readonly number[] | null): Separator[] {
  const found: Separator[] = [];
  const test =
    separators === null || separators.length === 0
      ? isWhiteSpace
      : (
          (set) => (code: number) =>
            set.has(code)
        )(new Set(separators));
  for (let i = 0; i < self.length; i++) if (test(self.charCodeAt(i))) found.push({ at: i, length: 1 });
  return found;
}

function stringSeparators(self: string, separators: readonly (string | null)[]): Separator[] {
  const found: Separator[] = [];
  for (let i = 0; i < self.length; i++) {
    for (const separator of separators) {
      if (separator === null || separator.length === 0) continue;
      if (self.startsWith(separator, i)) {
        found.push({ at: i, length: separator.length });
        i += separator.length - 1;
        break;
      }
    }
  }
  return found;
}

function checkArguments(count: number, options: number): void {
  if (count < 0) throw argumentOutOfRange('count', 'Count cannot be less than zero.');
  const valid = framework() ? options === 0 || options === 1 : options >= 0 && options <= 3;
  if (!valid) throw argument(`Illegal enum value: ${options}.`, 'options');
}

/** .NET's `InternalSplitKeepEmptyEntries` / `InternalSplitOmitEmptyEntries`. */
function cut(self: string, separators: Separator[], count: number, options: number): (string | null)[] {
  const omitEmpty = (options & StringSplitOptions.RemoveEmptyEntries) !== 0;
  const trimEntries = (options & StringSplitOptions.TrimEntries) !== 0;
  if (trimEntries) return cutTrimming(self, separators, count, omitEmpty);
  if (count === 0 || (omitEmpty && self.length === 0)) return [];
  if (separators.length === 0 || count === 1) return [self];
  const parts: string[] = [];
  let current = 0;
  if (!omitEmpty) {
    const replaces = Math.min(separators.length, count - 1);
    for (let i = 0; i < replaces && current < self.length; i++) {
      parts.push(self.slice(current, separators[i]!.at));
      current = separators[i]!.at + separators[i]!.length;
    }
    if (current < self.length) parts.push(self.slice(current));
    else if (parts.length === replaces) parts.push('');
    return parts;
  }
  for (let i = 0; i < separators.length && current < self.length; i++) {
    if (separators[i]!.at - current > 0) parts.push(self.slice(current, separators[i]!.at));
    current = separators[i]!.at + separators[i]!.length;
    if (parts.length === count - 1) {
      // Empty entries right before the remainder are skipped.
      while (i < separators.length - 1 && current === separators[++i]!.at) current += separators[i]!.length;
      break;
    }
  }
  if (current < self.length) parts.push(self.slice(current));
  return parts;
}

/** Modern .NET's `TrimEntries`: each entry trimmed, then empty ones dropped if asked. */
function cutTrimming(self: string, separators: Separator[], count: number, omitEmpty: boolean): string[] {
  if (count === 0) return [];
  const entries: string[] = [];
  let current = 0;
  for (const separator of separators) {
    if (entries.length === count - 1) break;
    const entry = self.slice(current, separator.at).trim();
    current = separator.at + separator.length;
    if (omitEmpty && entry.length === 0) continue;
    entries.push(entry);
  }
  const last = self.slice(current).trim();
  if (!(omitEmpty && last.length === 0)) entries.push(last);
  return entries;
}

/** `Split(char[] separator, int count, StringSplitOptions options)` (white space when no separators). */
export function splitChars(
  self: string,
  separators: readonly number[] | null,
  count = 0x7fffffff,
  options = 0,
): (string | null)[] {
  // The common `Split(',')`: one separator, every entry kept, which JavaScript's split does alike.
  if (separators !== null && separators.length === 1 && count === 0x7fffffff && options === 0) {
    return stringArray(self.split(String.fromCharCode(separators[0]!)));
  }
  checkArguments(count, options);
  return stringArray(cut(self, charSeparators(self, separators), count, options));
}

/** `Split(string[] separator, int count, StringSplitOptions options)`: the first separator that matches wins. */
export function splitStrings(
  self: string,
  separators: readonly (string | null)[] | null,
  count = 0x7fffffff,
  options = 0,
): (string | null)[] {
  checkArguments(count, options);
  if (separators === null || separators.length === 0) {
    return stringArray(cut(self, charSeparators(self, null), count, options));
  }
  return stringArray(cut(self, stringSeparators(self, separators), count, options));
}

/** Modern .NET's `Split(string separator, int count, StringSplitOptions options)`: a null or empty separator does not split. */
export function splitString(
  self: string,
  separator: string | null,
  count = 0x7fffffff,
  options = 0,
): (string | null)[] {
  checkArguments(count, options);
  const found = separator === null || separator.length === 0 ? [] : stringSeparators(self, [separator]);
  return stringArray(cut(self, found, count, options));
}
