import { environment } from '../environment.js';
import { format as formatError } from '../exceptions.js';
import { type DateTimeParts, TICKS_PER_DAY, TICKS_PER_MINUTE } from './calendar.js';
import { type DateCulture, dateTimeOffsetPattern, invariant } from './culture.js';
import type { DateTime } from './date-time.js';
import { parseQuotedLiteral, repeatCount } from './format-tokens.js';
import { offsetFromLocal, offsetFromUtc } from './zone-offsets.js';

/**
 * `DateTime.ToString` and `DateTimeOffset.ToString`, after .NET's `DateTimeFormat`: a standard
 * format (one character) expands to a culture's pattern, then the pattern is formatted field
 * by field. `offset` is null for a DateTime and the offset (ticks) for a DateTimeOffset, whose
 * `dateTime` is then its clock time.
 */

/** The round-trip pattern ("o"). */
export const ROUNDTRIP_PATTERN = "yyyy'-'MM'-'dd'T'HH':'mm':'ss.fffffffK";
export const RFC1123_PATTERN = "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'";
export const SORTABLE_PATTERN = "yyyy'-'MM'-'dd'T'HH':'mm':'ss";
export const UNIVERSAL_SORTABLE_PATTERN = "yyyy'-'MM'-'dd HH':'mm':'ss'Z'";

/** The pattern a standard format stands for (`GetRealFormat`); throws for an unknown one. */
export function standardPattern(format: string, culture: DateCulture): string {
  switch (format) {
    case 'd':
      return culture.shortDatePattern;
    case 'D':
      return culture.longDatePattern;
    case 'f':
      return `${culture.longDatePattern} ${culture.shortTimePattern}`;
    case 'F':
    case 'U':
      return culture.fullDateTimePattern;
    case 'g':
      return `${culture.shortDatePattern} ${culture.shortTimePattern}`;
    case 'G':
      return `${culture.shortDatePattern} ${culture.longTimePattern}`;
    case 'm':
    case 'M':
      return culture.monthDayPattern;
    case 'o':
    case 'O':
      return ROUNDTRIP_PATTERN;
    case 'r':
    case 'R':
      return RFC1123_PATTERN;
    case 's':
      return SORTABLE_PATTERN;
    case 't':
      return culture.shortTimePattern;
    case 'T':
      return culture.longTimePattern;
    case 'u':
      return UNIVERSAL_SORTABLE_PATTERN;
    case 'y':
    case 'Y':
      return culture.yearMonthPattern;
    default:
      throw formatError();
  }
}

const pad = (value: number, digits: number): string => String(value).padStart(digits, '0');

/** `FormatDigits`: one or two digits, never more (except where .NET overrides the limit). */
const digits = (value: number, length: number): string => pad(value, Math.min(length, 2));

/** "+hh:mm" of an offset in ticks. */
function offsetText(offsetTicks: bigint, hoursDigits: 1 | 2, withMinutes: boolean): string {
  const negative = offsetTicks < 0n;
  const minutes = Number((negative ? -offsetTicks : offsetTicks) / TICKS_PER_MINUTE);
  const hours = Math.floor(minutes / 60) % 24;
  const text = `${negative ? '-' : '+'}${pad(hours, hoursDigits)}`;
  return withMinutes ? `${text}:${pad(minutes % 60, 2)}` : text;
}

/** The offset the "z" specifiers print for a DateTime (`FormatCustomizedTimeZone`). */
function zOffset(dateTime: DateTime, timeOnly: boolean): bigint {
  const zone = environment().timeZone;
  if (timeOnly && dateTime.ticks < TICKS_PER_DAY) {
    // A time of day on 0001-01-01: .NET prints the offset in force now.
    const nowUtc = BigInt(environment().now()) * 10_000n + 621_355_968_000_000_000n;
    return offsetFromUtc(zone, nowUtc).offsetTicks;
  }
  if (dateTime.kind === 1) {
    // .NET Framework prints the local offset even for a UTC time, as if it were local;
    // .NET Core prints +00:00.
    if (environment().dotnet === 'core') return 0n;
    return offsetFromLocal(zone, dateTime.ticks, false).offsetTicks;
  }
  return dateTime.localOffset();
}

/** `FormatCustomized`: formats `dateTime` with a custom pattern. */
function formatCustom(
  dateTime: DateTime,
  format: string,
  culture: DateCulture,
  offset: bigint | null,
): string {
  const p: DateTimeParts = dateTime.parts;
  let result = '';
  let timeOnly = true;
  let i = 0;
  while (i < format.length) {
    const ch = format[i]!;
    let length = 1;
    switch (ch) {
      case 'g':
        length = repeatCount(format, i);
        result += culture.eraName;
        break;
      case 'h':
        length = repeatCount(format, i);
        result += digits(p.hour % 12 === 0 ? 12 : p.hour % 12, length);
        break;
      case 'H':
        length = repeatCount(format, i);
        result += digits(p.hour, length);
        break;
      case 'm':
        length = repeatCount(format, i);
        result += digits(p.minute, length);
        break;
      case 's':
        length = repeatCount(format, i);
        result += digits(p.second, length);
        break;
      case 'f':
      case 'F': {
        length = repeatCount(format, i);
        if (length > 7) throw formatError();
        let fraction = Math.floor(p.fraction / 10 ** (7 - length));
        if (ch === 'f') {
          result += pad(fraction, length);
          break;
        }
        let effective = length;
        while (effective > 0 && fraction % 10 === 0) {
          fraction /= 10;
          effective--;
        }
        if (effective > 0) result += pad(fraction, effective);
        else if (result.endsWith('.')) result = result.slice(0, -1);
        break;
      }
      case 't': {
        length = repeatCount(format, i);
        const designator = p.hour < 12 ? culture.amDesignator : culture.pmDesignator;
        result += length === 1 ? designator.slice(0, 1) : designator;
        break;
      }
      case 'd':
        length = repeatCount(format, i);
        if (length <= 2) result += digits(p.day, length);
        else result += (length === 3 ? culture.abbreviatedDayNames : culture.dayNames)[p.dayOfWeek];
        timeOnly = false;
        break;
      case 'M':
        length = repeatCount(format, i);
        if (length <= 2) result += digits(p.month, length);
        else result += (length === 3 ? culture.abbreviatedMonthNames : culture.monthNames)[p.month - 1];
        timeOnly = false;
        break;
      case 'y':
        length = repeatCount(format, i);
        result += length <= 2 ? digits(p.year % 100, length) : pad(p.year, length);
        timeOnly = false;
        break;
      case 'z':
        length = repeatCount(format, i);
        result += offsetText(offset ?? zOffset(dateTime, timeOnly), length <= 1 ? 1 : 2, length >= 3);
        break;
      case 'K':
        if (offset !== null) result += offsetText(offset, 2, true);
        else if (dateTime.kind === 1) result += 'Z';
        else if (dateTime.kind === 2) result += offsetText(dateTime.localOffset(), 2, true);
        break;
      case ':':
        result += culture.timeSeparator;
        break;
      case '/':
        result += culture.dateSeparator;
        break;
      case "'":
      case '"': {
        const quoted = parseQuotedLiteral(format, i);
        result += quoted.text;
        length = quoted.length;
        break;
      }
      case '%': {
        const next = format[i + 1];
        if (next === undefined || next === '%') throw formatError();
        result += formatCustom(dateTime, next, culture, offset);
        length = 2;
        break;
      }
      case '\\': {
        const next = format[i + 1];
        if (next === undefined) throw formatError();
        result += next;
        length = 2;
        break;
      }
      default:
        result += ch;
        break;
    }
    i += length;
  }
  return result;
}

/** The format of `ToString()` with no format: "G", or the DateTimeOffset pattern. */
function defaultFormat(culture: DateCulture, offset: bigint | null): string {
  return offset === null ? 'G' : dateTimeOffsetPattern(culture);
}

/**
 * Formats a DateTime (`offset` null) or the clock time of a DateTimeOffset (`offset` its
 * offset in ticks) as `ToString(format, provider)` does.
 */
export function formatDateTime(
  dateTime: DateTime,
  format: string | null,
  culture: DateCulture,
  offset: bigint | null,
): string {
  let pattern = format === null || format === '' ? defaultFormat(culture, offset) : format;
  let value = dateTime;
  let info = culture;
  if (pattern.length === 1) {
    switch (pattern) {
      case 'o':
      case 'O':
      case 's':
        info = invariant;
        break;
      case 'r':
      case 'R':
      case 'u':
        // A DateTime is printed as it is, even when Local; a DateTimeOffset is converted to UTC.
        if (offset !== null) value = dateTime.addTicks(-offset);
        info = invariant;
        break;
      case 'U':
        if (offset !== null) throw formatError();
        value = dateTime.toUniversalTime();
        break;
      default:
        break;
    }
    pattern = standardPattern(pattern, info);
  }
  return formatCustom(value, pattern, info, offset);
}
