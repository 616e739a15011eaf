/**
 * The proleptic Gregorian calendar of `System.DateTime`, on tick counts. Ticks (100 ns since
 * 0001-01-01T00:00:00) are bigints, as .NET's are 64-bit; day numbers and times of day fit in
 * JavaScript numbers, so the arithmetic below splits a tick count into the two.
 */

export const TICKS_PER_MILLISECOND = 10_000n;
export const TICKS_PER_SECOND = 10_000_000n;
export const TICKS_PER_MINUTE = 600_000_000n;
export const TICKS_PER_HOUR = 36_000_000_000n;
export const TICKS_PER_DAY = 864_000_000_000n;

/** `DateTime.MaxValue.Ticks`: 9999-12-31T23:59:59.9999999. */
export const MAX_TICKS = 3_155_378_975_999_999_999n;
/** `DateTime.MinValue.Ticks`. */
export const MIN_TICKS = 0n;
/** Ticks from 0001-01-01 to 1970-01-01. */
export const UNIX_EPOCH_TICKS = 621_355_968_000_000_000n;

const DAYS_TO_MONTH_365 = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365] as const;
const DAYS_TO_MONTH_366 = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366] as const;

export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export function daysInMonth(year: number, month: number): number {
  const table = isLeapYear(year) ? DAYS_TO_MONTH_366 : DAYS_TO_MONTH_365;
  return table[month]! - table[month - 1]!;
}

/** Is (year, month, day) a date DateTime can hold? */
export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Days from 0001-01-01 to the date, which must be valid. */
export function daysFromDate(year: number, month: number, day: number): number {
  const table = isLeapYear(year) ? DAYS_TO_MONTH_366 : DAYS_TO_MONTH_365;
  const y = year - 1;
  return (
    y * 365 + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + table[month - 1]! + day - 1
  );
}

/** Ticks of midnight of a valid date. */
export function dateToTicks(year: number, month: number, day: number): bigint {
  return BigInt(daysFromDate(year, month, day)) * TICKS_PER_DAY;
}

/** The parts of a date, from a day number (days since 0001-01-01). */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** 1-based. */
  readonly dayOfYear: number;
}

/** The Gregorian date of a day number, with .NET's 400/100/4/1-year cycle decomposition. */
export function dateFromDays(days: number): DateParts {
  let n = days;
  const y400 = Math.floor(n / 146_097);
  n -= y400 * 146_097;
  let y100 = Math.floor(n / 36_524);
  if (y100 === 4) y100 = 3;
  n -= y100 * 36_524;
  const y4 = Math.floor(n / 1_461);
  n -= y4 * 1_461;
  let y1 = Math.floor(n / 365);
  if (y1 === 4) y1 = 3;
  n -= y1 * 365;
  const year = y400 * 400 + y100 * 100 + y4 * 4 + y1 + 1;
  const table = isLeapYear(year) ? DAYS_TO_MONTH_366 : DAYS_TO_MONTH_365;
  let month = 1;
  while (n >= table[month]!) month++;
  return { year, month, day: n - table[month - 1]! + 1, dayOfYear: n + 1 };
}

/** The day number (days since 0001-01-01) of a non-negative tick count. */
export function dayNumber(ticks: bigint): number {
  return Number(ticks / TICKS_PER_DAY);
}

/** Ticks since midnight, as a number (below 8.64e11, so exact). */
export function timeOfDayTicks(ticks: bigint): number {
  return Number(ticks % TICKS_PER_DAY);
}

/** The parts of a tick count, computed once for formatting. */
export interface DateTimeParts extends DateParts {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  /** Ticks within the second, 0..9999999. */
  readonly fraction: number;
  /** 0 = Sunday. */
  readonly dayOfWeek: number;
}

export function partsOf(ticks: bigint): DateTimeParts {
  const days = dayNumber(ticks);
  const time = timeOfDayTicks(ticks);
  const seconds = Math.floor(time / 10_000_000);
  const fraction = time - seconds * 10_000_000;
  return {
    ...dateFromDays(days),
    hour: Math.floor(seconds / 3600),
    minute: Math.floor(seconds / 60) % 60,
    second: seconds % 60,
    millisecond: Math.floor(fraction / 10_000),
    fraction,
    dayOfWeek: (days + 1) % 7,
  };
}

/** Ticks of a time of day, for components already checked. */
export function timeToTicks(hour: number, minute: number, second: number): bigint {
  return BigInt(hour * 3600 + minute * 60 + second) * TICKS_PER_SECOND;
}

/**
 * `Calendar.ToFourDigitYear` of the Gregorian calendar: a two-digit year falls in the century
 * window that ends at `TwoDigitYearMax`.
 */
export function toFourDigitYear(year: number, twoDigitYearMax: number): number {
  if (year >= 100) return year;
  return Math.floor(twoDigitYearMax / 100) * 100 + year - (year > twoDigitYearMax % 100 ? 100 : 0);
}
