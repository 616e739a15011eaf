import type { MappedText } from './mapped-text.js';
import { findTokens, type TokenKind } from './patterns.js';

/** Values to fill in: a record or a map from name to value. */
export type NamedValues = Readonly<Record<string, string>> | ReadonlyMap<string, string>;

export interface SubstitutionOptions {
  readonly namedValues?: NamedValues | undefined;
  /** Also fill in `${name}`, `#{name}#` and `__NAME__` from the same values. */
  readonly placeholders?: boolean | undefined;
}

/** A token that had no value: it stays in the text as written. */
export interface UnresolvedToken {
  readonly kind: TokenKind;
  readonly name: string;
  readonly token: string;
  /** Its range in the file. */
  readonly range: readonly [number, number];
}

export interface SubstitutionResult {
  readonly text: MappedText;
  readonly unresolved: readonly UnresolvedToken[];
}

/** The value of `name`, or undefined. Names are matched exactly. */
export function lookUp(values: NamedValues | undefined, name: string): string | undefined {
  if (values === undefined) return undefined;
  if (values instanceof Map) return values.get(name);
  const record = values as Readonly<Record<string, string>>;
  return Object.hasOwn(record, name) ? record[name] : undefined;
}

/**
 * Replaces named values (and placeholders when asked) by their values, as API Management does
 * before it compiles an expression: textually, also inside C# strings. Each character of a
 * substituted value maps to the file offset where its token starts, so positions after the
 * token still map to the right characters of the file.
 */
export function substitute(input: MappedText, options: SubstitutionOptions): SubstitutionResult {
  const tokens = findTokens(input.text, options.placeholders === true);
  if (tokens.length === 0) return { text: input, unresolved: [] };
  let text = '';
  const offsets: number[] = [];
  const unresolved: UnresolvedToken[] = [];
  let at = 0;
  const copy = (from: number, to: number) => {
    text += input.text.slice(from, to);
    for (let i = from; i < to; i++) offsets.push(input.offsets[i]!);
  };
  for (const token of tokens) {
    const value = lookUp(options.namedValues, token.name);
    if (value === undefined) {
      unresolved.push({
        kind: token.kind,
        name: token.name,
        token: token.token,
        range: [input.offsets[token.start]!, input.offsets[token.end]!],
      });
      continue;
    }
    copy(at, token.start);
    const origin = input.offsets[token.start]!;
    text += value;
    for (let i = 0; i < value.length; i++) offsets.push(origin);
    at = token.end;
  }
  copy(at, input.text.length);
  offsets.push(input.offsets[input.text.length]!);
  return { text: { text, offsets: Int32Array.from(offsets) }, unresolved };
}
