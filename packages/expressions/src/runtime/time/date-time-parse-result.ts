import { environment } from '../environment.js';
import { argument, DotnetException } from '../exceptions.js';
import {
  dateToTicks,
  isValidDate,
  MAX_TICKS,
  TICKS_PER_DAY,
  TICKS_PER_SECOND,
  timeToTicks,
} from './calendar.js';
import { now, utcNow } from './clock.js';
import { DateTime, DateTimeKind } from './date-time.js';
import { offsetFromLocal, offsetFromUtc } from './zone-offsets.js';

/**
 * What `DateTime.Parse` and `ParseExact` share (.NET's `DateTimeResult` and its
 * post-processing): the fields read so far, the failure, the defaults for missing fields, and
 * the time zone adjustments that give the result its kind.
 */

/** `System.Globalization.DateTimeStyles`. */
export const DateTimeStyles = {
  None: 0,
  AllowLeadingWhite: 1,
  AllowTrailingWhite: 2,
  AllowInnerWhite: 4,
  AllowWhiteSpaces: 7,
  NoCurrentDateDefault: 8,
  AdjustToUniversal: 16,
  AssumeLocal: 32,
  AssumeUniversal: 64,
  RoundtripKind: 128,
} as const;

const MAX_OFFSET_TICKS = 14n * 36_000_000_000n;

/** `DateTimeFormatInfo.ValidateStyles` (DateTime's variant). */
export function validateStyles(styles: number, parameter: string): void {
  if ((styles & ~255) !== 0) throw argument('An undefined DateTimeStyles value is being used.', parameter);
  if ((styles & DateTimeStyles.AssumeLocal) !== 0 && (styles & DateTimeStyles.AssumeUniversal) !== 0) {
    throw argument(
      'The DateTimeStyles values AssumeLocal and AssumeUniversal cannot be used together.',
      parameter,
    );
  }
  if (
    (styles & DateTimeStyles.RoundtripKind) !== 0 &&
    (styles &
      (DateTimeStyles.AssumeLocal | DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal)) !==
      0
  ) {
    throw argument(
      'The DateTimeStyles value RoundtripKind cannot be used with the values AssumeLocal, AssumeUniversal or AdjustToUniversal.',
      parameter,
    );
  }
}

/** DateTimeOffset's variant: also forbids NoCurrentDateDefault, and drops RoundtripKind and AssumeLocal. */
export function validateOffsetStyles(styles: number, parameter: string): number {
  if ((styles & ~255) !== 0) throw argument('An undefined DateTimeStyles value is being used.', parameter);
  if ((styles & DateTimeStyles.AssumeLocal) !== 0 && (styles & DateTimeStyles.AssumeUniversal) !== 0) {
    throw argument(
      'The DateTimeStyles values AssumeLocal and AssumeUniversal cannot be used together.',
      parameter,
    );
  }
  if ((styles & DateTimeStyles.NoCurrentDateDefault) !== 0) {
    throw argument(
      "The DateTimeStyles value 'NoCurrentDateDefault' is not allowed when parsing DateTimeOffset.",
      parameter,
    );
  }
  return styles & ~DateTimeStyles.RoundtripKind & ~DateTimeStyles.AssumeLocal;
}

/** `ParseFlags`. */
export const ParseFlags = {
  HaveDate: 0x80,
  HaveTime: 0x40,
  TimeZoneUsed: 0x100,
  TimeZoneUtc: 0x200,
  ParsedMonthName: 0x400,
  CaptureOffset: 0x800,
  YearDefault: 0x1000,
  Rfc1123Pattern: 0x2000,
  UtcSortPattern: 0x4000,
} as const;

/** Why a parse failed: .NET's resource name and its argument. */
export type FailureId =
  | 'BadDateTime'
  | 'BadDateTimeCalendar'
  | 'BadDayOfWeek'
  | 'UnknownWord'
  | 'DateOutOfRange'
  | 'MissingIncompleteDate'
  | 'OffsetOutOfRange'
  | 'UtcOutOfRange'
  | 'RepeatPattern'
  | 'BadQuote'
  | 'BadFormatSpecifier'
  | 'ArgumentNull';

export class ParseResult {
  year = -1;
  month = -1;
  day = -1;
  hour = -1;
  minute = -1;
  second = -1;
  fraction = -1;
  era = -1;
  flags = 0;
  /** Ticks. */
  timeZoneOffset = 0n;
  parsed: DateTime = DateTime.MinValue;
  failure: FailureId | null = null;
  failureArgument: string | number | null = null;

  constructor(readonly input: string) {}

  fail(id: FailureId, argument: string | number | null = null): false {
    this.failure = id;
    this.failureArgument = argument;
    return false;
  }

  has(flag: number): boolean {
    return (this.flags & flag) !== 0;
  }
}

/** The exception .NET throws for a failed parse. */
export function parseException(result: ParseResult, parameter = 's'): DotnetException {
  const core = environment().dotnet === 'core';
  const s = result.input;
  const format = (message: string) => new DotnetException('System.FormatException', message);
  switch (result.failure) {
    case 'ArgumentNull': {
      const name = typeof result.failureArgument === 'string' ? result.failureArgument : parameter;
      return new DotnetException(
        'System.ArgumentNullException',
        core
          ? `Value cannot be null. (Parameter '${name}')`
          : `String reference not set to an instance of a String.\r\nParameter name: ${name}`,
      );
    }
    case 'BadDateTimeCalendar':
      return format(
        core
          ? `The DateTime represented by the string '${s}' is not supported in calendar 'System.Globalization.GregorianCalendar'.`
          : 'The DateTime represented by the string is not supported in calendar System.Globalization.GregorianCalendar.',
      );
    case 'BadDayOfWeek':
      return format(
        core
          ? `String '${s}' was not recognized as a valid DateTime because the day of week was incorrect.`
          : 'String was not recognized as a valid DateTime because the day of week was incorrect.',
      );
    case 'UnknownWord':
      return format(
        core
          ? `The string '${s}' was not recognized as a valid DateTime. There is an unknown word starting at index '${result.failureArgument}'.`
          : `The string was not recognized as a valid DateTime. There is an unknown word starting at index ${result.failureArgument}.`,
      );
    case 'DateOutOfRange':
      return format(
        core
          ? `The DateTime represented by the string '${s}' is out of range.`
          : 'The DateTime represented by the string is out of range.',
      );
    case 'MissingIncompleteDate':
      return format(
        core
          ? `There must be at least a partial date with a year present in the input string '${s}'.`
          : 'There must be at least a partial date with a year present in the input.',
      );
    case 'OffsetOutOfRange':
      return format(
        core
          ? `The time zone offset of string '${s}' must be within plus or minus 14 hours.`
          : 'The time zone offset must be within plus or minus 14 hours.',
      );
    case 'UtcOutOfRange':
      return format(
        core
          ? `The UTC representation of the date '${s}' falls outside the year range 1-9999.`
          : 'The UTC representation of the date falls outside the year range 1-9999.',
      );
    case 'RepeatPattern':
      return format(
        `DateTime pattern '${result.failureArgument}' appears more than once with different values.`,
      );
    case 'BadQuote':
      return format(`Cannot find a matching quote character for the character '${result.failureArgument}'.`);
    case 'BadFormatSpecifier':
      return format('Format specifier was invalid.');
    default:
      return format(
        core
          ? `String '${s}' was not recognized as a valid DateTime.`
          : 'String was not recognized as a valid DateTime.',
      );
  }
}

/** `GetDateTimeNow`: the "today" that fills in missing date fields. */
function dateTimeNow(result: ParseResult, styles: number): DateTime {
  if (result.has(ParseFlags.CaptureOffset)) {
    if (result.has(ParseFlags.TimeZoneUsed)) {
      return new DateTime(utcNow().ticks + result.timeZoneOffset, DateTimeKind.Unspecified);
    }
    if ((styles & DateTimeStyles.AssumeUniversal) !== 0) return utcNow();
  }
  return now();
}

/** `GetDefaultYear`: the current year, for dates written without one. */
export function defaultYear(result: ParseResult, styles: number): number {
  result.flags |= ParseFlags.YearDefault;
  return dateTimeNow(result, styles).year;
}

/** `CheckDefaultDateTime`: fills in the year, month, day and time fields the input left out. */
export function checkDefaultDateTime(result: ParseResult, styles: number): boolean {
  if (result.has(ParseFlags.CaptureOffset)) {
    if (
      (result.month !== -1 || result.day !== -1) &&
      (result.year === -1 || result.has(ParseFlags.YearDefault)) &&
      result.has(ParseFlags.TimeZoneUsed)
    ) {
      return result.fail('MissingIncompleteDate');
    }
  }
  if (result.year === -1 || result.month === -1 || result.day === -1) {
    const current = dateTimeNow(result, styles);
    if (result.month === -1 && result.day === -1) {
      if (result.year === -1) {
        if ((styles & DateTimeStyles.NoCurrentDateDefault) !== 0) {
          result.year = result.month = result.day = 1;
        } else {
          result.year = current.year;
          result.month = current.month;
          result.day = current.day;
        }
      } else {
        result.month = 1;
        result.day = 1;
      }
    } else {
      if (result.year === -1) result.year = current.year;
      if (result.month === -1) result.month = 1;
      if (result.day === -1) result.day = 1;
    }
  }
  if (result.hour === -1) result.hour = 0;
  if (result.minute === -1) result.minute = 0;
  if (result.second === -1) result.second = 0;
  if (result.era === -1) result.era = 0;
  return true;
}

/** `Calendar.TryToDateTime` of the Gregorian calendar: null for an impossible date or time. */
export function tryToTicks(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): bigint | null {
  if (!isValidDate(year, month, day)) return null;
  if (hour < 0 || hour >= 24 || minute < 0 || minute >= 60 || second < 0 || second >= 60) return null;
  return dateToTicks(year, month, day) + timeToTicks(hour, minute, second);
}

/** `Math.Round` of .NET: halves go to the even neighbour. */
export function roundHalfEven(value: number): number {
  const floor = Math.floor(value);
  const diff = value - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

/** Adds a parsed fraction of a second (`AddTicks(Math.Round(fraction * TicksPerSecond))`). */
export function withFraction(ticks: bigint, fraction: number): bigint {
  return fraction > 0 ? ticks + BigInt(roundHalfEven(fraction * Number(TICKS_PER_SECOND))) : ticks;
}

function localOffsetOf(ticks: bigint): bigint {
  return offsetFromLocal(environment().timeZone, ticks, false).offsetTicks;
}

/** `AdjustTimeZoneToUniversal`. */
function adjustToUniversal(result: ParseResult): boolean {
  let ticks = result.parsed.ticks - result.timeZoneOffset;
  if (ticks < 0n) ticks += TICKS_PER_DAY;
  if (ticks < 0n || ticks > MAX_TICKS) return result.fail('DateOutOfRange');
  result.parsed = new DateTime(ticks, DateTimeKind.Utc);
  return true;
}

/** `AdjustTimeZoneToLocal`: the parsed time, read in its offset, seen from the gateway's zone. */
function adjustToLocal(result: ParseResult, timeOnly: boolean): boolean {
  const zone = environment().timeZone;
  let ticks = result.parsed.ticks;
  let ambiguous = false;
  if (ticks < TICKS_PER_DAY) {
    ticks -= result.timeZoneOffset;
    ticks += timeOnly ? offsetFromUtc(zone, utcNow().ticks).offsetTicks : localOffsetOf(result.parsed.ticks);
    if (ticks < 0n) ticks += TICKS_PER_DAY;
  } else {
    ticks -= result.timeZoneOffset;
    if (ticks < 0n || ticks > MAX_TICKS) {
      ticks += localOffsetOf(result.parsed.ticks);
    } else {
      const info = offsetFromUtc(zone, ticks);
      ticks += info.offsetTicks;
      ambiguous = info.isAmbiguousLocalDst;
    }
  }
  if (ticks < 0n || ticks > MAX_TICKS) {
    result.parsed = DateTime.MinValue;
    return result.fail('DateOutOfRange');
  }
  result.parsed = new DateTime(ticks, DateTimeKind.Local, ambiguous);
  return true;
}

/** `DateTimeOffsetTimeZonePostProcessing`: the offset a DateTimeOffset parse ends with. */
function offsetPostProcessing(result: ParseResult, styles: number): boolean {
  if (!result.has(ParseFlags.TimeZoneUsed)) {
    result.timeZoneOffset =
      (styles & DateTimeStyles.AssumeUniversal) !== 0 ? 0n : localOffsetOf(result.parsed.ticks);
  }
  const offset = result.timeZoneOffset;
  const utc = result.parsed.ticks - offset;
  if (utc < 0n || utc > MAX_TICKS) return result.fail('UtcOutOfRange');
  if (offset < -MAX_OFFSET_TICKS || offset > MAX_OFFSET_TICKS) return result.fail('OffsetOutOfRange');
  if ((styles & DateTimeStyles.AdjustToUniversal) !== 0) {
    if (!result.has(ParseFlags.TimeZoneUsed) && (styles & DateTimeStyles.AssumeUniversal) === 0) {
      const ok = adjustToUniversal(result);
      result.timeZoneOffset = 0n;
      return ok;
    }
    result.parsed = new DateTime(utc, DateTimeKind.Utc);
    result.timeZoneOffset = 0n;
  }
  return true;
}

/** `DetermineTimeZoneAdjustments`: gives the result its kind, converting when the input had a zone. */
export function determineTimeZoneAdjustments(
  result: ParseResult,
  styles: number,
  timeOnly: boolean,
): boolean {
  if (result.has(ParseFlags.CaptureOffset)) return offsetPostProcessing(result, styles);
  if (environment().dotnet === 'core') {
    const offset = result.timeZoneOffset;
    if (offset < -MAX_OFFSET_TICKS || offset > MAX_OFFSET_TICKS) return result.fail('OffsetOutOfRange');
  }
  if (!result.has(ParseFlags.TimeZoneUsed)) {
    if ((styles & DateTimeStyles.AssumeLocal) !== 0) {
      if ((styles & DateTimeStyles.AdjustToUniversal) === 0) {
        result.parsed = new DateTime(result.parsed.ticks, DateTimeKind.Local);
        return true;
      }
      result.flags |= ParseFlags.TimeZoneUsed;
      result.timeZoneOffset = offsetFromLocal(environment().timeZone, result.parsed.ticks, false).offsetTicks;
    } else if ((styles & DateTimeStyles.AssumeUniversal) !== 0) {
      if ((styles & DateTimeStyles.AdjustToUniversal) !== 0) {
        result.parsed = new DateTime(result.parsed.ticks, DateTimeKind.Utc);
        return true;
      }
      result.flags |= ParseFlags.TimeZoneUsed;
      result.timeZoneOffset = 0n;
    } else {
      return true;
    }
  }
  if ((styles & DateTimeStyles.RoundtripKind) !== 0 && result.has(ParseFlags.TimeZoneUtc)) {
    result.parsed = new DateTime(result.parsed.ticks, DateTimeKind.Utc);
    return true;
  }
  if ((styles & DateTimeStyles.AdjustToUniversal) !== 0) return adjustToUniversal(result);
  return adjustToLocal(result, timeOnly);
}
