import { EOF, type IToken, type TokenType, tokenMatcher } from 'chevrotain';
import * as t from '../lexer/tokens.js';

export type Peek = (n: number) => IToken;

export const isEOF = (token: IToken): boolean => token.tokenType === EOF;
export const isA = (token: IToken, type: TokenType): boolean => tokenMatcher(token, type);
export const isIdentifier = (token: IToken): boolean => tokenMatcher(token, t.Identifier);
export const isPredefinedType = (token: IToken): boolean => tokenMatcher(token, t.PredefinedTypeKeyword);
export const isKeyword = (token: IToken): boolean => tokenMatcher(token, t.Keyword);

/** A contextual keyword (`var`, `when`, `from`, ...): an identifier spelled so, never `@`-prefixed. */
export const isContextual = (token: IToken, word: string): boolean =>
  isIdentifier(token) && token.image === word;

/** Two tokens with nothing between them (`>` `>` forming `>>`). */
export const adjacent = (first: IToken, second: IToken): boolean =>
  !isEOF(first) && !isEOF(second) && (first.endOffset ?? first.startOffset) + 1 === second.startOffset;

/** A predicate: is a token of one of `types` (categories not included)? */
export function tokenSet(...types: TokenType[]): (token: IToken) => boolean {
  const set: ReadonlySet<TokenType> = new Set(types);
  return (token) => set.has(token.tokenType);
}

const startsExpressionByType = tokenSet(
  t.kw.new,
  t.kw.this,
  t.kw.base,
  t.kw.typeof,
  t.kw.default,
  t.kw.checked,
  t.kw.unchecked,
  t.kw.sizeof,
  t.kw.delegate,
  t.kw.throw,
  t.kw.static,
  t.NamedValueToken,
  t.LParen,
  t.Bang,
  t.Tilde,
  t.Plus,
  t.Minus,
  t.PlusPlus,
  t.MinusMinus,
  t.Caret,
  t.DotDot,
  t.LBracket,
);

/** The token can begin an expression (used to tell `T?` from `a ? b : c`). */
export function canStartExpression(token: IToken): boolean {
  return (
    isIdentifier(token) ||
    isPredefinedType(token) ||
    tokenMatcher(token, t.Literal) ||
    startsExpressionByType(token)
  );
}

const tokensAfterTypeArguments: ReadonlySet<TokenType> = new Set([
  t.LParen,
  t.RParen,
  t.RBracket,
  t.RBrace,
  t.Colon,
  t.Semicolon,
  t.Comma,
  t.Dot,
  t.Question,
  t.QuestionDot,
  t.EqualsEquals,
  t.BangEquals,
  t.Bar,
  t.Caret,
  t.AmpAmp,
  t.BarBar,
  t.Amp,
  t.LBracket,
  EOF,
]);

/**
 * C#'s rule for `F<A>` in an expression: a type argument list is kept when the token after `>`
 * is one of `( ) ] } : ; , . ? == != | ^ && || & [` (or the end of the text).
 */
export const canFollowTypeArguments = (token: IToken): boolean =>
  tokensAfterTypeArguments.has(token.tokenType);

/**
 * After `(Name)`, C# reads a cast only when the next token is `~`, `!`, `(`, an identifier, a
 * literal, or a keyword other than `as` and `is`.
 */
export function canFollowAmbiguousCast(token: IToken): boolean {
  if (isA(token, t.kw.as) || isA(token, t.kw.is)) return false;
  return (
    isA(token, t.Tilde) ||
    isA(token, t.Bang) ||
    isA(token, t.LParen) ||
    isIdentifier(token) ||
    isA(token, t.Literal) ||
    isA(token, t.NamedValueToken) ||
    isKeyword(token)
  );
}
