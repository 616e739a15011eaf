import { now, utcNow } from '../../../runtime/time/clock.js';
import type { DateTime } from '../../../runtime/time/date-time.js';
import {
  dateTimeFromParts,
  dateTimeFromPartsMs,
  dateTimeFromTicks,
  fromFileTime,
  toFileTime,
} from '../../../runtime/time/date-time-factory.js';
import {
  DateTimeOffset,
  fromUnixTimeMilliseconds,
  fromUnixTimeSeconds,
} from '../../../runtime/time/date-time-offset.js';
import {
  parseDateTimeOffset,
  parseExactDateTimeOffset,
  tryParseDateTimeOffset,
  tryParseExactDateTimeOffset,
} from '../../../runtime/time/date-time-parsing.js';
import type { TimeSpan } from '../../../runtime/time/time-span.js';
import { MILLISECONDS_PER } from '../../../runtime/time/time-span-factory.js';
import type { Reference } from '../../../runtime/values.js';
import type { MemberDeclaration } from '../../declaration.js';
import { declareType } from '../../registry.js';
import { PROVIDER, STYLES } from './provider.js';

type O = DateTimeOffset;

const coreOnly = (implementation: (...args: never[]) => unknown): MemberDeclaration => ({
  implementation,
  apim: false,
});

function store(result: Reference<DateTimeOffset>, parsed: DateTimeOffset | null): boolean {
  result.value = parsed ?? DateTimeOffset.MinValue;
  return parsed !== null;
}

const compare = (a: O, b: O): number => (a.utcTicks < b.utcTicks ? -1 : a.utcTicks > b.utcTicks ? 1 : 0);

/** Applies a DateTime operation to the clock time, keeping the offset (`AddDays` and the like). */
const onClock =
  <A extends unknown[]>(operation: (clock: DateTime, ...args: A) => DateTime) =>
  (self: O, ...args: A): O =>
    self.withClock(operation(self.clockDateTime, ...args));

/** `System.DateTimeOffset`: all of it is on API Management's list. */
declareType({
  name: 'System.DateTimeOffset',
  kind: 'struct',
  apim: 'all',
  interfaces: ['IComparable', 'IFormattable', 'IComparable<DateTimeOffset>', 'IEquatable<DateTimeOffset>'],
  test: (value) => value instanceof DateTimeOffset,
  defaultValue: () => DateTimeOffset.MinValue,
  members: {
    'new()': () => DateTimeOffset.MinValue,
    'new(long ticks, TimeSpan offset)': (ticks: bigint, offset: TimeSpan) =>
      DateTimeOffset.fromClock(dateTimeFromTicks(ticks).ticks, offset),
    'new(DateTime dateTime)': (dateTime: DateTime) => DateTimeOffset.fromDateTime(dateTime),
    'new(DateTime dateTime, TimeSpan offset)': (dateTime: DateTime, offset: TimeSpan) =>
      DateTimeOffset.fromDateTimeAndOffset(dateTime, offset),
    'new(int year, int month, int day, int hour, int minute, int second, TimeSpan offset)': (
      y: number,
      mo: number,
      d: number,
      h: number,
      mi: number,
      s: number,
      offset: TimeSpan,
    ) => DateTimeOffset.fromClock(dateTimeFromParts(y, mo, d, h, mi, s).ticks, offset),
    'new(int year, int month, int day, int hour, int minute, int second, int millisecond, TimeSpan offset)': (
      y: number,
      mo: number,
      d: number,
      h: number,
      mi: number,
      s: number,
      ms: number,
      offset: TimeSpan,
    ) => DateTimeOffset.fromClock(dateTimeFromPartsMs(y, mo, d, h, mi, s, ms).ticks, offset),

    'static readonly DateTimeOffset MaxValue': () => DateTimeOffset.MaxValue,
    'static readonly DateTimeOffset MinValue': () => DateTimeOffset.MinValue,
    'static readonly DateTimeOffset UnixEpoch': coreOnly(
      () => new DateTimeOffset(621_355_968_000_000_000n, 0n),
    ),

    'static DateTimeOffset Now { get; }': () => DateTimeOffset.fromDateTime(now()),
    'static DateTimeOffset UtcNow { get; }': () => DateTimeOffset.fromDateTime(utcNow()),
    'DateTime DateTime { get; }': (self: O) => self.clockDateTime,
    'DateTime UtcDateTime { get; }': (self: O) => self.utcDateTime,
    'DateTime LocalDateTime { get; }': (self: O) => self.localDateTime,
    'DateTime Date { get; }': (self: O) => self.clockDateTime.date,
    'TimeSpan Offset { get; }': (self: O) => self.offset,
    'long Ticks { get; }': (self: O) => self.clockTicks,
    'long UtcTicks { get; }': (self: O) => self.utcTicks,
    'int Year { get; }': (self: O) => self.clockDateTime.year,
    'int Month { get; }': (self: O) => self.clockDateTime.month,
    'int Day { get; }': (self: O) => self.clockDateTime.day,
    'int Hour { get; }': (self: O) => self.clockDateTime.hour,
    'int Minute { get; }': (self: O) => self.clockDateTime.minute,
    'int Second { get; }': (self: O) => self.clockDateTime.second,
    'int Millisecond { get; }': (self: O) => self.clockDateTime.millisecond,
    'DayOfWeek DayOfWeek { get; }': (self: O) => self.clockDateTime.dayOfWeek,
    'int DayOfYear { get; }': (self: O) => self.clockDateTime.dayOfYear,
    'TimeSpan TimeOfDay { get; }': (self: O) => self.clockDateTime.timeOfDay,

    'DateTimeOffset Add(TimeSpan timeSpan)': onClock((clock, span: TimeSpan) => clock.addTicks(span.ticks)),
    'DateTimeOffset AddDays(double days)': onClock((clock, days: number) =>
      clock.addUnits(days, MILLISECONDS_PER.day),
    ),
    'DateTimeOffset AddHours(double hours)': onClock((clock, hours: number) =>
      clock.addUnits(hours, MILLISECONDS_PER.hour),
    ),
    'DateTimeOffset AddMinutes(double minutes)': onClock((clock, minutes: number) =>
      clock.addUnits(minutes, MILLISECONDS_PER.minute),
    ),
    'DateTimeOffset AddSeconds(double seconds)': onClock((clock, seconds: number) =>
      clock.addUnits(seconds, MILLISECONDS_PER.second),
    ),
    'DateTimeOffset AddMilliseconds(double milliseconds)': onClock((clock, milliseconds: number) =>
      clock.addUnits(milliseconds, MILLISECONDS_PER.millisecond),
    ),
    'DateTimeOffset AddTicks(long ticks)': onClock((clock, ticks: bigint) => clock.addTicks(ticks)),
    'DateTimeOffset AddMonths(int months)': onClock((clock, months: number) => clock.addMonths(months)),
    'DateTimeOffset AddYears(int years)': onClock((clock, years: number) => clock.addYears(years)),
    'TimeSpan Subtract(DateTimeOffset value)': (self: O, value: O) =>
      self.utcDateTime.subtractDate(value.utcDateTime),
    'DateTimeOffset Subtract(TimeSpan value)': onClock((clock, span: TimeSpan) =>
      clock.addTicks(-span.ticks),
    ),

    'DateTimeOffset ToOffset(TimeSpan offset)': (self: O, offset: TimeSpan) => self.toOffset(offset),
    'DateTimeOffset ToUniversalTime()': (self: O) => DateTimeOffset.fromDateTime(self.utcDateTime),
    'DateTimeOffset ToLocalTime()': (self: O) => DateTimeOffset.fromDateTime(self.localDateTime),
    'long ToUnixTimeSeconds()': (self: O) => self.toUnixTimeSeconds(),
    'long ToUnixTimeMilliseconds()': (self: O) => self.toUnixTimeMilliseconds(),
    'static DateTimeOffset FromUnixTimeSeconds(long seconds)': fromUnixTimeSeconds,
    'static DateTimeOffset FromUnixTimeMilliseconds(long milliseconds)': fromUnixTimeMilliseconds,
    'long ToFileTime()': (self: O) => toFileTime(self.utcDateTime),
    'static DateTimeOffset FromFileTime(long fileTime)': (fileTime: bigint) =>
      DateTimeOffset.fromDateTime(fromFileTime(fileTime)),

    'static int Compare(DateTimeOffset first, DateTimeOffset second)': compare,
    'int CompareTo(DateTimeOffset other)': compare,
    'bool Equals(DateTimeOffset other)': (self: O, other: O) => self.utcTicks === other.utcTicks,
    'bool Equals(object obj)': (self: O, value: unknown) => self.Equals(value),
    'static bool Equals(DateTimeOffset first, DateTimeOffset second)': (a: O, b: O) =>
      a.utcTicks === b.utcTicks,
    'bool EqualsExact(DateTimeOffset other)': (self: O, other: O) => self.equalsExact(other),
    'int GetHashCode()': (self: O) => self.GetHashCode(),

    'string ToString()': (self: O) => self.ToString(),
    'string ToString(string format)': (self: O, format: string | null) => self.ToString(format),
    [`string ToString(${PROVIDER} formatProvider)`]: (self: O, provider: unknown) =>
      self.ToString(null, provider),
    [`string ToString(string format, ${PROVIDER} formatProvider)`]: (
      self: O,
      format: string | null,
      provider: unknown,
    ) => self.ToString(format, provider),

    'static DateTimeOffset Parse(string input)': (input: string | null) => parseDateTimeOffset(input),
    [`static DateTimeOffset Parse(string input, ${PROVIDER} formatProvider)`]: (
      input: string | null,
      provider: unknown,
    ) => parseDateTimeOffset(input, provider),
    [`static DateTimeOffset Parse(string input, ${PROVIDER} formatProvider, ${STYLES} styles)`]:
      parseDateTimeOffset,
    'static bool TryParse(string input, out DateTimeOffset result)': (
      input: string | null,
      result: Reference<O>,
    ) => store(result, tryParseDateTimeOffset(input)),
    [`static bool TryParse(string input, ${PROVIDER} formatProvider, ${STYLES} styles, out DateTimeOffset result)`]:
      (input: string | null, provider: unknown, styles: number, result: Reference<O>) =>
        store(result, tryParseDateTimeOffset(input, provider, styles)),
    [`static DateTimeOffset ParseExact(string input, string format, ${PROVIDER} formatProvider)`]: (
      input: string | null,
      format: string | null,
      provider: unknown,
    ) => parseExactDateTimeOffset(input, format, provider),
    [`static DateTimeOffset ParseExact(string input, string format, ${PROVIDER} formatProvider, ${STYLES} styles)`]:
      parseExactDateTimeOffset,
    [`static DateTimeOffset ParseExact(string input, string[] formats, ${PROVIDER} formatProvider, ${STYLES} styles)`]:
      parseExactDateTimeOffset,
    [`static bool TryParseExact(string input, string format, ${PROVIDER} formatProvider, ${STYLES} styles, out DateTimeOffset result)`]:
      (
        input: string | null,
        format: string | null,
        provider: unknown,
        styles: number,
        result: Reference<O>,
      ) => store(result, tryParseExactDateTimeOffset(input, format, provider, styles)),
    [`static bool TryParseExact(string input, string[] formats, ${PROVIDER} formatProvider, ${STYLES} styles, out DateTimeOffset result)`]:
      (
        input: string | null,
        formats: (string | null)[] | null,
        provider: unknown,
        styles: number,
        result: Reference<O>,
      ) => store(result, tryParseExactDateTimeOffset(input, formats, provider, styles)),

    'static implicit operator DateTimeOffset(DateTime dateTime)': (dateTime: DateTime) =>
      DateTimeOffset.fromDateTime(dateTime),
    'static DateTimeOffset operator +(DateTimeOffset dateTimeOffset, TimeSpan timeSpan)': (
      self: O,
      span: TimeSpan,
    ) => self.withClock(self.clockDateTime.addTicks(span.ticks, 't')),
    'static DateTimeOffset operator -(DateTimeOffset dateTimeOffset, TimeSpan timeSpan)': (
      self: O,
      span: TimeSpan,
    ) => self.withClock(self.clockDateTime.addTicks(-span.ticks, 't')),
    'static TimeSpan operator -(DateTimeOffset left, DateTimeOffset right)': (a: O, b: O) =>
      a.utcDateTime.subtractDate(b.utcDateTime),
    'static bool operator ==(DateTimeOffset left, DateTimeOffset right)': (a: O, b: O) =>
      a.utcTicks === b.utcTicks,
    'static bool operator !=(DateTimeOffset left, DateTimeOffset right)': (a: O, b: O) =>
      a.utcTicks !== b.utcTicks,
    'static bool operator <(DateTimeOffset left, DateTimeOffset right)': (a: O, b: O) =>
      a.utcTicks < b.utcTicks,
    'static bool operator >(DateTimeOffset left, DateTimeOffset right)': (a: O, b: O) =>
      a.utcTicks > b.utcTicks,
    'static bool operator <=(DateTimeOffset left, DateTimeOffset right)': (a: O, b: O) =>
      a.utcTicks <= b.utcTicks,
    'static bool operator >=(DateTimeOffset left, DateTimeOffset right)': (a: O, b: O) =>
      a.utcTicks >= b.utcTicks,
  },
});
