import type { TokenType } from 'chevrotain';
import type { VariableDesignation } from '../../ast/expressions.js';
import type {
  BinaryPattern,
  ConstantPattern,
  DeclarationPattern,
  DiscardPattern,
  ListPattern,
  NotPattern,
  ParenthesizedPattern,
  Pattern,
  RecursivePattern,
  RelationalPattern,
  SlicePattern,
  Subpattern,
  TypePattern,
  VarPattern,
} from '../../ast/patterns.js';
import type { TypeNode } from '../../ast/types.js';
import * as t from '../../lexer/tokens.js';
import { isDesignationAt, NullableMode, scanType, TypeShape } from '../lookahead.js';
import { canStartExpression, isA, isContextual, isIdentifier, tokenSet } from '../token-kinds.js';
import { Precedence } from './grammar-base.js';
import { TypeRules } from './type-rules.js';

/** Tokens that start a pattern but not an expression: `{` and the relational operators. */
const startsPatternOnly = tokenSet(t.LBrace, t.Less, t.LessEquals, t.Greater, t.GreaterEquals);

/**
 * Patterns of `is` and `case` (C# 7: type, constant, declaration, `var`) and the newer ones
 * (C# 8 and later: recursive, relational, `not`/`and`/`or`, list), parsed so the binder can report
 * them as not supported by API Management.
 */
export abstract class PatternRules extends TypeRules {
  protected canStartPatternAt(i: number): boolean {
    const token = this.LA(i);
    return canStartExpression(token) || startsPatternOnly(token);
  }

  /**
   * Does a pattern that starts with a type begin here? A bare or dotted name is left to the
   * constant route, where it may still turn out to be a type (the binder decides).
   */
  protected isTypeLedPatternAhead(): boolean {
    const scan = scanType(this.peek, 1, NullableMode.UnlessExpressionFollows);
    if (scan.shape === TypeShape.None) return false;
    const after = this.LA(scan.next);
    if (isA(after, t.Dot) || isA(after, t.QuestionDot)) return false;
    if (isDesignationAt(this.peek, scan.next)) return true;
    // `Point(1, 2)` is a positional pattern; only `nameof(...)` is a constant that looks so.
    if (isA(after, t.LParen)) return !isContextual(this.LA(1), 'nameof');
    if (isA(after, t.LBrace)) return true;
    return scan.shape !== TypeShape.Name;
  }

  /**
   * A pattern. `minimum` is the loosest operator a constant pattern takes in: shift after `is`
   * (so `x is 1 == y` compares the test's result), looser in `case` labels (`case A | B:`).
   */
  pattern = this.RULE(
    'pattern',
    (minimum: number = Precedence.shift): Pattern => {
      const start = this.ACTION(() => this.here());
      let left = this.SUBRULE(this.conjunctivePattern, { ARGS: [minimum] });
      this.MANY({
        GATE: () => this.isContextualAhead('or') && this.canStartPatternAt(2),
        DEF: () => {
          this.consumeContextual('or', 0);
          const right = this.SUBRULE2(this.conjunctivePattern, { ARGS: [minimum] });
          const leftSoFar = left;
          left = this.ACTION(() =>
            this.node<BinaryPattern>(start, {
              type: 'BinaryPattern',
              operator: 'or',
              left: leftSoFar,
              right,
            }),
          );
        },
      });
      return left;
    },
    { recoveryValueFunc: () => this.errorNode() },
  );

  conjunctivePattern = this.RULE(
    'conjunctivePattern',
    (minimum: number = Precedence.shift): Pattern => {
      const start = this.ACTION(() => this.here());
      let left = this.SUBRULE(this.negatedPattern, { ARGS: [minimum] });
      this.MANY({
        GATE: () => this.isContextualAhead('and') && this.canStartPatternAt(2),
        DEF: () => {
          this.consumeContextual('and', 0);
          const right = this.SUBRULE2(this.negatedPattern, { ARGS: [minimum] });
          const leftSoFar = left;
          left = this.ACTION(() =>
            this.node<BinaryPattern>(start, {
              type: 'BinaryPattern',
              operator: 'and',
              left: leftSoFar,
              right,
            }),
          );
        },
      });
      return left;
    },
    { recoveryValueFunc: () => this.errorNode() },
  );

  negatedPattern = this.RULE(
    'negatedPattern',
    (minimum: number = Precedence.shift): Pattern =>
      this.OR({
        IGNORE_AMBIGUITIES: true,
        DEF: [
          {
            GATE: () => this.isContextualAhead('not') && this.canStartPatternAt(2),
            ALT: () => {
              const start = this.ACTION(() => this.here());
              this.consumeContextual('not', 0);
              const pattern = this.SUBRULE(this.negatedPattern, { ARGS: [minimum] });
              return this.ACTION(() => this.node<NotPattern>(start, { type: 'NotPattern', pattern }));
            },
          },
          { ALT: () => this.SUBRULE(this.primaryPattern, { ARGS: [minimum] }) },
        ],
      }),
    { recoveryValueFunc: () => this.errorNode() },
  );

  primaryPattern = this.RULE(
    'primaryPattern',
    (minimum: number = Precedence.shift): Pattern => {
      const start = this.ACTION(() => this.here());
      return this.OR({
        IGNORE_AMBIGUITIES: true,
        DEF: [
          { GATE: () => isA(this.LA(1), t.LParen), ALT: () => this.SUBRULE(this.parenthesizedPattern) },
          {
            GATE: () => isA(this.LA(1), t.LBrace),
            ALT: () => this.SUBRULE(this.recursivePatternRest, { ARGS: [start, null] }),
          },
          { GATE: () => isA(this.LA(1), t.LBracket), ALT: () => this.SUBRULE(this.listPattern) },
          { GATE: () => isA(this.LA(1), t.DotDot), ALT: () => this.SUBRULE(this.slicePattern) },
          { ALT: () => this.SUBRULE(this.relationalPattern) },
          {
            GATE: () =>
              this.isContextualAhead('var') && (isIdentifier(this.LA(2)) || isA(this.LA(2), t.LParen)),
            ALT: () => {
              this.consumeContextual('var', 0);
              const designation = this.SUBRULE(this.variableDesignation);
              return this.ACTION(() => this.node<VarPattern>(start, { type: 'VarPattern', designation }));
            },
          },
          {
            GATE: () => isContextual(this.LA(1), '_') && !this.continuesExpression(2),
            ALT: () => {
              this.CONSUME1(t.Identifier);
              return this.ACTION(() => this.node<DiscardPattern>(start, { type: 'DiscardPattern' }));
            },
          },
          { GATE: () => this.isTypeLedPatternAhead(), ALT: () => this.SUBRULE(this.typeLedPattern) },
          {
            ALT: () => {
              const expression = this.SUBRULE(this.binaryExpression, { ARGS: [minimum] });
              return this.ACTION(() =>
                this.node<ConstantPattern>(start, { type: 'ConstantPattern', expression }),
              );
            },
          },
        ],
      });
    },
    { recoveryValueFunc: () => this.errorNode() },
  );

  /** After `_`, does the token at `i` make it part of an expression (`_.x`, `_(`)? */
  protected continuesExpression(i: number): boolean {
    const token = this.LA(i);
    return (
      isA(token, t.Dot) ||
      isA(token, t.LParen) ||
      isA(token, t.LBracket) ||
      isA(token, t.QuestionDot) ||
      isA(token, t.Less) ||
      isA(token, t.ColonColon)
    );
  }

  relationalPattern = this.RULE(
    'relationalPattern',
    (): RelationalPattern => {
      const start = this.ACTION(() => this.here());
      const operator = this.OR([
        { ALT: () => this.consumeAs(t.LessEquals, '<=' as const) },
        { ALT: () => this.consumeAs(t.Less, '<' as const) },
        { ALT: () => this.consumeAs(t.GreaterEquals, '>=' as const) },
        { ALT: () => this.consumeAs(t.Greater, '>' as const) },
      ]);
      const expression = this.SUBRULE(this.binaryExpression, { ARGS: [Precedence.shift] });
      return this.ACTION(() =>
        this.node<RelationalPattern>(start, { type: 'RelationalPattern', operator, expression }),
      );
    },
    { recoveryValueFunc: () => this.errorNode() as unknown as RelationalPattern },
  );

  /** A pattern led by a type: `string s`, `int`, `Point(1, 2) p`, `Point { X: 0 }`. */
  typeLedPattern = this.RULE(
    'typeLedPattern',
    (): Pattern => {
      const start = this.ACTION(() => this.here());
      const patternType = this.SUBRULE(this.type, { ARGS: [NullableMode.UnlessExpressionFollows] });
      return this.OR({
        IGNORE_AMBIGUITIES: true,
        DEF: [
          {
            GATE: () => isA(this.LA(1), t.LParen) || isA(this.LA(1), t.LBrace),
            ALT: () => this.SUBRULE(this.recursivePatternRest, { ARGS: [start, patternType] }),
          },
          {
            GATE: () => isDesignationAt(this.peek, 1),
            ALT: () => {
              const designation = this.SUBRULE(this.variableDesignation);
              return this.ACTION(() =>
                this.node<DeclarationPattern>(start, {
                  type: 'DeclarationPattern',
                  patternType,
                  designation,
                }),
              );
            },
          },
          {
            ALT: () => this.ACTION(() => this.node<TypePattern>(start, { type: 'TypePattern', patternType })),
          },
        ],
      });
    },
    { recoveryValueFunc: () => this.errorNode() },
  );

  /** The parts after an optional type: `(positional)`, `{ properties }`, designation. */
  recursivePatternRest = this.RULE(
    'recursivePatternRest',
    (start = 0, patternType: TypeNode | null = null): RecursivePattern => {
      const positional = this.OPTION(() => this.SUBRULE(this.positionalSubpatterns));
      const properties = this.OPTION2(() => this.SUBRULE(this.propertySubpatterns));
      const designation = this.OPTION3({
        GATE: () => isDesignationAt(this.peek, 1),
        DEF: () => this.SUBRULE(this.variableDesignation),
      });
      return this.ACTION(() =>
        this.node<RecursivePattern>(start, {
          type: 'RecursivePattern',
          patternType,
          positional: positional ?? null,
          properties: properties ?? null,
          designation: designation ?? null,
        }),
      );
    },
    { recoveryValueFunc: () => this.errorNode() as unknown as RecursivePattern },
  );

  /** `(p, q)` of a positional pattern. */
  positionalSubpatterns = this.RULE(
    'positionalSubpatterns',
    (): Subpattern[] => {
      this.CONSUME(t.LParen);
      const items = this.OPTION({
        GATE: () => !isA(this.LA(1), t.RParen),
        DEF: () => this.SUBRULE(this.subpatternSequence, { ARGS: [t.RParen] }),
      });
      this.CONSUME(t.RParen);
      return items ?? [];
    },
    { recoveryValueFunc: () => [] },
  );

  /** `{ A: p, B: q }` of a property pattern; a trailing comma is allowed. */
  propertySubpatterns = this.RULE(
    'propertySubpatterns',
    (): Subpattern[] => {
      this.CONSUME(t.LBrace);
      const items = this.OPTION({
        GATE: () => !isA(this.LA(1), t.RBrace),
        DEF: () => this.SUBRULE(this.subpatternSequence, { ARGS: [t.RBrace] }),
      });
      this.CONSUME(t.RBrace);
      return items ?? [];
    },
    { recoveryValueFunc: () => [] },
  );

  subpatternSequence = this.RULE(
    'subpatternSequence',
    (close: TokenType = t.RParen): Subpattern[] => {
      const items: Subpattern[] = [this.SUBRULE(this.subpattern)];
      this.MANY({
        GATE: () => isA(this.LA(1), t.Comma) && !isA(this.LA(2), close),
        DEF: () => {
          this.CONSUME(t.Comma);
          items.push(this.SUBRULE2(this.subpattern));
        },
      });
      this.OPTION(() => this.CONSUME2(t.Comma));
      return items;
    },
    { recoveryValueFunc: () => [] },
  );

  subpattern = this.RULE('subpattern', (): Subpattern => {
    const start = this.ACTION(() => this.here());
    const name = this.OPTION({
      GATE: () => this.isSubpatternNameAhead(),
      DEF: () => {
        const path = this.SUBRULE(this.unaryExpression);
        this.CONSUME(t.Colon);
        return path;
      },
    });
    const pattern = this.SUBRULE(this.pattern);
    return this.ACTION(() =>
      this.node<Subpattern>(start, { type: 'Subpattern', name: name ?? null, pattern }),
    );
  });

  /** `Name:` or `A.B:` ahead. */
  protected isSubpatternNameAhead(): boolean {
    let i = 1;
    if (!isIdentifier(this.LA(i))) return false;
    while (isA(this.LA(i + 1), t.Dot) && isIdentifier(this.LA(i + 2))) i += 2;
    return isA(this.LA(i + 1), t.Colon);
  }

  parenthesizedPattern = this.RULE(
    'parenthesizedPattern',
    (): Pattern => {
      const start = this.ACTION(() => this.here());
      const items = this.SUBRULE(this.positionalSubpatterns);
      const properties = this.OPTION(() => this.SUBRULE(this.propertySubpatterns));
      const designation = this.OPTION2({
        GATE: () => isDesignationAt(this.peek, 1),
        DEF: () => this.SUBRULE(this.variableDesignation),
      });
      return this.ACTION((): Pattern => {
        const only = items.length === 1 ? items[0]! : undefined;
        if (
          only !== undefined &&
          only.name === null &&
          properties === undefined &&
          designation === undefined
        ) {
          return this.node<ParenthesizedPattern>(start, {
            type: 'ParenthesizedPattern',
            pattern: only.pattern,
          });
        }
        return this.node<RecursivePattern>(start, {
          type: 'RecursivePattern',
          patternType: null,
          positional: items,
          properties: properties ?? null,
          designation: designation ?? null,
        });
      });
    },
    { recoveryValueFunc: () => this.errorNode() },
  );

  listPattern = this.RULE(
    'listPattern',
    (): ListPattern => {
      const start = this.ACTION(() => this.here());
      const patterns: Pattern[] = [];
      this.CONSUME(t.LBracket);
      this.OPTION({
        GATE: () => !isA(this.LA(1), t.RBracket),
        DEF: () => {
          patterns.push(this.SUBRULE(this.pattern));
          this.MANY({
            GATE: () => isA(this.LA(1), t.Comma) && !isA(this.LA(2), t.RBracket),
            DEF: () => {
              this.CONSUME(t.Comma);
              patterns.push(this.SUBRULE2(this.pattern));
            },
          });
          this.OPTION2(() => this.CONSUME2(t.Comma));
        },
      });
      this.CONSUME(t.RBracket);
      const designation = this.OPTION3({
        GATE: () => isDesignationAt(this.peek, 1),
        DEF: () => this.SUBRULE(this.variableDesignation),
      });
      return this.ACTION(() =>
        this.node<ListPattern>(start, { type: 'ListPattern', patterns, designation: designation ?? null }),
      );
    },
    { recoveryValueFunc: () => this.errorNode() as unknown as ListPattern },
  );

  slicePattern = this.RULE(
    'slicePattern',
    (): SlicePattern => {
      const start = this.ACTION(() => this.here());
      this.CONSUME(t.DotDot);
      const pattern = this.OPTION({
        GATE: () => this.canStartPatternAt(1),
        DEF: () => this.SUBRULE(this.pattern),
      });
      return this.ACTION(() =>
        this.node<SlicePattern>(start, { type: 'SlicePattern', pattern: pattern ?? null }),
      );
    },
    { recoveryValueFunc: () => this.errorNode() as unknown as SlicePattern },
  );

  /** `name`, `_`, or `(a, b)`: where a pattern or deconstruction declares variables. */
  variableDesignation = this.RULE(
    'variableDesignation',
    (): VariableDesignation => {
      const start = this.ACTION(() => this.here());
      return this.OR([
        {
          ALT: () => {
            const token = this.CONSUME(t.Identifier);
            return this.ACTION(
              (): VariableDesignation =>
                token.image === '_'
                  ? this.node(start, { type: 'DiscardDesignation' })
                  : this.node(start, { type: 'SingleVariableDesignation', name: this.identifierFrom(token) }),
            );
          },
        },
        {
          ALT: () => {
            const variables: VariableDesignation[] = [];
            this.CONSUME(t.LParen);
            this.MANY_SEP({
              SEP: t.Comma,
              DEF: () => variables.push(this.SUBRULE(this.variableDesignation)),
            });
            this.CONSUME(t.RParen);
            return this.ACTION(() =>
              this.node<VariableDesignation>(start, { type: 'ParenthesizedVariableDesignation', variables }),
            );
          },
        },
      ]);
    },
    {
      recoveryValueFunc: () => {
        const at = Math.max(this.lastEnd(), 0);
        return this.nodeAt<VariableDesignation>(at, at, { type: 'DiscardDesignation' });
      },
    },
  );
}
