import { dotnetTypeNameOf } from '../core/type-name.js';
import {
  argument,
  argumentNull,
  argumentOutOfRange,
  format as formatError,
  invalidCast,
  invalidCastMessage,
  overflow,
} from '../exceptions.js';
import { parseBoolean } from './boolean.js';
import { type Convertible, convertibleOf } from './convertible.js';
import { Decimal } from './decimal.js';
import {
  checkIntegral,
  decimalFromDouble,
  decimalFromSingle,
  type IntegralName,
  integralOverflow,
} from './decimal-convert.js';
import { roundDouble } from './math.js';
import type { NumberFormatInfo } from './number-format-info.js';
import { decimalStyle, floatStyle, integerStyle } from './number-styles.js';
import { parseDecimal, parseFloating, parseIntegral } from './parse-numeric.js';

/**
 * `System.Convert`'s conversions between the base types: rounding half to even from
 * floating-point and decimal values, parsing strings in the given culture, and .NET's
 * `InvalidCastException` / `OverflowException` / `FormatException` where it raises them.
 */

/** `Invalid cast from 'Char' to 'Double'.` */
function invalidConversion(from: string, to: string): Error {
  return invalidCastMessage(`Invalid cast from '${from}' to '${to}'.`);
}

/** A value that is not `IConvertible` (or an `IConvertible` that refuses the target). */
function notConvertible(value: unknown, to: string): Error {
  const name = dotnetTypeNameOf(value);
  if (name === 'System.DateTime') return invalidConversion('DateTime', to);
  return invalidCast(name, 'System.IConvertible');
}

/** `Convert.ToInt32(double)`'s rounding: half to even, within [-2^31 - 0.5, 2^31 - 0.5). */
function int32OfDouble(value: number): bigint {
  if (value >= -2147483648.5 && value < 2147483647.5) return BigInt(roundDouble(value));
  throw integralOverflow('Int32');
}

function integralOfDouble(value: number, target: IntegralName): bigint {
  switch (target) {
    case 'Int32':
      return int32OfDouble(value);
    case 'UInt32':
      if (value >= -0.5 && value < 4294967295.5) return BigInt(roundDouble(value));
      throw integralOverflow('UInt32');
    case 'Int64':
    case 'UInt64': {
      // .NET converts with `checked((long)Math.Round(value))`: the generic overflow message.
      const rounded = roundDouble(value);
      const [min, max] = target === 'Int64' ? [-(2n ** 63n), 2n ** 63n - 1n] : [0n, 2n ** 64n - 1n];
      if (!Number.isFinite(rounded) || BigInt(rounded) < min || BigInt(rounded) > max) throw overflow();
      return BigInt(rounded);
    }
    default:
      return checkIntegral(int32OfDouble(value), target);
  }
}

/** `Convert.ToInt32(x)` and its siblings, for every source type. */
export function toIntegral(source: Convertible, target: IntegralName, info: NumberFormatInfo): bigint {
  switch (source.kind) {
    case 'Null':
      return 0n;
    case 'Boolean':
      return source.value ? 1n : 0n;
    case 'Char':
      return checkIntegral(BigInt(source.value), target);
    case 'Integer':
      return checkIntegral(source.value, target);
    case 'Double':
    case 'Single':
      return integralOfDouble(source.value, target);
    case 'Decimal':
      return checkIntegral(source.value.round(0, 'ToEven').toBigInt(), target);
    case 'String':
      return parseIntegral(source.value, target, integerStyle, info);
    case 'Other':
      throw notConvertible(source.value, target);
  }
}

/** `Convert.ToDouble(x)` (`single`: `Convert.ToSingle`). */
export function toFloating(source: Convertible, info: NumberFormatInfo, single = false): number {
  const round = (value: number) => (single ? Math.fround(value) : value);
  switch (source.kind) {
    case 'Null':
      return 0;
    case 'Boolean':
      return source.value ? 1 : 0;
    case 'Char':
      throw invalidConversion('Char', single ? 'Single' : 'Double');
    case 'Integer':
      return round(Number(source.value));
    case 'Double':
    case 'Single':
      return round(source.value);
    case 'Decimal':
      return round(source.value.toNumber());
    case 'String':
      return parseFloating(source.value, floatStyle, info, single);
    case 'Other':
      throw notConvertible(source.value, single ? 'Single' : 'Double');
  }
}

/** `Convert.ToDecimal(x)`. */
export function toDecimal(source: Convertible, info: NumberFormatInfo): Decimal {
  switch (source.kind) {
    case 'Null':
      return Decimal.Zero;
    case 'Boolean':
      return source.value ? Decimal.One : Decimal.Zero;
    case 'Char':
      throw invalidConversion('Char', 'Decimal');
    case 'Integer':
      return Decimal.fromInteger(source.value);
    case 'Double':
      return decimalFromDouble(source.value);
    case 'Single':
      return decimalFromSingle(source.value);
    case 'Decimal':
      return source.value;
    case 'String':
      return parseDecimal(source.value, decimalStyle, info);
    case 'Other':
      throw notConvertible(source.value, 'Decimal');
  }
}

/** `Convert.ToBoolean(x)`: numbers are true when not zero; strings parse as `bool.Parse`. */
export function toBoolean(source: Convertible): boolean {
  switch (source.kind) {
    case 'Null':
      return false;
    case 'Boolean':
      return source.value;
    case 'Char':
      throw invalidConversion('Char', 'Boolean');
    case 'Integer':
      return source.value !== 0n;
    case 'Double':
    case 'Single':
      return source.value !== 0;
    case 'Decimal':
      return !source.value.isZero();
    case 'String':
      return parseBoolean(source.value);
    case 'Other':
      throw notConvertible(source.value, 'Boolean');
  }
}

/** `Convert.ToChar(x)`: only integers in 0..65535 and one-character strings convert. */
export function toChar(source: Convertible): number {
  switch (source.kind) {
    case 'Null':
      return 0;
    case 'Char':
      return source.value;
    case 'Integer':
      if (source.value < 0n || source.value > 65535n) {
        throw overflow('Value was either too large or too small for a character.');
      }
      return Number(source.value);
    case 'String':
      if (source.value.length !== 1) throw formatError('String must be exactly one character long.');
      return source.value.charCodeAt(0);
    case 'Boolean':
    case 'Double':
    case 'Single':
    case 'Decimal':
      throw invalidConversion(source.kind, 'Char');
    case 'Other':
      throw notConvertible(source.value, 'Char');
  }
}

/** `Convert.ToChar(string)`: null is an `ArgumentNullException` here (not `'\0'`). */
export function charOfString(value: string | null): number {
  if (value === null) throw argumentNull('value');
  return toChar({ kind: 'String', value });
}

export { convertibleOf };

const bases = new Set([2, 8, 10, 16]);

function checkBase(base: number): void {
  if (!bases.has(base)) throw argument('Invalid Base.');
}

/** `Convert.ToString(value, toBase)`: negative values print their two's complement in other bases. */
export function toStringInBase(value: number | bigint, bits: number, base: number): string {
  checkBase(base);
  const big = BigInt(value);
  if (base === 10) return big.toString();
  return BigInt.asUintN(bits, big).toString(base);
}

function digitValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 55;
  if (code >= 97 && code <= 122) return code - 87;
  return 99;
}

/**
 * .NET's `ParseNumbers.StringToInt` / `StringToLong` with `IsTight`: `Convert.ToInt32(s, base)`
 * and its siblings. No white space; a minus sign only in base 10; `0x` allowed in base 16.
 */
export function parseInBase(value: string | null, base: number, target: IntegralName): bigint {
  checkBase(base);
  if (value === null) return 0n;
  const wide = target === 'Int64' || target === 'UInt64';
  const unsigned = target === 'Byte' || target === 'UInt16' || target === 'UInt32' || target === 'UInt64';
  if (value.length === 0) {
    throw argumentOutOfRange(
      'Index was out of range. Must be non-negative and less than the size of the collection.',
    );
  }
  let i = 0;
  let negative = false;
  if (value[i] === '-') {
    if (base !== 10) throw argument('String cannot contain a minus sign if the base is not 10.');
    if (unsigned)
      throw overflow('The string was being parsed as an unsigned number and could not have a negative sign.');
    negative = true;
    i++;
  } else if (value[i] === '+') i++;
  if (
    base === 16 &&
    i + 1 < value.length &&
    value[i] === '0' &&
    (value[i + 1] === 'x' || value[i + 1] === 'X')
  )
    i += 2;
  const start = i;
  const bits = wide ? 64n : 32n;
  const signedDecimal = base === 10 && !unsigned;
  const limit = signedDecimal ? 1n << (bits - 1n) : 1n << bits;
  let result = 0n;
  while (i < value.length) {
    const digit = digitValue(value.charCodeAt(i));
    if (digit >= base) break;
    result = result * BigInt(base) + BigInt(digit);
    if (result > limit)
      throw integralOverflow(signedDecimal ? (wide ? 'Int64' : 'Int32') : wide ? 'UInt64' : 'UInt32');
    i++;
  }
  if (i === start) throw formatError('Could not find any recognizable digits.');
  if (i < value.length) throw formatError('Additional non-parsable characters are at the end of the string.');
  if (result === limit) {
    if (signedDecimal && !negative) throw integralOverflow(wide ? 'Int64' : 'Int32');
    if (!signedDecimal) throw integralOverflow(wide ? 'UInt64' : 'UInt32');
  }
  let parsed = negative ? -result : result;
  if (!signedDecimal)
    parsed = wide
      ? unsigned
        ? parsed
        : BigInt.asIntN(64, parsed)
      : unsigned
        ? parsed
        : BigInt.asIntN(32, parsed);
  switch (target) {
    case 'SByte':
      if (base !== 10 && parsed >= 0n && parsed <= 255n) return BigInt.asIntN(8, parsed);
      return checkIntegral(parsed, 'SByte');
    case 'Int16':
      if (base !== 10 && parsed >= 0n && parsed <= 65535n) return BigInt.asIntN(16, parsed);
      return checkIntegral(parsed, 'Int16');
    case 'Byte':
    case 'UInt16':
      return checkIntegral(parsed, target);
    default:
      return parsed;
  }
}
