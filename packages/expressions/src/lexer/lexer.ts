import { type IToken, Lexer } from 'chevrotain';
import type { Problem } from '../diagnostics/problem.js';
import { decodeLiteral } from '../syntax/decode-literal.js';
import { allTokens } from './tokens.js';

/**
 * Builds the lexer. `validate` runs chevrotain's checks of the token definitions, which cost a
 * third of the build and only find defects of the definitions: the lexer of the process skips
 * them, and a test builds one with them on.
 */
export function createLexer(validate: boolean): Lexer {
  return new Lexer(allTokens, {
    positionTracking: 'onlyOffset',
    ensureOptimizations: true,
    skipValidations: !validate,
  });
}

let instance: Lexer | undefined;

/** The one lexer of the process, built on first use. */
function lexer(): Lexer {
  instance ??= createLexer(false);
  return instance;
}

export interface LexResult {
  tokens: IToken[];
  comments: IToken[];
  problems: Problem[];
}

/**
 * Splits `text` into tokens, decodes every literal (the value lands in `token.payload`) and
 * reports lexical problems. Offsets are moved by `base`, so a piece of a larger text (the hole of
 * an interpolated string) can be lexed on its own.
 */
export function tokenize(text: string, base = 0): LexResult {
  const result = lexer().tokenize(text);
  const problems: Problem[] = [];
  for (const error of result.errors) {
    const start = base + error.offset;
    problems.push({
      code: 'unexpected-character',
      start,
      end: start + error.length,
      data: { char: text.slice(error.offset, error.offset + error.length) },
    });
  }
  const comments = result.groups.comments ?? [];
  for (const token of result.tokens) move(token, base);
  for (const token of comments) move(token, base);
  for (const token of result.tokens) decodeLiteral(token, problems);
  for (const token of comments) decodeLiteral(token, problems);
  problems.sort((a, b) => a.start - b.start);
  return { tokens: result.tokens, comments, problems };
}

function move(token: IToken, base: number): void {
  const end = token.endOffset ?? token.startOffset + token.image.length - 1;
  token.startOffset += base;
  token.endOffset = end + base;
}
