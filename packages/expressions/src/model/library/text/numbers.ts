import type { IntegralName } from '../../../runtime/text/decimal-convert.js';
import { integerStyle } from '../../../runtime/text/number-styles.js';
import {
  compareToObject,
  equalsObject,
  hashIntegral,
  integralToString,
  parseIntegralMember,
  tryParseIntegralMember,
} from '../../../runtime/text/numeric-members.js';
import type { Reference } from '../../../runtime/values.js';
import type { MemberDeclaration } from '../../declaration.js';
import { constant } from '../../implementation.js';
import { extendType } from '../../registry.js';

/** The integer types' own members: limits, parsing, formatting and comparison. */

const integers: readonly [IntegralName, string, string, string][] = [
  ['SByte', 'sbyte', '-128', '127'],
  ['Byte', 'byte', '0', '255'],
  ['Int16', 'short', '-32768', '32767'],
  ['UInt16', 'ushort', '0', '65535'],
  ['Int32', 'int', '-2147483648', '2147483647'],
  ['UInt32', 'uint', '0', '4294967295'],
  ['Int64', 'long', '-9223372036854775808', '9223372036854775807'],
  ['UInt64', 'ulong', '0', '18446744073709551615'],
];

const NumberStyles = 'System.Globalization.NumberStyles';

for (const [type, keyword, min, max] of integers) {
  const parse = parseIntegralMember(type);
  const tryParse = tryParseIntegralMember(type);
  const toText = integralToString(type);
  const compare = (a: number | bigint, b: number | bigint) => (a < b ? -1 : a > b ? 1 : 0);
  const members: Record<string, MemberDeclaration> = {
    [`const ${keyword} MinValue = ${min}`]: constant,
    [`const ${keyword} MaxValue = ${max}`]: constant,
    [`static ${keyword} Parse(string s)`]: (s: string | null) => parse(s),
    [`static ${keyword} Parse(string s, ${NumberStyles} style)`]: (s: string | null, style: number) =>
      parse(s, style),
    [`static ${keyword} Parse(string s, IFormatProvider provider)`]: (s: string | null, provider: unknown) =>
      parse(s, integerStyle, provider),
    [`static ${keyword} Parse(string s, ${NumberStyles} style, IFormatProvider provider)`]: parse,
    [`static bool TryParse(string s, out ${keyword} result)`]: (
      s: string | null,
      result: Reference<number | bigint>,
    ) => tryParse(s, integerStyle, null, result),
    [`static bool TryParse(string s, ${NumberStyles} style, IFormatProvider provider, out ${keyword} result)`]:
      tryParse,
    'string ToString()': (self: number | bigint) => toText(self),
    'string ToString(string format)': (self: number | bigint, format: string | null) => toText(self, format),
    'string ToString(IFormatProvider provider)': (self: number | bigint, provider: unknown) =>
      toText(self, null, provider),
    'string ToString(string format, IFormatProvider provider)': toText,
    [`int CompareTo(${keyword} value)`]: compare,
    'int CompareTo(object value)': compareToObject(`System.${type}`, compare),
    [`bool Equals(${keyword} obj)`]: (self: number | bigint, obj: number | bigint) => self === obj,
    'bool Equals(object obj)': equalsObject(`System.${type}`),
    'int GetHashCode()': (self: number | bigint) => hashIntegral(type, self),
  };
  extendType(`System.${type}`, members);
}
