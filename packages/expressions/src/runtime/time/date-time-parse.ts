import { environment } from '../environment.js';
import { isValidDate, toFourDigitYear } from './calendar.js';
import { type DateCulture, twoDigitYearMax } from './culture.js';
import { DateTime, DateTimeKind } from './date-time.js';
import {
  checkDefaultDateTime,
  defaultYear,
  determineTimeZoneAdjustments,
  ParseFlags,
  ParseResult,
  tryToTicks,
  withFraction,
} from './date-time-parse-result.js';
import { regularToken, separatorToken, TokenType } from './date-time-tokens.js';
import { DTString, isDigit, isLetter, isWhiteSpace } from './dt-string.js';
import { DS, DTT, nextState } from './parse-states.js';

/**
 * `DateTime.Parse` and `DateTimeOffset.Parse`, after .NET Framework's `DateTimeParse.TryParse`:
 * a lexer turns the input into numbers, month and day names, separators, AM/PM and time zone
 * marks; a state machine groups them into a date and a time, whose numbers are ordered by the
 * culture's patterns (month/day/year for en-US). ISO 8601 (`2024-01-15T10:30:00Z`), RFC 1123
 * (`Mon, 15 Jan 2024 10:30:00 GMT`), `1/15/2024 10:30 AM` and `January 15, 2024` all go
 * through here. CJK date suffixes and era calendars other than the Gregorian are left out.
 */

enum TM {
  NotSet = -1,
  AM = 0,
  PM = 1,
}

/** `DateTimeRawInfo`: what the lexer has collected for the terminal states. */
class RawInfo {
  readonly numbers: number[] = [];
  month = -1;
  year = -1;
  dayOfWeek = -1;
  timeMark: TM = TM.NotSet;
  fraction = -1;
}

interface Token {
  dtt: DTT;
  num: number;
}

const ORDER_YMD = 0;
const ORDER_MDY = 1;
const ORDER_DMY = 2;
const ORDER_YDM = 3;
const ORDER_YM = 4;
const ORDER_MY = 5;
const ORDER_MD = 6;
const ORDER_DM = 7;

/** The order of the fields `letters` in a pattern, skipping quoted text and "ddd"/"dddd". */
function fieldOrder(pattern: string, letters: string): string {
  let order = '';
  let inQuote = false;
  for (let i = 0; i < pattern.length && order.length < letters.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\' || ch === '%') {
      i++;
      continue;
    }
    if (ch === "'" || ch === '"') inQuote = !inQuote;
    if (inQuote || !letters.includes(ch)) continue;
    let count = 1;
    while (i + 1 < pattern.length && pattern[i + 1] === ch) {
      i++;
      count++;
    }
    if (ch === 'd' && count > 2) continue;
    order += ch;
  }
  return order;
}

function yearMonthDayOrder(pattern: string): number {
  return { yMd: ORDER_YMD, Mdy: ORDER_MDY, dMy: ORDER_DMY, ydM: ORDER_YDM }[fieldOrder(pattern, 'yMd')] ?? -1;
}
function yearMonthOrder(pattern: string): number {
  return { yM: ORDER_YM, My: ORDER_MY }[fieldOrder(pattern, 'yM')] ?? -1;
}
function monthDayOrder(pattern: string): number {
  return { Md: ORDER_MD, dM: ORDER_DM }[fieldOrder(pattern, 'Md')] ?? -1;
}

/** The parse in progress. */
class Parser {
  readonly str: DTString;
  readonly raw = new RawInfo();
  readonly token: Token = { dtt: DTT.Unk, num: 0 };

  constructor(
    readonly result: ParseResult,
    readonly culture: DateCulture,
    readonly styles: number,
  ) {
    this.str = new DTString(result.input);
  }

  fail(): false {
    return this.result.fail('BadDateTime');
  }

  /** `TryAdjustYear`: a two-digit year in the culture's century window. */
  adjustYear(year: number): number {
    return year < 100 ? toFourDigitYear(year, twoDigitYearMax()) : year;
  }

  setDate(year: number, month: number, day: number): boolean {
    if (!isValidDate(year, month, day)) return false;
    this.result.year = year;
    this.result.month = month;
    this.result.day = day;
    return true;
  }

  /** Records a date found by a terminal state, refusing a second one. */
  haveDate(set: () => boolean): boolean {
    if (this.result.has(ParseFlags.HaveDate)) return this.fail();
    if (!set()) return this.fail();
    this.result.flags |= ParseFlags.HaveDate;
    return true;
  }

  haveTime(set: () => boolean): boolean {
    if (this.result.has(ParseFlags.HaveTime)) return this.fail();
    if (!set()) return this.fail();
    this.result.flags |= ParseFlags.HaveTime;
    return true;
  }

  /** `ProcessTerminaltState`. */
  processTerminal(dps: DS): boolean {
    const { raw, result, culture } = this;
    const n = raw.numbers;
    let passed = true;
    switch (dps) {
      case DS.DX_NN:
        passed = this.haveDate(() => {
          const year = defaultYear(result, this.styles);
          return monthDayOrder(culture.monthDayPattern) === ORDER_MD
            ? this.setDate(year, n[0]!, n[1]!)
            : this.setDate(year, n[1]!, n[0]!);
        });
        break;
      case DS.DX_NNN:
        passed = this.haveDate(() => {
          switch (yearMonthDayOrder(culture.shortDatePattern)) {
            case ORDER_YMD:
              return this.setDate(this.adjustYear(n[0]!), n[1]!, n[2]!);
            case ORDER_MDY:
              return this.setDate(this.adjustYear(n[2]!), n[0]!, n[1]!);
            case ORDER_DMY:
              return this.setDate(this.adjustYear(n[2]!), n[1]!, n[0]!);
            case ORDER_YDM:
              return this.setDate(this.adjustYear(n[0]!), n[2]!, n[1]!);
            default:
              return false;
          }
        });
        break;
      case DS.DX_MN:
      case DS.DX_NM:
        // "Jan 15" is a day of the current year; "Jan 24" may be a year where the culture writes
        // the month before the year and the day before the month (en-US does neither).
        passed = this.haveDate(() => {
          const md = monthDayOrder(culture.monthDayPattern);
          const ym = yearMonthOrder(culture.yearMonthPattern);
          const yearFirst =
            dps === DS.DX_MN ? md === ORDER_DM && ym === ORDER_MY : md === ORDER_MD && ym === ORDER_YM;
          if (yearFirst) return this.setDate(this.adjustYear(n[0]!), raw.month, 1);
          return this.setDate(defaultYear(result, this.styles), raw.month, n[0]!);
        });
        if (passed) result.flags &= ~ParseFlags.HaveDate;
        break;
      case DS.DX_MNN:
        passed = this.haveDate(() => {
          const order = yearMonthDayOrder(culture.shortDatePattern);
          const tryPair = (yearIndex: number, dayIndex: number) => {
            const year = this.adjustYear(n[yearIndex]!);
            return isValidDate(year, raw.month, n[dayIndex]!) && this.setDate(year, raw.month, n[dayIndex]!);
          };
          if (order === ORDER_MDY || order === ORDER_DMY) return tryPair(1, 0) || tryPair(0, 1);
          if (order === ORDER_YMD) return tryPair(0, 1) || tryPair(1, 0);
          return false;
        });
        break;
      case DS.DX_YNN:
        passed = this.haveDate(() =>
          yearMonthDayOrder(culture.shortDatePattern) === ORDER_YDM
            ? this.setDate(raw.year, n[1]!, n[0]!)
            : this.setDate(raw.year, n[0]!, n[1]!),
        );
        break;
      case DS.DX_NNY:
        passed = this.haveDate(() => {
          const order = yearMonthDayOrder(culture.shortDatePattern);
          return order === ORDER_MDY || order === ORDER_YMD
            ? this.setDate(raw.year, n[0]!, n[1]!)
            : this.setDate(raw.year, n[1]!, n[0]!);
        });
        break;
      case DS.DX_YMN:
        passed = this.haveDate(() => this.setDate(raw.year, raw.month, n[0]!));
        break;
      case DS.DX_YN:
        passed = this.haveDate(() => this.setDate(raw.year, n[0]!, 1));
        break;
      case DS.DX_YM:
        passed = this.haveDate(() => this.setDate(raw.year, raw.month, 1));
        break;
      case DS.TX_N:
        passed = this.haveTime(() => {
          if (raw.timeMark === TM.NotSet) return false;
          result.hour = n[0]!;
          return true;
        });
        break;
      case DS.TX_NN:
        passed = this.haveTime(() => {
          result.hour = n[0]!;
          result.minute = n[1]!;
          return true;
        });
        break;
      case DS.TX_NNN:
        passed = this.haveTime(() => {
          result.hour = n[0]!;
          result.minute = n[1]!;
          result.second = n[2]!;
          return true;
        });
        break;
      case DS.DX_DS:
      case DS.TX_TS:
        break;
      default:
        // Date suffix states (CJK) are not reached with the cultures modelled.
        passed = this.fail();
        break;
    }
    if (!passed) return false;
    if (dps > DS.ERROR) raw.numbers.length = 0;
    return true;
  }

  /** `ParseFraction`: the digits after a '.', as .NET sums them (in doubles, digit by digit). */
  parseFraction(): { value: number; digits: number } {
    let value = 0;
    let base = 0.1;
    let digits = 0;
    while (this.str.next() && isDigit(this.str.current)) {
      value += (this.str.current.charCodeAt(0) - 48) * base;
      base *= 0.1;
      digits++;
    }
    return { value, digits };
  }

  /** `ParseTimeZone`: "+8", "+08", "+08:00", "+0800" at the cursor; the offset in ticks, or null. */
  parseTimeZone(): bigint | null {
    const { str } = this;
    let sub = str.subString();
    if (sub.length !== 1) return null;
    const sign = str.value[sub.index];
    if (sign !== '+' && sign !== '-') return null;
    str.consume(sub);
    sub = str.subString();
    if (sub.type !== 'number') return null;
    let hours: number;
    let minutes = 0;
    if (sub.length === 1 || sub.length === 2) {
      hours = sub.value;
      str.consume(sub);
      sub = str.subString();
      if (sub.length === 1 && str.value[sub.index] === ':') {
        str.consume(sub);
        sub = str.subString();
        if (sub.type !== 'number' || sub.length < 1 || sub.length > 2) return null;
        minutes = sub.value;
        str.consume(sub);
      }
    } else if (sub.length === 3 || sub.length === 4) {
      hours = Math.floor(sub.value / 100);
      minutes = sub.value % 100;
      str.consume(sub);
    } else {
      return null;
    }
    if (minutes >= 60) return null;
    const ticks = BigInt(hours * 60 + minutes) * 600_000_000n;
    return sign === '-' ? -ticks : ticks;
  }

  /** `HandleTimeZone`: an offset right after a time ("10:30-08"). */
  handleTimeZone(): boolean {
    const { str, result } = this;
    if (str.index < str.length - 1) {
      let ch = str.value[str.index]!;
      let skipped = 0;
      while (isWhiteSpace(ch) && str.index + skipped < str.length - 1) {
        skipped++;
        ch = str.value[str.index + skipped]!;
      }
      if (ch === '+' || ch === '-') {
        str.index += skipped;
        if (result.has(ParseFlags.TimeZoneUsed)) return this.fail();
        result.flags |= ParseFlags.TimeZoneUsed;
        const offset = this.parseTimeZone();
        if (offset === null) return this.fail();
        result.timeZoneOffset = offset;
      }
    }
    return true;
  }

  /** `VerifyValidPunctuation`: "#1/15/2024#" (Visual Basic's date literals) and trailing NULs. */
  verifyValidPunctuation(): boolean {
    const { str } = this;
    const ch = str.value[str.index];
    if (ch === '#') {
      let foundStart = false;
      let foundEnd = false;
      for (const c of str.value) {
        if (c === '#') {
          if (foundStart) {
            if (foundEnd) return false;
            foundEnd = true;
          } else {
            foundStart = true;
          }
        } else if (c === '\0') {
          if (!foundEnd) return false;
        } else if (!isWhiteSpace(c) && (!foundStart || foundEnd)) {
          return false;
        }
      }
      if (!foundEnd) return false;
      str.next();
      return true;
    }
    if (ch === '\0') {
      for (let i = str.index; i < str.length; i++) if (str.value[i] !== '\0') return false;
      str.index = str.length;
      return true;
    }
    return false;
  }

  /** Picks between a date separator and the start of an offset for '-'. */
  dateOrOffset(
    dps: DS,
    asSeparator: DTT,
    asSpace: DTT,
    before: { indexBefore: number; charBefore: string },
  ): DTT {
    if (nextState(dps, asSeparator) === DS.ERROR && nextState(dps, asSpace) > DS.ERROR) {
      this.str.index = before.indexBefore;
      this.str.current = before.charBefore;
      return asSpace;
    }
    return asSeparator;
  }

  /** `Lex`: reads the next token into `this.token`. */
  lex(dps: DS): boolean {
    const { str, raw, result, token, culture } = this;
    token.dtt = DTT.Unk;
    const { type, value } = regularToken(str, culture);
    switch (type) {
      case TokenType.NumberToken:
      case TokenType.YearNumberToken:
        return this.lexNumber(dps, type, value);
      case TokenType.DayOfWeekToken:
        if (raw.dayOfWeek !== -1) return this.fail();
        raw.dayOfWeek = value;
        token.dtt = DTT.DayOfWeek;
        return true;
      case TokenType.MonthToken: {
        if (raw.month !== -1) return this.fail();
        const sep = separatorToken(str, culture);
        switch (sep.type) {
          case TokenType.SEP_End:
            token.dtt = DTT.MonthEnd;
            break;
          case TokenType.SEP_Space:
            token.dtt = DTT.MonthSpace;
            break;
          case TokenType.SEP_Date:
            token.dtt = DTT.MonthDatesep;
            break;
          case TokenType.SEP_DateOrOffset:
            token.dtt = this.dateOrOffset(dps, DTT.MonthDatesep, DTT.MonthSpace, sep);
            break;
          default:
            return this.fail();
        }
        raw.month = value;
        return true;
      }
      case TokenType.EraToken:
        if (result.era === -1) return this.fail();
        result.era = value;
        token.dtt = DTT.Era;
        return true;
      case TokenType.TimeZoneToken:
        if (result.has(ParseFlags.TimeZoneUsed)) return this.fail();
        token.dtt = DTT.TimeZone;
        result.flags |= ParseFlags.TimeZoneUsed | ParseFlags.TimeZoneUtc;
        result.timeZoneOffset = 0n;
        return true;
      case TokenType.EndOfString:
        token.dtt = DTT.End;
        return true;
      case TokenType.DateWordToken:
      case TokenType.IgnorableSymbol:
        return true;
      case TokenType.Am:
      case TokenType.Pm:
        if (raw.timeMark !== TM.NotSet) return this.fail();
        raw.timeMark = value as TM;
        return true;
      default:
        return this.lexUnknown();
    }
  }

  lexUnknown(): boolean {
    const { str, result } = this;
    if (isLetter(str.current)) return result.fail('UnknownWord', str.index);
    if ((str.current === '-' || str.current === '+') && !result.has(ParseFlags.TimeZoneUsed)) {
      const original = str.index;
      const offset = this.parseTimeZone();
      if (offset !== null) {
        result.flags |= ParseFlags.TimeZoneUsed;
        result.timeZoneOffset = offset;
        return true;
      }
      str.index = original;
    }
    if (this.verifyValidPunctuation()) return true;
    return this.fail();
  }

  lexNumber(dps: DS, type: number, value: number): boolean {
    const { str, raw, token, culture } = this;
    if (raw.numbers.length === 3 || value === -1) return this.fail();
    if (dps === DS.T_NNt && str.index < str.length - 1 && str.value[str.index] === '.') {
      raw.fraction = this.parseFraction().value;
    }
    if ((dps === DS.T_NNt || dps === DS.T_Nt) && str.index < str.length - 1 && !this.handleTimeZone())
      return false;
    token.num = value;
    if (type === TokenType.YearNumberToken) {
      if (raw.year !== -1) return this.fail();
      raw.year = value;
      const sep = separatorToken(str, culture);
      switch (sep.type) {
        case TokenType.SEP_End:
          token.dtt = DTT.YearEnd;
          break;
        case TokenType.SEP_Am:
        case TokenType.SEP_Pm:
          if (raw.timeMark === TM.NotSet) {
            raw.timeMark = sep.type === TokenType.SEP_Am ? TM.AM : TM.PM;
            token.dtt = DTT.YearSpace;
          } else {
            this.fail();
          }
          break;
        case TokenType.SEP_Space:
          token.dtt = DTT.YearSpace;
          break;
        case TokenType.SEP_Date:
          token.dtt = DTT.YearDateSep;
          break;
        case TokenType.SEP_DateOrOffset:
          token.dtt = this.dateOrOffset(dps, DTT.YearDateSep, DTT.YearSpace, sep);
          break;
        default:
          return this.fail();
      }
      return true;
    }
    const sep = separatorToken(str, culture);
    switch (sep.type) {
      case TokenType.SEP_End:
        token.dtt = DTT.NumEnd;
        raw.numbers.push(value);
        break;
      case TokenType.SEP_Am:
      case TokenType.SEP_Pm:
        if (raw.timeMark !== TM.NotSet) {
          this.fail();
          break;
        }
        raw.timeMark = sep.type === TokenType.SEP_Am ? TM.AM : TM.PM;
        token.dtt = DTT.NumAmpm;
        // "1/10 5 AM": modern .NET closes the date before reading the hour; .NET Framework does
        // so only when a registry switch asks for it.
        if (dps === DS.D_NN && environment().dotnet === 'core' && !this.processTerminal(DS.DX_NN))
          return false;
        raw.numbers.push(value);
        if ((dps === DS.T_NNt || dps === DS.T_Nt) && !this.handleTimeZone()) return false;
        break;
      case TokenType.SEP_Space:
        token.dtt = DTT.NumSpace;
        raw.numbers.push(value);
        break;
      case TokenType.SEP_Date:
        token.dtt = DTT.NumDatesep;
        raw.numbers.push(value);
        break;
      case TokenType.SEP_DateOrOffset:
        token.dtt = this.dateOrOffset(dps, DTT.NumDatesep, DTT.NumSpace, sep);
        raw.numbers.push(value);
        break;
      case TokenType.SEP_Time:
        token.dtt = DTT.NumTimesep;
        raw.numbers.push(value);
        break;
      case TokenType.SEP_LocalTimeMark:
        token.dtt = DTT.NumLocalTimeMark;
        raw.numbers.push(value);
        break;
      default:
        return this.fail();
    }
    return true;
  }

  /** `ParseDigits(str, 2)`: exactly two digits after the cursor. */
  twoDigits(): number | null {
    const { str } = this;
    const start = str.index;
    let value = 0;
    let length = 0;
    while (length < 2) {
      if (!str.nextDigit()) {
        str.index--;
        break;
      }
      value = value * 10 + str.digit();
      length++;
    }
    if (length < 2) {
      str.index = start;
      return null;
    }
    return value;
  }

  /** `ParseISO8601`: the time after "yyyy-MM-ddT". */
  parseIso8601(): boolean {
    const { str, raw, result } = this;
    str.index--;
    let second = 0;
    let fraction = 0;
    str.skipWhiteSpaces();
    const hour = this.twoDigits();
    if (hour === null) return this.fail();
    str.skipWhiteSpaces();
    if (!str.matchChar(':')) return this.fail();
    str.skipWhiteSpaces();
    const minute = this.twoDigits();
    if (minute === null) return this.fail();
    str.skipWhiteSpaces();
    if (str.matchChar(':')) {
      str.skipWhiteSpaces();
      const s = this.twoDigits();
      if (s === null) return this.fail();
      second = s;
      if (str.matchChar('.')) {
        const parsed = this.parseFraction();
        if (parsed.digits === 0) return this.fail();
        fraction = parsed.value;
        str.index--;
      }
      str.skipWhiteSpaces();
    }
    if (str.next()) {
      const ch = str.char();
      if (ch === '+' || ch === '-') {
        result.flags |= ParseFlags.TimeZoneUsed;
        const offset = this.parseTimeZone();
        if (offset === null) return this.fail();
        result.timeZoneOffset = offset;
      } else if (ch === 'Z' || ch === 'z') {
        result.flags |= ParseFlags.TimeZoneUsed | ParseFlags.TimeZoneUtc;
        result.timeZoneOffset = 0n;
      } else {
        str.index--;
      }
      str.skipWhiteSpaces();
      if (str.matchChar('#')) {
        if (!this.verifyValidPunctuation()) return this.fail();
        str.skipWhiteSpaces();
      }
      if (str.matchChar('\0') && !this.verifyValidPunctuation()) return this.fail();
      if (str.next()) return this.fail();
    }
    const ticks = tryToTicks(raw.year, raw.numbers[0]!, raw.numbers[1]!, hour, minute, second);
    if (ticks === null) return result.fail('BadDateTimeCalendar');
    result.parsed = new DateTime(withFraction(ticks, fraction), DateTimeKind.Unspecified);
    return determineTimeZoneAdjustments(result, this.styles, false);
  }

  /** `TryParse`: the whole parse. */
  run(): boolean {
    const { str, raw, result, token } = this;
    result.era = 0;
    str.next();
    let dps: DS = DS.BEGIN;
    let reachedTerminal = false;
    do {
      if (!this.lex(dps)) return false;
      if (token.dtt === DTT.Unk) continue;
      if (token.dtt === DTT.NumLocalTimeMark) {
        if (dps === DS.D_YNd || dps === DS.D_YN) return this.parseIso8601();
        return this.fail();
      }
      dps = nextState(dps, token.dtt);
      if (dps === DS.ERROR) return this.fail();
      if (dps > DS.ERROR) {
        if (!this.processTerminal(dps)) return false;
        reachedTerminal = true;
        dps = DS.BEGIN;
      }
    } while (token.dtt !== DTT.End && token.dtt !== DTT.NumEnd && token.dtt !== DTT.MonthEnd);
    if (!reachedTerminal) return this.fail();
    if (!adjustHour(result, raw.timeMark)) return this.fail();
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
    const time = new DateTime(withFraction(ticks, raw.fraction), DateTimeKind.Unspecified);
    if (raw.dayOfWeek !== -1 && raw.dayOfWeek !== time.dayOfWeek) return result.fail('BadDayOfWeek');
    result.parsed = time;
    return determineTimeZoneAdjustments(result, this.styles, timeOnly);
  }
}

/** `AdjustHour`: applies AM or PM to the hour read. */
function adjustHour(result: ParseResult, timeMark: TM): boolean {
  if (timeMark === TM.NotSet) return true;
  if (timeMark === TM.AM) {
    if (result.hour < 0 || result.hour > 12) return false;
    if (result.hour === 12) result.hour = 0;
  } else {
    if (result.hour < 0 || result.hour > 23) return false;
    if (result.hour < 12) result.hour += 12;
  }
  return true;
}

/**
 * Parses `input` as `DateTime.Parse` does; `captureOffset` for DateTimeOffset. The result holds
 * the parsed DateTime (and the offset), or the failure.
 */
export function parseDateTimeText(
  input: string | null,
  culture: DateCulture,
  styles: number,
  captureOffset: boolean,
): ParseResult {
  const result = new ParseResult(input ?? '');
  if (captureOffset) result.flags |= ParseFlags.CaptureOffset;
  if (input === null) {
    result.fail('ArgumentNull');
    return result;
  }
  if (input === '') {
    result.fail('BadDateTime');
    return result;
  }
  const ok = new Parser(result, culture, styles).run();
  if (ok) result.failure = null;
  else if (result.failure === null) result.fail('BadDateTime');
  return result;
}
