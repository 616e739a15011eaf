import { argument, argumentNull, argumentOutOfRange } from '../../../runtime/exceptions.js';
import { parseBoolean, tryParseBoolean } from '../../../runtime/text/boolean.js';
import { lowerChar, upperChar } from '../../../runtime/text/char-case.js';
import {
  type CharCategory,
  charIs,
  charOf,
  isLetterOrDigit,
  isWhiteSpace,
  numericValue,
  parseChar,
} from '../../../runtime/text/char-info.js';
import { compareToObject, equalsObject } from '../../../runtime/text/numeric-members.js';
import type { Reference } from '../../../runtime/values.js';
import type { MemberDeclaration } from '../../declaration.js';
import { extendType } from '../../registry.js';

/** `bool` and `char`. */

extendType('System.Boolean', {
  'static readonly string TrueString': () => 'True',
  'static readonly string FalseString': () => 'False',
  'static bool Parse(string value)': parseBoolean,
  'static bool TryParse(string value, out bool result)': (
    value: string | null,
    result: Reference<boolean>,
  ) => {
    const parsed = tryParseBoolean(value);
    result.value = parsed ?? false;
    return parsed !== null;
  },
  'string ToString()': (self: boolean) => (self ? 'True' : 'False'),
  'string ToString(IFormatProvider provider)': (self: boolean) => (self ? 'True' : 'False'),
  'int CompareTo(bool value)': (self: boolean, value: boolean) => (self === value ? 0 : self ? 1 : -1),
  'int CompareTo(object obj)': (self: boolean, value: unknown) => {
    if (value === null) return 1;
    if (typeof value !== 'boolean') throw argument('Object must be of type Boolean.');
    return self === value ? 0 : self ? 1 : -1;
  },
  'bool Equals(bool obj)': (self: boolean, value: boolean) => self === value,
  'bool Equals(object obj)': (self: boolean, value: unknown) => self === value,
  'int GetHashCode()': (self: boolean) => (self ? 1 : 0),
});

/** A classification test with its `(char c)` and `(string s, int index)` overloads. */
function classify(name: string, test: (code: number) => boolean): Record<string, MemberDeclaration> {
  return {
    [`static bool ${name}(char c)`]: test,
    [`static bool ${name}(string s, int index)`]: (s: string | null, index: number) => test(charOf(s, index)),
  };
}

const category = (name: CharCategory) => (code: number) => charIs(name, code);
const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;
const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const compareChars = (a: number, b: number) => a - b;

extendType('System.Char', {
  // Fields, not constants: a character literal in a signature reads as its first character.
  'static readonly char MaxValue': () => 0xffff,
  'static readonly char MinValue': () => 0,
  ...classify('IsDigit', category('digit')),
  ...classify('IsLetter', category('letter')),
  ...classify('IsLetterOrDigit', isLetterOrDigit),
  ...classify('IsWhiteSpace', isWhiteSpace),
  ...classify('IsUpper', category('upper')),
  ...classify('IsLower', category('lower')),
  ...classify('IsPunctuation', category('punctuation')),
  ...classify('IsControl', category('control')),
  ...classify('IsSeparator', category('separator')),
  ...classify('IsSymbol', category('symbol')),
  ...classify('IsNumber', category('number')),
  ...classify('IsSurrogate', isSurrogate),
  ...classify('IsHighSurrogate', isHigh),
  ...classify('IsLowSurrogate', isLow),
  'static bool IsSurrogatePair(char highSurrogate, char lowSurrogate)': (high: number, low: number) =>
    isHigh(high) && isLow(low),
  'static double GetNumericValue(char c)': numericValue,
  'static double GetNumericValue(string s, int index)': (s: string | null, index: number) =>
    numericValue(charOf(s, index)),
  'static char ToUpper(char c)': upperChar,
  'static char ToUpper(char c, System.Globalization.CultureInfo culture)': (c: number) => upperChar(c),
  'static char ToLower(char c)': lowerChar,
  'static char ToLower(char c, System.Globalization.CultureInfo culture)': (c: number) => lowerChar(c),
  'static char ToUpperInvariant(char c)': upperChar,
  'static char ToLowerInvariant(char c)': lowerChar,
  'static string ToString(char c)': (c: number) => String.fromCharCode(c),
  'static char Parse(string s)': parseChar,
  'static bool TryParse(string s, out char result)': (s: string | null, result: Reference<number>) => {
    const ok = s !== null && s.length === 1;
    result.value = ok ? s.charCodeAt(0) : 0;
    return ok;
  },
  'static string ConvertFromUtf32(int utf32)': (code: number) => {
    if (code < 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
      throw argument(
        'A valid UTF32 value is between 0x000000 and 0x10ffff, inclusive, and should not include surrogate codepoint values (0x00d800 ~ 0x00dfff).',
        'utf32',
      );
    }
    return String.fromCodePoint(code);
  },
  'static int ConvertToUtf32(char highSurrogate, char lowSurrogate)': (high: number, low: number) => {
    if (!isHigh(high))
      throw argument('Found a high surrogate char without a following low surrogate.', 'highSurrogate');
    if (!isLow(low))
      throw argument('Found a low surrogate char without a preceding high surrogate.', 'lowSurrogate');
    return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  },
  'static int ConvertToUtf32(string s, int index)': (s: string | null, index: number) => {
    if (s === null) throw argumentNull('s');
    if (index < 0 || index >= s.length) {
      throw argumentOutOfRange(
        'index',
        'Index was out of range. Must be non-negative and less than the size of the collection.',
      );
    }
    const code = s.charCodeAt(index);
    if (isLow(code)) {
      throw argument(
        `Found a low surrogate char without a preceding high surrogate at index: ${index}. The input may not be in this encoding, or may not contain valid Unicode (UTF-16) characters.`,
        's',
      );
    }
    if (!isHigh(code)) return code;
    const next = index + 1 < s.length ? s.charCodeAt(index + 1) : -1;
    if (!isLow(next)) {
      throw argument(
        `Found a high surrogate char without a following low surrogate at index: ${index}. The input may not be in this encoding, or may not contain valid Unicode (UTF-16) characters.`,
        's',
      );
    }
    return (code - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
  },
  'string ToString()': (self: number) => String.fromCharCode(self),
  'string ToString(IFormatProvider provider)': (self: number) => String.fromCharCode(self),
  'int CompareTo(char value)': compareChars,
  'int CompareTo(object value)': compareToObject('System.Char', compareChars),
  'bool Equals(char obj)': (self: number, value: number) => self === value,
  'bool Equals(object obj)': equalsObject('System.Char'),
  'int GetHashCode()': (self: number) => self | (self << 16),
  // Modern .NET only.
  'static bool IsAscii(char c)': { implementation: (c: number) => c < 0x80, apim: false },
  'static bool IsAsciiDigit(char c)': { implementation: (c: number) => c >= 0x30 && c <= 0x39, apim: false },
  'static bool IsAsciiLetter(char c)': {
    implementation: (c: number) => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a,
    apim: false,
  },
  'static bool IsAsciiHexDigit(char c)': {
    implementation: (c: number) => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66),
    apim: false,
  },
});
