import { environment } from '../environment.js';
import { argumentNull, format as formatError, overflow } from '../exceptions.js';
import { Decimal, decimalOverflow } from './decimal.js';
import { type IntegralName, integralOverflow } from './decimal-convert.js';
import type { NumberFormatInfo } from './number-format-info.js';
import { NumberStyles, validateFloatStyle, validateIntegerStyle } from './number-styles.js';
import { type ParsedNumber, parseNumber } from './parse-number.js';

/**
 * `Parse` and `TryParse` of the numeric types, from the digits `parseNumber` reads: a string
 * that is not a number is a `FormatException`, a number the type cannot hold an
 * `OverflowException` (and both are `false` for `TryParse`).
 */

/** A parse that failed: the exception `Parse` throws and `TryParse` swallows. */
type Outcome<T> = { value: T } | { error: () => Error };

function nullInput(): Error {
  return argumentNull(environment().dotnet === 'framework' ? 'String' : 's');
}

function badFormat(input: string): () => Error {
  return () => formatError(undefined, input);
}

/** Integer digits the width of `Int32`/`Int64`/`UInt64` (.NET parses the narrower types as `Int32`). */
const precisions: Record<IntegralName, number> = {
  SByte: 10,
  Byte: 10,
  Int16: 10,
  UInt16: 10,
  Int32: 10,
  UInt32: 10,
  Int64: 19,
  UInt64: 20,
};

const widths: Record<IntegralName, bigint> = {
  SByte: 32n,
  Byte: 32n,
  Int16: 32n,
  UInt16: 32n,
  Int32: 32n,
  UInt32: 32n,
  Int64: 64n,
  UInt64: 64n,
};

const ranges: Record<IntegralName, readonly [bigint, bigint]> = {
  SByte: [-128n, 127n],
  Byte: [0n, 255n],
  Int16: [-32768n, 32767n],
  UInt16: [0n, 65535n],
  Int32: [-2147483648n, 2147483647n],
  UInt32: [0n, 4294967295n],
  Int64: [-9223372036854775808n, 9223372036854775807n],
  UInt64: [0n, 18446744073709551615n],
};

function integralOf(number: ParsedNumber, type: IntegralName, hex: boolean): bigint | null {
  const [min, max] = ranges[type];
  if (hex) {
    if (number.digits.length === 0) return 0n;
    const magnitude = BigInt(
      `0x${number.digits}${'0'.repeat(Math.max(number.scale - number.digits.length, 0))}`,
    );
    if (magnitude >= 1n << widths[type]) return null;
    // Hex digits are the bits: Int32 "FFFFFFFF" is -1; the narrower types must fit unsigned.
    if (type === 'Int32' || type === 'Int64') return BigInt.asIntN(Number(widths[type]), magnitude);
    if (type === 'SByte' || type === 'Int16') {
      if (magnitude > (type === 'SByte' ? 255n : 65535n)) return null;
      return BigInt.asIntN(type === 'SByte' ? 8 : 16, magnitude);
    }
    return magnitude <= max ? magnitude : null;
  }
  if (number.scale > precisions[type] || number.scale < number.precision) return null;
  if (number.digits.length === 0) return 0n;
  let value = BigInt(number.digits + '0'.repeat(number.scale - number.digits.length));
  if (number.negative) value = -value;
  return value < min || value > max ? null : value;
}

function parseIntegralOutcome(
  input: string | null,
  type: IntegralName,
  style: number,
  info: NumberFormatInfo,
): Outcome<bigint> {
  validateIntegerStyle(style);
  if (input === null) return { error: nullInput };
  const number = parseNumber(input, style, info, false);
  if (number === null) return { error: badFormat(input) };
  const value = integralOf(number, type, (style & NumberStyles.AllowHexSpecifier) !== 0);
  return value === null ? { error: () => integralOverflow(type) } : { value };
}

/** `int.Parse(s, style, provider)` and its siblings; the result as a bigint. */
export function parseIntegral(
  input: string | null,
  type: IntegralName,
  style: number,
  info: NumberFormatInfo,
): bigint {
  const outcome = parseIntegralOutcome(input, type, style, info);
  if ('error' in outcome) throw outcome.error();
  return outcome.value;
}

/** `int.TryParse(s, style, provider, out result)`: null when it fails. */
export function tryParseIntegral(
  input: string | null,
  type: IntegralName,
  style: number,
  info: NumberFormatInfo,
): bigint | null {
  const outcome = parseIntegralOutcome(input, type, style, info);
  return 'error' in outcome ? null : outcome.value;
}

/** The named values `double.Parse` accepts besides numbers. */
function specialValue(input: string, info: NumberFormatInfo): number | null {
  const text = input.trim();
  if (environment().dotnet === 'framework') {
    if (text === info.positiveInfinitySymbol) return Number.POSITIVE_INFINITY;
    if (text === info.negativeInfinitySymbol) return Number.NEGATIVE_INFINITY;
    if (text === info.nanSymbol) return Number.NaN;
    return null;
  }
  const lower = text.toLowerCase();
  const is = (symbol: string) => lower === symbol.toLowerCase();
  if (
    is(info.positiveInfinitySymbol) ||
    is(info.positiveSign + info.positiveInfinitySymbol) ||
    is('infinity') ||
    is('+infinity')
  ) {
    return Number.POSITIVE_INFINITY;
  }
  if (is(info.negativeInfinitySymbol) || is('-infinity')) return Number.NEGATIVE_INFINITY;
  if (
    is(info.nanSymbol) ||
    is(info.positiveSign + info.nanSymbol) ||
    is(info.negativeSign + info.nanSymbol)
  ) {
    return Number.NaN;
  }
  return null;
}

function parseFloatOutcome(
  input: string | null,
  style: number,
  info: NumberFormatInfo,
  single: boolean,
): Outcome<number> {
  validateFloatStyle(style);
  if (input === null) return { error: nullInput };
  const number = parseNumber(input, style, info, false);
  if (number === null) {
    const special = specialValue(input, info);
    return special === null
      ? { error: badFormat(input) }
      : { value: single ? Math.fround(special) : special };
  }
  const magnitude = number.digits.length === 0 ? 0 : Number(`0.${number.digits}e${number.scale}`);
  let value = number.negative ? -magnitude : magnitude;
  if (single) value = Math.fround(value);
  if (!Number.isFinite(value) && environment().dotnet === 'framework') {
    return {
      error: () => overflow(`Value was either too large or too small for a ${single ? 'Single' : 'Double'}.`),
    };
  }
  return { value };
}

/** `double.Parse(s, style, provider)` (`single`: `float.Parse`). */
export function parseFloating(
  input: string | null,
  style: number,
  info: NumberFormatInfo,
  single = false,
): number {
  const outcome = parseFloatOutcome(input, style, info, single);
  if ('error' in outcome) throw outcome.error();
  return outcome.value;
}

export function tryParseFloat(
  input: string | null,
  style: number,
  info: NumberFormatInfo,
  single = false,
): number | null {
  const outcome = parseFloatOutcome(input, style, info, single);
  return 'error' in outcome ? null : outcome.value;
}

const DECIMAL_LIMIT = 0x19999999_99999999_99999999n;

/** .NET's `NumberBufferToDecimal`: digits into a 96-bit mantissa, rounding the rest half to even. */
function decimalOf(number: ParsedNumber): Decimal | null {
  const digits = number.digits;
  let exponent = number.scale;
  let mantissa = 0n;
  let index = 0;
  if (digits.length === 0) {
    if (exponent > 0) exponent = 0;
  } else {
    if (exponent > 29) return null;
    let c = digits[index];
    while (
      (exponent > 0 || (c !== undefined && exponent > -28)) &&
      (mantissa < DECIMAL_LIMIT || (mantissa === DECIMAL_LIMIT && (c === undefined || c <= '5')))
    ) {
      mantissa *= 10n;
      if (c !== undefined) mantissa += BigInt(c.charCodeAt(0) - 48);
      exponent--;
      c = digits[++index];
    }
    if (c !== undefined && c >= '5') {
      let round = true;
      if (c === '5' && mantissa % 2n === 0n) {
        let count = 20;
        c = digits[++index];
        while (c === '0' && count !== 0) {
          c = digits[++index];
          count--;
        }
        if (c === undefined || count === 0) round = false;
      }
      if (round) {
        mantissa++;
        if (mantissa >= 1n << 96n) {
          mantissa = DECIMAL_LIMIT + 1n;
          exponent++;
        }
      }
    }
  }
  if (exponent > 0) return null;
  if (exponent <= -29) return new Decimal(0n, 28, number.negative);
  return new Decimal(mantissa, -exponent, number.negative);
}

function parseDecimalOutcome(input: string | null, style: number, info: NumberFormatInfo): Outcome<Decimal> {
  validateFloatStyle(style);
  if (input === null) return { error: nullInput };
  const number = parseNumber(input, style, info, true);
  if (number === null) return { error: badFormat(input) };
  const value = decimalOf(number);
  return value === null ? { error: decimalOverflow } : { value };
}

/** `decimal.Parse(s, style, provider)`: keeps the written scale (`"1.50"` is 1.50m). */
export function parseDecimal(input: string | null, style: number, info: NumberFormatInfo): Decimal {
  const outcome = parseDecimalOutcome(input, style, info);
  if ('error' in outcome) throw outcome.error();
  return outcome.value;
}

export function tryParseDecimal(input: string | null, style: number, info: NumberFormatInfo): Decimal | null {
  const outcome = parseDecimalOutcome(input, style, info);
  return 'error' in outcome ? null : outcome.value;
}
