import { argument, argumentOutOfRange, DotnetException } from '../exceptions.js';
import {
  dateToTicks,
  daysInMonth,
  isLeapYear,
  isValidDate,
  MAX_TICKS,
  TICKS_PER_MILLISECOND,
  timeToTicks,
} from './calendar.js';
import { DateTime, DateTimeKind } from './date-time.js';

/** `ArgumentOutOfRangeException` with no parameter name, as DateTime's constructors throw it. */
function outOfRange(message: string): DotnetException {
  return new DotnetException('System.ArgumentOutOfRangeException', message);
}

function checkKind(kind: number): DateTimeKind {
  if (kind !== 0 && kind !== 1 && kind !== 2) throw argument('Invalid DateTimeKind value.', 'kind');
  return kind;
}

/** `DateToTicks`: ticks of midnight of a date, or .NET's exception for an impossible one. */
export function checkedDateTicks(year: number, month: number, day: number): bigint {
  if (!isValidDate(year, month, day)) {
    throw outOfRange('Year, Month, and Day parameters describe an un-representable DateTime.');
  }
  return dateToTicks(year, month, day);
}

/** `TimeToTicks`: ticks of a time of day, or .NET's exception for an impossible one. */
export function checkedTimeTicks(hour: number, minute: number, second: number): bigint {
  if (hour < 0 || hour >= 24 || minute < 0 || minute >= 60 || second < 0 || second >= 60) {
    throw outOfRange('Hour, Minute, and Second parameters describe an un-representable DateTime.');
  }
  return timeToTicks(hour, minute, second);
}

/** `new DateTime(long ticks[, DateTimeKind kind])`. */
export function dateTimeFromTicks(ticks: bigint, kind = 0): DateTime {
  if (ticks < 0n || ticks > MAX_TICKS) {
    throw argumentOutOfRange(
      'ticks',
      'Ticks must be between DateTime.MinValue.Ticks and DateTime.MaxValue.Ticks.',
    );
  }
  return new DateTime(ticks, checkKind(kind));
}

/** `new DateTime(year, month, day)`. */
export function dateTimeFromDate(year: number, month: number, day: number): DateTime {
  return new DateTime(checkedDateTicks(year, month, day), DateTimeKind.Unspecified);
}

/** `new DateTime(year, month, day, hour, minute, second[, kind])`. */
export function dateTimeFromParts(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  kind = 0,
): DateTime {
  const checkedKind = checkKind(kind);
  return new DateTime(
    checkedDateTicks(year, month, day) + checkedTimeTicks(hour, minute, second),
    checkedKind,
  );
}

/** `new DateTime(year, month, day, hour, minute, second, millisecond[, kind])`. */
export function dateTimeFromPartsMs(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  millisecond: number,
  kind = 0,
): DateTime {
  if (millisecond < 0 || millisecond >= 1000) {
    throw argumentOutOfRange('millisecond', 'Valid values are between 0 and 999, inclusive.');
  }
  const checkedKind = checkKind(kind);
  const ticks =
    checkedDateTicks(year, month, day) +
    checkedTimeTicks(hour, minute, second) +
    BigInt(millisecond) * TICKS_PER_MILLISECOND;
  return new DateTime(ticks, checkedKind);
}

/** `DateTime.DaysInMonth(year, month)`. */
export function daysInMonthChecked(year: number, month: number): number {
  if (month < 1 || month > 12) throw argumentOutOfRange('month', 'Month must be between one and twelve.');
  isLeapYearChecked(year);
  return daysInMonth(year, month);
}

/** `DateTime.IsLeapYear(year)`. */
export function isLeapYearChecked(year: number): boolean {
  if (year < 1 || year > 9999) throw argumentOutOfRange('year', 'Year must be between 1 and 9999.');
  return isLeapYear(year);
}

/** `DateTime.SpecifyKind(value, kind)`. */
export function specifyKind(value: DateTime, kind: number): DateTime {
  return value.specifyKind(checkKind(kind));
}

const FILE_TIME_OFFSET = 504_911_232_000_000_000n;

/** `ToFileTimeUtc()`: 100 ns intervals since 1601-01-01 UTC. */
export function toFileTimeUtc(value: DateTime): bigint {
  const ticks =
    (value.kind === DateTimeKind.Local ? value.toUniversalTime().ticks : value.ticks) - FILE_TIME_OFFSET;
  if (ticks < 0n) throw outOfRange('Not a valid Win32 FileTime.');
  return ticks;
}

/** `ToFileTime()`: as ToFileTimeUtc, after converting to UTC. */
export function toFileTime(value: DateTime): bigint {
  return toFileTimeUtc(value.toUniversalTime());
}

/** `DateTime.FromFileTimeUtc(long)`. */
export function fromFileTimeUtc(fileTime: bigint): DateTime {
  if (fileTime < 0n || fileTime > MAX_TICKS - FILE_TIME_OFFSET) {
    throw argumentOutOfRange('fileTime', 'Not a valid Win32 FileTime.');
  }
  return new DateTime(fileTime + FILE_TIME_OFFSET, DateTimeKind.Utc);
}

/** `DateTime.FromFileTime(long)`: local time. */
export function fromFileTime(fileTime: bigint): DateTime {
  return fromFileTimeUtc(fileTime).toLocalTime();
}
