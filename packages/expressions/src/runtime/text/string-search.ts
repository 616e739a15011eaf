import { argumentNull, argumentOutOfRange } from '../exceptions.js';
import { upperString } from './char-case.js';
import { checkComparison, ignoresCase } from './string-comparison.js';

/**
 * `IndexOf`, `LastIndexOf`, `IndexOfAny`, `LastIndexOfAny`, `StartsWith`, `EndsWith` and
 * `Contains`, with .NET's argument checks. Culture-sensitive searches (the default of
 * `IndexOf(string)`, `StartsWith(string)`, `EndsWith(string)`) run as ordinal searches, with
 * invariant upper-casing for the ignore-case comparisons: they differ from .NET only for
 * strings with characters the culture ignores or composes (soft hyphens, combining marks).
 */

const INDEX = 'Index was out of range. Must be non-negative and less than the size of the collection.';
const COUNT = 'Count must be positive and count must refer to a location within the string/array/collection.';

const fold = (text: string, comparison: number) => (ignoresCase(comparison) ? upperString(text) : text);

/** `IndexOf(char value, int startIndex, int count)`. */
export function indexOfChar(
  self: string,
  value: number,
  startIndex = 0,
  count = self.length - startIndex,
): number {
  if (startIndex < 0 || startIndex > self.length) throw argumentOutOfRange('startIndex', INDEX);
  if (count < 0 || count > self.length - startIndex) throw argumentOutOfRange('count', COUNT);
  const found = self.indexOf(String.fromCharCode(value), startIndex);
  return found >= 0 && found < startIndex + count ? found : -1;
}

/** `IndexOf(string value, int startIndex, int count, StringComparison comparisonType)`. */
export function indexOfString(
  self: string,
  value: string | null,
  startIndex = 0,
  count = self.length - startIndex,
  comparison = 0,
): number {
  if (value === null) throw argumentNull('value');
  if (startIndex < 0 || startIndex > self.length) throw argumentOutOfRange('startIndex', INDEX);
  if (count < 0 || startIndex > self.length - count) throw argumentOutOfRange('count', COUNT);
  checkComparison(comparison);
  const window = fold(self.slice(0, startIndex + count), comparison);
  const found = window.indexOf(fold(value, comparison), startIndex);
  return found;
}

/** `LastIndexOf(char value, int startIndex, int count)`: searches backwards from `startIndex`. */
export function lastIndexOfChar(
  self: string,
  value: number,
  startIndex = self.length - 1,
  count = startIndex + 1,
): number {
  if (self.length === 0) return -1;
  if (startIndex < 0 || startIndex >= self.length) throw argumentOutOfRange('startIndex', INDEX);
  if (count < 0 || count - 1 > startIndex) throw argumentOutOfRange('count', COUNT);
  const found = self.lastIndexOf(String.fromCharCode(value), startIndex);
  return found > startIndex - count ? found : -1;
}

/** `LastIndexOf(string value, int startIndex, int count, StringComparison comparisonType)`. */
export function lastIndexOfString(
  self: string,
  value: string | null,
  startIndex = self.length - 1,
  count = startIndex + 1,
  comparison = 0,
): number {
  if (value === null) throw argumentNull('value');
  checkComparison(comparison);
  if (self.length === 0 && (startIndex === -1 || startIndex === 0)) return value.length === 0 ? 0 : -1;
  if (startIndex < 0 || startIndex > self.length) throw argumentOutOfRange('startIndex', INDEX);
  if (startIndex === self.length) {
    startIndex--;
    if (count > 0) count--;
    if (value.length === 0 && count >= 0 && startIndex - count + 1 >= 0) return startIndex;
  }
  if (count < 0 || startIndex - count + 1 < 0) throw argumentOutOfRange('count', COUNT);
  if (value.length === 0) return startIndex;
  const first = startIndex - count + 1;
  const window = fold(self.slice(first, startIndex + 1), comparison);
  const found = window.lastIndexOf(fold(value, comparison));
  return found < 0 ? -1 : found + first;
}

/** `IndexOfAny(char[] anyOf, int startIndex, int count)`. */
export function indexOfAny(
  self: string,
  anyOf: readonly number[] | null,
  startIndex = 0,
  count = self.length - startIndex,
): number {
  if (anyOf === null) throw argumentNull('anyOf');
  if (startIndex < 0 || startIndex > self.length) throw argumentOutOfRange('startIndex', INDEX);
  if (count < 0 || count > self.length - startIndex) throw argumentOutOfRange('count', COUNT);
  const set = new Set(anyOf);
  for (let i = startIndex; i < startIndex + count; i++) if (set.has(self.charCodeAt(i))) return i;
  return -1;
}

/** `LastIndexOfAny(char[] anyOf, int startIndex, int count)`. */
export function lastIndexOfAny(
  self: string,
  anyOf: readonly number[] | null,
  startIndex = self.length - 1,
  count = startIndex + 1,
): number {
  if (anyOf === null) throw argumentNull('anyOf');
  if (self.length === 0) return -1;
  if (startIndex < 0 || startIndex >= self.length) throw argumentOutOfRange('startIndex', INDEX);
  if (count < 0 || count - 1 > startIndex) throw argumentOutOfRange('count', COUNT);
  const set = new Set(anyOf);
  for (let i = startIndex; i > startIndex - count; i--) if (set.has(self.charCodeAt(i))) return i;
  return -1;
}

/** `StartsWith(string value, StringComparison comparisonType)`. */
export function startsWith(self: string, value: string | null, comparison = 0): boolean {
  if (value === null) throw argumentNull('value');
  checkComparison(comparison);
  if (value.length > self.length) return false;
  return fold(self.slice(0, value.length), comparison) === fold(value, comparison);
}

/** `EndsWith(string value, StringComparison comparisonType)`. */
export function endsWith(self: string, value: string | null, comparison = 0): boolean {
  if (value === null) throw argumentNull('value');
  checkComparison(comparison);
  if (value.length > self.length) return false;
  return fold(self.slice(self.length - value.length), comparison) === fold(value, comparison);
}

/** `Contains(string value)` (ordinal), and modern .NET's `Contains(string, StringComparison)`. */
export function contains(self: string, value: string | null, comparison = 4): boolean {
  if (value === null) throw argumentNull('value');
  checkComparison(comparison);
  return fold(self, comparison).includes(fold(value, comparison));
}
