import type { Problem } from '../diagnostics/problem.js';
import { isNewline, isWhitespace } from '../lexer/characters.js';

/**
 * The layout of a C# 11 raw string: a single-line one keeps its content; a multi-line one drops
 * its first and last lines and the closing line's indentation from every line.
 */
export interface RawLayout {
  multiLine: boolean;
  /** Whitespace before the closing quotes of a multi-line raw string. */
  indentation: string;
}

const isBlank = (text: string) => [...text].every((char) => isWhitespace(char.charCodeAt(0)));

/** Offsets of the first and the last line break in `text[start, end)`, or -1. */
function lineBreaks(text: string, start: number, end: number): [number, number] {
  let first = -1;
  let last = -1;
  for (let i = start; i < end; i++) {
    if (isNewline(text.charCodeAt(i))) {
      if (first < 0) first = i;
      last = i;
    }
  }
  return [first, last];
}

/**
 * Works out the layout of raw content `text[start, end)`, checking the first and last lines of a
 * multi-line raw string. Problems are reported at `[reportStart, reportEnd)`.
 */
export function rawLayout(
  text: string,
  start: number,
  end: number,
  problems: Problem[],
  report: readonly [number, number],
): RawLayout {
  const [first, last] = lineBreaks(text, start, end);
  if (first < 0) return { multiLine: false, indentation: '' };
  const problem = (reason: string) =>
    problems.push({ code: 'invalid-raw-string', start: report[0], end: report[1], data: { reason } });
  if (!isBlank(text.slice(start, first))) problem('a multi-line raw string must start with a line break');
  const indentation = text.slice(last + 1, end);
  if (!isBlank(indentation)) problem('the closing quotes of a multi-line raw string must start a line');
  return { multiLine: true, indentation: isBlank(indentation) ? indentation : '' };
}

/** Removes `indentation` after every line break of `value`; blank lines become empty. */
function dedent(value: string, indentation: string): string {
  if (indentation === '') return value;
  const parts = value.split(/(\r\n|[\r\n\u0085\u2028\u2029])/);
  for (let i = 2; i < parts.length; i += 2) {
    const line = parts[i]!;
    if (line.startsWith(indentation)) parts[i] = line.slice(indentation.length);
    else if (isBlank(line) && i + 1 < parts.length) parts[i] = '';
  }
  return parts.join('');
}

const leadingLine = /^[^\r\n\u0085\u2028\u2029]*(\r\n|[\r\n\u0085\u2028\u2029])/;
const trailingLine = /(\r\n|[\r\n\u0085\u2028\u2029])[^\r\n\u0085\u2028\u2029]*$/;

/**
 * Applies a raw layout to one piece of content. `isFirst`/`isLast` say whether the piece begins
 * or ends the whole content (an interpolated raw string has several pieces between holes).
 */
export function applyRawLayout(piece: string, layout: RawLayout, isFirst: boolean, isLast: boolean): string {
  if (!layout.multiLine) return piece;
  let value = piece;
  if (isFirst) value = value.replace(leadingLine, '');
  if (isFirst && value.startsWith(layout.indentation)) value = value.slice(layout.indentation.length);
  if (isLast) value = value.replace(trailingLine, '');
  return dedent(value, layout.indentation);
}
