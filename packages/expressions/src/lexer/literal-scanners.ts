import { isNewline } from './characters.js';

/**
 * Scanners that find where a C# literal or comment ends. They only find extents; the values
 * (escapes, doubled quotes) are decoded by `syntax/literal-values.ts`, which also reports bad
 * escapes. Every scanner accepts any input and never reads past `text.length`.
 */

export type Unterminated = 'newline' | 'end';

export interface LiteralExtent {
  /** Offset just after the literal (at the line break or the end when unterminated). */
  end: number;
  /** Why the literal did not end with its closing delimiter, or null if it did. */
  unterminated: Unterminated | null;
}

/** A regular `"..."` string or a `'...'` character literal, starting at its opening quote. */
export function scanQuoted(text: string, start: number, quote: '"' | "'"): LiteralExtent {
  const q = quote.charCodeAt(0);
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === q) return { end: i + 1, unterminated: null };
    if (isNewline(c)) return { end: i, unterminated: 'newline' };
    if (c === 0x5c /* \ */ && i + 1 < text.length && !isNewline(text.charCodeAt(i + 1))) i += 2;
    else i += 1;
  }
  return { end: text.length, unterminated: 'end' };
}

/** A verbatim `@"..."` string, starting at the `@`. */
export function scanVerbatim(text: string, start: number): LiteralExtent {
  let i = start + 2;
  while (i < text.length) {
    if (text.charCodeAt(i) === 0x22) {
      if (text.charCodeAt(i + 1) === 0x22) i += 2;
      else return { end: i + 1, unterminated: null };
    } else {
      i += 1;
    }
  }
  return { end: text.length, unterminated: 'end' };
}

/** Number of consecutive `char`s at `start`. */
export function runLength(text: string, start: number, char: number): number {
  let i = start;
  while (text.charCodeAt(i) === char) i++;
  return i - start;
}

/**
 * A raw string `"""..."""` (C# 11), starting at its first quote. It ends at the first run of at
 * least as many quotes as opened it.
 */
export function scanRaw(text: string, start: number): LiteralExtent & { quotes: number } {
  const quotes = runLength(text, start, 0x22);
  let i = start + quotes;
  while (i < text.length) {
    if (text.charCodeAt(i) === 0x22) {
      const run = runLength(text, i, 0x22);
      if (run >= quotes) return { end: i + run, unterminated: null, quotes };
      i += run;
    } else {
      i += 1;
    }
  }
  return { end: text.length, unterminated: 'end', quotes };
}

/** A `/* ... *\/` comment, starting at the `/`. */
export function scanBlockComment(text: string, start: number): LiteralExtent {
  const close = text.indexOf('*/', start + 2);
  return close < 0 ? { end: text.length, unterminated: 'end' } : { end: close + 2, unterminated: null };
}

/** A `// ...` comment, starting at the first `/`; it ends before the line break. */
export function scanLineComment(text: string, start: number): number {
  let i = start + 2;
  while (i < text.length && !isNewline(text.charCodeAt(i))) i++;
  return i;
}
