// The date and time patterns of real policies, run on the runtime with the conformance cases'
// default clock (2024-01-15T10:30:00Z). Expected values are Mono's for the same C#.
import { describe, expect, it } from 'vitest';
import { defaultEnvironment, type Environment, withEnvironment } from '../environment.js';
import { now, utcNow } from './clock.js';
import { dateTimeFromDate } from './date-time-factory.js';
import { DateTimeOffset, fromUnixTimeSeconds } from './date-time-offset.js';
import { parseDateTime } from './date-time-parsing.js';
import { MILLISECONDS_PER, TICKS_PER, timeSpanFromDouble, totalOf } from './time-span-factory.js';

function at(settings: Partial<Environment>, body: () => unknown): unknown {
  return withEnvironment(
    { ...defaultEnvironment(), now: () => Date.UTC(2024, 0, 15, 10, 30), ...settings },
    body,
  );
}

const epoch = () => dateTimeFromDate(1970, 1, 1);

describe('date and time patterns of real policies', () => {
  it('(long)(DateTime.UtcNow.Subtract(new DateTime(1970, 1, 1))).TotalSeconds', () => {
    expect(at({}, () => Math.trunc(totalOf(utcNow().subtractDate(epoch()), TICKS_PER.second)))).toBe(
      1705314600,
    );
    expect(at({}, () => totalOf(utcNow().subtractDate(epoch()), TICKS_PER.millisecond))).toBe(1705314600000);
  });

  it('DateTimeOffset.UtcNow.ToUnixTimeSeconds() and back', () => {
    expect(at({}, () => DateTimeOffset.fromDateTime(utcNow()).toUnixTimeSeconds())).toBe(1705314600n);
    expect(at({}, () => DateTimeOffset.fromDateTime(utcNow()).toUnixTimeMilliseconds())).toBe(1705314600000n);
    expect(fromUnixTimeSeconds(1705314600n).utcDateTime.ToString('o')).toBe('2024-01-15T10:30:00.0000000Z');
  });

  it('formats the clock with literal T and Z', () => {
    expect(at({}, () => utcNow().ToString('yyyyMMddTHHmmssZ'))).toBe('20240115T103000Z');
    expect(at({ timeZone: 'Europe/Berlin' }, () => now().ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'"))).toBe(
      '2024-01-15T11:30:00Z',
    );
    expect(
      at({}, () => utcNow().addUnits(10, MILLISECONDS_PER.minute).ToString('yyyy-MM-ddTHH:mm:ssZ')),
    ).toBe('2024-01-15T10:40:00Z');
  });

  it('rounds fractional Add* to whole milliseconds, as .NET Framework does', () => {
    const add = (seconds: number) =>
      at({}, () => utcNow().addUnits(seconds, MILLISECONDS_PER.second).ToString('o'));
    expect(add(1.5)).toBe('2024-01-15T10:30:01.5000000Z');
    expect(add(-0.0004)).toBe('2024-01-15T10:30:00.0000000Z');
    expect(add(0.0005)).toBe('2024-01-15T10:30:00.0010000Z');
    expect(
      at({ timeZone: 'America/New_York' }, () => now().addUnits(5, MILLISECONDS_PER.second).ToString('o')),
    ).toBe('2024-01-15T05:30:05.0000000-05:00');
  });

  it('parses RFC 1123 and offset times to the gateway’s local time', () => {
    expect(
      at({ timeZone: 'Europe/Berlin' }, () => parseDateTime('Mon, 15 Jan 2024 10:30:00 GMT').ToString('o')),
    ).toBe('2024-01-15T11:30:00.0000000+01:00');
    expect(
      at({ timeZone: 'America/New_York' }, () => parseDateTime('2024-01-15T10:30:00+05:30').ToString('o')),
    ).toBe('2024-01-15T00:00:00.0000000-05:00');
  });

  it('TimeSpan.FromMilliseconds(500)', () => {
    expect(timeSpanFromDouble(500, 'millisecond').ToString()).toBe('00:00:00.5000000');
  });
});
