import { argument } from '../exceptions.js';
import { Boxed, type Reference } from '../values.js';
import { numberFormatOfProvider } from './culture-info.js';
import type { IntegralName } from './decimal-convert.js';
import { formatFloatingPoint, formatInteger } from './format-number.js';
import { currentNumberFormat } from './number-format-info.js';
import { floatStyle, integerStyle } from './number-styles.js';
import { parseFloating, parseIntegral, tryParseFloat, tryParseIntegral } from './parse-numeric.js';

/**
 * The members every numeric primitive shares (`Parse`, `TryParse`, `ToString`, `CompareTo`,
 * `Equals`, `GetHashCode`), in the typed forms the model's calling convention uses: `long` and
 * `ulong` as bigints, the other integers, `float` and `double` as numbers.
 */

/** Integer types whose typed form is a bigint. */
const wide = (type: IntegralName) => type === 'Int64' || type === 'UInt64';

/** The typed form of a parsed integer. */
export const integralValue = (type: IntegralName, value: bigint): number | bigint =>
  wide(type) ? value : Number(value);

/** `Parse(string s, NumberStyles style, IFormatProvider provider)` of an integer type. */
export function parseIntegralMember(type: IntegralName) {
  return (s: string | null, style: number = integerStyle, provider: unknown = null) =>
    integralValue(type, parseIntegral(s, type, style, numberFormatOfProvider(provider)));
}

/** `TryParse(string s, NumberStyles style, IFormatProvider provider, out T result)` of an integer type. */
export function tryParseIntegralMember(type: IntegralName) {
  return (s: string | null, style: number, provider: unknown, result: Reference<number | bigint>) => {
    const value = tryParseIntegral(s, type, style, numberFormatOfProvider(provider));
    result.value = value === null ? integralValue(type, 0n) : integralValue(type, value);
    return value !== null;
  };
}

/** `ToString(string format, IFormatProvider provider)` of an integer type. */
export function integralToString(type: IntegralName) {
  return (self: number | bigint, format: string | null = null, provider: unknown = null) =>
    formatInteger(
      self,
      type,
      format,
      provider === null ? currentNumberFormat() : numberFormatOfProvider(provider),
    );
}

export function parseFloatMember(single: boolean) {
  return (s: string | null, style: number = floatStyle, provider: unknown = null) =>
    parseFloating(s, style, numberFormatOfProvider(provider), single);
}

export function tryParseFloatMember(single: boolean) {
  return (s: string | null, style: number, provider: unknown, result: Reference<number>) => {
    const value = tryParseFloat(s, style, numberFormatOfProvider(provider), single);
    result.value = value ?? 0;
    return value !== null;
  };
}

export function floatToString(single: boolean) {
  return (self: number, format: string | null = null, provider: unknown = null) =>
    formatFloatingPoint(self, format, numberFormatOfProvider(provider), single);
}

/** The value of a boxed argument of `CompareTo(object)` / `Equals(object)` when it has the given type. */
export function unboxAs(value: unknown, typeName: string): unknown {
  if (typeName === 'System.Int32') return typeof value === 'number' ? value : undefined;
  if (typeName === 'System.Int64') return typeof value === 'bigint' ? value : undefined;
  if (value instanceof Boxed && value.type.name === typeName) return value.value;
  return undefined;
}

/** `CompareTo(object value)`: null sorts first; another type is an `ArgumentException`. */
export function compareToObject(typeName: string, compare: (a: never, b: never) => number) {
  return (self: unknown, value: unknown) => {
    if (value === null) return 1;
    const other = unboxAs(value, typeName);
    if (other === undefined) {
      throw argument(`Object must be of type ${typeName.slice('System.'.length)}.`);
    }
    return compare(self as never, other as never);
  };
}

/** `Equals(object obj)`: the same type and value. */
export function equalsObject(typeName: string, equals: (a: never, b: never) => boolean = (a, b) => a === b) {
  return (self: unknown, value: unknown) => {
    const other = unboxAs(value, typeName);
    return other !== undefined && equals(self as never, other as never);
  };
}

/** `double.CompareTo(double)`: NaN sorts first and equals itself. */
export function compareDoubles(a: number, b: number): number {
  if (a < b) return -1;
  if (a > b) return 1;
  if (a === b) return 0;
  if (Number.isNaN(a)) return Number.isNaN(b) ? 0 : -1;
  return 1;
}

export const equalDoubles = (a: number, b: number) => a === b || (Number.isNaN(a) && Number.isNaN(b));

const hashView = new DataView(new ArrayBuffer(8));

/** `double.GetHashCode()` (.NET Framework: the two halves of the bits XORed; zeros hash to 0). */
export function hashDouble(value: number): number {
  if (value === 0) return 0;
  hashView.setFloat64(0, value);
  return hashView.getInt32(0) ^ hashView.getInt32(4);
}

/** `float.GetHashCode()`: the bits. */
export function hashSingle(value: number): number {
  if (value === 0) return 0;
  hashView.setFloat32(0, value);
  return hashView.getInt32(0);
}

/** `GetHashCode()` of the integer types, as .NET computes it. */
export function hashIntegral(type: IntegralName, value: number | bigint): number {
  switch (type) {
    case 'Int64':
    case 'UInt64': {
      const big = BigInt(value);
      return Number(BigInt.asIntN(32, big)) ^ Number(BigInt.asIntN(32, big >> 32n));
    }
    case 'Int16':
      return ((value as number) & 0xffff) | ((value as number) << 16);
    case 'SByte':
      return (value as number) ^ ((value as number) << 8);
    default:
      return (value as number) | 0;
  }
}
