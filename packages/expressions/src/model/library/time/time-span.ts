import { TimeSpan } from '../../../runtime/time/time-span.js';
import {
  divideTimeSpan,
  multiplyTimeSpan,
  TICKS_PER,
  timeSpanFromDouble,
  timeSpanFromHms,
  timeSpanFromParts,
  timeSpanRatio,
  totalOf,
} from '../../../runtime/time/time-span-factory.js';
import {
  parseExactTimeSpan,
  parseExactTimeSpanMultiple,
  parseTimeSpan,
  tryParseExactTimeSpan,
  tryParseTimeSpan,
} from '../../../runtime/time/time-span-parse.js';
import type { Reference } from '../../../runtime/values.js';
import type { MemberDeclaration } from '../../declaration.js';
import { constant } from '../../implementation.js';
import { declareType } from '../../registry.js';
import { PROVIDER } from './provider.js';

type T = TimeSpan;

/** Members of modern .NET only (Core 2.0 and later): not in .NET Framework, so not in API Management. */
const coreOnly = (implementation: (...args: never[]) => unknown): MemberDeclaration => ({
  implementation,
  apim: false,
});

const STYLES = 'System.Globalization.TimeSpanStyles';

function store(result: Reference<TimeSpan>, parsed: TimeSpan | null): boolean {
  result.value = parsed ?? TimeSpan.Zero;
  return parsed !== null;
}

const compare = (a: T, b: T): number => (a.ticks < b.ticks ? -1 : a.ticks > b.ticks ? 1 : 0);

/** `System.TimeSpan`: all of it is on API Management's list. */
declareType({
  name: 'System.TimeSpan',
  kind: 'struct',
  apim: 'all',
  interfaces: ['IComparable', 'IComparable<TimeSpan>', 'IEquatable<TimeSpan>', 'IFormattable'],
  test: (value) => value instanceof TimeSpan,
  defaultValue: () => TimeSpan.Zero,
  members: {
    'new()': () => TimeSpan.Zero,
    'new(long ticks)': (ticks: bigint) => new TimeSpan(ticks),
    'new(int hours, int minutes, int seconds)': timeSpanFromHms,
    'new(int days, int hours, int minutes, int seconds)': (d: number, h: number, m: number, s: number) =>
      timeSpanFromParts(d, h, m, s, 0),
    'new(int days, int hours, int minutes, int seconds, int milliseconds)': timeSpanFromParts,

    'static readonly TimeSpan Zero': () => TimeSpan.Zero,
    'static readonly TimeSpan MaxValue': () => TimeSpan.MaxValue,
    'static readonly TimeSpan MinValue': () => TimeSpan.MinValue,
    'const long TicksPerMillisecond = 10000': constant,
    'const long TicksPerSecond = 10000000': constant,
    'const long TicksPerMinute = 600000000': constant,
    'const long TicksPerHour = 36000000000': constant,
    'const long TicksPerDay = 864000000000': constant,

    'int Days { get; }': (self: T) => self.days,
    'int Hours { get; }': (self: T) => self.hours,
    'int Minutes { get; }': (self: T) => self.minutes,
    'int Seconds { get; }': (self: T) => self.seconds,
    'int Milliseconds { get; }': (self: T) => self.milliseconds,
    'long Ticks { get; }': (self: T) => self.ticks,
    'double TotalDays { get; }': (self: T) => totalOf(self, TICKS_PER.day),
    'double TotalHours { get; }': (self: T) => totalOf(self, TICKS_PER.hour),
    'double TotalMinutes { get; }': (self: T) => totalOf(self, TICKS_PER.minute),
    'double TotalSeconds { get; }': (self: T) => totalOf(self, TICKS_PER.second),
    'double TotalMilliseconds { get; }': (self: T) => totalOf(self, TICKS_PER.millisecond),

    'static TimeSpan FromDays(double value)': (value: number) => timeSpanFromDouble(value, 'day'),
    'static TimeSpan FromHours(double value)': (value: number) => timeSpanFromDouble(value, 'hour'),
    'static TimeSpan FromMinutes(double value)': (value: number) => timeSpanFromDouble(value, 'minute'),
    'static TimeSpan FromSeconds(double value)': (value: number) => timeSpanFromDouble(value, 'second'),
    'static TimeSpan FromMilliseconds(double value)': (value: number) =>
      timeSpanFromDouble(value, 'millisecond'),
    'static TimeSpan FromTicks(long value)': (value: bigint) => new TimeSpan(value),

    'TimeSpan Add(TimeSpan ts)': (self: T, other: T) => self.add(other),
    'TimeSpan Subtract(TimeSpan ts)': (self: T, other: T) => self.subtract(other),
    'TimeSpan Negate()': (self: T) => self.negate(),
    'TimeSpan Duration()': (self: T) => self.duration(),
    'TimeSpan Multiply(double factor)': coreOnly(multiplyTimeSpan),
    'TimeSpan Divide(double divisor)': coreOnly(divideTimeSpan),
    'double Divide(TimeSpan ts)': coreOnly(timeSpanRatio),

    'static int Compare(TimeSpan t1, TimeSpan t2)': compare,
    'int CompareTo(TimeSpan value)': compare,
    'int CompareTo(object value)': (self: T, value: unknown) => self.CompareTo(value),
    'bool Equals(TimeSpan obj)': (self: T, other: T) => self.ticks === other.ticks,
    'bool Equals(object value)': (self: T, value: unknown) => self.Equals(value),
    'static bool Equals(TimeSpan t1, TimeSpan t2)': (a: T, b: T) => a.ticks === b.ticks,
    'int GetHashCode()': (self: T) => self.GetHashCode(),

    'string ToString()': (self: T) => self.ToString(),
    'string ToString(string format)': (self: T, format: string | null) => self.ToString(format),
    [`string ToString(string format, ${PROVIDER} formatProvider)`]: (
      self: T,
      format: string | null,
      provider: unknown,
    ) => self.ToString(format, provider),

    'static TimeSpan Parse(string s)': parseTimeSpan,
    [`static TimeSpan Parse(string input, ${PROVIDER} formatProvider)`]: (input: string | null) =>
      parseTimeSpan(input),
    'static bool TryParse(string s, out TimeSpan result)': (s: string | null, result: Reference<T>) =>
      store(result, tryParseTimeSpan(s)),
    [`static bool TryParse(string input, ${PROVIDER} formatProvider, out TimeSpan result)`]: (
      input: string | null,
      _provider: unknown,
      result: Reference<T>,
    ) => store(result, tryParseTimeSpan(input)),
    [`static TimeSpan ParseExact(string input, string format, ${PROVIDER} formatProvider)`]: (
      input: string | null,
      format: string | null,
    ) => parseExactTimeSpan(input, format),
    [`static TimeSpan ParseExact(string input, string format, ${PROVIDER} formatProvider, ${STYLES} styles)`]:
      (input: string | null, format: string | null, _provider: unknown, styles: number) =>
        parseExactTimeSpan(input, format, styles),
    [`static TimeSpan ParseExact(string input, string[] formats, ${PROVIDER} formatProvider)`]: (
      input: string | null,
      formats: (string | null)[] | null,
    ) => parseExactTimeSpanMultiple(input, formats),
    [`static TimeSpan ParseExact(string input, string[] formats, ${PROVIDER} formatProvider, ${STYLES} styles)`]:
      (input: string | null, formats: (string | null)[] | null, _provider: unknown, styles: number) =>
        parseExactTimeSpanMultiple(input, formats, styles),
    [`static bool TryParseExact(string input, string format, ${PROVIDER} formatProvider, out TimeSpan result)`]:
      (input: string | null, format: string | null, _provider: unknown, result: Reference<T>) =>
        store(result, tryParseExactTimeSpan(input, format)),
    [`static bool TryParseExact(string input, string format, ${PROVIDER} formatProvider, ${STYLES} styles, out TimeSpan result)`]:
      (
        input: string | null,
        format: string | null,
        _provider: unknown,
        styles: number,
        result: Reference<T>,
      ) => store(result, tryParseExactTimeSpan(input, format, styles)),
    [`static bool TryParseExact(string input, string[] formats, ${PROVIDER} formatProvider, out TimeSpan result)`]:
      (input: string | null, formats: (string | null)[] | null, _provider: unknown, result: Reference<T>) =>
        store(result, tryParseExactTimeSpan(input, formats)),

    'static TimeSpan operator +(TimeSpan t1, TimeSpan t2)': (a: T, b: T) => a.add(b),
    'static TimeSpan operator -(TimeSpan t1, TimeSpan t2)': (a: T, b: T) => a.subtract(b),
    'static TimeSpan operator -(TimeSpan t)': (t: T) => t.negate(),
    'static TimeSpan operator +(TimeSpan t)': (t: T) => t,
    'static bool operator ==(TimeSpan t1, TimeSpan t2)': (a: T, b: T) => a.ticks === b.ticks,
    'static bool operator !=(TimeSpan t1, TimeSpan t2)': (a: T, b: T) => a.ticks !== b.ticks,
    'static bool operator <(TimeSpan t1, TimeSpan t2)': (a: T, b: T) => a.ticks < b.ticks,
    'static bool operator >(TimeSpan t1, TimeSpan t2)': (a: T, b: T) => a.ticks > b.ticks,
    'static bool operator <=(TimeSpan t1, TimeSpan t2)': (a: T, b: T) => a.ticks <= b.ticks,
    'static bool operator >=(TimeSpan t1, TimeSpan t2)': (a: T, b: T) => a.ticks >= b.ticks,
    'static TimeSpan operator *(TimeSpan timeSpan, double factor)': coreOnly(multiplyTimeSpan),
    'static TimeSpan operator *(double factor, TimeSpan timeSpan)': coreOnly((factor: number, span: T) =>
      multiplyTimeSpan(span, factor),
    ),
    'static TimeSpan operator /(TimeSpan timeSpan, double divisor)': coreOnly(divideTimeSpan),
    'static double operator /(TimeSpan t1, TimeSpan t2)': coreOnly(timeSpanRatio),
  },
});
