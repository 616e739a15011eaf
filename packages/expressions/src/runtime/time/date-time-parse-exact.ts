import { toFourDigitYear } from './calendar.js';
import { type DateCulture, invariant, twoDigitYearMax } from './culture.js';
import { DateTime, DateTimeKind } from './date-time.js';
import { standardPattern } from './date-time-format.js';
import {
  checkDefaultDateTime,
  DateTimeStyles,
  determineTimeZoneAdjustments,
  type FailureId,
  ParseFlags,
  ParseResult,
  tryToTicks,
  withFraction,
} from './date-time-parse-result.js';
import { DTString, isLetter } from './dt-string.js';
import { tryParseQuotedLiteral } from './format-tokens.js';

/**
 * `DateTime.ParseExact` and `DateTimeOffset.ParseExact`, after .NET Framework's
 * `DateTimeParse.DoStrictParse`: the format is walked field by field and each field reads its
 * part of the input. Standard formats expand to their patterns first ("o", "r", "s" and "u"
 * with the invariant culture).
 */

enum TM {
  NotSet = -1,
  AM = 0,
  PM = 1,
}

/** `ParsingInfo`. */
class ExactParser {
  dayOfWeek = -1;
  timeMark: TM = TM.NotSet;
  useHour12 = false;
  useTwoDigitYear = false;
  readonly allowInnerWhite: boolean;
  readonly allowTrailingWhite: boolean;
  str: DTString;
  format: DTString;

  constructor(
    readonly result: ParseResult,
    public culture: DateCulture,
    readonly styles: number,
    formatText: string,
  ) {
    this.allowInnerWhite = (styles & DateTimeStyles.AllowInnerWhite) !== 0;
    this.allowTrailingWhite = (styles & DateTimeStyles.AllowTrailingWhite) !== 0;
    this.str = new DTString(result.input);
    this.format = new DTString(formatText);
  }

  fail(): false {
    return this.result.fail('BadDateTime');
  }

  /** `CheckNewValue`: a field read twice must read the same. */
  setField(
    field: 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second',
    value: number,
    patternChar: string,
  ): boolean {
    const current = this.result[field];
    if (current === -1) {
      this.result[field] = value;
      return true;
    }
    return current === value || this.result.fail('RepeatPattern', patternChar);
  }

  /** `ParseDigits(str, min, max)`. */
  digits(min: number, max: number): number | null {
    const { str } = this;
    const start = str.index;
    let value = 0;
    let length = 0;
    while (length < max) {
      if (!str.nextDigit()) {
        str.index--;
        break;
      }
      value = value * 10 + str.digit();
      length++;
    }
    if (length < min) {
      str.index = start;
      return null;
    }
    return value;
  }

  /** `ParseDigits(str, len)`: 1 means one or two digits, otherwise exactly `len`. */
  digitsOf(length: number): number | null {
    return length === 1 ? this.digits(1, 2) : this.digits(length, length);
  }

  /** The longest of `names` at the next position (ignoring case); its index, or -1. */
  matchLongest(names: readonly string[]): number {
    const { str } = this;
    if (!str.next()) return -1;
    let best = -1;
    let bestLength = 0;
    names.forEach((name, i) => {
      if (name.length > bestLength && str.matchSpecifiedWord(name)) {
        best = i;
        bestLength = name.length;
      }
    });
    if (best >= 0) str.index += bestLength - 1;
    return best;
  }

  /** `ParseFractionExact`: up to `length` digits; false when there were fewer. */
  fractionExact(length: number): { ok: boolean; value: number } {
    const { str } = this;
    if (!str.nextDigit()) {
      str.index--;
      return { ok: false, value: 0 };
    }
    let value = str.digit();
    let count = 1;
    for (; count < length; count++) {
      if (!str.nextDigit()) {
        str.index--;
        break;
      }
      value = value * 10 + str.digit();
    }
    return { ok: count === length, value: value / 10 ** count };
  }

  /** `ParseTimeZoneOffset`: "z" (±h), "zz" (±hh), "zzz" (±hh:mm or ±hhmm); ticks or null. */
  timeZoneOffset(length: number): bigint | null {
    const { str } = this;
    if (!str.next()) return null;
    const sign = str.char();
    if (sign !== '+' && sign !== '-') return null;
    let hours: number | null;
    let minutes = 0;
    if (length <= 2) {
      hours = this.digitsOf(length);
      if (hours === null) return null;
    } else {
      hours = this.digitsOf(1);
      if (hours === null) return null;
      if (!str.matchText(':')) str.index--;
      const m = this.digitsOf(2);
      if (m === null) return null;
      minutes = m;
    }
    if (minutes >= 60) return null;
    const ticks = BigInt(hours * 60 + minutes) * 600_000_000n;
    return sign === '-' ? -ticks : ticks;
  }

  setOffset(offset: bigint, patternChar: string): boolean {
    const { result } = this;
    if (result.has(ParseFlags.TimeZoneUsed) && offset !== result.timeZoneOffset) {
      return result.fail('RepeatPattern', patternChar);
    }
    result.timeZoneOffset = offset;
    result.flags |= ParseFlags.TimeZoneUsed;
    return true;
  }

  /** `ParseByFormat`: reads the input for the format character at the cursor. */
  step(): boolean {
    const { str, format, result, culture } = this;
    const ch = format.char();
    switch (ch) {
      case 'y': {
        const length = format.repeatCount();
        if (length <= 2) this.useTwoDigitYear = true;
        const year = this.digitsOf(length);
        if (year === null) return this.fail();
        return this.setField('year', year, ch);
      }
      case 'M': {
        const length = format.repeatCount();
        let month: number;
        if (length <= 2) {
          const value = this.digitsOf(length);
          if (value === null) return this.fail();
          month = value;
        } else {
          const index = this.matchLongest(length === 3 ? culture.abbreviatedMonthNames : culture.monthNames);
          if (index < 0) return this.fail();
          month = index + 1;
          result.flags |= ParseFlags.ParsedMonthName;
        }
        return this.setField('month', month, ch);
      }
      case 'd': {
        const length = format.repeatCount();
        if (length <= 2) {
          const day = this.digitsOf(length);
          if (day === null) return this.fail();
          return this.setField('day', day, ch);
        }
        const index = this.matchLongest(length === 3 ? culture.abbreviatedDayNames : culture.dayNames);
        if (index < 0) return this.fail();
        if (this.dayOfWeek !== -1 && this.dayOfWeek !== index) return result.fail('RepeatPattern', ch);
        this.dayOfWeek = index;
        return true;
      }
      case 'g': {
        format.repeatCount();
        if (!str.next()) return this.fail();
        for (const name of [culture.eraName, culture.abbreviatedEraName]) {
          if (str.matchSpecifiedWord(name)) {
            str.index += name.length - 1;
            result.era = 1;
            return true;
          }
        }
        return this.fail();
      }
      case 'h':
      case 'H':
      case 'm':
      case 's': {
        if (ch === 'h') this.useHour12 = true;
        const length = format.repeatCount();
        const value = this.digitsOf(length < 2 ? 1 : 2);
        if (value === null) return this.fail();
        const field = ch === 'm' ? 'minute' : ch === 's' ? 'second' : 'hour';
        return this.setField(field, value, ch);
      }
      case 'f':
      case 'F': {
        const length = format.repeatCount();
        if (length > 7) return this.fail();
        const fraction = this.fractionExact(length);
        if (!fraction.ok && ch === 'f') return this.fail();
        if (result.fraction < 0) result.fraction = fraction.value;
        else if (fraction.value !== result.fraction) return result.fail('RepeatPattern', ch);
        return true;
      }
      case 't': {
        const length = format.repeatCount();
        let mark: TM;
        if (length === 1) {
          if (!str.next()) return this.fail();
          const c = str.char();
          if (c === culture.amDesignator[0]) mark = TM.AM;
          else if (c === culture.pmDesignator[0]) mark = TM.PM;
          else return this.fail();
        } else {
          if (!str.next()) return this.fail();
          if (str.matchSpecifiedWord(culture.amDesignator)) {
            str.index += culture.amDesignator.length - 1;
            mark = TM.AM;
          } else if (str.matchSpecifiedWord(culture.pmDesignator)) {
            str.index += culture.pmDesignator.length - 1;
            mark = TM.PM;
          } else {
            str.index--;
            return this.fail();
          }
        }
        if (this.timeMark === TM.NotSet) this.timeMark = mark;
        else if (this.timeMark !== mark) return result.fail('RepeatPattern', ch);
        return true;
      }
      case 'z': {
        const length = format.repeatCount();
        const offset = this.timeZoneOffset(length);
        if (offset === null) return this.fail();
        return this.setOffset(offset, 'z');
      }
      case 'Z': {
        if (result.has(ParseFlags.TimeZoneUsed) && result.timeZoneOffset !== 0n)
          return result.fail('RepeatPattern', 'Z');
        result.flags |= ParseFlags.TimeZoneUsed | ParseFlags.TimeZoneUtc;
        result.timeZoneOffset = 0n;
        str.index++;
        if (!this.matchWord('GMT') && !this.matchWord('Z')) return this.fail();
        str.index--;
        return true;
      }
      case 'K':
        if (str.matchChar('Z')) {
          if (result.has(ParseFlags.TimeZoneUsed) && result.timeZoneOffset !== 0n) {
            return result.fail('RepeatPattern', 'K');
          }
          result.flags |= ParseFlags.TimeZoneUsed | ParseFlags.TimeZoneUtc;
          result.timeZoneOffset = 0n;
        } else if (str.matchChar('+') || str.matchChar('-')) {
          str.index--;
          const offset = this.timeZoneOffset(3);
          if (offset === null) return this.fail();
          return this.setOffset(offset, 'K');
        }
        return true;
      case ':':
        if (!str.matchChar(':') && !str.matchText(culture.timeSeparator)) return this.fail();
        return true;
      case '/':
        if (!str.matchChar('/') && !str.matchText(culture.dateSeparator)) return this.fail();
        return true;
      case '"':
      case "'": {
        const quoted = tryParseQuotedLiteral(format.value, format.index);
        if (quoted === null) return result.fail('BadQuote', ch);
        format.index += quoted.length - 1;
        for (const c of quoted.text) {
          if (c === ' ' && this.allowInnerWhite) str.skipWhiteSpaces();
          else if (!str.matchChar(c)) return this.fail();
        }
        if (result.has(ParseFlags.CaptureOffset)) {
          // "r" and "u" quote 'GMT' and 'Z'; DateTimeOffset reads them as UTC all the same.
          if (
            (result.has(ParseFlags.Rfc1123Pattern) && quoted.text === 'GMT') ||
            (result.has(ParseFlags.UtcSortPattern) && quoted.text === 'Z')
          ) {
            result.flags |= ParseFlags.TimeZoneUsed;
            result.timeZoneOffset = 0n;
          }
        }
        return true;
      }
      case '%':
        if (format.index >= format.length - 1 || format.value[format.index + 1] === '%') {
          return result.fail('BadFormatSpecifier');
        }
        return true;
      case '\\':
        if (!format.next()) return result.fail('BadFormatSpecifier');
        return str.matchChar(format.char()) || this.fail();
      case '.':
        if (!str.matchChar('.')) {
          // ".FF" with no dot in the input: the optional fraction is absent.
          if (format.next() && format.matchChar('F')) {
            format.repeatCount();
            return true;
          }
          return this.fail();
        }
        return true;
      default:
        if (ch === ' ') {
          if (this.allowInnerWhite) return true;
          if (str.matchChar(' ')) return true;
          if (this.allowTrailingWhite && format.next() && this.step()) return true;
          return this.fail();
        }
        if (format.matchSpecifiedWord('GMT')) {
          format.index += 2;
          result.flags |= ParseFlags.TimeZoneUsed;
          result.timeZoneOffset = 0n;
          return str.matchText('GMT') || this.fail();
        }
        return str.matchChar(ch) || this.fail();
    }
  }

  /** `MatchWord`: `target` (ignoring case) at the cursor, not followed by a letter. */
  matchWord(target: string): boolean {
    const { str } = this;
    if (target.length > str.length - str.index) return false;
    if (!str.matchSpecifiedWord(target)) return false;
    const next = str.index + target.length;
    if (next < str.length && isLetter(str.value[next])) return false;
    str.index = next;
    if (str.index < str.length) str.current = str.value[str.index]!;
    return true;
  }

  /** `DoStrictParse`. */
  run(): boolean {
    const { str, format, result } = this;
    result.hour = result.minute = result.second = -1;
    if (this.allowTrailingWhite) {
      format.trimTail();
      format.removeTrailingInQuoteSpaces();
      str.trimTail();
    }
    if ((this.styles & DateTimeStyles.AllowLeadingWhite) !== 0) {
      format.skipWhiteSpaces();
      format.removeLeadingInQuoteSpaces();
      str.skipWhiteSpaces();
    }
    while (format.next()) {
      if (this.allowInnerWhite) str.skipWhiteSpaces();
      if (!this.step()) return false;
    }
    if (str.index < str.length - 1) return this.fail();
    if (this.useTwoDigitYear) {
      if (result.year >= 100) return this.fail();
      result.year = toFourDigitYear(result.year, twoDigitYearMax());
    }
    if (this.useHour12) {
      if (this.timeMark === TM.NotSet) this.timeMark = TM.AM;
      if (result.hour > 12) return this.fail();
      if (this.timeMark === TM.AM) {
        if (result.hour === 12) result.hour = 0;
      } else if (result.hour !== 12) {
        result.hour += 12;
      }
    } else if (
      (this.timeMark === TM.AM && result.hour >= 12) ||
      (this.timeMark === TM.PM && result.hour < 12)
    ) {
      return this.fail();
    }
    const timeOnly = result.year === -1 && result.month === -1 && result.day === -1;
    if (!checkDefaultDateTime(result, this.styles)) return false;
    const ticks = tryToTicks(
      result.year,
      result.month,
      result.day,
      result.hour,
      result.minute,
      result.second,
    );
    if (ticks === null) return result.fail('BadDateTimeCalendar');
    const time = new DateTime(withFraction(ticks, result.fraction), DateTimeKind.Unspecified);
    if (this.dayOfWeek !== -1 && this.dayOfWeek !== time.dayOfWeek) return result.fail('BadDayOfWeek');
    result.parsed = time;
    return determineTimeZoneAdjustments(result, this.styles, timeOnly);
  }
}

/** `ExpandPredefinedFormat`: a one-letter format's pattern and culture, and the flags it implies. */
function expandStandard(
  format: string,
  culture: DateCulture,
  result: ParseResult,
): { pattern: string; culture: DateCulture } {
  let info = culture;
  switch (format) {
    case 'o':
    case 'O':
    case 's':
      info = invariant;
      break;
    case 'r':
    case 'R':
      info = invariant;
      if (result.has(ParseFlags.CaptureOffset)) result.flags |= ParseFlags.Rfc1123Pattern;
      break;
    case 'u':
      info = invariant;
      if (result.has(ParseFlags.CaptureOffset)) result.flags |= ParseFlags.UtcSortPattern;
      break;
    case 'U':
      result.flags |= ParseFlags.TimeZoneUsed | ParseFlags.TimeZoneUtc;
      result.timeZoneOffset = 0n;
      break;
    default:
      break;
  }
  return { pattern: standardPattern(format, info), culture: info };
}

/** One format (`TryParseExact` then `DoStrictParse`); false with the failure in `result`. */
function parseWithFormat(result: ParseResult, format: string, culture: DateCulture, styles: number): boolean {
  let pattern = format;
  let info = culture;
  if (format.length === 1) {
    if (result.has(ParseFlags.CaptureOffset) && format === 'U') return result.fail('BadFormatSpecifier');
    // An unknown standard format throws FormatException even from TryParseExact, as in .NET.
    ({ pattern, culture: info } = expandStandard(format, culture, result));
  }
  return new ExactParser(result, info, styles, pattern).run();
}

/** Parses `input` against one format as `ParseExact` does; `captureOffset` for DateTimeOffset. */
export function parseExactText(
  input: string | null,
  format: string | null,
  culture: DateCulture,
  styles: number,
  captureOffset: boolean,
): ParseResult {
  const result = new ParseResult(input ?? '');
  if (captureOffset) result.flags |= ParseFlags.CaptureOffset;
  if (input === null) result.fail('ArgumentNull', 's');
  else if (format === null) result.fail('ArgumentNull', 'format');
  else if (input === '') result.fail('BadDateTime');
  else if (format === '') result.fail('BadFormatSpecifier');
  else if (parseWithFormat(result, format, culture, styles)) result.failure = null;
  return result;
}

/** Parses `input` with the first of `formats` that reads it, as `ParseExact(s, string[], ...)` does. */
export function parseExactMultipleText(
  input: string | null,
  formats: readonly (string | null)[] | null,
  culture: DateCulture,
  styles: number,
  captureOffset: boolean,
): ParseResult {
  const flags = captureOffset ? ParseFlags.CaptureOffset : 0;
  const result = new ParseResult(input ?? '');
  result.flags = flags;
  if (input === null) return failWith(result, 'ArgumentNull', 's');
  if (formats === null) return failWith(result, 'ArgumentNull', 'formats');
  if (input === '') return failWith(result, 'BadDateTime');
  if (formats.length === 0) return failWith(result, 'BadFormatSpecifier');
  for (const format of formats) {
    if (format === null || format === '') return failWith(result, 'BadFormatSpecifier');
    const attempt = new ParseResult(input);
    attempt.flags = flags;
    if (parseWithFormat(attempt, format, culture, styles)) {
      attempt.failure = null;
      return attempt;
    }
  }
  return failWith(result, 'BadDateTime');
}

function failWith(result: ParseResult, id: FailureId, argument: string | null = null): ParseResult {
  result.fail(id, argument);
  return result;
}
