import { argument } from '../../../runtime/exceptions.js';
import { lowerString, upperString } from '../../../runtime/text/char-case.js';
import { cultureCompare, equalsWith, StringComparison } from '../../../runtime/text/string-comparison.js';
import {
  charAt,
  checkCharRange,
  insert,
  isNormalized,
  normalize,
  padLeft,
  padRight,
  remove,
  removeFrom,
  replaceChar,
  replaceString,
  substring,
  trim,
} from '../../../runtime/text/string-ops.js';
import {
  contains,
  endsWith,
  indexOfAny,
  indexOfChar,
  indexOfString,
  lastIndexOfAny,
  lastIndexOfChar,
  lastIndexOfString,
  startsWith,
} from '../../../runtime/text/string-search.js';
import { splitChars, splitString, splitStrings } from '../../../runtime/text/string-split.js';
import { charArray } from '../../../runtime/text/text-values.js';
import type { MemberDeclaration } from '../../declaration.js';
import { jsProperty } from '../../implementation.js';
import { extendType } from '../../registry.js';

/**
 * `System.String`'s instance members. Overloads that only modern .NET has (`char` overloads of
 * `StartsWith`, `Split(string)`, ...) are declared with `apim: false`: API Management compiles C#
 * against .NET Framework, where they do not exist. `Contains(char)` is not declared at all: on
 * .NET Framework that call binds to LINQ's `Enumerable.Contains<char>`, with the same result.
 */

type Chars = readonly number[] | null;
type Texts = readonly (string | null)[] | null;
const CURRENT = StringComparison.CurrentCulture;
const modern = (implementation: MemberDeclaration & ((...args: never[]) => unknown)): MemberDeclaration => ({
  implementation,
  apim: false,
});

const members: Record<string, MemberDeclaration> = {
  'int Length { get; }': jsProperty('length'),
  'char this[int index] { get; }': charAt,
  'string Substring(int startIndex)': (self: string, start: number) => substring(self, start),
  'string Substring(int startIndex, int length)': substring,
  // IndexOf
  'int IndexOf(char value)': (self: string, value: number) => indexOfChar(self, value),
  'int IndexOf(char value, int startIndex)': (self: string, value: number, start: number) =>
    indexOfChar(self, value, start),
  'int IndexOf(char value, int startIndex, int count)': indexOfChar,
  'int IndexOf(string value)': (self: string, value: string | null) =>
    indexOfString(self, value, 0, self.length, CURRENT),
  'int IndexOf(string value, int startIndex)': (self: string, value: string | null, start: number) =>
    indexOfString(self, value, start, self.length - start, CURRENT),
  'int IndexOf(string value, int startIndex, int count)': (
    self: string,
    value: string | null,
    start: number,
    count: number,
  ) => indexOfString(self, value, start, count, CURRENT),
  'int IndexOf(string value, StringComparison comparisonType)': (
    self: string,
    value: string | null,
    comparison: number,
  ) => indexOfString(self, value, 0, self.length, comparison),
  'int IndexOf(string value, int startIndex, StringComparison comparisonType)': (
    self: string,
    value: string | null,
    start: number,
    comparison: number,
  ) => indexOfString(self, value, start, self.length - start, comparison),
  'int IndexOf(string value, int startIndex, int count, StringComparison comparisonType)': indexOfString,
  'int IndexOf(char value, StringComparison comparisonType)': modern(
    (self: string, value: number, comparison: number) =>
      indexOfString(self, String.fromCharCode(value), 0, self.length, comparison),
  ),
  // LastIndexOf
  'int LastIndexOf(char value)': (self: string, value: number) => lastIndexOfChar(self, value),
  'int LastIndexOf(char value, int startIndex)': (self: string, value: number, start: number) =>
    lastIndexOfChar(self, value, start),
  'int LastIndexOf(char value, int startIndex, int count)': lastIndexOfChar,
  'int LastIndexOf(string value)': (self: string, value: string | null) =>
    lastIndexOfString(self, value, self.length - 1, self.length, CURRENT),
  'int LastIndexOf(string value, int startIndex)': (self: string, value: string | null, start: number) =>
    lastIndexOfString(self, value, start, start + 1, CURRENT),
  'int LastIndexOf(string value, int startIndex, int count)': (
    self: string,
    value: string | null,
    start: number,
    count: number,
  ) => lastIndexOfString(self, value, start, count, CURRENT),
  'int LastIndexOf(string value, StringComparison comparisonType)': (
    self: string,
    value: string | null,
    comparison: number,
  ) => lastIndexOfString(self, value, self.length - 1, self.length, comparison),
  'int LastIndexOf(string value, int startIndex, StringComparison comparisonType)': (
    self: string,
    value: string | null,
    start: number,
    comparison: number,
  ) => lastIndexOfString(self, value, start, start + 1, comparison),
  'int LastIndexOf(string value, int startIndex, int count, StringComparison comparisonType)':
    lastIndexOfString,
  'int IndexOfAny(char[] anyOf)': (self: string, anyOf: Chars) => indexOfAny(self, anyOf),
  'int IndexOfAny(char[] anyOf, int startIndex)': (self: string, anyOf: Chars, start: number) =>
    indexOfAny(self, anyOf, start),
  'int IndexOfAny(char[] anyOf, int startIndex, int count)': indexOfAny,
  'int LastIndexOfAny(char[] anyOf)': (self: string, anyOf: Chars) => lastIndexOfAny(self, anyOf),
  'int LastIndexOfAny(char[] anyOf, int startIndex)': (self: string, anyOf: Chars, start: number) =>
    lastIndexOfAny(self, anyOf, start),
  'int LastIndexOfAny(char[] anyOf, int startIndex, int count)': lastIndexOfAny,
  // Contains, StartsWith, EndsWith
  'bool Contains(string value)': (self: string, value: string | null) => contains(self, value),
  'bool Contains(string value, StringComparison comparisonType)': modern(contains),
  'bool StartsWith(string value)': (self: string, value: string | null) => startsWith(self, value, CURRENT),
  'bool StartsWith(string value, StringComparison comparisonType)': startsWith,
  'bool StartsWith(string value, bool ignoreCase, System.Globalization.CultureInfo culture)': (
    self: string,
    value: string | null,
    ignoreCase: boolean,
  ) => startsWith(self, value, ignoreCase ? 1 : 0),
  'bool StartsWith(char value)': modern((self: string, value: number) => self.charCodeAt(0) === value),
  'bool EndsWith(string value)': (self: string, value: string | null) => endsWith(self, value, CURRENT),
  'bool EndsWith(string value, StringComparison comparisonType)': endsWith,
  'bool EndsWith(string value, bool ignoreCase, System.Globalization.CultureInfo culture)': (
    self: string,
    value: string | null,
    ignoreCase: boolean,
  ) => endsWith(self, value, ignoreCase ? 1 : 0),
  'bool EndsWith(char value)': modern(
    (self: string, value: number) => self.length > 0 && self.charCodeAt(self.length - 1) === value,
  ),
  // Equality and order
  'bool Equals(string value)': (self: string, value: string | null) => self === value,
  'bool Equals(object obj)': (self: string, value: unknown) => self === value,
  'bool Equals(string value, StringComparison comparisonType)': equalsWith,
  'int CompareTo(string strB)': (self: string, other: string | null) =>
    other === null ? 1 : cultureCompare(self, other, false),
  'int CompareTo(object value)': (self: string, other: unknown) => {
    if (other === null) return 1;
    if (typeof other !== 'string') throw argument('Object must be of type String.');
    return cultureCompare(self, other, false);
  },
  // Split
  'string[] Split(params char[] separator)': (self: string, separator: Chars) => splitChars(self, separator),
  'string[] Split(char[] separator, int count)': (self: string, separator: Chars, count: number) =>
    splitChars(self, separator, count),
  'string[] Split(char[] separator, StringSplitOptions options)': (
    self: string,
    separator: Chars,
    options: number,
  ) => splitChars(self, separator, 0x7fffffff, options),
  'string[] Split(char[] separator, int count, StringSplitOptions options)': splitChars,
  'string[] Split(string[] separator, StringSplitOptions options)': (
    self: string,
    separator: Texts,
    options: number,
  ) => splitStrings(self, separator, 0x7fffffff, options),
  'string[] Split(string[] separator, int count, StringSplitOptions options)': splitStrings,
  'string[] Split(string separator, StringSplitOptions options = default)': modern(
    (self: string, separator: string | null, options: number) =>
      splitString(self, separator, 0x7fffffff, options),
  ),
  'string[] Split(string separator, int count, StringSplitOptions options = default)': modern(splitString),
  // Building new strings
  'string Replace(char oldChar, char newChar)': replaceChar,
  'string Replace(string oldValue, string newValue)': replaceString,
  'string Remove(int startIndex)': removeFrom,
  'string Remove(int startIndex, int count)': remove,
  'string Insert(int startIndex, string value)': insert,
  'string PadLeft(int totalWidth)': (self: string, width: number) => padLeft(self, width),
  'string PadLeft(int totalWidth, char paddingChar)': padLeft,
  'string PadRight(int totalWidth)': (self: string, width: number) => padRight(self, width),
  'string PadRight(int totalWidth, char paddingChar)': padRight,
  'string Trim()': (self: string) => trim(self),
  'string Trim(params char[] trimChars)': (self: string, chars: Chars) => trim(self, chars),
  'string TrimStart(params char[] trimChars)': (self: string, chars: Chars) => trim(self, chars, true, false),
  'string TrimEnd(params char[] trimChars)': (self: string, chars: Chars) => trim(self, chars, false, true),
  'string ToUpper()': upperString,
  'string ToUpper(System.Globalization.CultureInfo culture)': (self: string) => upperString(self),
  'string ToLower()': lowerString,
  'string ToLower(System.Globalization.CultureInfo culture)': (self: string) => lowerString(self),
  'string ToUpperInvariant()': upperString,
  'string ToLowerInvariant()': lowerString,
  'char[] ToCharArray()': (self: string) => charArray(self),
  'char[] ToCharArray(int startIndex, int length)': (self: string, start: number, length: number) => {
    checkCharRange(self, start, length);
    return charArray(self.substr(start, length));
  },
  'string Normalize()': (self: string) => normalize(self),
  'string Normalize(System.Text.NormalizationForm normalizationForm)': normalize,
  'bool IsNormalized()': (self: string) => isNormalized(self),
  'bool IsNormalized(System.Text.NormalizationForm normalizationForm)': isNormalized,
  'string ToString()': (self: string) => self,
  'string ToString(IFormatProvider provider)': (self: string) => self,
  'object Clone()': (self: string) => self,
};

extendType('System.String', members);
