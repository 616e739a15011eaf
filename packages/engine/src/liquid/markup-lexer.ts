import { LiquidDecimal } from './values.js';

export type MarkupTokenKind = 'identifier' | 'number' | 'string' | 'symbol';

/** A token of the markup inside `{{ }}` or `{% %}`, at its offsets in the template. */
export interface MarkupToken {
  readonly kind: MarkupTokenKind;
  /** As written (for a string, with its quotes). */
  readonly text: string;
  /** A string's content, or a number's value (a decimal when written with a decimal point). */
  readonly value: unknown;
  readonly start: number;
  readonly end: number;
}

/** A problem found while splitting markup into tokens. */
export class MarkupError extends Error {
  constructor(
    message: string,
    readonly start: number,
    readonly end: number,
  ) {
    super(message);
  }
}

const SPACE = /[ \t\r\n\f\v]+/y;
/** Liquid names: letters, digits, `_` and `-`, optionally ending in `?`. */
const IDENTIFIER = /[A-Za-z_][\w-]*\??/y;
const NUMBER = /-?\d+(?:\.\d+)?/y;
const SYMBOL = /==|!=|<>|<=|>=|\.\.|[<>.[\]()|:,=]/y;

function matchAt(pattern: RegExp, text: string, at: number): string | null {
  pattern.lastIndex = at;
  const match = pattern.exec(text);
  return match === null ? null : match[0];
}

/**
 * Splits markup into names, numbers, quoted strings ('…' or "…", without escapes, as in Liquid)
 * and symbols. `base` is the offset of the markup in the template.
 */
export function lexMarkup(markup: string, base: number): MarkupToken[] {
  const tokens: MarkupToken[] = [];
  let at = 0;
  while (at < markup.length) {
    const space = matchAt(SPACE, markup, at);
    if (space !== null) {
      at += space.length;
      continue;
    }
    const start = base + at;
    const c = markup[at]!;
    if (c === '"' || c === "'") {
      const close = markup.indexOf(c, at + 1);
      if (close < 0) throw new MarkupError('This string has no closing quote.', start, base + markup.length);
      const text = markup.slice(at, close + 1);
      tokens.push({ kind: 'string', text, value: text.slice(1, -1), start, end: start + text.length });
      at = close + 1;
      continue;
    }
    const number = matchAt(NUMBER, markup, at);
    if (number !== null) {
      const value = number.includes('.') ? new LiquidDecimal(Number(number)) : Number(number);
      tokens.push({ kind: 'number', text: number, value, start, end: start + number.length });
      at += number.length;
      continue;
    }
    const identifier = matchAt(IDENTIFIER, markup, at);
    if (identifier !== null) {
      tokens.push({
        kind: 'identifier',
        text: identifier,
        value: identifier,
        start,
        end: start + identifier.length,
      });
      at += identifier.length;
      continue;
    }
    const symbol = matchAt(SYMBOL, markup, at);
    if (symbol !== null) {
      tokens.push({ kind: 'symbol', text: symbol, value: symbol, start, end: start + symbol.length });
      at += symbol.length;
      continue;
    }
    const char = String.fromCodePoint(markup.codePointAt(at)!);
    throw new MarkupError(`Unexpected character '${char}'.`, start, start + char.length);
  }
  return tokens;
}
