import { now, today, utcNow } from '../../../runtime/time/clock.js';
import { DateTime } from '../../../runtime/time/date-time.js';
import {
  dateTimeFromDate,
  dateTimeFromParts,
  dateTimeFromPartsMs,
  dateTimeFromTicks,
  daysInMonthChecked,
  fromFileTime,
  fromFileTimeUtc,
  isLeapYearChecked,
  specifyKind,
  toFileTime,
  toFileTimeUtc,
} from '../../../runtime/time/date-time-factory.js';
import {
  parseDateTime,
  parseExactDateTime,
  parseExactDateTimeMultiple,
  tryParseDateTime,
  tryParseExactDateTime,
} from '../../../runtime/time/date-time-parsing.js';
import type { TimeSpan } from '../../../runtime/time/time-span.js';
import { MILLISECONDS_PER } from '../../../runtime/time/time-span-factory.js';
import type { Reference } from '../../../runtime/values.js';
import type { MemberDeclaration } from '../../declaration.js';
import { declareType } from '../../registry.js';
import { PROVIDER, STYLES } from './provider.js';

type D = DateTime;

/** A member API Management allows on DateTime (its list is restricted). */
const allowed = (implementation: (...args: never[]) => unknown): MemberDeclaration => ({
  implementation,
  apim: true,
});
/** A member .NET has and API Management does not allow on DateTime. */
const forbidden = (implementation: (...args: never[]) => unknown): MemberDeclaration => ({
  implementation,
  apim: false,
});

/** `TryParse*`: stores the result (MinValue on failure) and tells whether it parsed. */
function store(result: Reference<DateTime>, parsed: DateTime | null): boolean {
  result.value = parsed ?? DateTime.MinValue;
  return parsed !== null;
}

const compare = (a: D, b: D): number => (a.ticks < b.ticks ? -1 : a.ticks > b.ticks ? 1 : 0);

/**
 * `System.DateTime`. API Management allows only the members its documentation lists
 * (constructors, Add*, the date and time parts, Now, UtcNow, Today, Parse, Subtract, ToString,
 * ...); the others are declared with `apim: false` so that their use is reported precisely.
 * Operators are allowed: expressions compare and subtract dates routinely.
 */
declareType({
  name: 'System.DateTime',
  kind: 'struct',
  apim: 'listed',
  interfaces: [
    'IComparable',
    'IFormattable',
    'IConvertible',
    'IComparable<DateTime>',
    'IEquatable<DateTime>',
  ],
  test: (value) => value instanceof DateTime,
  defaultValue: () => DateTime.MinValue,
  members: {
    'new()': allowed(() => DateTime.MinValue),
    'new(long ticks)': allowed((ticks: bigint) => dateTimeFromTicks(ticks)),
    'new(long ticks, DateTimeKind kind)': allowed(dateTimeFromTicks),
    'new(int year, int month, int day)': allowed(dateTimeFromDate),
    'new(int year, int month, int day, int hour, int minute, int second)': allowed(
      (y: number, mo: number, d: number, h: number, mi: number, s: number) =>
        dateTimeFromParts(y, mo, d, h, mi, s),
    ),
    'new(int year, int month, int day, int hour, int minute, int second, DateTimeKind kind)':
      allowed(dateTimeFromParts),
    'new(int year, int month, int day, int hour, int minute, int second, int millisecond)': allowed(
      (y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number) =>
        dateTimeFromPartsMs(y, mo, d, h, mi, s, ms),
    ),
    'new(int year, int month, int day, int hour, int minute, int second, int millisecond, DateTimeKind kind)':
      allowed(dateTimeFromPartsMs),

    'static readonly DateTime MaxValue': allowed(() => DateTime.MaxValue),
    'static readonly DateTime MinValue': allowed(() => DateTime.MinValue),

    'static DateTime Now { get; }': allowed(now),
    'static DateTime UtcNow { get; }': allowed(utcNow),
    'static DateTime Today { get; }': allowed(today),
    'DateTime Date { get; }': allowed((self: D) => self.date),
    'int Day { get; }': allowed((self: D) => self.day),
    'DayOfWeek DayOfWeek { get; }': allowed((self: D) => self.dayOfWeek),
    'int DayOfYear { get; }': allowed((self: D) => self.dayOfYear),
    'int Hour { get; }': allowed((self: D) => self.hour),
    'DateTimeKind Kind { get; }': forbidden((self: D) => self.kind),
    'int Millisecond { get; }': allowed((self: D) => self.millisecond),
    'int Minute { get; }': allowed((self: D) => self.minute),
    'int Month { get; }': allowed((self: D) => self.month),
    'int Second { get; }': allowed((self: D) => self.second),
    'long Ticks { get; }': allowed((self: D) => self.ticks),
    'TimeSpan TimeOfDay { get; }': allowed((self: D) => self.timeOfDay),
    'int Year { get; }': allowed((self: D) => self.year),

    'DateTime Add(TimeSpan value)': allowed((self: D, value: TimeSpan) => self.addTicks(value.ticks)),
    'DateTime AddDays(double value)': allowed((self: D, value: number) =>
      self.addUnits(value, MILLISECONDS_PER.day),
    ),
    'DateTime AddHours(double value)': allowed((self: D, value: number) =>
      self.addUnits(value, MILLISECONDS_PER.hour),
    ),
    'DateTime AddMilliseconds(double value)': allowed((self: D, value: number) =>
      self.addUnits(value, MILLISECONDS_PER.millisecond),
    ),
    'DateTime AddMinutes(double value)': allowed((self: D, value: number) =>
      self.addUnits(value, MILLISECONDS_PER.minute),
    ),
    'DateTime AddMonths(int months)': allowed((self: D, months: number) => self.addMonths(months)),
    'DateTime AddSeconds(double value)': allowed((self: D, value: number) =>
      self.addUnits(value, MILLISECONDS_PER.second),
    ),
    'DateTime AddTicks(long value)': allowed((self: D, value: bigint) => self.addTicks(value)),
    'DateTime AddYears(int value)': allowed((self: D, value: number) => self.addYears(value)),
    'TimeSpan Subtract(DateTime value)': allowed((self: D, value: D) => self.subtractDate(value)),
    'DateTime Subtract(TimeSpan value)': allowed((self: D, value: TimeSpan) => self.addTicks(-value.ticks)),
    'static int DaysInMonth(int year, int month)': allowed(daysInMonthChecked),
    'static bool IsLeapYear(int year)': allowed(isLeapYearChecked),
    'bool IsDaylightSavingTime()': allowed((self: D) => self.isDaylightSavingTime()),

    'string ToString()': allowed((self: D) => self.ToString()),
    'string ToString(string format)': allowed((self: D, format: string | null) => self.ToString(format)),
    [`string ToString(${PROVIDER} provider)`]: allowed((self: D, provider: unknown) =>
      self.ToString(null, provider),
    ),
    [`string ToString(string format, ${PROVIDER} provider)`]: allowed(
      (self: D, format: string | null, provider: unknown) => self.ToString(format, provider),
    ),
    'string ToShortDateString()': forbidden((self: D) => self.ToString('d')),
    'string ToLongDateString()': forbidden((self: D) => self.ToString('D')),
    'string ToShortTimeString()': forbidden((self: D) => self.ToString('t')),
    'string ToLongTimeString()': forbidden((self: D) => self.ToString('T')),

    'static DateTime Parse(string s)': allowed((s: string | null) => parseDateTime(s)),
    [`static DateTime Parse(string s, ${PROVIDER} provider)`]: allowed(
      (s: string | null, provider: unknown) => parseDateTime(s, provider),
    ),
    [`static DateTime Parse(string s, ${PROVIDER} provider, ${STYLES} styles)`]: allowed(parseDateTime),
    'static bool TryParse(string s, out DateTime result)': forbidden(
      (s: string | null, result: Reference<D>) => store(result, tryParseDateTime(s)),
    ),
    [`static bool TryParse(string s, ${PROVIDER} provider, ${STYLES} styles, out DateTime result)`]:
      forbidden((s: string | null, provider: unknown, styles: number, result: Reference<D>) =>
        store(result, tryParseDateTime(s, provider, styles)),
      ),
    [`static DateTime ParseExact(string s, string format, ${PROVIDER} provider)`]: forbidden(
      (s: string | null, format: string | null, provider: unknown) => parseExactDateTime(s, format, provider),
    ),
    [`static DateTime ParseExact(string s, string format, ${PROVIDER} provider, ${STYLES} style)`]:
      forbidden(parseExactDateTime),
    [`static DateTime ParseExact(string s, string[] formats, ${PROVIDER} provider, ${STYLES} style)`]:
      forbidden(parseExactDateTimeMultiple),
    [`static bool TryParseExact(string s, string format, ${PROVIDER} provider, ${STYLES} style, out DateTime result)`]:
      forbidden(
        (s: string | null, format: string | null, provider: unknown, style: number, result: Reference<D>) =>
          store(result, tryParseExactDateTime(s, format, provider, style)),
      ),
    [`static bool TryParseExact(string s, string[] formats, ${PROVIDER} provider, ${STYLES} style, out DateTime result)`]:
      forbidden(
        (
          s: string | null,
          formats: (string | null)[] | null,
          provider: unknown,
          style: number,
          result: Reference<D>,
        ) => store(result, tryParseExactDateTime(s, formats, provider, style)),
      ),

    'DateTime ToUniversalTime()': forbidden((self: D) => self.toUniversalTime()),
    'DateTime ToLocalTime()': forbidden((self: D) => self.toLocalTime()),
    'static DateTime SpecifyKind(DateTime value, DateTimeKind kind)': forbidden(specifyKind),
    'long ToBinary()': forbidden((self: D) => self.toBinary()),
    'long ToFileTime()': forbidden(toFileTime),
    'long ToFileTimeUtc()': forbidden(toFileTimeUtc),
    'static DateTime FromFileTime(long fileTime)': forbidden(fromFileTime),
    'static DateTime FromFileTimeUtc(long fileTime)': forbidden(fromFileTimeUtc),

    'static int Compare(DateTime t1, DateTime t2)': forbidden(compare),
    'int CompareTo(DateTime value)': forbidden(compare),
    'int CompareTo(object value)': forbidden((self: D, value: unknown) => self.CompareTo(value)),
    'bool Equals(DateTime value)': forbidden((self: D, value: D) => self.ticks === value.ticks),
    'bool Equals(object value)': forbidden((self: D, value: unknown) => self.Equals(value)),
    'static bool Equals(DateTime t1, DateTime t2)': forbidden((a: D, b: D) => a.ticks === b.ticks),
    'int GetHashCode()': forbidden((self: D) => self.GetHashCode()),

    'static DateTime operator +(DateTime d, TimeSpan t)': allowed((d: D, t: TimeSpan) =>
      d.addTicks(t.ticks, 't'),
    ),
    'static DateTime operator -(DateTime d, TimeSpan t)': allowed((d: D, t: TimeSpan) =>
      d.addTicks(-t.ticks, 't'),
    ),
    'static TimeSpan operator -(DateTime d1, DateTime d2)': allowed((a: D, b: D) => a.subtractDate(b)),
    'static bool operator ==(DateTime d1, DateTime d2)': allowed((a: D, b: D) => a.ticks === b.ticks),
    'static bool operator !=(DateTime d1, DateTime d2)': allowed((a: D, b: D) => a.ticks !== b.ticks),
    'static bool operator <(DateTime t1, DateTime t2)': allowed((a: D, b: D) => a.ticks < b.ticks),
    'static bool operator >(DateTime t1, DateTime t2)': allowed((a: D, b: D) => a.ticks > b.ticks),
    'static bool operator <=(DateTime t1, DateTime t2)': allowed((a: D, b: D) => a.ticks <= b.ticks),
    'static bool operator >=(DateTime t1, DateTime t2)': allowed((a: D, b: D) => a.ticks >= b.ticks),
  },
});
