import {
  EmbeddedActionsParser,
  type IToken,
  LLkLookaheadStrategy,
  type ParserMethod,
  type TokenType,
} from 'chevrotain';
import type { ErrorNode, Identifier } from '../../ast/base.js';
import type {
  Argument,
  ArrayInitializer,
  Expression,
  Interpolation,
  Parameter,
  VariableDesignation,
} from '../../ast/expressions.js';
import type { Node } from '../../ast/nodes.js';
import type { Pattern } from '../../ast/patterns.js';
import type { BlockStatement } from '../../ast/statements.js';
import type { TypeNode } from '../../ast/types.js';
import type { Problem } from '../../diagnostics/problem.js';
import { isNewline } from '../../lexer/characters.js';
import type { HoleExtent } from '../../lexer/interpolated-scanner.js';
import {
  allTokens,
  Identifier as IdentifierToken,
  InterpolatedStringLiteral,
  kw,
} from '../../lexer/tokens.js';
import type { NullableMode } from '../lookahead.js';
import { syntaxErrorMessages } from '../syntax-errors.js';
import { canStartExpression, isA, isContextual, isEOF, type Peek } from '../token-kinds.js';
import { UNPLACED } from '../unplaced.js';
import { LazyLookaheadStrategy } from './lazy-lookahead.js';

/** A node's own fields: everything but its position. Distributes over unions. */
export type NodeFields<T> = T extends unknown ? Omit<T, 'range' | 'loc'> : never;

/** An interpolation hole whose expression is parsed after the text around it. */
export interface PendingHole {
  node: Interpolation;
  /** Offsets into the parsed text. */
  hole: HoleExtent;
}

/** Precedence of binary operators, loosest first. */
export const Precedence = {
  coalescing: 1,
  conditionalOr: 2,
  conditionalAnd: 3,
  logicalOr: 4,
  logicalXor: 5,
  logicalAnd: 6,
  equality: 7,
  relational: 8,
  shift: 9,
  additive: 10,
  multiplicative: 11,
} as const;

/**
 * The chevrotain parser's foundation: node construction with ranges, and the rules that the
 * grammar layers (types, patterns, queries, creation, expressions, statements) use across each
 * other, declared here so each layer can refer to rules defined by a later one.
 */
export abstract class GrammarBase extends EmbeddedActionsParser {
  /** The text being parsed (the whole source; tokens of a hole hold offsets into it). */
  protected text = '';
  /** Where the text being parsed ends: the position of anything found at its end. */
  protected textLength = 0;
  /** Problems found while building nodes, beside chevrotain's recognition errors. */
  problems: Problem[] = [];
  /** Holes of interpolated strings met during this parse. */
  pendingHoles: PendingHole[] = [];

  /**
   * @param validate run chevrotain's grammar validations while building. They cost about a third
   * of the build time and only find defects of the grammar itself, so the parser of the process
   * skips them and a test builds the grammar once with them on. The parser of the process also
   * computes each decision's look-ahead function on first use (`LazyLookaheadStrategy`), where
   * chevrotain computes all of them while building; the validating build keeps the eager one.
   */
  constructor(validate: boolean) {
    super(allTokens, {
      recoveryEnabled: true,
      maxLookahead: 1,
      lookaheadStrategy: validate
        ? new LLkLookaheadStrategy({ maxLookahead: 1 })
        : new LazyLookaheadStrategy(1),
      errorMessageProvider: syntaxErrorMessages,
      skipValidations: !validate,
    });
  }

  /** Points the parser at new tokens. */
  prepare(tokens: IToken[], text: string, textLength = text.length): void {
    this.input = tokens;
    this.text = text;
    this.textLength = textLength;
    this.problems = [];
    this.pendingHoles = [];
  }

  protected readonly peek: Peek = (n) => this.LA(n);

  /**
   * chevrotain inserts a missing token only when the token after it is one the rule expects next.
   * Two common cases fail that test, and here the missing token is inserted anyway, so the tree
   * keeps what was written and the diagnostic says what is missing:
   * - the text simply stops (`@(f(a, b`);
   * - the line ends without its closing token and the next token stands on a later line
   *   (`F(x` then `return y;`), unless deleting the next token would do (`f(a b)`).
   * (This refines chevrotain's recovery hook of the same name; the recovery tests pin it.)
   */
  canRecoverWithSingleTokenInsertion(expected: TokenType, follows: TokenType[]): boolean {
    const next = this.LA(1);
    if (isEOF(next)) return true;
    const base = EmbeddedActionsParser.prototype as unknown as {
      canRecoverWithSingleTokenInsertion(
        this: GrammarBase,
        expected: TokenType,
        follows: TokenType[],
      ): boolean;
    };
    if (base.canRecoverWithSingleTokenInsertion.call(this, expected, follows)) return true;
    return !isA(this.LA(2), expected) && this.lineBreakBefore(next);
  }

  /** A line break stands between the last consumed token and `token`. */
  protected lineBreakBefore(token: IToken): boolean {
    const from = this.lastEnd();
    if (from < 0) return false;
    for (let i = from; i < token.startOffset; i++) if (isNewline(this.text.charCodeAt(i))) return true;
    return false;
  }

  /**
   * Nothing ahead can start an expression. The operand rules then take an empty alternative that
   * reports the gap and stands an error node in it without consuming, so the rest of the
   * expression keeps its tree (`a + ) ` still has its `a +`).
   */
  protected isMissingExpression(): boolean {
    const token = this.LA(1);
    return !canStartExpression(token) && !isA(token, kw.new) && !isA(token, InterpolatedStringLiteral);
  }

  /** Reports a missing expression at the next token and returns an error node for it. */
  protected missingExpression(): Expression {
    const token = this.LA(1);
    const at = this.here();
    if (isEOF(token)) {
      this.problems.push({ code: 'unexpected-end', start: at, end: at });
    } else {
      const end = (token.endOffset ?? token.startOffset) + 1;
      this.problems.push({ code: 'invalid-expression-term', start: at, end, data: { token: token.image } });
    }
    return this.nodeAt<Expression>(at, at, { type: 'ErrorNode' });
  }

  /** The last alternative of an OR whose alternatives end in an expression: see `isMissingExpression`. */
  protected missingExpressionAlternative(): { GATE: () => boolean; ALT: () => Expression } {
    return { GATE: () => this.isMissingExpression(), ALT: () => this.ACTION(() => this.missingExpression()) };
  }

  /** End offset (exclusive) of the last consumed token, or -1 before the first. */
  protected lastEnd(): number {
    const token = this.LA(0);
    return isEOF(token) || Number.isNaN(token.startOffset) ? -1 : (token.endOffset ?? token.startOffset) + 1;
  }

  /** Start offset of the next token; at the end of input, the end of the last token. */
  protected here(): number {
    const token = this.LA(1);
    if (!isEOF(token)) return token.startOffset;
    const last = this.lastEnd();
    return last < 0 ? this.textLength : last;
  }

  /** Completes a node that started at `start` and ends with the last consumed token. */
  protected node<T extends Node>(start: number, fields: NodeFields<T>): T {
    const node = fields as unknown as T;
    node.range = [start, Math.max(start, this.lastEnd())];
    node.loc = UNPLACED;
    return node;
  }

  /** Completes a node spanning `[start, end)`. */
  protected nodeAt<T extends Node>(start: number, end: number, fields: NodeFields<T>): T {
    const node = fields as unknown as T;
    node.range = [start, Math.max(start, end)];
    node.loc = UNPLACED;
    return node;
  }

  /** An error node where the parser stands. */
  protected errorNode(): ErrorNode {
    const at = Math.max(this.lastEnd(), 0);
    return this.nodeAt<ErrorNode>(at, at, { type: 'ErrorNode' });
  }

  protected identifierFrom(token: IToken, typeArguments: TypeNode[] | null = null): Identifier {
    const verbatim = token.image.startsWith('@');
    const start = token.startOffset;
    const end = Number.isNaN(start) ? start : (token.endOffset ?? start) + 1;
    if (Number.isNaN(start)) {
      // A token the parser inserted while recovering from an error: zero width where it stands.
      const at = Math.max(this.lastEnd(), 0);
      return this.nodeAt<Identifier>(at, at, {
        type: 'Identifier',
        name: '',
        verbatim: false,
        typeArguments,
      });
    }
    return this.nodeAt<Identifier>(start, end, {
      type: 'Identifier',
      name: verbatim ? token.image.slice(1) : token.image,
      verbatim,
      typeArguments,
    });
  }

  /**
   * Consumes a contextual keyword (an identifier spelled `word`). `index` distinguishes the
   * occurrences of identifier tokens within one rule, as chevrotain's `CONSUME1`, `CONSUME2` do.
   */
  protected consumeContextual(word: string, index: number): IToken {
    const token = this.consume(index, IdentifierToken);
    this.ACTION(() => {
      if (!Number.isNaN(token.startOffset) && !isContextual(token, word)) {
        this.problems.push({
          code: 'expected-token',
          start: token.startOffset,
          end: (token.endOffset ?? token.startOffset) + 1,
          data: { token: word },
        });
      }
    });
    return token;
  }

  /** Consumes a token of `type` and gives `value`: an OR alternative that maps a token to a word. */
  protected consumeAs<T>(type: TokenType, value: T): T {
    this.CONSUME(type);
    return value;
  }

  protected isContextualAhead(word: string, n = 1): boolean {
    return isContextual(this.LA(n), word);
  }

  // Rules shared across the grammar layers.
  abstract type: ParserMethod<[mode?: NullableMode], TypeNode>;
  abstract nonArrayType: ParserMethod<[mode?: NullableMode], TypeNode>;
  abstract expression: ParserMethod<[], Expression>;
  abstract expressionList: ParserMethod<[], Expression[]>;
  abstract binaryExpression: ParserMethod<[minimum?: number], Expression>;
  abstract unaryExpression: ParserMethod<[], Expression>;
  abstract argumentList: ParserMethod<[], Argument[]>;
  abstract bracketedArgumentList: ParserMethod<[], Argument[]>;
  abstract arrayInitializer: ParserMethod<[], ArrayInitializer>;
  abstract variableDesignation: ParserMethod<[], VariableDesignation>;
  abstract parameterList: ParserMethod<[], Parameter[]>;
  abstract pattern: ParserMethod<[minimum?: number], Pattern>;
  abstract block: ParserMethod<[], BlockStatement>;
}
