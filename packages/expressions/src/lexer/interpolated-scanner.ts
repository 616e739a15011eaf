import type { StringKind } from '../ast/expressions.js';
import { isNewline } from './characters.js';
import {
  runLength,
  scanBlockComment,
  scanLineComment,
  scanQuoted,
  scanRaw,
  scanVerbatim,
  type Unterminated,
} from './literal-scanners.js';

const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const BACKSLASH = 0x5c;
const DOLLAR = 0x24;
const AT = 0x40;
const SLASH = 0x2f;
const STAR = 0x2a;
const COMMA = 0x2c;
const COLON = 0x3a;
const LBRACE = 0x7b;
const RBRACE = 0x7d;

/** One `{...}` hole of an interpolated string; all offsets are into the scanned text. */
export interface HoleExtent {
  /** Offset of the brace that opens the hole. */
  open: number;
  expressionStart: number;
  expressionEnd: number;
  /** The text after `,` (alignment), or null. */
  alignment: readonly [number, number] | null;
  /** The text after `:` (format), or null. */
  format: readonly [number, number] | null;
  /** Offset just after the closing brace(s), or where scanning stopped. */
  end: number;
  terminated: boolean;
}

export interface InterpolatedLexError {
  code: 'unescaped-close-brace' | 'unterminated-interpolation' | 'invalid-raw-string';
  start: number;
  end: number;
  reason?: string;
}

/** The extent and structure of an interpolated string literal. */
export interface InterpolatedExtent {
  kind: StringKind;
  /** The `$` and `@` characters before the quotes. */
  prefix: string;
  /** Braces needed to open a hole: 1, or the number of `$` of a raw string. */
  dollars: number;
  /** Quotes that delimit the string: 1, or 3 and more for raw strings. */
  quotes: number;
  contentStart: number;
  contentEnd: number;
  end: number;
  unterminated: Unterminated | null;
  holes: HoleExtent[];
  errors: InterpolatedLexError[];
}

interface ScanContext {
  kind: StringKind;
  dollars: number;
  quotes: number;
  /** Stop a hole at a line break: the second pass for a regular string that did not end. */
  stopAtNewline: boolean;
}

/**
 * Scans an interpolated string (`$"..."`, `$@"..."`, `@$"..."`, `$"""..."""`) starting at `start`.
 * Returns null when no interpolated string starts there.
 */
export function scanInterpolated(text: string, start: number): InterpolatedExtent | null {
  let i = start;
  let verbatim = false;
  if (text.charCodeAt(i) === AT) {
    verbatim = true;
    i++;
  }
  const dollars = runLength(text, i, DOLLAR);
  if (dollars === 0) return null;
  i += dollars;
  if (!verbatim && text.charCodeAt(i) === AT) {
    verbatim = true;
    i++;
  }
  if (text.charCodeAt(i) !== QUOTE) return null;
  const prefix = text.slice(start, i);
  const quoteRun = runLength(text, i, QUOTE);
  const raw = !verbatim && quoteRun >= 3;
  const kind: StringKind = raw ? 'raw' : verbatim ? 'verbatim' : 'regular';
  const quotes = raw ? quoteRun : 1;
  const context: ScanContext = { kind, dollars: raw ? dollars : 1, quotes, stopAtNewline: false };
  const first = scanContent(text, i + quotes, context);
  const scan =
    kind === 'regular' && first.unterminated === 'end'
      ? scanContent(text, i + quotes, { ...context, stopAtNewline: true })
      : first;
  if (!raw && dollars > 1) {
    scan.errors.unshift({
      code: 'invalid-raw-string',
      start,
      end: start + dollars,
      reason: "several '$' are only allowed before a raw string literal",
    });
  }
  return { kind, prefix, dollars: raw ? dollars : 1, quotes, contentStart: i + quotes, ...scan };
}

interface ContentScan {
  contentEnd: number;
  end: number;
  unterminated: Unterminated | null;
  holes: HoleExtent[];
  errors: InterpolatedLexError[];
}

function scanContent(text: string, contentStart: number, context: ScanContext): ContentScan {
  const { kind, dollars, quotes } = context;
  const holes: HoleExtent[] = [];
  const errors: InterpolatedLexError[] = [];
  const finish = (contentEnd: number, end: number, unterminated: Unterminated | null): ContentScan => ({
    contentEnd,
    end,
    unterminated,
    holes,
    errors,
  });
  let i = contentStart;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      if (kind === 'regular') return finish(i, i + 1, null);
      if (kind === 'verbatim') {
        if (text.charCodeAt(i + 1) === QUOTE) {
          i += 2;
          continue;
        }
        return finish(i, i + 1, null);
      }
      const run = runLength(text, i, QUOTE);
      if (run >= quotes) return finish(i, i + run, null);
      i += run;
      continue;
    }
    if (kind === 'regular') {
      if (c === BACKSLASH) {
        i += i + 1 < text.length && !isNewline(text.charCodeAt(i + 1)) ? 2 : 1;
        continue;
      }
      if (isNewline(c)) return finish(i, i, 'newline');
    }
    if (c === LBRACE) {
      const run = runLength(text, i, LBRACE);
      if (kind !== 'raw' && run >= 2) {
        i += 2;
        continue;
      }
      if (kind === 'raw' && run < dollars) {
        i += run;
        continue;
      }
      if (kind === 'raw' && run >= 2 * dollars) {
        errors.push({
          code: 'invalid-raw-string',
          start: i,
          end: i + run,
          reason: "too many '{' characters in a row for the number of '$'",
        });
      }
      const open = kind === 'raw' ? i + run - dollars : i;
      const hole = scanHole(text, open, open + dollars, context);
      holes.push(hole);
      if (!hole.terminated) {
        errors.push({ code: 'unterminated-interpolation', start: open, end: hole.end });
        return finish(hole.end, hole.end, isNewline(text.charCodeAt(hole.end)) ? 'newline' : 'end');
      }
      i = hole.end;
      continue;
    }
    if (c === RBRACE) {
      const run = runLength(text, i, RBRACE);
      if (kind !== 'raw') {
        if (run >= 2) {
          i += 2;
          continue;
        }
        errors.push({ code: 'unescaped-close-brace', start: i, end: i + 1 });
        i += 1;
        continue;
      }
      if (run >= dollars) errors.push({ code: 'unescaped-close-brace', start: i, end: i + run });
      i += run;
      continue;
    }
    i += 1;
  }
  return finish(text.length, text.length, 'end');
}

function scanHole(text: string, open: number, start: number, context: ScanContext): HoleExtent {
  let depth = 0;
  let expressionEnd = -1;
  let alignmentStart = -1;
  let i = start;
  const close = (at: number, format: readonly [number, number] | null): HoleExtent => {
    const closeLength = context.kind === 'raw' ? Math.min(context.dollars, runLength(text, at, RBRACE)) : 1;
    return {
      open,
      expressionStart: start,
      expressionEnd: expressionEnd < 0 ? at : expressionEnd,
      alignment: alignmentStart < 0 ? null : [alignmentStart, format === null ? at : format[0] - 1],
      format,
      end: at + closeLength,
      terminated: true,
    };
  };
  const unterminated = (at: number): HoleExtent => ({
    open,
    expressionStart: start,
    expressionEnd: expressionEnd < 0 ? at : expressionEnd,
    alignment: alignmentStart < 0 ? null : [alignmentStart, at],
    format: null,
    end: at,
    terminated: false,
  });
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (context.stopAtNewline && isNewline(c)) return unterminated(i);
    if (depth === 0) {
      if (c === RBRACE) return close(i, null);
      if (c === COMMA && expressionEnd < 0) {
        expressionEnd = i;
        alignmentStart = i + 1;
        i += 1;
        continue;
      }
      if (c === COLON) {
        if (text.charCodeAt(i + 1) === COLON) {
          i += 2;
          continue;
        }
        if (expressionEnd < 0) expressionEnd = i;
        const formatEnd = scanFormat(text, i + 1, context);
        if (formatEnd.closed) return close(formatEnd.end, [i + 1, formatEnd.end]);
        return { ...unterminated(formatEnd.end), alignment: alignmentStart < 0 ? null : [alignmentStart, i] };
      }
    }
    if (c === 0x28 || c === 0x5b || c === LBRACE) {
      depth++;
      i++;
      continue;
    }
    if (c === 0x29 || c === 0x5d || c === RBRACE) {
      if (depth > 0) depth--;
      i++;
      continue;
    }
    const skipped = skipNested(text, i);
    i = skipped >= 0 ? skipped : i + 1;
  }
  return unterminated(text.length);
}

/** Scans a format specifier up to the `}` that closes its hole. */
function scanFormat(text: string, start: number, context: ScanContext): { end: number; closed: boolean } {
  let i = start;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === RBRACE) return { end: i, closed: true };
    if (context.kind === 'regular') {
      if (c === QUOTE || isNewline(c)) return { end: i, closed: false };
      if (c === BACKSLASH && i + 1 < text.length) {
        i += 2;
        continue;
      }
    } else if (c === QUOTE) {
      if (context.kind === 'verbatim' && text.charCodeAt(i + 1) === QUOTE) {
        i += 2;
        continue;
      }
      return { end: i, closed: false };
    }
    i += 1;
  }
  return { end: text.length, closed: false };
}

/**
 * If a literal or comment starts at `i`, returns the offset after it; otherwise -1. Used inside
 * holes so that brackets and quotes in nested strings do not count.
 */
export function skipNested(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  if (c === QUOTE) {
    if (next === QUOTE && text.charCodeAt(i + 2) === QUOTE) return scanRaw(text, i).end;
    return scanQuoted(text, i, '"').end;
  }
  if (c === APOSTROPHE) return scanQuoted(text, i, "'").end;
  if (c === AT && next === QUOTE) return scanVerbatim(text, i).end;
  if (c === DOLLAR || (c === AT && next === DOLLAR)) {
    const nested = scanInterpolated(text, i);
    return nested === null ? -1 : nested.end;
  }
  if (c === SLASH && next === SLASH) return scanLineComment(text, i);
  if (c === SLASH && next === STAR) return scanBlockComment(text, i).end;
  return -1;
}
