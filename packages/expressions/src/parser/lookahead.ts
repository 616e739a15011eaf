import * as t from '../lexer/tokens.js';
import {
  canFollowAmbiguousCast,
  canFollowTypeArguments,
  canStartExpression,
  isA,
  isContextual,
  isEOF,
  isIdentifier,
  isPredefinedType,
  type Peek,
} from './token-kinds.js';

/**
 * Token-level look-ahead used by the grammar's gates to settle C#'s ambiguities the way the C#
 * compiler does. Each scanner reads tokens through `peek` (1 is the next token) and never
 * consumes anything.
 */

export enum TypeShape {
  /** Not a type. */
  None = 0,
  /** A name that could also be an expression: `a`, `a.b`. */
  Name = 1,
  /** A generic name whose argument list could still be a comparison: `a<b>`. */
  GenericName = 2,
  /** Only a type: a keyword type, array, nullable, tuple, or generic with a definite argument list. */
  Type = 3,
}

export interface TypeScan {
  shape: TypeShape;
  /** Index of the token after the type. */
  next: number;
}

/** How a `?` after a type is read. */
export enum NullableMode {
  /** Always as nullable (`int? x`, `(int?)x`, `new int?[3]`). */
  Always = 0,
  /** As nullable only when no expression follows (`x is int ? a : b` is a conditional). */
  UnlessExpressionFollows = 1,
  /** Never (after `is` in a declaration context that gave no room for it). */
  Never = 2,
}

const NONE: TypeScan = { shape: TypeShape.None, next: 0 };

/** Scans a type starting at token index `i`. */
export function scanType(peek: Peek, i: number, nullable: NullableMode = NullableMode.Always): TypeScan {
  const base = scanNonArrayType(peek, i);
  if (base.shape === TypeShape.None) return NONE;
  let { shape, next } = base;
  if (isA(peek(next), t.Question) && nullable !== NullableMode.Never) {
    if (nullable === NullableMode.Always || !canStartExpression(peek(next + 1))) {
      shape = TypeShape.Type;
      next += 1;
    }
  }
  while (isA(peek(next), t.LBracket)) {
    let j = next + 1;
    while (isA(peek(j), t.Comma)) j++;
    if (!isA(peek(j), t.RBracket)) break;
    shape = TypeShape.Type;
    next = j + 1;
  }
  return { shape, next };
}

function scanNonArrayType(peek: Peek, i: number): TypeScan {
  const first = peek(i);
  if (isPredefinedType(first)) return { shape: TypeShape.Type, next: i + 1 };
  if (isA(first, t.LParen)) return scanTupleType(peek, i);
  if (!isIdentifier(first)) return NONE;
  let shape = TypeShape.Name;
  let next = i + 1;
  if (isA(peek(next), t.ColonColon)) {
    if (!isIdentifier(peek(next + 1))) return NONE;
    next += 2;
  }
  for (;;) {
    if (isA(peek(next), t.Less)) {
      const args = scanTypeArgumentList(peek, next);
      if (args.ok) {
        next = args.next;
        shape = args.definite ? TypeShape.Type : Math.max(shape, TypeShape.GenericName);
      }
    }
    if (isA(peek(next), t.Dot) && isIdentifier(peek(next + 1))) {
      next += 2;
      continue;
    }
    return { shape, next };
  }
}

function scanTupleType(peek: Peek, i: number): TypeScan {
  let next = i + 1;
  let count = 0;
  for (;;) {
    const element = scanType(peek, next);
    if (element.shape === TypeShape.None) return NONE;
    next = element.next;
    if (isIdentifier(peek(next))) next++;
    count++;
    if (isA(peek(next), t.Comma)) {
      next++;
      continue;
    }
    if (isA(peek(next), t.RParen) && count >= 2) return { shape: TypeShape.Type, next: next + 1 };
    return NONE;
  }
}

export interface TypeArgumentScan {
  ok: boolean;
  /** Index after the closing `>`. */
  next: number;
  /** The list can only be type arguments (a keyword type, nested generics, arrays, ...). */
  definite: boolean;
}

/** Scans `<...>` starting at the `<` at index `i`. Also accepts `<>` and `<,>` (unbound generics). */
export function scanTypeArgumentList(peek: Peek, i: number): TypeArgumentScan {
  let next = i + 1;
  if (isA(peek(next), t.Greater) || isA(peek(next), t.Comma)) {
    while (isA(peek(next), t.Comma)) next++;
    return isA(peek(next), t.Greater)
      ? { ok: true, next: next + 1, definite: true }
      : { ok: false, next: i, definite: false };
  }
  let definite = false;
  for (;;) {
    const argument = scanType(peek, next);
    if (argument.shape === TypeShape.None) return { ok: false, next: i, definite: false };
    if (argument.shape === TypeShape.Type) definite = true;
    next = argument.next;
    if (isA(peek(next), t.Comma)) {
      next++;
      continue;
    }
    if (isA(peek(next), t.Greater)) return { ok: true, next: next + 1, definite };
    return { ok: false, next: i, definite: false };
  }
}

/** At a `<` (index 1) after a name in an expression: does it open type arguments? */
export function isTypeArgumentListInExpression(peek: Peek): boolean {
  const scan = scanTypeArgumentList(peek, 1);
  if (!scan.ok) return false;
  return scan.definite || canFollowTypeArguments(peek(scan.next));
}

/** Index of the token matching the bracket at index `i`, or -1. */
export function matchingBracket(peek: Peek, i: number): number {
  let depth = 0;
  for (let j = i; ; j++) {
    const token = peek(j);
    if (isEOF(token)) return -1;
    if (isA(token, t.LParen) || isA(token, t.LBracket) || isA(token, t.LBrace) || isA(token, t.AtParen))
      depth++;
    else if (isA(token, t.RParen) || isA(token, t.RBracket) || isA(token, t.RBrace)) {
      depth--;
      if (depth === 0) return j;
    }
  }
}

/** Number of lambda modifiers (`async`, `static`) at index `i`. */
function lambdaModifiers(peek: Peek, i: number): number {
  let count = 0;
  for (;;) {
    const token = peek(i + count);
    const modifier = isContextual(token, 'async') || isA(token, t.kw.static);
    // `async => async`: a parameter named async, not a modifier.
    if (!modifier || isA(peek(i + count + 1), t.FatArrow)) return count;
    count++;
  }
}

/** Does a lambda start at index 1: `x =>`, `(x, y) =>`, `async x =>`, `static (x) =>`? */
export function isLambdaStart(peek: Peek): boolean {
  const i = 1 + lambdaModifiers(peek, 1);
  const first = peek(i);
  if (isIdentifier(first) && isA(peek(i + 1), t.FatArrow)) return true;
  if (!isA(first, t.LParen)) return false;
  const close = matchingBracket(peek, i);
  return close > 0 && isA(peek(close + 1), t.FatArrow);
}

/** Is the `(` at index 1 the start of a cast `(T)x`? */
export function isCastStart(peek: Peek): boolean {
  const type = scanType(peek, 2);
  if (type.shape === TypeShape.None || !isA(peek(type.next), t.RParen)) return false;
  const after = peek(type.next + 1);
  if (type.shape === TypeShape.Name) return canFollowAmbiguousCast(after);
  // A keyword type, array, nullable or generic can only be a type: any operand may follow.
  return canStartExpression(after) && !isA(after, t.LBracket) && !isA(after, t.DotDot);
}

/**
 * Does a local variable declaration start at index `i`: a type followed by a name and then one of
 * `= ; , in )` (the last two in `foreach` and `using`/`catch` headers)?
 */
export function isLocalDeclarationAt(peek: Peek, i: number): boolean {
  const type = scanType(peek, i);
  if (type.shape === TypeShape.None) return false;
  const name = peek(type.next);
  const after = peek(type.next + 1);
  // `var class = 1;`: a keyword where the name goes is still a declaration, so the error says
  // that the keyword cannot be a name.
  if (isA(name, t.Keyword) && !isA(name, t.kw.in) && !isPredefinedType(name)) {
    return isA(after, t.Equals) || isA(after, t.Semicolon);
  }
  if (!isIdentifier(name)) return false;
  return (
    isA(after, t.Equals) ||
    isA(after, t.Semicolon) ||
    isA(after, t.Comma) ||
    isA(after, t.kw.in) ||
    isA(after, t.RParen) ||
    isEOF(after)
  );
}

/** Modifiers a local function may carry. */
export const localFunctionModifiers: ReadonlySet<string> = new Set(['static', 'async', 'unsafe', 'extern']);

/** Does a local function start at index 1: `[modifiers] T Name(` or `T Name<`? */
export function isLocalFunctionStart(peek: Peek): boolean {
  let i = 1;
  while (localFunctionModifiers.has(peek(i).image) && (isIdentifier(peek(i)) || isA(peek(i), t.Keyword))) i++;
  const type = scanType(peek, i);
  if (type.shape === TypeShape.None || !isIdentifier(peek(type.next))) return false;
  const after = peek(type.next + 1);
  return isA(after, t.LParen) || isA(after, t.Less);
}

/** Does `var (a, b)` (a deconstruction designation) start at index 1? */
export function isVarDeconstructionStart(peek: Peek): boolean {
  if (!isContextual(peek(1), 'var') || !isA(peek(2), t.LParen)) return false;
  let depth = 0;
  for (let i = 2; ; i++) {
    const token = peek(i);
    if (isA(token, t.LParen)) depth++;
    else if (isA(token, t.RParen)) {
      depth--;
      if (depth === 0) return true;
    } else if (!isIdentifier(token) && !isA(token, t.Comma)) return false;
  }
}

/** Does a declaration expression (`var x`, `int x`, `T _`) start at index 1, ending at `,` or `)`? */
export function isDeclarationExpressionStart(peek: Peek): boolean {
  if (isVarDeconstructionStart(peek)) return true;
  const type = scanType(peek, 1);
  if (type.shape === TypeShape.None || !isIdentifier(peek(type.next))) return false;
  const after = peek(type.next + 1);
  return isA(after, t.Comma) || isA(after, t.RParen);
}

/** Does a LINQ query start at index 1: `from x in` or `from T x in`? */
export function isQueryStart(peek: Peek): boolean {
  if (!isContextual(peek(1), 'from')) return false;
  if (isIdentifier(peek(2)) && isA(peek(3), t.kw.in)) return true;
  const type = scanType(peek, 2);
  return type.shape !== TypeShape.None && isIdentifier(peek(type.next)) && isA(peek(type.next + 1), t.kw.in);
}

/** Is the token at index 1 a designation name after a type in a pattern (not `when`/`and`/`or`)? */
export function isDesignationAt(peek: Peek, i: number): boolean {
  const token = peek(i);
  if (!isIdentifier(token)) return false;
  return !['when', 'and', 'or'].includes(token.image);
}
