import { RegexOptions } from './ast.js';
import type { Match } from './match.js';
import { isDigit, isWordChar } from './pattern-reader.js';

/**
 * Replacement patterns (.NET's `RegexReplacement`): `$n`, `${n}`, `${name}`, `$$`, `$&`, `` $` ``,
 * `$'`, `$+` (the last group by number), `$_` (the whole input). A `$` that starts none of these
 * is literal.
 */

const LEFT = -1;
const RIGHT = -2;
const LAST_GROUP = -3;
const WHOLE = -4;

export type ReplacementPart = string | number;

export interface GroupLookup {
  isGroup(number: number): boolean;
  numberOfName(name: string): number | undefined;
  /** The greatest group number. */
  readonly lastGroup: number;
}

export function parseReplacement(text: string, options: number, groups: GroupLookup): ReplacementPart[] {
  const parts: ReplacementPart[] = [];
  let literal = '';
  let i = 0;
  const flush = () => {
    if (literal !== '') parts.push(literal);
    literal = '';
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch !== '$' || i + 1 >= text.length) {
      literal += ch;
      i++;
      continue;
    }
    const result = scanDollar(text, i + 1, options, groups);
    if (result === null) {
      literal += '$';
      i++;
      continue;
    }
    if (typeof result.part === 'string') literal += result.part;
    else {
      flush();
      parts.push(result.part);
    }
    i = result.end;
  }
  flush();
  return parts;
}

function readDigits(text: string, at: number): { value: number; end: number } {
  let end = at;
  let value = 0;
  while (end < text.length && isDigit(text[end]!))
    value = Math.min(value * 10 + (text.charCodeAt(end++) - 48), 2 ** 31);
  return { value, end };
}

/** What follows a `$` at `at`, or null when the `$` is literal. */
function scanDollar(
  text: string,
  at: number,
  options: number,
  groups: GroupLookup,
): { part: ReplacementPart; end: number } | null {
  let ch = text[at]!;
  let angled = false;
  let pos = at;
  if (ch === '{' && text.length - at > 1) {
    angled = true;
    pos++;
    ch = text[pos]!;
  }
  if (isDigit(ch)) {
    if (!angled && (options & RegexOptions.ECMAScript) !== 0) {
      let capnum = -1;
      let candidate = ch.charCodeAt(0) - 48;
      let end = -1;
      pos++;
      if (groups.isGroup(candidate)) {
        capnum = candidate;
        end = pos;
      }
      while (pos < text.length && isDigit(text[pos]!)) {
        candidate = candidate * 10 + (text.charCodeAt(pos) - 48);
        pos++;
        if (groups.isGroup(candidate)) {
          capnum = candidate;
          end = pos;
        }
      }
      return capnum >= 0 ? { part: capnum, end } : null;
    }
    const { value, end } = readDigits(text, pos);
    if (!angled) return groups.isGroup(value) ? { part: value, end } : null;
    if (text[end] === '}' && groups.isGroup(value)) return { part: value, end: end + 1 };
    return null;
  }
  if (angled && isWordChar(ch)) {
    let end = pos;
    while (end < text.length && isWordChar(text[end]!)) end++;
    const name = text.slice(pos, end);
    const number = groups.numberOfName(name);
    if (text[end] === '}' && number !== undefined) return { part: number, end: end + 1 };
    return null;
  }
  if (angled) return null;
  switch (ch) {
    case '$':
      return { part: '$', end: at + 1 };
    case '&':
      return { part: 0, end: at + 1 };
    case '`':
      return { part: LEFT, end: at + 1 };
    case "'":
      return { part: RIGHT, end: at + 1 };
    case '+':
      return { part: LAST_GROUP, end: at + 1 };
    case '_':
      return { part: WHOLE, end: at + 1 };
    default:
      return null;
  }
}

/**
 * The text a parsed replacement makes for a match. `` $` ``, `$'` and `$_` see the part of the
 * input that was searched (`[start, end)`).
 */
export function expand(
  parts: readonly ReplacementPart[],
  match: Match,
  window: { readonly input: string; readonly beginning: number; readonly end: number },
  lastGroup: number,
): string {
  const { input, beginning, end } = window;
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') out += part;
    else if (part >= 0) out += match.groupNumbered(part).Value;
    else if (part === LEFT) out += input.slice(beginning, match.Index);
    else if (part === RIGHT) out += input.slice(match.Index + match.Length, end);
    else if (part === LAST_GROUP) out += match.groupNumbered(lastGroup).Value;
    else out += input.slice(beginning, end);
  }
  return out;
}
