import { argumentNull, argumentOutOfRange, format as formatError } from '../exceptions.js';
import { isWhiteSpace } from './text-values.js';

/**
 * `System.Char`'s classification by Unicode general category, read from JavaScript's Unicode
 * property escapes (the Unicode version of the engine; .NET Framework's tables are older, so
 * characters assigned recently may classify differently).
 */

const categories = {
  digit: /^\p{Nd}$/u,
  letter: /^\p{L}$/u,
  upper: /^\p{Lu}$/u,
  lower: /^\p{Ll}$/u,
  punctuation: /^\p{P}$/u,
  control: /^\p{Cc}$/u,
  separator: /^\p{Z}$/u,
  symbol: /^\p{S}$/u,
  number: /^\p{N}$/u,
} as const;

export type CharCategory = keyof typeof categories;

/** Whether a UTF-16 unit is in a category (lone surrogates are in none of these). */
export function charIs(category: CharCategory, code: number): boolean {
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return categories[category].test(String.fromCharCode(code));
}

export function isLetterOrDigit(code: number): boolean {
  return charIs('letter', code) || charIs('digit', code);
}

export { isWhiteSpace };

/** The unit at `index` of `s`, for the `(string s, int index)` overloads. */
export function charOf(s: string | null, index: number): number {
  if (s === null) throw argumentNull('s');
  if (index < 0 || index >= s.length) throw argumentOutOfRange('index');
  return s.charCodeAt(index);
}

/** Numeric values of the common non-decimal-digit numerals (fractions, super/subscripts, Roman numerals). */
const numerals = new Map<number, number>([
  [0xbc, 0.25],
  [0xbd, 0.5],
  [0xbe, 0.75],
  [0xb9, 1],
  [0xb2, 2],
  [0xb3, 3],
  [0x2070, 0],
  ...Array.from({ length: 6 }, (_, i) => [0x2074 + i, 4 + i] as [number, number]),
  ...Array.from({ length: 10 }, (_, i) => [0x2080 + i, i] as [number, number]),
  ...Array.from({ length: 12 }, (_, i) => [0x2160 + i, i + 1] as [number, number]),
  ...Array.from({ length: 12 }, (_, i) => [0x2170 + i, i + 1] as [number, number]),
  ...Array.from({ length: 20 }, (_, i) => [0x2460 + i, i + 1] as [number, number]),
]);

/** `char.GetNumericValue(c)`: a digit's value, a numeral's, or -1. */
export function numericValue(code: number): number {
  if (charIs('digit', code)) {
    let first = code;
    while (first > 0 && charIs('digit', first - 1)) first--;
    return (code - first) % 10;
  }
  return numerals.get(code) ?? -1;
}

/** `char.Parse(string s)`. */
export function parseChar(s: string | null): number {
  if (s === null) throw argumentNull('s');
  if (s.length !== 1) throw formatError('String must be exactly one character long.');
  return s.charCodeAt(0);
}
