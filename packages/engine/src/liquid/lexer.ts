import type { DiagnosticSink } from './diagnostics.js';

/** Template text between tags, already trimmed by any neighbouring `-` whitespace control. */
export interface TextToken {
  readonly kind: 'text';
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/** `{{ markup }}`. */
export interface OutputToken {
  readonly kind: 'output';
  readonly markup: string;
  readonly markupStart: number;
  readonly start: number;
  readonly end: number;
}

/** `{% name markup %}`; `raw` and `comment` blocks never reach the parser as tags. */
export interface TagToken {
  readonly kind: 'tag';
  readonly name: string;
  readonly nameStart: number;
  readonly nameEnd: number;
  readonly markup: string;
  readonly markupStart: number;
  readonly start: number;
  readonly end: number;
}

export type TemplateToken = TextToken | OutputToken | TagToken;

/** Liquid's white space for `-` trimming: Ruby's `\s`. */
const LEADING_SPACE = /^[ \t\r\n\f\v]+/;
const TRAILING_SPACE = /[ \t\r\n\f\v]+$/;
const TAG_NAME = /[ \t\r\n\f\v]*([A-Za-z_]\w*|#)/y;
const END_RAW = /\{%-?[ \t\r\n\f\v]*endraw[ \t\r\n\f\v]*-?%\}/g;
const COMMENT_TAG = /\{%-?[ \t\r\n\f\v]*(comment|endcomment)\b.*?(-?)%\}/gs;

interface Delimited {
  readonly start: number;
  readonly end: number;
  /** The text between the delimiters and their `-` markers. */
  readonly innerStart: number;
  readonly innerEnd: number;
  readonly trimLeft: boolean;
  readonly trimRight: boolean;
}

/**
 * Splits a template into text, `{{ }}` outputs and `{% %}` tags, as Liquid's tokenizer does:
 * an output ends at the first `}}` and a tag at the first `%}`, quotes or not. Applies whitespace
 * control (`{{-`, `-}}`, `{%-`, `-%}` strip the white space, line breaks included, on their side)
 * and reads `raw` and `comment` blocks: a raw block's body is text as written, a comment's is
 * dropped (comments nest).
 */
export function lexTemplate(text: string, sink: DiagnosticSink): TemplateToken[] {
  const tokens: TemplateToken[] = [];
  /** Raw blocks' bodies, which whitespace control leaves alone. */
  const verbatimTexts = new WeakSet<TemplateToken>();
  let trimNext = false;

  const pushText = (start: number, end: number, verbatim = false) => {
    if (start >= end) return;
    let value = text.slice(start, end);
    if (trimNext && !verbatim) value = value.replace(LEADING_SPACE, '');
    trimNext = false;
    const token: TextToken = { kind: 'text', value, start, end };
    if (verbatim) verbatimTexts.add(token);
    tokens.push(token);
  };
  const trimPrevious = () => {
    const last = tokens[tokens.length - 1];
    if (last?.kind === 'text' && !verbatimTexts.has(last)) {
      tokens[tokens.length - 1] = { ...last, value: last.value.replace(TRAILING_SPACE, '') };
    }
  };

  let pos = 0;
  while (pos < text.length) {
    const open = nextOpening(text, pos);
    if (open < 0) {
      pushText(pos, text.length);
      break;
    }
    pushText(pos, open);
    const isOutput = text[open + 1] === '{';
    const delimited = readDelimited(text, open, isOutput ? '}}' : '%}');
    if (delimited === null) {
      sink.syntax(
        isOutput ? "'{{' is not closed by '}}'." : "'{%' is not closed by '%}'.",
        open,
        Math.min(open + 2, text.length),
      );
      break;
    }
    if (delimited.trimLeft) trimPrevious();
    trimNext = false;
    pos = delimited.end;
    if (isOutput) {
      tokens.push({
        kind: 'output',
        markup: text.slice(delimited.innerStart, delimited.innerEnd),
        markupStart: delimited.innerStart,
        start: delimited.start,
        end: delimited.end,
      });
      trimNext = delimited.trimRight;
      continue;
    }
    TAG_NAME.lastIndex = delimited.innerStart;
    const name = delimited.innerStart < delimited.innerEnd ? TAG_NAME.exec(text) : null;
    if (name === null || TAG_NAME.lastIndex > delimited.innerEnd) {
      sink.syntax('A tag needs a name after \u0027{%\u0027.', delimited.start, delimited.end);
      trimNext = delimited.trimRight;
      continue;
    }
    const tagName = name[1]!;
    const nameEnd = TAG_NAME.lastIndex;
    const nameStart = nameEnd - tagName.length;
    const rawMarkup = text.slice(nameEnd, delimited.innerEnd);
    const markupStart = nameEnd + (rawMarkup.length - rawMarkup.trimStart().length);
    const tag: TagToken = {
      kind: 'tag',
      name: tagName,
      nameStart,
      nameEnd,
      markup: rawMarkup.trim(),
      markupStart,
      start: delimited.start,
      end: delimited.end,
    };
    if (tagName === 'raw' || tagName === 'comment') {
      if (tagName === 'raw' && tag.markup !== '') {
        sink.syntax("'raw' takes no arguments.", tag.markupStart, tag.markupStart + tag.markup.length);
      }
      const closing = tagName === 'raw' ? findEndRaw(text, pos) : findEndComment(text, pos);
      if (closing === null) {
        sink.syntax(`'${tagName}' is not closed by '{% end${tagName} %}'.`, tag.start, tag.end);
        break;
      }
      if (tagName === 'raw') pushText(pos, closing.start, true);
      pos = closing.end;
      trimNext = closing.trimRight;
      continue;
    }
    tokens.push(tag);
    trimNext = delimited.trimRight;
  }
  return tokens;
}

function nextOpening(text: string, from: number): number {
  for (let i = text.indexOf('{', from); i >= 0 && i < text.length - 1; i = text.indexOf('{', i + 1)) {
    const next = text[i + 1];
    if (next === '{' || next === '%') return i;
  }
  return -1;
}

function readDelimited(text: string, open: number, closer: '}}' | '%}'): Delimited | null {
  const close = text.indexOf(closer, open + 2);
  if (close < 0) return null;
  const trimLeft = text[open + 2] === '-' && open + 2 < close;
  const innerStart = open + 2 + (trimLeft ? 1 : 0);
  const trimRight = close > innerStart && text[close - 1] === '-';
  return {
    start: open,
    end: close + 2,
    innerStart,
    innerEnd: trimRight ? close - 1 : close,
    trimLeft,
    trimRight,
  };
}

interface Closing {
  readonly start: number;
  readonly end: number;
  readonly trimRight: boolean;
}

function findEndRaw(text: string, from: number): Closing | null {
  END_RAW.lastIndex = from;
  const match = END_RAW.exec(text);
  if (match === null) return null;
  const end = match.index + match[0].length;
  return { start: match.index, end, trimRight: match[0].endsWith('-%}') };
}

function findEndComment(text: string, from: number): Closing | null {
  COMMENT_TAG.lastIndex = from;
  let depth = 1;
  for (let match = COMMENT_TAG.exec(text); match !== null; match = COMMENT_TAG.exec(text)) {
    depth += match[1] === 'comment' ? 1 : -1;
    if (depth === 0) {
      return { start: match.index, end: match.index + match[0].length, trimRight: match[2] === '-' };
    }
  }
  return null;
}
