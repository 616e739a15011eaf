import { argument, argumentNull, argumentOutOfRange, overflow } from '../exceptions.js';
import { Decimal, decimalOverflow, MANTISSA_LIMIT, MAX_SCALE } from './decimal.js';

/**
 * Conversions between `decimal` and the binary floating-point types, ported from .NET's
 * `VarDecFromR8` / `VarDecFromR4`: the value keeps 15 significant digits (7 for `float`),
 * computed with the same double arithmetic so that the last digit agrees with .NET.
 */

const powerOfTen = (n: number) => Number(`1e${n}`);
const view = new DataView(new ArrayBuffer(8));

function fromBinary(value: number, digits: 15 | 7, biasedExponent: number, bias: number): Decimal {
  if (!Number.isFinite(value)) throw decimalOverflow();
  const exponent = biasedExponent - bias;
  if (exponent < -94) return Decimal.Zero;
  if (exponent > 96) throw decimalOverflow();
  const top = powerOfTen(digits - 1);
  let dbl = Math.abs(value);
  let power = digits - 1 - ((exponent * 19728) >> 16);
  if (power >= 0) {
    if (power > MAX_SCALE) power = MAX_SCALE;
    dbl *= powerOfTen(power);
  } else if (power !== -1 || dbl >= top * 10) dbl /= powerOfTen(-power);
  else power = 0;
  if (dbl < top && power < MAX_SCALE) {
    dbl *= 10;
    power++;
  }
  let mantissa = Math.trunc(dbl);
  const fraction = dbl - mantissa;
  if (fraction > 0.5 || (fraction === 0.5 && mantissa % 2 === 1)) mantissa++;
  if (mantissa === 0) return Decimal.Zero;
  let big = BigInt(mantissa);
  const negative = value < 0;
  if (power < 0) {
    big *= 10n ** BigInt(-power);
    if (big >= MANTISSA_LIMIT) throw decimalOverflow();
    return new Decimal(big, 0, negative);
  }
  let removable = Math.min(power, digits - 1);
  while (removable > 0 && big % 10n === 0n) {
    big /= 10n;
    power--;
    removable--;
  }
  return new Decimal(big, power, negative);
}

/** `(decimal)double`, `new decimal(double)`, `Convert.ToDecimal(double)`. */
export function decimalFromDouble(value: number): Decimal {
  view.setFloat64(0, value);
  return fromBinary(value, 15, (view.getUint16(0) >> 4) & 0x7ff, 1022);
}

/** `(decimal)float`: 7 significant digits. */
export function decimalFromSingle(value: number): Decimal {
  view.setFloat32(0, value);
  return fromBinary(value, 7, (view.getUint16(0) >> 7) & 0xff, 126);
}

/** `(float)d`. */
export function decimalToSingle(value: Decimal): number {
  return Math.fround(value.toNumber());
}

const integralRanges = {
  SByte: [-128n, 127n],
  Byte: [0n, 255n],
  Int16: [-32768n, 32767n],
  UInt16: [0n, 65535n],
  Int32: [-2147483648n, 2147483647n],
  UInt32: [0n, 4294967295n],
  Int64: [-9223372036854775808n, 9223372036854775807n],
  UInt64: [0n, 18446744073709551615n],
} as const;

export type IntegralName = keyof typeof integralRanges;

const articles: Record<IntegralName, string> = {
  SByte: 'a signed byte',
  Byte: 'an unsigned byte',
  Int16: 'an Int16',
  UInt16: 'a UInt16',
  Int32: 'an Int32',
  UInt32: 'a UInt32',
  Int64: 'an Int64',
  UInt64: 'a UInt64',
};

/** .NET's `OverflowException` for a value outside an integral type (`Overflow_Int32`, ...). */
export function integralOverflow(type: IntegralName): Error {
  return overflow(`Value was either too large or too small for ${articles[type]}.`);
}

/** Checks an integer against an integral type's range. */
export function checkIntegral(value: bigint, type: IntegralName): bigint {
  const [min, max] = integralRanges[type];
  if (value < min || value > max) throw integralOverflow(type);
  return value;
}

/** `(int)d`, `decimal.ToInt32(d)`: truncated toward zero, `OverflowException` outside the range. */
export function decimalToIntegral(value: Decimal, type: IntegralName): bigint {
  return checkIntegral(value.toBigInt(), type);
}

/** The decimal's four 32-bit parts as `decimal.GetBits` gives them: low, middle, high, flags. */
export function decimalBits(value: Decimal): number[] {
  const m = value.mantissa;
  const flags = (value.scale << 16) | (value.negative ? 0x80000000 : 0);
  return [
    Number(BigInt.asIntN(32, m)),
    Number(BigInt.asIntN(32, m >> 32n)),
    Number(BigInt.asIntN(32, m >> 64n)),
    flags | 0,
  ];
}

/** `new decimal(int lo, int mid, int hi, bool isNegative, byte scale)`. */
export function decimalFromParts(
  lo: number,
  mid: number,
  hi: number,
  negative: boolean,
  scale: number,
): Decimal {
  if (scale > MAX_SCALE)
    throw argumentOutOfRange('scale', "Decimal's scale value must be between 0 and 28, inclusive.");
  const mantissa = BigInt(lo >>> 0) | (BigInt(mid >>> 0) << 32n) | (BigInt(hi >>> 0) << 64n);
  return new Decimal(mantissa, scale, negative);
}

/** `new decimal(int[] bits)`: the four parts of `GetBits`, validated as .NET does. */
export function decimalFromBits(bits: readonly number[] | null): Decimal {
  if (bits === null) throw argumentNull('bits');
  const flags = bits[3] ?? 0;
  const scale = (flags >> 16) & 0xff;
  if (bits.length !== 4 || (flags & 0x7f00ffff) !== 0 || scale > MAX_SCALE) {
    throw argument('Decimal constructor requires an array or span of four valid decimal bytes.');
  }
  return decimalFromParts(bits[0]!, bits[1]!, bits[2]!, flags < 0, scale);
}
