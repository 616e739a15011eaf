import { LiquidRenderError } from '../errors.js';

/**
 * A date and time of day with its UTC offset, as .NET's `DateTimeOffset` holds one: the wall
 * clock fields plus the offset, precise to .NET's 100-nanosecond ticks.
 */
export interface ZonedDateTime {
  readonly year: number;
  /** 1 to 12. */
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** Fraction of the second in 100 ns ticks, 0 to 9 999 999. */
  readonly ticks: number;
  /** Minutes east of UTC. */
  readonly offsetMinutes: number;
}

export interface LocalDateTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly ticks: number;
}

/** Epoch milliseconds of a UTC wall clock, years below 100 included (unlike `Date.UTC`). */
export function utcMillis(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/** 0 (Sunday) to 6. */
export function dayOfWeek(value: LocalDateTime): number {
  return new Date(utcMillis(value.year, value.month, value.day)).getUTCDay();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(utcMillis(year, month + 1, 0)).getUTCDate();
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        era: 'short',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch (error) {
      throw new LiquidRenderError(`Unknown time zone '${timeZone}'.`, { cause: error });
    }
    formats.set(timeZone, format);
  }
  return format;
}

/** The wall clock of `timeZone` at the instant `millis` (whole seconds). */
function wallClock(millis: number, timeZone: string): LocalDateTime {
  const fields: Record<string, string> = {};
  for (const part of formatFor(timeZone).formatToParts(new Date(millis))) fields[part.type] = part.value;
  const year = Number(fields.year);
  return {
    year: fields.era === 'BC' ? 1 - year : year,
    month: Number(fields.month),
    day: Number(fields.day),
    hour: Number(fields.hour),
    minute: Number(fields.minute),
    second: Number(fields.second),
    ticks: 0,
  };
}

/** Offset of `timeZone` from UTC at the instant `millis`, in minutes. */
function offsetAt(millis: number, timeZone: string): number {
  const wholeSecond = Math.floor(millis / 1000) * 1000;
  const clock = wallClock(wholeSecond, timeZone);
  const asUtc = utcMillis(clock.year, clock.month, clock.day, clock.hour, clock.minute, clock.second);
  return Math.round((asUtc - wholeSecond) / 60_000);
}

/** The instant `millis` seen in `timeZone`. */
export function fromInstant(millis: number, timeZone: string): ZonedDateTime {
  const wholeSecond = Math.floor(millis / 1000) * 1000;
  const clock = wallClock(wholeSecond, timeZone);
  const asUtc = utcMillis(clock.year, clock.month, clock.day, clock.hour, clock.minute, clock.second);
  return {
    ...clock,
    ticks: Math.round((millis - wholeSecond) * 10_000),
    offsetMinutes: Math.round((asUtc - wholeSecond) / 60_000),
  };
}

/** A wall clock read in `timeZone`: it gets the offset the zone has at that time. */
export function fromLocal(local: LocalDateTime, timeZone: string): ZonedDateTime {
  const asUtc = utcMillis(local.year, local.month, local.day, local.hour, local.minute, local.second);
  const guess = asUtc - offsetAt(asUtc, timeZone) * 60_000;
  return { ...local, offsetMinutes: offsetAt(guess, timeZone) };
}

/** The same instant in UTC. */
export function toUtc(value: ZonedDateTime): ZonedDateTime {
  if (value.offsetMinutes === 0) return value;
  const millis =
    utcMillis(value.year, value.month, value.day, value.hour, value.minute, value.second) -
    value.offsetMinutes * 60_000;
  const date = new Date(millis);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    ticks: value.ticks,
    offsetMinutes: 0,
  };
}
