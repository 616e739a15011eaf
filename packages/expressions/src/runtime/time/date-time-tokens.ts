import type { DateCulture } from './culture.js';
import { type DTString, equalsIgnoreCase, isDigit, isLetter, isWhiteSpace } from './dt-string.js';

/**
 * The words and symbols `DateTime.Parse` recognises (.NET's `TokenType` and the token table of
 * `DateTimeFormatInfo`). A token carries a regular type (low byte) and a separator type (high
 * byte); the lexer asks for one or the other.
 */
export const TokenType = {
  NumberToken: 1,
  YearNumberToken: 2,
  Am: 3,
  Pm: 4,
  MonthToken: 5,
  EndOfString: 6,
  DayOfWeekToken: 7,
  TimeZoneToken: 8,
  EraToken: 9,
  DateWordToken: 10,
  UnknownToken: 11,
  IgnorableSymbol: 15,
  SEP_Unk: 0x100,
  SEP_End: 0x200,
  SEP_Space: 0x300,
  SEP_Am: 0x400,
  SEP_Pm: 0x500,
  SEP_Date: 0x600,
  SEP_Time: 0x700,
  SEP_LocalTimeMark: 0xe00,
  SEP_DateOrOffset: 0xf00,
  RegularTokenMask: 0x00ff,
  SeparatorTokenMask: 0xff00,
} as const;

interface TokenEntry {
  readonly text: string;
  type: number;
  value: number;
}

const tables = new Map<string, TokenEntry[]>();

/** `CreateTokenHashTable` for the cultures modelled (no CJK suffixes or date words). */
function tableOf(culture: DateCulture): TokenEntry[] {
  let table = tables.get(culture.name);
  if (table !== undefined) return table;
  const entries: TokenEntry[] = [];
  const insert = (text: string, type: number, value: number) => {
    const trimmed = text.trim();
    if (trimmed === '') return;
    const existing = entries.find((e) => equalsIgnoreCase(e.text, trimmed));
    if (existing === undefined) {
      entries.push({ text: trimmed, type, value });
      return;
    }
    const regular = TokenType.RegularTokenMask;
    const separator = TokenType.SeparatorTokenMask;
    if (
      ((existing.type & regular) === 0 && (type & regular) !== 0) ||
      ((existing.type & separator) === 0 && (type & separator) !== 0)
    ) {
      existing.type |= type;
      if (value !== 0) existing.value = value;
    }
  };
  insert(',', TokenType.IgnorableSymbol, 0);
  insert('.', TokenType.IgnorableSymbol, 0);
  insert(culture.timeSeparator, TokenType.SEP_Time, 0);
  insert(culture.amDesignator, TokenType.SEP_Am | TokenType.Am, 0);
  insert(culture.pmDesignator, TokenType.SEP_Pm | TokenType.Pm, 1);
  insert('-', TokenType.SEP_DateOrOffset, 0);
  insert(culture.dateSeparator, TokenType.SEP_Date, 0);
  for (let i = 0; i < 12; i++) {
    insert(culture.monthNames[i]!, TokenType.MonthToken, i + 1);
    insert(culture.abbreviatedMonthNames[i]!, TokenType.MonthToken, i + 1);
  }
  for (let i = 0; i < 7; i++) {
    insert(culture.dayNames[i]!, TokenType.DayOfWeekToken, i);
    insert(culture.abbreviatedDayNames[i]!, TokenType.DayOfWeekToken, i);
  }
  insert(culture.eraName, TokenType.EraToken, 1);
  insert(culture.abbreviatedEraName, TokenType.EraToken, 1);
  insert('AD', TokenType.EraToken, 1);
  insert('T', TokenType.SEP_LocalTimeMark, 0);
  insert('GMT', TokenType.TimeZoneToken, 0);
  insert('Z', TokenType.TimeZoneToken, 0);
  insert('/', TokenType.SEP_Date, 0);
  insert(':', TokenType.SEP_Time, 0);
  // .NET's table keeps a longer token ahead of a shorter one with the same beginning.
  entries.sort((a, b) => b.text.length - a.text.length);
  table = entries;
  tables.set(culture.name, table);
  return table;
}

/**
 * `DateTimeFormatInfo.Tokenize`: the token of the requested kind at the cursor, advancing over
 * it. A token that starts with a letter must end the word.
 */
export function tokenize(
  str: DTString,
  culture: DateCulture,
  mask: number,
): { type: number; value: number } | null {
  const start = str.index;
  const letter = isLetter(str.current);
  const remaining = str.length - start;
  for (const entry of tableOf(culture)) {
    if ((entry.type & mask) === 0 || entry.text.length > remaining) continue;
    if (letter && isLetter(str.value[start + entry.text.length])) continue;
    if (!equalsIgnoreCase(str.value.slice(start, start + entry.text.length), entry.text)) continue;
    str.advance(entry.text.length);
    return { type: entry.type & mask, value: entry.value };
  }
  return null;
}

/** `GetRegularToken`: a number (with its value), a word, or the end. */
export function regularToken(str: DTString, culture: DateCulture): { type: number; value: number } {
  if (str.index >= str.length) return { type: TokenType.EndOfString, value: 0 };
  for (;;) {
    if (isDigit(str.current)) {
      let value = str.current.charCodeAt(0) - 48;
      const start = str.index;
      while (++str.index < str.length) {
        str.current = str.value[str.index]!;
        const digit = str.current.charCodeAt(0) - 48;
        if (digit >= 0 && digit <= 9) value = value * 10 + digit;
        else break;
      }
      const length = str.index - start;
      if (length > 8) return { type: TokenType.NumberToken, value: -1 };
      return { type: length < 3 ? TokenType.NumberToken : TokenType.YearNumberToken, value };
    }
    if (isWhiteSpace(str.current)) {
      let found = false;
      while (++str.index < str.length) {
        str.current = str.value[str.index]!;
        if (!isWhiteSpace(str.current)) {
          found = true;
          break;
        }
      }
      if (!found) return { type: TokenType.EndOfString, value: 0 };
      continue;
    }
    return tokenize(str, culture, TokenType.RegularTokenMask) ?? { type: TokenType.UnknownToken, value: 0 };
  }
}

/** `GetSeparatorToken`: what follows a number or a month name. */
export function separatorToken(
  str: DTString,
  culture: DateCulture,
): { type: number; indexBefore: number; charBefore: string } {
  const indexBefore = str.index;
  const charBefore = str.current;
  if (!str.skipWhiteSpaceCurrent()) return { type: TokenType.SEP_End, indexBefore, charBefore };
  if (isDigit(str.current)) return { type: TokenType.SEP_Space, indexBefore, charBefore };
  const token = tokenize(str, culture, TokenType.SeparatorTokenMask);
  return { type: token?.type ?? TokenType.SEP_Space, indexBefore, charBefore };
}
