import { floatStyle } from '../../../runtime/text/number-styles.js';
import {
  compareDoubles,
  compareToObject,
  equalDoubles,
  equalsObject,
  floatToString,
  hashDouble,
  hashSingle,
  parseFloatMember,
  tryParseFloatMember,
} from '../../../runtime/text/numeric-members.js';
import type { Reference } from '../../../runtime/values.js';
import type { MemberDeclaration } from '../../declaration.js';
import { constant } from '../../implementation.js';
import { extendType } from '../../registry.js';

/** `double` and `float`: limits and special values, classification, parsing and formatting. */

const NumberStyles = 'System.Globalization.NumberStyles';

function floatingMembers(keyword: 'double' | 'float', single: boolean): Record<string, MemberDeclaration> {
  const parse = parseFloatMember(single);
  const tryParse = tryParseFloatMember(single);
  const toText = floatToString(single);
  const typeName = single ? 'System.Single' : 'System.Double';
  const k = keyword;
  return {
    [`static ${k} Parse(string s)`]: (s: string | null) => parse(s),
    [`static ${k} Parse(string s, ${NumberStyles} style)`]: (s: string | null, style: number) =>
      parse(s, style),
    [`static ${k} Parse(string s, IFormatProvider provider)`]: (s: string | null, provider: unknown) =>
      parse(s, floatStyle, provider),
    [`static ${k} Parse(string s, ${NumberStyles} style, IFormatProvider provider)`]: parse,
    [`static bool TryParse(string s, out ${k} result)`]: (s: string | null, result: Reference<number>) =>
      tryParse(s, floatStyle, null, result),
    [`static bool TryParse(string s, ${NumberStyles} style, IFormatProvider provider, out ${k} result)`]:
      tryParse,
    'string ToString()': (self: number) => toText(self),
    'string ToString(string format)': (self: number, format: string | null) => toText(self, format),
    'string ToString(IFormatProvider provider)': (self: number, provider: unknown) =>
      toText(self, null, provider),
    'string ToString(string format, IFormatProvider provider)': toText,
    [`int CompareTo(${k} value)`]: compareDoubles,
    'int CompareTo(object value)': compareToObject(typeName, compareDoubles),
    [`bool Equals(${k} obj)`]: equalDoubles,
    'bool Equals(object obj)': equalsObject(typeName, equalDoubles),
    'int GetHashCode()': single ? hashSingle : hashDouble,
    [`static bool IsNaN(${k} d)`]: (d: number) => Number.isNaN(d),
    [`static bool IsInfinity(${k} d)`]: (d: number) =>
      d === Number.POSITIVE_INFINITY || d === Number.NEGATIVE_INFINITY,
    [`static bool IsPositiveInfinity(${k} d)`]: (d: number) => d === Number.POSITIVE_INFINITY,
    [`static bool IsNegativeInfinity(${k} d)`]: (d: number) => d === Number.NEGATIVE_INFINITY,
    // Modern .NET only: not in .NET Framework, so not in API Management's C#.
    [`static bool IsFinite(${k} d)`]: { implementation: (d: number) => Number.isFinite(d), apim: false },
    [`static bool IsNegative(${k} d)`]: {
      implementation: (d: number) => d < 0 || Object.is(d, -0),
      apim: false,
    },
    [`static bool IsNormal(${k} d)`]: {
      implementation: (d: number) =>
        Number.isFinite(d) && Math.abs(d) >= (single ? 1.1754943508222875e-38 : 2.2250738585072014e-308),
      apim: false,
    },
    [`static bool IsSubnormal(${k} d)`]: {
      implementation: (d: number) =>
        d !== 0 && Math.abs(d) < (single ? 1.1754943508222875e-38 : 2.2250738585072014e-308),
      apim: false,
    },
    [`static bool IsInteger(${k} d)`]: { implementation: (d: number) => Number.isInteger(d), apim: false },
  };
}

extendType('System.Double', {
  ...floatingMembers('double', false),
  'const double MinValue = -1.7976931348623157E+308': constant,
  'const double MaxValue = 1.7976931348623157E+308': constant,
  'const double Epsilon = 4.94065645841247E-324': constant,
  'static readonly double NaN': () => Number.NaN,
  'static readonly double PositiveInfinity': () => Number.POSITIVE_INFINITY,
  'static readonly double NegativeInfinity': () => Number.NEGATIVE_INFINITY,
});

extendType('System.Single', {
  ...floatingMembers('float', true),
  // Declared as fields so that their values are exact floats (a signature literal reads as a double).
  'static readonly float MinValue': () => -3.4028234663852886e38,
  'static readonly float MaxValue': () => 3.4028234663852886e38,
  'static readonly float Epsilon': () => 1.401298464324817e-45,
  'static readonly float NaN': () => Number.NaN,
  'static readonly float PositiveInfinity': () => Number.POSITIVE_INFINITY,
  'static readonly float NegativeInfinity': () => Number.NEGATIVE_INFINITY,
});
