import { argument, argumentNull, argumentOutOfRange, indexOutOfRange } from '../exceptions.js';
import { isWhiteSpace } from './text-values.js';

/** Instance members of `System.String` that cut, pad and rebuild strings, with .NET's checks. */

/** `this[int index]`: the UTF-16 unit. */
export function charAt(self: string, index: number): number {
  if (index < 0 || index >= self.length) throw indexOutOfRange();
  return self.charCodeAt(index);
}

/** `Substring(int startIndex, int length)`. */
export function substring(self: string, startIndex: number, length = self.length - startIndex): string {
  if (startIndex < 0) throw argumentOutOfRange('startIndex', 'StartIndex cannot be less than zero.');
  if (startIndex > self.length) {
    throw argumentOutOfRange('startIndex', 'startIndex cannot be larger than length of string.');
  }
  if (length < 0) throw argumentOutOfRange('length', 'Length cannot be less than zero.');
  if (startIndex > self.length - length) {
    throw argumentOutOfRange('length', 'Index and length must refer to a location within the string.');
  }
  return self.substr(startIndex, length);
}

/** `Remove(int startIndex)`. */
export function removeFrom(self: string, startIndex: number): string {
  if (startIndex < 0) throw argumentOutOfRange('startIndex', 'StartIndex cannot be less than zero.');
  if (startIndex >= self.length) {
    throw argumentOutOfRange('startIndex', 'startIndex must be less than length of string.');
  }
  return self.slice(0, startIndex);
}

/** `Remove(int startIndex, int count)`. */
export function remove(self: string, startIndex: number, count: number): string {
  if (startIndex < 0) throw argumentOutOfRange('startIndex', 'StartIndex cannot be less than zero.');
  if (count < 0) throw argumentOutOfRange('count', 'Count cannot be less than zero.');
  if (count > self.length - startIndex) {
    throw argumentOutOfRange('count', 'Index and count must refer to a location within the string.');
  }
  return self.slice(0, startIndex) + self.slice(startIndex + count);
}

/** `Insert(int startIndex, string value)`. */
export function insert(self: string, startIndex: number, value: string | null): string {
  if (value === null) throw argumentNull('value');
  if (startIndex < 0 || startIndex > self.length) throw argumentOutOfRange('startIndex');
  return self.slice(0, startIndex) + value + self.slice(startIndex);
}

/** `Replace(char oldChar, char newChar)`. */
export function replaceChar(self: string, oldChar: number, newChar: number): string {
  return self.split(String.fromCharCode(oldChar)).join(String.fromCharCode(newChar));
}

/** `Replace(string oldValue, string newValue)`: ordinal; a null new value removes. */
export function replaceString(self: string, oldValue: string | null, newValue: string | null): string {
  if (oldValue === null) throw argumentNull('oldValue');
  if (oldValue.length === 0) throw argument('String cannot be of zero length.', 'oldValue');
  return self.split(oldValue).join(newValue ?? '');
}

function checkWidth(totalWidth: number): void {
  if (totalWidth < 0) throw argumentOutOfRange('totalWidth', 'Non-negative number required.');
}

/** `PadLeft(int totalWidth, char paddingChar = ' ')`. */
export function padLeft(self: string, totalWidth: number, paddingChar = 0x20): string {
  checkWidth(totalWidth);
  return self.padStart(totalWidth, String.fromCharCode(paddingChar));
}

/** `PadRight(int totalWidth, char paddingChar = ' ')`. */
export function padRight(self: string, totalWidth: number, paddingChar = 0x20): string {
  checkWidth(totalWidth);
  return self.padEnd(totalWidth, String.fromCharCode(paddingChar));
}

/** Which characters a trim removes: .NET's white space when none are given. */
function trimTest(trimChars: readonly number[] | null): (code: number) => boolean {
  if (trimChars === null || trimChars.length === 0) return isWhiteSpace;
  const set = new Set(trimChars);
  return (code) => set.has(code);
}

/** `Trim(params char[] trimChars)`, `TrimStart`, `TrimEnd` (`Trim()` when `trimChars` is null). */
export function trim(
  self: string,
  trimChars: readonly number[] | null = null,
  start = true,
  end = true,
): string {
  const test = trimTest(trimChars);
  let first = 0;
  let last = self.length - 1;
  if (start) while (first <= last && test(self.charCodeAt(first))) first++;
  if (end) while (last >= first && test(self.charCodeAt(last))) last--;
  return self.slice(first, last + 1);
}

/** `ToCharArray(int startIndex, int length)` as UTF-16 units (the caller tags the array). */
export function checkCharRange(self: string, startIndex: number, length: number): void {
  const index = 'Index was out of range. Must be non-negative and less than the size of the collection.';
  if (startIndex < 0 || startIndex > self.length || startIndex > self.length - length) {
    throw argumentOutOfRange('startIndex', index);
  }
  if (length < 0) throw argumentOutOfRange('length', index);
}

/** `IsNullOrWhiteSpace(string value)`. */
export function isNullOrWhiteSpace(value: string | null): boolean {
  if (value === null) return true;
  for (let i = 0; i < value.length; i++) if (!isWhiteSpace(value.charCodeAt(i))) return false;
  return true;
}

/** `new string(char c, int count)`. */
export function repeatChar(c: number, count: number): string {
  if (count < 0) throw argumentOutOfRange('count', 'Count cannot be less than zero.');
  return String.fromCharCode(c).repeat(count);
}

/** `new string(char[] value, int startIndex, int length)`: a null array is the empty string. */
export function fromCharArray(value: readonly number[] | null, startIndex = 0, length?: number): string {
  if (value === null) {
    if (length === undefined) return '';
    throw argumentNull('value');
  }
  const count = length ?? value.length - startIndex;
  if (startIndex < 0) throw argumentOutOfRange('startIndex', 'StartIndex cannot be less than zero.');
  if (count < 0) throw argumentOutOfRange('length', 'Length cannot be less than zero.');
  if (startIndex > value.length - count) {
    throw argumentOutOfRange(
      'startIndex',
      'Index was out of range. Must be non-negative and less than the size of the collection.',
    );
  }
  let out = '';
  for (let i = startIndex; i < startIndex + count; i++) out += String.fromCharCode(value[i]!);
  return out;
}

/** `System.Text.NormalizationForm` values and the JavaScript forms they name. */
const normalizationForms: Record<number, 'NFC' | 'NFD' | 'NFKC' | 'NFKD'> = {
  1: 'NFC',
  2: 'NFD',
  5: 'NFKC',
  6: 'NFKD',
};

/** `Normalize(NormalizationForm normalizationForm = FormC)`. */
export function normalize(self: string, form = 1): string {
  const name = normalizationForms[form];
  if (name === undefined) {
    throw argument(`Illegal enum value: ${form}.`, 'normalizationForm');
  }
  return self.normalize(name);
}

/** `IsNormalized(NormalizationForm normalizationForm = FormC)`. */
export function isNormalized(self: string, form = 1): boolean {
  return normalize(self, form) === self;
}
