import { environment } from '../environment.js';
import { argument, argumentOutOfRange, DotnetException, divideByZero, overflow } from '../exceptions.js';
import type { Reference } from '../values.js';
import { Decimal } from './decimal.js';

/** `System.Math` where JavaScript's `Math` differs from .NET's. */

const core = () => environment().dotnet === 'core';

/** `System.MidpointRounding` (modern .NET adds the directed modes 2-4). */
export const MidpointRounding = {
  ToEven: 0,
  AwayFromZero: 1,
  ToZero: 2,
  ToNegativeInfinity: 3,
  ToPositiveInfinity: 4,
} as const;

const modeNames = ['ToEven', 'AwayFromZero', 'ToZero', 'ToNegativeInfinity', 'ToPositiveInfinity'] as const;

function checkMode(mode: number): (typeof modeNames)[number] {
  const name = modeNames[mode];
  if (name === undefined || (!core() && mode > 1)) {
    throw argument(`The value '${mode}' is not valid for this usage of the type MidpointRounding.`, 'mode');
  }
  return name;
}

/**
 * `Math.Round(double)`: to the nearest integer, ties to even. .NET Framework computes
 * `floor(x + 0.5)` and corrects ties, which rounds 0.49999999999999994 up to 1; modern .NET
 * rounds exactly.
 */
export function roundDouble(x: number): number {
  if (!Number.isFinite(x) || Number.isInteger(x)) return x;
  let result: number;
  if (core()) {
    const floor = Math.floor(x);
    const fraction = x - floor;
    result = fraction > 0.5 || (fraction === 0.5 && floor % 2 !== 0) ? floor + 1 : floor;
  } else {
    result = Math.floor(x + 0.5);
    if (x === result - 0.5 && result % 2 !== 0) result -= 1;
  }
  return result === 0 && x < 0 ? -0 : result;
}

const powers = Array.from({ length: 16 }, (_, i) => Number(`1e${i}`));

/** `Math.Round(double value, int digits, MidpointRounding mode)`, .NET's scale-round-unscale. */
export function roundDoubleDigits(value: number, digits: number, mode = 0): number {
  if (digits < 0 || digits > 15) {
    throw argumentOutOfRange('digits', 'Rounding digits must be between 0 and 15, inclusive.');
  }
  const name = checkMode(mode);
  if (!(Math.abs(value) < 1e16)) return value;
  const power = powers[digits]!;
  let scaled = value * power;
  switch (name) {
    case 'ToEven':
      scaled = roundDouble(scaled);
      break;
    case 'AwayFromZero': {
      const fraction = scaled % 1;
      scaled = Math.trunc(scaled);
      if (Math.abs(fraction) >= 0.5) scaled += Math.sign(fraction);
      break;
    }
    case 'ToZero':
      scaled = Math.trunc(scaled);
      break;
    case 'ToNegativeInfinity':
      scaled = Math.floor(scaled);
      break;
    case 'ToPositiveInfinity':
      scaled = Math.ceil(scaled);
      break;
  }
  return scaled / power;
}

/** `Math.Round(decimal d, int decimals, MidpointRounding mode)`. */
export function roundDecimal(value: Decimal, decimals = 0, mode = 0): Decimal {
  if (decimals < 0 || decimals > 28) {
    throw argumentOutOfRange('decimals', 'Decimal can only round to between 0 and 28 digits of precision.');
  }
  return value.round(decimals, checkMode(mode));
}

/** `Math.Abs` of an integer type: the minimum value has no positive counterpart. */
export function absInteger<T extends number | bigint>(value: T, minimum: T): T {
  if (value === minimum) throw overflow('Negating the minimum value of a twos complement number is invalid.');
  return (value < 0 ? -value : value) as T;
}

/** `Math.Sign(double)`: NaN is an `ArithmeticException`. */
export function signDouble(value: number): number {
  if (Number.isNaN(value)) {
    throw new DotnetException(
      'System.ArithmeticException',
      'Function does not accept floating point Not-a-Number values.',
    );
  }
  return value > 0 ? 1 : value < 0 ? -1 : 0;
}

/** `Math.Max(double, double)`: NaN wins. */
export function maxDouble(a: number, b: number): number {
  if (a > b || Number.isNaN(a)) return a;
  return b;
}

/** `Math.Min(double, double)`: NaN wins. */
export function minDouble(a: number, b: number): number {
  if (a < b || Number.isNaN(a)) return a;
  return b;
}

/**
 * `Math.Pow`. .NET Framework answers NaN whenever an argument is NaN and for `Pow(-1, ±∞)`, and
 * 1 for `Pow(1, ±∞)`;
 * modern .NET follows IEEE 754 (`Pow(1, NaN)`, `Pow(NaN, 0)` and `Pow(-1, ±∞)` are 1).
 */
export function pow(x: number, y: number): number {
  if (core()) {
    if (x === 1 || y === 0) return 1;
    if (x === -1 && !Number.isFinite(y) && !Number.isNaN(y)) return 1;
    return x ** y;
  }
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
  // The C runtime's pow (and .NET Framework's PowHelper) give 1 for Pow(1, ±∞); JavaScript gives NaN.
  if (x === 1) return 1;
  return x ** y;
}

/** `Math.Log(double a, double newBase)`. */
export function logBase(a: number, newBase: number): number {
  if (Number.isNaN(a)) return a;
  if (Number.isNaN(newBase)) return newBase;
  if (newBase === 1) return Number.NaN;
  if (a !== 1 && (newBase === 0 || newBase === Number.POSITIVE_INFINITY)) return Number.NaN;
  return Math.log(a) / Math.log(newBase);
}

/** `Math.IEEERemainder`, as .NET computes it. */
export function ieeeRemainder(x: number, y: number): number {
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  const regular = x % y;
  if (Number.isNaN(regular)) return Number.NaN;
  if (regular === 0 && (x < 0 || Object.is(x, -0))) return -0;
  const alternative = regular - Math.abs(y) * Math.sign(x);
  if (Math.abs(alternative) === Math.abs(regular)) {
    const division = x / y;
    const rounded = roundDouble(division);
    return Math.abs(rounded) > Math.abs(division) ? alternative : regular;
  }
  return Math.abs(alternative) < Math.abs(regular) ? alternative : regular;
}

/** `Math.DivRem(int a, int b, out int result)` and the `long` overload. */
export function divRem<T extends number | bigint>(a: T, b: T, result: Reference<T>): T {
  if (b === 0 || b === 0n) throw divideByZero();
  if (typeof a === 'bigint') {
    const quotient = BigInt.asIntN(64, a / (b as bigint));
    result.value = (a % (b as bigint)) as T;
    return quotient as T;
  }
  const quotient = Math.trunc(a / (b as number)) | 0;
  result.value = (a % (b as number)) as T;
  return quotient as T;
}

/** Modern .NET's `Math.Clamp`: `ArgumentException` when min exceeds max. */
export function clamp<T extends number | bigint | Decimal>(value: T, min: T, max: T): T {
  const less = (a: T, b: T) => (a instanceof Decimal ? a.compare(b as Decimal) < 0 : a < b);
  if (less(max, min)) {
    const text = (x: T) => (x instanceof Decimal ? x.ToString() : String(x));
    throw argument(`'${text(min)}' cannot be greater than ${text(max)}.`);
  }
  if (less(value, min)) return min;
  if (less(max, value)) return max;
  return value;
}
