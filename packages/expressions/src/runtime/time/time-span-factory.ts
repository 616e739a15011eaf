import { environment } from '../environment.js';
import { argument, DotnetException } from '../exceptions.js';
import { TICKS_PER_MILLISECOND } from './calendar.js';
import { INT64_MAX, INT64_MIN, TimeSpan, timeSpanTooLong } from './time-span.js';

const MAX_MILLISECONDS = INT64_MAX / TICKS_PER_MILLISECOND;
const MIN_MILLISECONDS = INT64_MIN / TICKS_PER_MILLISECOND;

/** `ArgumentOutOfRangeException` without a parameter name, as TimeSpan's constructors throw it. */
function constructorOverflow(): DotnetException {
  return new DotnetException(
    'System.ArgumentOutOfRangeException',
    'TimeSpan overflowed because the duration is too long.',
  );
}

/** `new TimeSpan(hours, minutes, seconds)`. */
export function timeSpanFromHms(hours: number, minutes: number, seconds: number): TimeSpan {
  return timeSpanFromParts(0, hours, minutes, seconds, 0);
}

/** `new TimeSpan(days, hours, minutes, seconds[, milliseconds])`. */
export function timeSpanFromParts(
  days: number,
  hours: number,
  minutes: number,
  seconds: number,
  milliseconds: number,
): TimeSpan {
  const total =
    (BigInt(days) * 86_400n + BigInt(hours) * 3600n + BigInt(minutes) * 60n + BigInt(seconds)) * 1000n +
    BigInt(milliseconds);
  if (total > MAX_MILLISECONDS || total < MIN_MILLISECONDS) throw constructorOverflow();
  return new TimeSpan(total * TICKS_PER_MILLISECOND);
}

/** Milliseconds in one unit of each `From*` method. */
export const MILLISECONDS_PER = {
  day: 86_400_000,
  hour: 3_600_000,
  minute: 60_000,
  second: 1_000,
  millisecond: 1,
} as const;

/** The units of the `From*` methods: milliseconds and ticks in one unit. */
export type TimeUnit = 'day' | 'hour' | 'minute' | 'second' | 'millisecond';

const TWO_TO_63 = 2 ** 63;

/**
 * `TimeSpan.FromDays(double)` and its siblings. .NET Framework rounds the value to whole
 * milliseconds (half away from zero); .NET Core 3.0 and later keep every tick, truncating.
 */
export function timeSpanFromDouble(value: number, unit: TimeUnit): TimeSpan {
  if (Number.isNaN(value)) throw argument('TimeSpan does not accept floating point Not-a-Number values.');
  if (environment().dotnet === 'core') {
    const ticks = value * TICKS_PER[unit];
    if (ticks > TWO_TO_63 || ticks < -TWO_TO_63) throw timeSpanTooLong();
    if (ticks === TWO_TO_63) return TimeSpan.MaxValue;
    return new TimeSpan(BigInt(Math.trunc(ticks)));
  }
  const millis = value * MILLISECONDS_PER[unit] + (value >= 0 ? 0.5 : -0.5);
  if (millis > 922_337_203_685_477 || millis < -922_337_203_685_477) throw timeSpanTooLong();
  return new TimeSpan(BigInt(Math.trunc(millis)) * TICKS_PER_MILLISECOND);
}

/** `TimeSpan.FromTicks(long)`. */
export function timeSpanFromTicks(ticks: bigint): TimeSpan {
  return new TimeSpan(ticks);
}

/** Ticks in one unit of each `Total*` property. */
export const TICKS_PER = {
  day: 864_000_000_000,
  hour: 36_000_000_000,
  minute: 600_000_000,
  second: 10_000_000,
  millisecond: 10_000,
} as const;

/**
 * `TimeSpan.TotalDays` and its siblings. .NET Framework multiplies by the reciprocal of the
 * unit (`DaysPerTick`), modern .NET divides; the two can differ in the last bit.
 * `TotalMilliseconds` is clamped to the range of milliseconds a TimeSpan holds.
 */
export function totalOf(span: TimeSpan, ticksPerUnit: number): number {
  const ticks = Number(span.ticks);
  const value = environment().dotnet === 'core' ? ticks / ticksPerUnit : ticks * (1 / ticksPerUnit);
  if (ticksPerUnit === TICKS_PER.millisecond) {
    const max = 922_337_203_685_477;
    if (value > max) return max;
    if (value < -max) return -max;
  }
  return value;
}

/** `TimeSpan.Multiply(double)` (modern .NET only): rounds to the nearest tick. */
export function multiplyTimeSpan(span: TimeSpan, factor: number): TimeSpan {
  if (Number.isNaN(factor))
    throw argument('TimeSpan does not accept floating point Not-a-Number values.', 'factor');
  const ticks = Math.round(Number(span.ticks) * factor);
  if (!(ticks <= 9.223372036854776e18 && ticks >= -9.223372036854776e18)) throw timeSpanTooLong();
  return new TimeSpan(BigInt.asIntN(64, BigInt(ticks)));
}

/** `TimeSpan.Divide(double)` (modern .NET only). */
export function divideTimeSpan(span: TimeSpan, divisor: number): TimeSpan {
  if (Number.isNaN(divisor))
    throw argument('TimeSpan does not accept floating point Not-a-Number values.', 'divisor');
  const ticks = Math.round(Number(span.ticks) / divisor);
  if (!(ticks <= 9.223372036854776e18 && ticks >= -9.223372036854776e18)) throw timeSpanTooLong();
  return new TimeSpan(BigInt.asIntN(64, BigInt(ticks)));
}

/** `TimeSpan.Divide(TimeSpan)` (modern .NET only): the ratio of the tick counts. */
export function timeSpanRatio(span: TimeSpan, other: TimeSpan): number {
  return Number(span.ticks) / Number(other.ticks);
}
