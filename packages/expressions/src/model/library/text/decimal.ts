import { DotnetException, overflow } from '../../../runtime/exceptions.js';
import { numberFormatOfProvider } from '../../../runtime/text/culture-info.js';
import { Decimal } from '../../../runtime/text/decimal.js';
import {
  decimalBits,
  decimalFromBits,
  decimalFromDouble,
  decimalFromParts,
  decimalFromSingle,
  decimalToIntegral,
  decimalToSingle,
  type IntegralName,
} from '../../../runtime/text/decimal-convert.js';
import { roundDecimal } from '../../../runtime/text/math.js';
import { decimalStyle } from '../../../runtime/text/number-styles.js';
import { parseDecimal, tryParseDecimal } from '../../../runtime/text/parse-numeric.js';
import { runtimeTypeNamed } from '../../../runtime/type-resolver.js';
import type { Reference } from '../../../runtime/values.js';
import { createArray } from '../../../runtime/values.js';
import type { MemberDeclaration } from '../../declaration.js';
import { declareType } from '../../registry.js';

/**
 * `System.Decimal`: its runtime class is `runtime/text/decimal.ts`. The binder reaches decimal
 * arithmetic, comparison and conversion through the operators declared here.
 */

const NumberStyles = 'System.Globalization.NumberStyles';
const parse = (s: string | null, style: number = decimalStyle, provider: unknown = null) =>
  parseDecimal(s, style, numberFormatOfProvider(provider));
const tryParse = (s: string | null, style: number, provider: unknown, result: Reference<Decimal>) => {
  const value = tryParseDecimal(s, style, numberFormatOfProvider(provider));
  result.value = value ?? Decimal.Zero;
  return value !== null;
};
const toText = (self: Decimal, format: string | null = null, provider: unknown = null) =>
  self.format(format, numberFormatOfProvider(provider));
const compare = (a: Decimal, b: Decimal) => a.compare(b);

const integral = (type: IntegralName) => (value: Decimal) => {
  const result = decimalToIntegral(value, type);
  return type === 'Int64' || type === 'UInt64' ? result : Number(result);
};

const toChar = (value: Decimal) => {
  try {
    return Number(decimalToIntegral(value, 'UInt16'));
  } catch (error) {
    // .NET words the overflow for char its own way; anything else is not an overflow.
    if (error instanceof DotnetException && error.type === 'System.OverflowException')
      throw overflow('Value was either too large or too small for a character.');
    throw error;
  }
};

const fromInteger = (value: number | bigint) => Decimal.fromInteger(value);

const members: Record<string, MemberDeclaration> = {
  'new(int value)': fromInteger,
  'new(uint value)': fromInteger,
  'new(long value)': fromInteger,
  'new(ulong value)': fromInteger,
  'new(float value)': decimalFromSingle,
  'new(double value)': decimalFromDouble,
  'new(int[] bits)': decimalFromBits,
  'new(int lo, int mid, int hi, bool isNegative, byte scale)': decimalFromParts,
  'static readonly decimal Zero': () => Decimal.Zero,
  'static readonly decimal One': () => Decimal.One,
  'static readonly decimal MinusOne': () => Decimal.MinusOne,
  'static readonly decimal MaxValue': () => Decimal.MaxValue,
  'static readonly decimal MinValue': () => Decimal.MinValue,
  'static decimal Add(decimal d1, decimal d2)': (a: Decimal, b: Decimal) => a.add(b),
  'static decimal Subtract(decimal d1, decimal d2)': (a: Decimal, b: Decimal) => a.subtract(b),
  'static decimal Multiply(decimal d1, decimal d2)': (a: Decimal, b: Decimal) => a.multiply(b),
  'static decimal Divide(decimal d1, decimal d2)': (a: Decimal, b: Decimal) => a.divide(b),
  'static decimal Remainder(decimal d1, decimal d2)': (a: Decimal, b: Decimal) => a.remainder(b),
  'static decimal Negate(decimal d)': (d: Decimal) => d.negate(),
  'static decimal Round(decimal d)': (d: Decimal) => roundDecimal(d),
  'static decimal Round(decimal d, int decimals)': (d: Decimal, decimals: number) =>
    roundDecimal(d, decimals),
  'static decimal Round(decimal d, MidpointRounding mode)': (d: Decimal, mode: number) =>
    roundDecimal(d, 0, mode),
  'static decimal Round(decimal d, int decimals, MidpointRounding mode)': roundDecimal,
  'static decimal Truncate(decimal d)': (d: Decimal) => d.truncate(),
  'static decimal Floor(decimal d)': (d: Decimal) => d.floor(),
  'static decimal Ceiling(decimal d)': (d: Decimal) => d.ceiling(),
  'static int Compare(decimal d1, decimal d2)': compare,
  'static bool Equals(decimal d1, decimal d2)': (a: Decimal, b: Decimal) => a.compare(b) === 0,
  'static decimal Parse(string s)': (s: string | null) => parse(s),
  [`static decimal Parse(string s, ${NumberStyles} style)`]: (s: string | null, style: number) =>
    parse(s, style),
  'static decimal Parse(string s, IFormatProvider provider)': (s: string | null, provider: unknown) =>
    parse(s, decimalStyle, provider),
  [`static decimal Parse(string s, ${NumberStyles} style, IFormatProvider provider)`]: parse,
  'static bool TryParse(string s, out decimal result)': (s: string | null, result: Reference<Decimal>) =>
    tryParse(s, decimalStyle, null, result),
  [`static bool TryParse(string s, ${NumberStyles} style, IFormatProvider provider, out decimal result)`]:
    tryParse,
  'static int[] GetBits(decimal d)': (d: Decimal) => createArray(runtimeTypeNamed('int'), decimalBits(d)),
  'static double ToDouble(decimal d)': (d: Decimal) => d.toNumber(),
  'static float ToSingle(decimal d)': decimalToSingle,
  'static sbyte ToSByte(decimal value)': integral('SByte'),
  'static byte ToByte(decimal value)': integral('Byte'),
  'static short ToInt16(decimal value)': integral('Int16'),
  'static ushort ToUInt16(decimal value)': integral('UInt16'),
  'static int ToInt32(decimal d)': integral('Int32'),
  'static uint ToUInt32(decimal d)': integral('UInt32'),
  'static long ToInt64(decimal d)': integral('Int64'),
  'static ulong ToUInt64(decimal d)': integral('UInt64'),
  'string ToString()': (self: Decimal) => toText(self),
  'string ToString(string format)': (self: Decimal, format: string | null) => toText(self, format),
  'string ToString(IFormatProvider provider)': (self: Decimal, provider: unknown) =>
    toText(self, null, provider),
  'string ToString(string format, IFormatProvider provider)': toText,
  'int CompareTo(decimal value)': compare,
  'int CompareTo(object value)': (self: Decimal, value: unknown) => self.CompareTo(value),
  'bool Equals(decimal value)': (self: Decimal, value: Decimal) => self.compare(value) === 0,
  'bool Equals(object value)': (self: Decimal, value: unknown) => self.Equals(value),
  'int GetHashCode()': (self: Decimal) => self.GetHashCode(),
  // Modern .NET only.
  'static decimal Max(decimal x, decimal y)': {
    implementation: (a: Decimal, b: Decimal) => (a.compare(b) >= 0 ? a : b),
    apim: false,
  },
  'static decimal Min(decimal x, decimal y)': {
    implementation: (a: Decimal, b: Decimal) => (a.compare(b) <= 0 ? a : b),
    apim: false,
  },
  'static decimal Abs(decimal value)': {
    implementation: (d: Decimal) => (d.negative ? d.negate() : d),
    apim: false,
  },
  'static bool IsInteger(decimal value)': {
    implementation: (d: Decimal) => d.truncate().compare(d) === 0,
    apim: false,
  },
  // Operators and conversions: how the binder does decimal arithmetic.
  'static decimal operator +(decimal d1, decimal d2)': (a: Decimal, b: Decimal) => a.add(b),
  'static decimal operator -(decimal d1, decimal d2)': (a: Decimal, b: Decimal) => a.subtract(b),
  'static decimal operator *(decimal d1, decimal d2)': (a: Decimal, b: Decimal) => a.multiply(b),
  'static decimal operator /(decimal d1, decimal d2)': (a: Decimal, b: Decimal) => a.divide(b),
  'static decimal operator %(decimal d1, decimal d2)': (a: Decimal, b: Decimal) => a.remainder(b),
  'static decimal operator +(decimal d)': (d: Decimal) => d,
  'static decimal operator -(decimal d)': (d: Decimal) => d.negate(),
  'static decimal operator ++(decimal d)': (d: Decimal) => d.add(Decimal.One),
  'static decimal operator --(decimal d)': (d: Decimal) => d.subtract(Decimal.One),
  'static bool operator ==(decimal d1, decimal d2)': (a: Decimal, b: Decimal) => a.compare(b) === 0,
  'static bool operator !=(decimal d1, decimal d2)': (a: Decimal, b: Decimal) => a.compare(b) !== 0,
  'static bool operator <(decimal d1, decimal d2)': (a: Decimal, b: Decimal) => a.compare(b) < 0,
  'static bool operator >(decimal d1, decimal d2)': (a: Decimal, b: Decimal) => a.compare(b) > 0,
  'static bool operator <=(decimal d1, decimal d2)': (a: Decimal, b: Decimal) => a.compare(b) <= 0,
  'static bool operator >=(decimal d1, decimal d2)': (a: Decimal, b: Decimal) => a.compare(b) >= 0,
  'static implicit operator decimal(sbyte value)': fromInteger,
  'static implicit operator decimal(byte value)': fromInteger,
  'static implicit operator decimal(short value)': fromInteger,
  'static implicit operator decimal(ushort value)': fromInteger,
  'static implicit operator decimal(char value)': fromInteger,
  'static implicit operator decimal(int value)': fromInteger,
  'static implicit operator decimal(uint value)': fromInteger,
  'static implicit operator decimal(long value)': fromInteger,
  'static implicit operator decimal(ulong value)': fromInteger,
  'static explicit operator decimal(float value)': decimalFromSingle,
  'static explicit operator decimal(double value)': decimalFromDouble,
  'static explicit operator sbyte(decimal value)': integral('SByte'),
  'static explicit operator byte(decimal value)': integral('Byte'),
  'static explicit operator short(decimal value)': integral('Int16'),
  'static explicit operator ushort(decimal value)': integral('UInt16'),
  'static explicit operator char(decimal value)': toChar,
  'static explicit operator int(decimal value)': integral('Int32'),
  'static explicit operator uint(decimal value)': integral('UInt32'),
  'static explicit operator long(decimal value)': integral('Int64'),
  'static explicit operator ulong(decimal value)': integral('UInt64'),
  'static explicit operator float(decimal value)': decimalToSingle,
  'static explicit operator double(decimal value)': (d: Decimal) => d.toNumber(),
};

export const decimalType = declareType({
  name: 'System.Decimal',
  keyword: 'decimal',
  kind: 'struct',
  apim: 'all',
  interfaces: ['IComparable', 'IComparable<decimal>', 'IEquatable<decimal>', 'IFormattable', 'IConvertible'],
  test: (value) => value instanceof Decimal,
  defaultValue: () => Decimal.Zero,
  members,
});
