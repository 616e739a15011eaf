import { isNil, numberOf } from '../values.js';
import { daysInMonth, fromInstant, fromLocal, type LocalDateTime, type ZonedDateTime } from './zoned.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `2024-03-05`, `2024-03-05T14:30`, `2024-03-05 14:30:15.1234567+02:00`, `…Z`. */
const ISO =
  /^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{1,2}(?::?\d{2})?)?\s*$/i;
/** The invariant culture's `M/d/yyyy`, with an optional `h:mm[:ss] [AM|PM]`. */
const US = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?)?\s*$/i;
/** RFC 1123 and its relatives: `Tue, 05 Mar 2024 14:30:15 GMT`, `5 March 2024`. */
const RFC1123 =
  /^\s*(?:[A-Za-z]{3,},?\s+)?(\d{1,2})\s+([A-Za-z]{3,})\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(GMT|UTC|Z|[+-]\d{2}:?\d{2})?\s*$/i;

function offsetMinutes(text: string): number | undefined {
  if (/^(Z|GMT|UTC)$/i.test(text)) return 0;
  const match = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(text);
  if (match === null) return undefined;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return minutes > 14 * 60 ? undefined : (match[1] === '-' ? -1 : 1) * minutes;
}

function valid(local: LocalDateTime): boolean {
  return (
    local.year >= 1 &&
    local.month >= 1 &&
    local.month <= 12 &&
    local.day >= 1 &&
    local.day <= daysInMonth(local.year, local.month) &&
    local.hour <= 23 &&
    local.minute <= 59 &&
    local.second <= 59
  );
}

function local(
  year: string,
  month: number,
  day: string,
  hour?: string,
  minute?: string,
  second?: string,
  fraction?: string,
): LocalDateTime {
  return {
    year: Number(year),
    month,
    day: Number(day),
    hour: Number(hour ?? 0),
    minute: Number(minute ?? 0),
    second: Number(second ?? 0),
    ticks: Number((fraction ?? '').slice(0, 7).padEnd(7, '0')),
  };
}

interface Reading {
  readonly value: LocalDateTime;
  readonly zone: string | undefined;
}

function readIso(text: string): Reading | undefined {
  const match = ISO.exec(text);
  if (match === null) return undefined;
  return {
    value: local(match[1]!, Number(match[2]), match[3]!, match[4], match[5], match[6], match[7]),
    zone: match[8],
  };
}

function readUs(text: string): Reading | undefined {
  const match = US.exec(text);
  if (match === null) return undefined;
  let hour = Number(match[4] ?? 0);
  const meridiem = match[7]?.toUpperCase();
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === 'PM' ? 12 : 0);
  }
  return {
    value: local(match[3]!, Number(match[1]), match[2]!, String(hour), match[5], match[6]),
    zone: undefined,
  };
}

function readRfc1123(text: string): Reading | undefined {
  const match = RFC1123.exec(text);
  if (match === null) return undefined;
  const month = MONTHS.indexOf(match[2]!.slice(0, 3).toLowerCase()) + 1;
  if (month === 0) return undefined;
  return { value: local(match[3]!, month, match[1]!, match[4], match[5], match[6]), zone: match[7] };
}

/** Reads the text forms `DateTimeOffset.TryParse` accepts in the invariant culture. */
function parseText(text: string, timeZone: string): ZonedDateTime | undefined {
  const reading = readIso(text) ?? readUs(text) ?? readRfc1123(text);
  if (reading === undefined || !valid(reading.value)) return undefined;
  if (reading.zone === undefined) return fromLocal(reading.value, timeZone);
  const offset = offsetMinutes(reading.zone);
  return offset === undefined ? undefined : { ...reading.value, offsetMinutes: offset };
}

/**
 * The date a `Date` filter input stands for, as DotLiquid reads it: `"now"` and `"today"` (the
 * current instant, not midnight), a number of seconds since 1970, a `Date`, or a date in text;
 * dates without an offset are read in `timeZone`. Undefined for anything else.
 */
export function toZonedDateTime(input: unknown, timeZone: string, now: number): ZonedDateTime | undefined {
  if (isNil(input)) return undefined;
  if (input instanceof Date)
    return Number.isNaN(input.getTime()) ? undefined : fromInstant(input.getTime(), timeZone);
  const seconds = numberOf(input);
  if (seconds !== undefined)
    return Number.isFinite(seconds) ? fromInstant(seconds * 1000, timeZone) : undefined;
  if (typeof input !== 'string') return undefined;
  if (/^(now|today)$/i.test(input)) return fromInstant(now, timeZone);
  return parseText(input, timeZone);
}
