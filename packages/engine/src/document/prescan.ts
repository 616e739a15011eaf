import { findExpressionEnd } from '@apim-policy/expressions';
import { decodeReferences } from './decode.js';

/** An expression found before XML reading: its file range. */
export interface ExpressionSpan {
  readonly start: number;
  readonly end: number;
}

/** An `@(`/`@{` standing where an expression can stand whose brackets never balance. */
export interface UnterminatedExpression {
  readonly start: number;
  readonly open: '(' | '{';
}

export interface Prescan {
  /**
   * The file with each expression replaced by a placeholder of the same length (`_` for every
   * character but line breaks and blanks), so that it reads as XML while every offset, line and
   * column stays that of the file.
   */
  readonly masked: string;
  readonly spans: readonly ExpressionSpan[];
  readonly unterminated: readonly UnterminatedExpression[];
}

/**
 * Finds every `@(...)`/`@{...}` that opens an attribute value or element content, raw (APIM's
 * "rawxml" form, with unescaped `"`, `<`, `&&`) or XML-escaped, and masks it. The text is decoded
 * first, so the bracket matching of `findExpressionEnd` sees the C# as the compiler will: strings,
 * verbatim and interpolated strings, characters and comments are skipped. XML comments are left
 * alone.
 */
export function prescan(source: string): Prescan {
  const decoded = decodeReferences(source, 0, source.length);
  const comments = commentRanges(source);
  const spans: ExpressionSpan[] = [];
  const unterminated: UnterminatedExpression[] = [];
  const pattern = /@[({]/g;
  const text = decoded.text;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const at = match.index;
    const fileStart = decoded.offsets[at]!;
    if (!opensValue(text, at) || inRanges(comments, fileStart)) continue;
    const end = findExpressionEnd(text, at);
    if (end < 0) {
      unterminated.push({ start: fileStart, open: text[at + 1] === '{' ? '{' : '(' });
      continue;
    }
    spans.push({ start: fileStart, end: decoded.offsets[end]! });
    pattern.lastIndex = end;
  }
  return { masked: mask(source, spans), spans, unterminated };
}

/** `source` with every character of the spans but blanks and line breaks replaced by `_`. */
function mask(source: string, spans: readonly ExpressionSpan[]): string {
  if (spans.length === 0) return source;
  const parts: string[] = [];
  let at = 0;
  for (const span of spans) {
    parts.push(
      source.slice(at, span.start),
      source.slice(span.start, span.end).replace(/\S+/g, (run) => '_'.repeat(run.length)),
    );
    at = span.end;
  }
  parts.push(source.slice(at));
  return parts.join('');
}

/** Whether `@` at `at` opens a value: after a quote that follows `=`, or after `>` or `<![CDATA[`. */
function opensValue(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
  const c = text[i];
  if (c === '>' || text.endsWith('<![CDATA[', i + 1)) return true;
  if (c !== '"' && c !== "'") return false;
  let j = i - 1;
  while (j >= 0 && isBlank(text.charCodeAt(j))) j--;
  return text[j] === '=';
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** `[start, end)` ranges of the XML comments of `source`. */
export function commentRanges(source: string): [number, number][] {
  const ranges: [number, number][] = [];
  let at = source.indexOf('<!--');
  while (at >= 0) {
    const close = source.indexOf('-->', at + 4);
    const end = close < 0 ? source.length : close + 3;
    ranges.push([at, end]);
    at = source.indexOf('<!--', end);
  }
  return ranges;
}

function inRanges(ranges: readonly [number, number][], offset: number): boolean {
  return ranges.some(([from, to]) => offset >= from && offset < to);
}
