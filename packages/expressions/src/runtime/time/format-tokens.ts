import { format as formatError } from '../exceptions.js';

/** How many times the character at `index` repeats from there (`ParseRepeatPattern`). */
export function repeatCount(format: string, index: number): number {
  const ch = format[index];
  let end = index + 1;
  while (end < format.length && format[end] === ch) end++;
  return end - index;
}

/**
 * The text of a quoted literal starting at `index` (a `'` or `"`), with backslash escapes
 * resolved, and the length it takes in the format including both quotes (`ParseQuoteString`).
 * Returns null when the quote is not closed or a backslash ends the format.
 */
export function tryParseQuotedLiteral(
  format: string,
  index: number,
): { text: string; length: number } | null {
  const quote = format[index];
  let text = '';
  let pos = index + 1;
  while (pos < format.length) {
    const ch = format[pos++]!;
    if (ch === quote) return { text, length: pos - index };
    if (ch === '\\') {
      if (pos >= format.length) return null;
      text += format[pos++];
    } else {
      text += ch;
    }
  }
  return null;
}

/** As `tryParseQuotedLiteral`, throwing .NET's FormatException when the literal is malformed. */
export function parseQuotedLiteral(format: string, index: number): { text: string; length: number } {
  const quote = format[index]!;
  const parsed = tryParseQuotedLiteral(format, index);
  if (parsed !== null) return parsed;
  // A backslash at the very end is "Input string was not in a correct format."; a quote left
  // open names the quote character.
  let pos = index + 1;
  while (pos < format.length) {
    const ch = format[pos++];
    if (ch === '\\') {
      if (pos >= format.length) throw formatError();
      pos++;
    }
  }
  throw formatError(`Cannot find a matching quote character for the character '${quote}'.`);
}
