import { argument, divideByZero, overflow } from '../exceptions.js';
import { DOTNET_TYPE } from '../values.js';
import { formatDecimalParts } from './format-number.js';
import { currentNumberFormat, type NumberFormatInfo } from './number-format-info.js';

/** 2^96: a decimal's mantissa is below it. */
export const MANTISSA_LIMIT = 1n << 96n;
export const MAX_SCALE = 28;

export function decimalOverflow(): Error {
  return overflow('Value was either too large or too small for a Decimal.');
}

/** Divides by 10^k, rounding half to even on the exact remainder (decimal arithmetic's rule). */
export function divideRoundingHalfEven(value: bigint, divisor: bigint): bigint {
  const quotient = value / divisor;
  const twice = (value % divisor) * 2n;
  if (twice > divisor || (twice === divisor && quotient % 2n === 1n)) return quotient + 1n;
  return quotient;
}

/**
 * `System.Decimal`: a 96-bit unsigned mantissa, a sign and a scale of 0 to 28 decimal places.
 * Immutable. The scale is part of the value's identity for printing (`1.50m` prints `1.50`)
 * but not for equality (`1.50m == 1.5m`). Arithmetic follows .NET's rules: a sum keeps the
 * larger scale, a product adds scales, a quotient takes as many places as it needs (up to 28),
 * and any result that does not fit is rounded half to even.
 */
export class Decimal {
  static readonly [DOTNET_TYPE] = 'System.Decimal';

  readonly mantissa: bigint;
  readonly scale: number;
  readonly negative: boolean;

  /** `mantissa` must be below 2^96 and `scale` within 0..28 (see `Decimal.fit` otherwise). */
  constructor(mantissa: bigint, scale = 0, negative = false) {
    if (
      mantissa < 0n ||
      mantissa >= MANTISSA_LIMIT ||
      scale < 0 ||
      scale > MAX_SCALE ||
      !Number.isInteger(scale)
    ) {
      throw new RangeError(`Not a decimal: ${mantissa} / 10^${scale}`);
    }
    this.mantissa = mantissa;
    this.scale = scale;
    this.negative = negative;
  }

  static readonly Zero = new Decimal(0n);
  static readonly One = new Decimal(1n);
  static readonly MinusOne = new Decimal(1n, 0, true);
  static readonly MaxValue = new Decimal(MANTISSA_LIMIT - 1n);
  static readonly MinValue = new Decimal(MANTISSA_LIMIT - 1n, 0, true);

  /**
   * The decimal nearest to `coefficient / 10^scale` that fits: the scale shrinks (rounding half
   * to even) until the mantissa fits in 96 bits and the scale is at most 28. Throws
   * `OverflowException` when even scale 0 does not fit.
   */
  static fit(coefficient: bigint, scale: number): Decimal {
    const negative = coefficient < 0n;
    let mantissa = negative ? -coefficient : coefficient;
    if (scale < 0) {
      mantissa *= 10n ** BigInt(-scale);
      scale = 0;
    }
    if (scale > MAX_SCALE) {
      mantissa = divideRoundingHalfEven(mantissa, 10n ** BigInt(scale - MAX_SCALE));
      scale = MAX_SCALE;
    }
    if (mantissa >= MANTISSA_LIMIT) {
      // Rounds once from the exact value (rounding step by step could round twice).
      const exact = mantissa;
      let k = 0;
      do {
        if (k === scale) throw decimalOverflow();
        k++;
        mantissa = divideRoundingHalfEven(exact, 10n ** BigInt(k));
      } while (mantissa >= MANTISSA_LIMIT);
      scale -= k;
    }
    return new Decimal(mantissa, scale, negative);
  }

  static fromInteger(value: number | bigint): Decimal {
    const big = BigInt(value);
    return new Decimal(big < 0n ? -big : big, 0, big < 0n);
  }

  /** The signed mantissa: the value times 10^scale. */
  get coefficient(): bigint {
    return this.negative ? -this.mantissa : this.mantissa;
  }

  isZero(): boolean {
    return this.mantissa === 0n;
  }

  /** The signed mantissa at a larger scale. */
  coefficientAt(scale: number): bigint {
    return this.coefficient * 10n ** BigInt(scale - this.scale);
  }

  add(other: Decimal): Decimal {
    const scale = Math.max(this.scale, other.scale);
    const sum = this.coefficientAt(scale) + other.coefficientAt(scale);
    return Decimal.fit(sum, scale);
  }

  subtract(other: Decimal): Decimal {
    return this.add(other.negate());
  }

  multiply(other: Decimal): Decimal {
    const scale = this.scale + other.scale;
    // .NET's fast path for two 32-bit mantissas returns a plain zero when the product cannot
    // reach half a unit of the 28th place; elsewhere a rounded-away product keeps scale 28.
    if (scale > MAX_SCALE + 19 && this.mantissa < 1n << 32n && other.mantissa < 1n << 32n)
      return Decimal.Zero;
    const product = Decimal.fit(this.mantissa * other.mantissa, scale);
    return this.negative !== other.negative ? product.negate() : product;
  }

  /**
   * The quotient at the smallest scale (not below `this.scale - other.scale`, nor 0) at which it
   * is exact, or else at the largest scale at which it fits, rounded half to even.
   */
  divide(other: Decimal): Decimal {
    if (other.isZero()) throw divideByZero();
    const negative = this.negative !== other.negative;
    if (this.isZero()) {
      return new Decimal(0n, Math.max(this.scale - other.scale, 0), negative);
    }
    let scale = Math.max(this.scale - other.scale, 0);
    const divisor = other.mantissa;
    const numeratorAt = (s: number) => this.mantissa * 10n ** BigInt(other.scale + s - this.scale);
    let quotient = numeratorAt(scale) / divisor;
    if (quotient >= MANTISSA_LIMIT) throw decimalOverflow();
    let remainder = numeratorAt(scale) % divisor;
    while (remainder !== 0n && scale < MAX_SCALE) {
      const next = numeratorAt(scale + 1);
      const nextQuotient = next / divisor;
      if (nextQuotient >= MANTISSA_LIMIT) break;
      quotient = nextQuotient;
      remainder = next % divisor;
      scale++;
    }
    if (remainder !== 0n) {
      const twice = remainder * 2n;
      if (twice > divisor || (twice === divisor && quotient % 2n === 1n)) quotient++;
      if (quotient >= MANTISSA_LIMIT) {
        quotient = divideRoundingHalfEven(quotient, 10n);
        scale--;
      }
      // A quotient that rounds to nothing is a plain zero (`1e-28m / 3m` is 0, not 0.000...).
      if (quotient === 0n) return new Decimal(0n, 0, negative);
    }
    return new Decimal(quotient, scale, negative);
  }

  /**
   * `%`: the remainder of truncated division, with the dividend's sign and the larger scale; a
   * dividend smaller in magnitude than the divisor is returned as it is (as .NET Framework's
   * `Decimal.Remainder` does).
   */
  remainder(other: Decimal): Decimal {
    if (other.isZero()) throw divideByZero();
    if (this.compareMagnitude(other) < 0) return this;
    const scale = Math.max(this.scale, other.scale);
    const a = this.mantissa * 10n ** BigInt(scale - this.scale);
    const b = other.mantissa * 10n ** BigInt(scale - other.scale);
    return new Decimal(a % b, scale, this.negative);
  }

  negate(): Decimal {
    return new Decimal(this.mantissa, this.scale, !this.negative);
  }

  compareMagnitude(other: Decimal): number {
    const scale = Math.max(this.scale, other.scale);
    const a = this.mantissa * 10n ** BigInt(scale - this.scale);
    const b = other.mantissa * 10n ** BigInt(scale - other.scale);
    return a < b ? -1 : a > b ? 1 : 0;
  }

  /** Compares values (not representations): -1, 0 or 1. */
  compare(other: Decimal): number {
    const scale = Math.max(this.scale, other.scale);
    const a = this.coefficientAt(scale);
    const b = other.coefficientAt(scale);
    return a < b ? -1 : a > b ? 1 : 0;
  }

  /** Rounds to `decimals` places (at most the current scale) with a `MidpointRounding` mode. */
  round(
    decimals: number,
    mode: 'ToEven' | 'AwayFromZero' | 'ToZero' | 'ToNegativeInfinity' | 'ToPositiveInfinity',
  ): Decimal {
    if (decimals >= this.scale) return this;
    const divisor = 10n ** BigInt(this.scale - decimals);
    let quotient = this.mantissa / divisor;
    const remainder = this.mantissa % divisor;
    if (remainder !== 0n) {
      const twice = remainder * 2n;
      let up: boolean;
      switch (mode) {
        case 'ToEven':
          up = twice > divisor || (twice === divisor && quotient % 2n === 1n);
          break;
        case 'AwayFromZero':
          up = twice >= divisor;
          break;
        case 'ToZero':
          up = false;
          break;
        case 'ToNegativeInfinity':
          up = this.negative;
          break;
        case 'ToPositiveInfinity':
          up = !this.negative;
          break;
      }
      if (up) quotient++;
    }
    return new Decimal(quotient, decimals, this.negative);
  }

  truncate(): Decimal {
    return this.round(0, 'ToZero');
  }

  floor(): Decimal {
    return this.round(0, 'ToNegativeInfinity');
  }

  ceiling(): Decimal {
    return this.round(0, 'ToPositiveInfinity');
  }

  /** The integer part as a bigint (truncated toward zero). */
  toBigInt(): bigint {
    const whole = this.mantissa / 10n ** BigInt(this.scale);
    return this.negative ? -whole : whole;
  }

  /**
   * `(double)d`: as .NET computes it, the mantissa as a double divided by 10^scale, which is
   * not always the nearest double (`(double)(2m/3m)` is 0.66666666666666674).
   */
  toNumber(): number {
    const low = Number(this.mantissa & 0xffffffffffffffffn);
    const high = Number(this.mantissa >> 64n) * 2 ** 64;
    const value = (low + high) / Number(`1e${this.scale}`);
    return this.negative ? -value : value;
  }

  /** Plain digits with a point, for conversions (not .NET's `ToString`, which uses the culture). */
  toExactString(): string {
    const digits = this.mantissa.toString().padStart(this.scale + 1, '0');
    const point = digits.length - this.scale;
    const text = this.scale === 0 ? digits : `${digits.slice(0, point)}.${digits.slice(point)}`;
    return this.negative ? `-${text}` : text;
  }

  /** `decimal.ToString(format)` in a culture's number format (the current culture by default). */
  format(format: string | null, info: NumberFormatInfo = currentNumberFormat()): string {
    return formatDecimalParts(this.mantissa, this.scale, this.negative, format, info);
  }

  ToString(format: string | null = null): string {
    return this.format(format);
  }

  Equals(other: unknown): boolean {
    return other instanceof Decimal && this.compare(other) === 0;
  }

  /** .NET Framework's: the bits of the nearest double, the low four masked off (equal values hash alike). */
  GetHashCode(): number {
    const value = this.toNumber();
    if (value === 0) return 0;
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, value, true);
    return (view.getInt32(0, true) & 0xfffffff0) ^ view.getInt32(4, true);
  }

  /** `IComparable.CompareTo(object)`: null sorts first; another type is an `ArgumentException`. */
  CompareTo(other: unknown): number {
    if (other === null) return 1;
    if (!(other instanceof Decimal)) throw argument('Object must be of type Decimal.');
    return this.compare(other);
  }
}
