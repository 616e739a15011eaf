import type { IToken } from 'chevrotain';
import type { Identifier } from '../../ast/base.js';
import type {
  AnonymousMethodExpression,
  Argument,
  AssignmentExpression,
  AssignmentOperator,
  BinaryOperator,
  CastExpression,
  CheckedExpression,
  ConditionalAccessExpression,
  ConditionalExpression,
  DeclarationExpression,
  DefaultExpression,
  ElementAccessExpression,
  Expression,
  InterpolatedString,
  InterpolatedText,
  Interpolation,
  InterpolationFormat,
  InvocationExpression,
  LambdaExpression,
  MemberExpression,
  NamedValue,
  Parameter,
  ParenthesizedExpression,
  PostfixUnaryExpression,
  PrefixOperator,
  PrefixUnaryExpression,
  RangeExpression,
  SizeOfExpression,
  SwitchExpression,
  SwitchExpressionArm,
  ThrowExpression,
  TupleExpression,
  TypeOfExpression,
  WithExpression,
} from '../../ast/expressions.js';
import type { AliasQualifier, NamedType } from '../../ast/types.js';
import * as t from '../../lexer/tokens.js';
import type { LiteralData } from '../../syntax/literal-data.js';
import {
  isCastStart,
  isDeclarationExpressionStart,
  isLambdaStart,
  isQueryStart,
  isTypeArgumentListInExpression,
  isVarDeconstructionStart,
  NullableMode,
} from '../lookahead.js';
import { binaryPrecedence, type ChainItem, reduceChain } from '../operator-chain.js';
import { adjacent, canStartExpression, isA, isIdentifier, tokenSet } from '../token-kinds.js';
import { CreationRules } from './creation-rules.js';
import { Precedence } from './grammar-base.js';

const binaryOperatorTokens: readonly [typeof t.Star, BinaryOperator][] = [
  [t.Star, '*'],
  [t.Slash, '/'],
  [t.Percent, '%'],
  [t.Plus, '+'],
  [t.Minus, '-'],
  [t.LessLess, '<<'],
  [t.Less, '<'],
  [t.LessEquals, '<='],
  [t.GreaterEquals, '>='],
  [t.EqualsEquals, '=='],
  [t.BangEquals, '!='],
  [t.Amp, '&'],
  [t.Caret, '^'],
  [t.Bar, '|'],
  [t.AmpAmp, '&&'],
  [t.BarBar, '||'],
  [t.QuestionQuestion, '??'],
];
const binaryOperatorByType = new Map(binaryOperatorTokens);

const prefixOperatorTokens: readonly [typeof t.Plus, PrefixOperator][] = [
  [t.Plus, '+'],
  [t.Minus, '-'],
  [t.Bang, '!'],
  [t.Tilde, '~'],
  [t.PlusPlus, '++'],
  [t.MinusMinus, '--'],
  [t.Caret, '^'],
];

/** Tokens that continue a primary expression: `.`, `?.`, `(`, `[`, `++`, `--`, `!`. */
const startsPostfix = tokenSet(t.Dot, t.QuestionDot, t.LParen, t.LBracket, t.PlusPlus, t.MinusMinus, t.Bang);

/** What `>` tokens ahead form: `>`, `>>`, `>>>`, or the assignments `>>=` / `>>>=`. */
type GreaterForm = '>' | '>>' | '>>>' | '>>=' | '>>>=';

/** Operators, primary expressions, lambdas, arguments, interpolated strings. */
export abstract class ExpressionRules extends CreationRules {
  /** Reads the run of adjacent `>` tokens at `LA(1)`. */
  protected greaterForm(): GreaterForm {
    const first = this.LA(1);
    const second = this.LA(2);
    if (!adjacent(first, second)) return '>';
    if (isA(second, t.GreaterEquals)) return '>>=';
    if (!isA(second, t.Greater)) return '>';
    const third = this.LA(3);
    if (!adjacent(second, third)) return '>>';
    if (isA(third, t.GreaterEquals)) return '>>>=';
    return isA(third, t.Greater) ? '>>>' : '>>';
  }

  /** The binary operator (or `is`/`as`) ahead and its precedence, or null. */
  protected binaryOperatorAhead(): number | null {
    const token = this.LA(1);
    if (isA(token, t.kw.is) || isA(token, t.kw.as)) return Precedence.relational;
    if (isA(token, t.Greater)) {
      const form = this.greaterForm();
      if (form === '>>=' || form === '>>>=') return null;
      return binaryPrecedence[form];
    }
    const operator = binaryOperatorByType.get(token.tokenType);
    return operator === undefined ? null : binaryPrecedence[operator];
  }

  protected assignmentAhead(): boolean {
    const token = this.LA(1);
    if (isA(token, t.AssignmentOperator)) return true;
    if (!isA(token, t.Greater)) return false;
    const form = this.greaterForm();
    return form === '>>=' || form === '>>>=';
  }

  protected isPostfixAhead(): boolean {
    const token = this.LA(1);
    return startsPostfix(token) || (isA(token, t.Question) && isA(this.LA(2), t.LBracket));
  }

  expression = this.RULE(
    'expression',
    (): Expression => {
      const start = this.ACTION(() => this.here());
      let result = this.SUBRULE(this.conditionalExpression);
      this.OPTION({
        GATE: () => this.assignmentAhead(),
        DEF: () => {
          const operator = this.SUBRULE(this.assignmentOperator);
          const right = this.SUBRULE(this.expression);
          const left = result;
          result = this.ACTION(() =>
            this.node<AssignmentExpression>(start, { type: 'AssignmentExpression', operator, left, right }),
          );
        },
      });
      return result;
    },
    { recoveryValueFunc: () => this.errorNode() },
  );

  /** `a, b, c`: one expression or more, separated by commas. */
  expressionList = this.RULE(
    'expressionList',
    (): Expression[] => {
      const expressions: Expression[] = [this.SUBRULE(this.expression)];
      this.MANY(() => {
        this.CONSUME(t.Comma);
        expressions.push(this.SUBRULE2(this.expression));
      });
      return expressions;
    },
    { recoveryValueFunc: () => [] },
  );

  assignmentOperator = this.RULE(
    'assignmentOperator',
    (): AssignmentOperator =>
      this.OR([
        { ALT: () => this.CONSUME(t.AssignmentOperator).image as AssignmentOperator },
        {
          ALT: () => {
            this.CONSUME(t.Greater);
            return this.OR2([
              { ALT: () => this.consumeAs(t.GreaterEquals, '>>=' as const) },
              {
                ALT: () => {
                  this.CONSUME2(t.Greater);
                  this.CONSUME2(t.GreaterEquals);
                  return '>>>=' as const;
                },
              },
            ]);
          },
        },
      ]),
    { recoveryValueFunc: () => '=' as const },
  );

  conditionalExpression = this.RULE(
    'conditionalExpression',
    (): Expression => {
      const start = this.ACTION(() => this.here());
      let result = this.SUBRULE(this.binaryExpression);
      this.OPTION(() => {
        this.CONSUME(t.Question);
        const consequent = this.SUBRULE(this.expression);
        this.CONSUME(t.Colon);
        const alternate = this.SUBRULE2(this.expression);
        const test = result;
        result = this.ACTION(() =>
          this.node<ConditionalExpression>(start, {
            type: 'ConditionalExpression',
            test,
            consequent,
            alternate,
          }),
        );
      });
      return result;
    },
    { recoveryValueFunc: () => this.errorNode() },
  );

  /** Binary operators, `is` and `as` with precedence at least `minimum`. */
  binaryExpression = this.RULE(
    'binaryExpression',
    (minimum: number = Precedence.coalescing): Expression => {
      const first = this.SUBRULE(this.operandExpression);
      const items: ChainItem[] = [];
      this.MANY({
        GATE: () => (this.binaryOperatorAhead() ?? -1) >= minimum,
        DEF: () =>
          this.OR([
            {
              ALT: () => {
                this.CONSUME(t.kw.is);
                const pattern = this.SUBRULE(this.pattern);
                items.push({ kind: 'is', pattern });
              },
            },
            {
              ALT: () => {
                this.CONSUME(t.kw.as);
                const targetType = this.SUBRULE(this.type, { ARGS: [NullableMode.UnlessExpressionFollows] });
                items.push({ kind: 'as', targetType });
              },
            },
            {
              ALT: () => {
                const operator = this.SUBRULE(this.binaryOperator);
                const right = this.SUBRULE2(this.operandExpression);
                items.push({ kind: 'binary', operator, right });
              },
            },
          ]),
      });
      return this.ACTION(() => reduceChain(first, items));
    },
    { recoveryValueFunc: () => this.errorNode() },
  );

  binaryOperator = this.RULE(
    'binaryOperator',
    (): BinaryOperator => {
      const simple = binaryOperatorTokens.map(([type, operator]) => ({
        ALT: () => {
          this.CONSUME(type);
          return operator;
        },
      }));
      return this.OR([
        ...simple,
        {
          ALT: (): BinaryOperator => {
            this.CONSUME(t.Greater);
            let operator: BinaryOperator = '>';
            this.OPTION({
              GATE: () => adjacent(this.LA(0), this.LA(1)),
              DEF: () => {
                this.CONSUME2(t.Greater);
                operator = '>>';
                this.OPTION2({
                  GATE: () => adjacent(this.LA(0), this.LA(1)),
                  DEF: () => {
                    this.CONSUME3(t.Greater);
                    operator = '>>>';
                  },
                });
              },
            });
            return operator;
          },
        },
      ]);
    },
    { recoveryValueFunc: () => '+' as const },
  );

  /** An operand of a binary chain: a unary or range expression, then C# 8 `switch`/`with`. */
  operandExpression = this.RULE(
    'operandExpression',
    (): Expression => {
      const start = this.ACTION(() => this.here());
      let result = this.SUBRULE(this.rangeExpression);
      this.MANY({
        GATE: () =>
          isA(this.LA(2), t.LBrace) && (isA(this.LA(1), t.kw.switch) || this.isContextualAhead('with')),
        DEF: () =>
          this.OR([
            {
              ALT: () => {
                this.CONSUME(t.kw.switch);
                const arms = this.SUBRULE(this.switchExpressionArms);
                const governing = result;
                result = this.ACTION(() =>
                  this.node<SwitchExpression>(start, { type: 'SwitchExpression', governing, arms }),
                );
              },
            },
            {
              ALT: () => {
                this.consumeContextual('with', 0);
                const initializer = this.SUBRULE(this.objectInitializer);
                const expression = result;
                result = this.ACTION(() =>
                  this.node<WithExpression>(start, { type: 'WithExpression', expression, initializer }),
                );
              },
            },
          ]),
      });
      return result;
    },
    { recoveryValueFunc: () => this.errorNode() },
  );

  switchExpressionArms = this.RULE(
    'switchExpressionArms',
    (): SwitchExpressionArm[] => {
      const arms: SwitchExpressionArm[] = [];
      this.CONSUME(t.LBrace);
      this.OPTION({
        GATE: () => !isA(this.LA(1), t.RBrace),
        DEF: () => {
          arms.push(this.SUBRULE(this.switchExpressionArm));
          this.MANY({
            GATE: () => this.isSeparatorAhead(t.RBrace),
            DEF: () => {
              this.CONSUME(t.Comma);
              arms.push(this.SUBRULE2(this.switchExpressionArm));
            },
          });
          this.OPTION2(() => this.CONSUME2(t.Comma));
        },
      });
      this.CONSUME(t.RBrace);
      return arms;
    },
    { recoveryValueFunc: () => [] },
  );

  switchExpressionArm = this.RULE('switchExpressionArm', (): SwitchExpressionArm => {
    const start = this.ACTION(() => this.here());
    const pattern = this.SUBRULE(this.pattern);
    const guard = this.OPTION({
      GATE: () => this.isContextualAhead('when'),
      DEF: () => {
        this.consumeContextual('when', 0);
        return this.SUBRULE(this.expression);
      },
    });
    this.CONSUME(t.FatArrow);
    const body = this.SUBRULE2(this.expression);
    return this.ACTION(() =>
      this.node<SwitchExpressionArm>(start, {
        type: 'SwitchExpressionArm',
        pattern,
        guard: guard ?? null,
        body,
      }),
    );
  });

  /** `a..b`, `..b`, `a..`, `..` (C# 8), or a plain unary expression. */
  rangeExpression = this.RULE(
    'rangeExpression',
    (): Expression => {
      const start = this.ACTION(() => this.here());
      const rangeEnd = () =>
        this.OPTION({
          GATE: () => canStartExpression(this.LA(1)) && !isA(this.LA(1), t.DotDot),
          DEF: () => this.SUBRULE(this.unaryExpression),
        }) ?? null;
      return this.OR({
        IGNORE_AMBIGUITIES: true,
        DEF: [
          {
            ALT: () => {
              this.CONSUME(t.DotDot);
              const end = rangeEnd();
              return this.ACTION(() =>
                this.node<RangeExpression>(start, { type: 'RangeExpression', start: null, end }),
              );
            },
          },
          {
            ALT: () => {
              let result = this.SUBRULE2(this.unaryExpression);
              this.OPTION2(() => {
                this.CONSUME2(t.DotDot);
                const end = this.OPTION3({
                  GATE: () => canStartExpression(this.LA(1)) && !isA(this.LA(1), t.DotDot),
                  DEF: () => this.SUBRULE3(this.unaryExpression),
                });
                const left = result;
                result = this.ACTION(() =>
                  this.node<RangeExpression>(start, {
                    type: 'RangeExpression',
                    start: left,
                    end: end ?? null,
                  }),
                );
              });
              return result;
            },
          },
          this.missingExpressionAlternative(),
        ],
      });
    },
    { recoveryValueFunc: () => this.errorNode() },
  );

  unaryExpression = this.RULE(
    'unaryExpression',
    (): Expression => {
      const start = this.ACTION(() => this.here());
      return this.OR({
        IGNORE_AMBIGUITIES: true,
        DEF: [
          ...prefixOperatorTokens.map(([type, operator], index) => ({
            ALT: () => {
              this.CONSUME(type);
              const operand = this.subrule(index, this.unaryExpression);
              return this.ACTION(() =>
                this.node<PrefixUnaryExpression>(start, { type: 'PrefixUnaryExpression', operator, operand }),
              );
            },
          })),
          {
            GATE: () => isA(this.LA(1), t.LParen) && isCastStart(this.peek) && !isLambdaStart(this.peek),
            ALT: () => {
              this.CONSUME(t.LParen);
              const targetType = this.SUBRULE(this.type);
              this.CONSUME(t.RParen);
              const expression = this.subrule(prefixOperatorTokens.length, this.unaryExpression);
              return this.ACTION(() =>
                this.node<CastExpression>(start, { type: 'CastExpression', targetType, expression }),
              );
            },
          },
          { ALT: () => this.SUBRULE(this.primaryExpression) },
          this.missingExpressionAlternative(),
        ],
      });
    },
    { recoveryValueFunc: () => this.errorNode() },
  );

  /** A term followed by member access, invocation, element access, `++`, `--`, `!`. */
  primaryExpression = this.RULE(
    'primaryExpression',
    (): Expression => {
      const start = this.ACTION(() => this.here());
      let result = this.SUBRULE(this.primaryTerm);
      let conditional = false;
      this.MANY({
        GATE: () => this.isPostfixAhead(),
        DEF: () => {
          const object = result;
          result = this.OR({
            IGNORE_AMBIGUITIES: true,
            DEF: [
              {
                ALT: () => {
                  this.CONSUME(t.Dot);
                  const property = this.SUBRULE(this.memberName);
                  return this.ACTION(() =>
                    this.node<MemberExpression>(start, {
                      type: 'MemberExpression',
                      object,
                      property,
                      optional: false,
                    }),
                  );
                },
              },
              {
                ALT: () => {
                  this.CONSUME(t.QuestionDot);
                  const property = this.SUBRULE2(this.memberName);
                  conditional = true;
                  return this.ACTION(() =>
                    this.node<MemberExpression>(start, {
                      type: 'MemberExpression',
                      object,
                      property,
                      optional: true,
                    }),
                  );
                },
              },
              {
                GATE: () => isA(this.LA(1), t.Question),
                ALT: () => {
                  this.CONSUME(t.Question);
                  const args = this.SUBRULE(this.bracketedArgumentList);
                  conditional = true;
                  return this.ACTION(() =>
                    this.node<ElementAccessExpression>(start, {
                      type: 'ElementAccessExpression',
                      object,
                      arguments: args,
                      optional: true,
                    }),
                  );
                },
              },
              {
                GATE: () => isA(this.LA(1), t.LParen),
                ALT: () => {
                  const args = this.SUBRULE2(this.argumentList);
                  return this.ACTION(() =>
                    this.node<InvocationExpression>(start, {
                      type: 'InvocationExpression',
                      callee: object,
                      arguments: args,
                    }),
                  );
                },
              },
              {
                ALT: () => {
                  const args = this.SUBRULE2(this.bracketedArgumentList);
                  return this.ACTION(() =>
                    this.node<ElementAccessExpression>(start, {
                      type: 'ElementAccessExpression',
                      object,
                      arguments: args,
                      optional: false,
                    }),
                  );
                },
              },
              {
                ALT: () => {
                  const token = this.OR2([
                    { ALT: () => this.CONSUME(t.PlusPlus) },
                    { ALT: () => this.CONSUME(t.MinusMinus) },
                    { ALT: () => this.CONSUME(t.Bang) },
                  ]);
                  return this.ACTION(() =>
                    this.node<PostfixUnaryExpression>(start, {
                      type: 'PostfixUnaryExpression',
                      operator: token.image as PostfixUnaryExpression['operator'],
                      operand: object,
                    }),
                  );
                },
              },
            ],
          });
        },
      });
      return this.ACTION(() => {
        if (!conditional) return result;
        return this.node<ConditionalAccessExpression>(start, {
          type: 'ConditionalAccessExpression',
          expression: result,
        });
      });
    },
    { recoveryValueFunc: () => this.errorNode() },
  );

  /** A member name after `.`/`?.`, with type arguments when C#'s rule keeps them. */
  memberName = this.RULE('memberName', (): Identifier => {
    const token = this.CONSUME(t.Identifier);
    const typeArguments = this.OPTION({
      GATE: () => isA(this.LA(1), t.Less) && isTypeArgumentListInExpression(this.peek),
      DEF: () => this.SUBRULE(this.typeArgumentList),
    });
    return this.ACTION(() => {
      const identifier = this.identifierFrom(token, typeArguments ?? null);
      if (typeArguments !== undefined) identifier.range = [identifier.range[0], this.lastEnd()];
      return identifier;
    });
  });

  primaryTerm = this.RULE(
    'primaryTerm',
    (): Expression => {
      const start = this.ACTION(() => this.here());
      // No gates at this level: chevrotain then picks the alternative by a map lookup of the next
      // token. The choices that need look-ahead happen inside `identifierLedTerm` and
      // `parenthesisLedTerm`.
      return this.OR([
        { ALT: () => this.SUBRULE(this.identifierLedTerm) },
        { ALT: () => this.SUBRULE(this.parenthesisLedTerm) },
        { ALT: () => this.SUBRULE(this.literal) },
        {
          ALT: () => {
            const token = this.CONSUME(t.InterpolatedStringLiteral);
            return this.ACTION(() => this.interpolatedStringFrom(token));
          },
        },
        {
          ALT: () => {
            const token = this.CONSUME(t.NamedValueToken);
            return this.ACTION(() =>
              this.node<NamedValue>(start, {
                type: 'NamedValue',
                name: (token.payload as Extract<LiteralData, { kind: 'named-value' }>).name,
              }),
            );
          },
        },
        { ALT: () => this.SUBRULE(this.predefinedTypeTerm) },
        { ALT: () => this.SUBRULE(this.newExpression) },
        {
          ALT: () => {
            this.CONSUME(t.kw.this);
            return this.ACTION(() => this.node<Expression>(start, { type: 'ThisExpression' }));
          },
        },
        {
          ALT: () => {
            this.CONSUME(t.kw.base);
            return this.ACTION(() => this.node<Expression>(start, { type: 'BaseExpression' }));
          },
        },
        {
          ALT: () => {
            this.CONSUME(t.kw.typeof);
            const targetType = this.SUBRULE(this.parenthesizedType);
            return this.ACTION(() =>
              this.node<TypeOfExpression>(start, { type: 'TypeOfExpression', targetType }),
            );
          },
        },
        {
          ALT: () => {
            this.CONSUME(t.kw.sizeof);
            const targetType = this.SUBRULE2(this.parenthesizedType);
            return this.ACTION(() =>
              this.node<SizeOfExpression>(start, { type: 'SizeOfExpression', targetType }),
            );
          },
        },
        {
          ALT: () => {
            this.CONSUME(t.kw.default);
            const targetType = this.OPTION(() => this.SUBRULE3(this.parenthesizedType));
            return this.ACTION((): Expression => {
              if (targetType === undefined) return this.node<Expression>(start, { type: 'DefaultLiteral' });
              return this.node<DefaultExpression>(start, { type: 'DefaultExpression', targetType });
            });
          },
        },
        {
          ALT: () => {
            const keyword = this.OR2([
              { ALT: () => this.CONSUME(t.kw.checked) },
              { ALT: () => this.CONSUME(t.kw.unchecked) },
            ]);
            this.CONSUME(t.LParen);
            const expression = this.SUBRULE(this.expression);
            this.CONSUME(t.RParen);
            return this.ACTION(() =>
              this.node<CheckedExpression>(start, {
                type: 'CheckedExpression',
                checked: keyword.image === 'checked',
                expression,
              }),
            );
          },
        },
        { ALT: () => this.SUBRULE(this.anonymousMethod) },
        {
          ALT: () => {
            this.CONSUME(t.kw.throw);
            const argument = this.SUBRULE(this.binaryExpression);
            return this.ACTION(() =>
              this.node<ThrowExpression>(start, { type: 'ThrowExpression', argument }),
            );
          },
        },
        { ALT: () => this.SUBRULE(this.staticLambda) },
      ]);
    },
    { recoveryValueFunc: () => this.errorNode() },
  );

  /** A term that starts with a name: a lambda `x =>`, a query, `var (a, b)`, or a name. */
  identifierLedTerm = this.RULE(
    'identifierLedTerm',
    (): Expression =>
      this.OR({
        IGNORE_AMBIGUITIES: true,
        DEF: [
          {
            GATE: () =>
              this.isContextualAhead('async') && isA(this.LA(2), t.LParen) && isLambdaStart(this.peek),
            ALT: () => this.SUBRULE(this.asyncParenthesizedLambda),
          },
          { GATE: () => isLambdaStart(this.peek), ALT: () => this.SUBRULE(this.nameLambda) },
          { GATE: () => isQueryStart(this.peek), ALT: () => this.SUBRULE(this.queryExpression) },
          {
            GATE: () => isVarDeconstructionStart(this.peek),
            ALT: () => this.SUBRULE(this.varDeconstruction),
          },
          { ALT: () => this.SUBRULE(this.nameTerm) },
        ],
      }),
    { recoveryValueFunc: () => this.errorNode() },
  );

  /** A term that starts with `(`: a lambda `(x, y) =>`, a parenthesized expression or a tuple. */
  parenthesisLedTerm = this.RULE(
    'parenthesisLedTerm',
    (): Expression =>
      this.OR({
        IGNORE_AMBIGUITIES: true,
        DEF: [
          { GATE: () => isLambdaStart(this.peek), ALT: () => this.SUBRULE(this.parenthesizedLambda) },
          { ALT: () => this.SUBRULE(this.parenthesizedOrTuple) },
        ],
      }),
    { recoveryValueFunc: () => this.errorNode() },
  );

  /** A keyword type as an expression, which C# allows only before a member: `string.Join`. */
  predefinedTypeTerm = this.RULE(
    'predefinedTypeTerm',
    (): Expression => {
      const type = this.SUBRULE(this.predefinedType);
      return this.ACTION((): Expression => {
        if (isA(this.LA(1), t.Dot)) return type as unknown as Expression;
        this.problems.push({
          code: 'invalid-expression-term',
          start: type.range[0],
          end: type.range[1],
          data: { token: type.keyword },
        });
        return this.nodeAt<Expression>(type.range[0], type.range[1], { type: 'ErrorNode' });
      });
    },
    { recoveryValueFunc: () => this.errorNode() },
  );

  /** `(T)` after `typeof`, `sizeof`, `default`. */
  parenthesizedType = this.RULE('parenthesizedType', () => {
    this.CONSUME(t.LParen);
    const result = this.SUBRULE(this.type);
    this.CONSUME(t.RParen);
    return result;
  });

  literal = this.RULE(
    'literal',
    (): Expression => {
      const token = this.OR([
        { ALT: () => this.CONSUME(t.IntegerLiteral) },
        { ALT: () => this.CONSUME(t.RealLiteral) },
        { ALT: () => this.CONSUME(t.StringLiteral) },
        { ALT: () => this.CONSUME(t.VerbatimStringLiteral) },
        { ALT: () => this.CONSUME(t.RawStringLiteral) },
        { ALT: () => this.CONSUME(t.CharLiteral) },
        { ALT: () => this.CONSUME(t.kw.true) },
        { ALT: () => this.CONSUME(t.kw.false) },
        { ALT: () => this.CONSUME(t.kw.null) },
      ]);
      return this.ACTION(() => this.literalFrom(token));
    },
    { recoveryValueFunc: () => this.errorNode() },
  );

  protected literalFrom(token: IToken): Expression {
    const start = token.startOffset;
    const end = (token.endOffset ?? start) + 1;
    const raw = token.image;
    if (isA(token, t.kw.true) || isA(token, t.kw.false)) {
      return this.nodeAt<Expression>(start, end, { type: 'BooleanLiteral', value: raw === 'true' });
    }
    if (isA(token, t.kw.null)) return this.nodeAt<Expression>(start, end, { type: 'NullLiteral' });
    const data = token.payload as LiteralData;
    switch (data.kind) {
      case 'integer':
        return this.nodeAt<Expression>(start, end, {
          type: 'IntegerLiteral',
          value: data.value,
          suffix: data.suffix,
          raw,
        });
      case 'real':
        return this.nodeAt<Expression>(start, end, {
          type: 'RealLiteral',
          value: data.value,
          digits: data.digits,
          suffix: data.suffix,
          raw,
        });
      case 'string':
        return this.nodeAt<Expression>(start, end, {
          type: 'StringLiteral',
          value: data.value,
          kind: data.stringKind,
          utf8: data.utf8,
          raw,
        });
      case 'char':
        return this.nodeAt<Expression>(start, end, { type: 'CharLiteral', value: data.value, raw });
      default:
        throw new Error(`Literal token ${token.tokenType.name} carries no literal value`);
    }
  }

  /**
   * Builds an interpolated string; each hole's expression is parsed after the current parse (the
   * parser is not re-entrant), so it starts as an error node recorded in `pendingHoles`.
   */
  protected interpolatedStringFrom(token: IToken): InterpolatedString {
    const data = token.payload as Extract<LiteralData, { kind: 'interpolated' }>;
    const base = token.startOffset;
    const { extent } = data;
    const parts: (InterpolatedText | Interpolation)[] = [];
    data.pieces.forEach((piece, index) => {
      if (piece.end > piece.start) {
        parts.push(
          this.nodeAt<InterpolatedText>(base + piece.start, base + piece.end, {
            type: 'InterpolatedText',
            value: piece.value,
            raw: token.image.slice(piece.start, piece.end),
          }),
        );
      }
      const hole = extent.holes[index];
      if (hole === undefined) return;
      const formatText = data.formats[index] ?? null;
      const format =
        hole.format === null || formatText === null
          ? null
          : this.nodeAt<InterpolationFormat>(base + hole.format[0], base + hole.format[1], {
              type: 'InterpolationFormat',
              value: formatText,
              raw: token.image.slice(hole.format[0], hole.format[1]),
            });
      const placeholder = this.nodeAt<Expression>(base + hole.expressionStart, base + hole.expressionStart, {
        type: 'ErrorNode',
      });
      const interpolation = this.nodeAt<Interpolation>(base + hole.open, base + hole.end, {
        type: 'Interpolation',
        expression: placeholder,
        alignment: null,
        format,
      });
      parts.push(interpolation);
      const shift = (pair: readonly [number, number] | null) =>
        pair === null ? null : ([base + pair[0], base + pair[1]] as const);
      this.pendingHoles.push({
        node: interpolation,
        hole: {
          ...hole,
          open: base + hole.open,
          expressionStart: base + hole.expressionStart,
          expressionEnd: base + hole.expressionEnd,
          alignment: shift(hole.alignment),
          format: shift(hole.format),
          end: base + hole.end,
        },
      });
    });
    return this.nodeAt<InterpolatedString>(base, (token.endOffset ?? base) + 1, {
      type: 'InterpolatedString',
      kind: extent.kind,
      prefix: extent.prefix,
      parts,
      raw: token.image,
    });
  }

  /** A name in an expression: `x`, `F<T>` (when C#'s rule keeps the type arguments), `global::X`. */
  nameTerm = this.RULE(
    'nameTerm',
    (): Expression => {
      const start = this.ACTION(() => this.here());
      const token = this.CONSUME(t.Identifier);
      return this.OR({
        IGNORE_AMBIGUITIES: true,
        DEF: [
          {
            GATE: () => isA(this.LA(1), t.ColonColon),
            ALT: () => {
              this.CONSUME(t.ColonColon);
              const property = this.SUBRULE(this.memberName);
              return this.ACTION(() => {
                const alias = this.nodeAt<AliasQualifier>(start, (token.endOffset ?? start) + 1, {
                  type: 'AliasQualifier',
                  alias: this.identifierFrom(token),
                });
                return this.node<MemberExpression>(start, {
                  type: 'MemberExpression',
                  object: alias,
                  property,
                  optional: false,
                });
              });
            },
          },
          {
            ALT: () => {
              const typeArguments = this.OPTION({
                GATE: () => isA(this.LA(1), t.Less) && isTypeArgumentListInExpression(this.peek),
                DEF: () => this.SUBRULE(this.typeArgumentList),
              });
              return this.ACTION(() => {
                const identifier = this.identifierFrom(token, typeArguments ?? null);
                identifier.range = [start, Math.max(start, this.lastEnd())];
                return identifier;
              });
            },
          },
        ],
      });
    },
    { recoveryValueFunc: () => this.errorNode() },
  );

  /** `(x)`, `(a, b)`, `(name: a, b)`, `(var a, var b)`. */
  parenthesizedOrTuple = this.RULE(
    'parenthesizedOrTuple',
    (): Expression => {
      const start = this.ACTION(() => this.here());
      const elements: Argument[] = [];
      this.CONSUME(t.LParen);
      elements.push(this.SUBRULE(this.tupleElement));
      this.MANY(() => {
        this.CONSUME(t.Comma);
        elements.push(this.SUBRULE2(this.tupleElement));
      });
      this.CONSUME(t.RParen);
      return this.ACTION((): Expression => {
        const only = elements.length === 1 ? elements[0]! : undefined;
        if (only !== undefined && only.name === null && only.value.type !== 'DeclarationExpression') {
          return this.node<ParenthesizedExpression>(start, {
            type: 'ParenthesizedExpression',
            expression: only.value,
          });
        }
        return this.node<TupleExpression>(start, { type: 'TupleExpression', elements });
      });
    },
    { recoveryValueFunc: () => this.errorNode() },
  );

  tupleElement = this.RULE('tupleElement', (): Argument => {
    const start = this.ACTION(() => this.here());
    const name = this.OPTION({
      GATE: () => isIdentifier(this.LA(1)) && isA(this.LA(2), t.Colon),
      DEF: () => {
        const token = this.CONSUME(t.Identifier);
        this.CONSUME(t.Colon);
        return token;
      },
    });
    const value = this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          GATE: () => isDeclarationExpressionStart(this.peek),
          ALT: () => this.SUBRULE(this.declarationExpression),
        },
        { ALT: () => this.SUBRULE(this.expression) },
        this.missingExpressionAlternative(),
      ],
    });
    return this.ACTION(() =>
      this.node<Argument>(start, {
        type: 'Argument',
        name: name === undefined ? null : this.identifierFrom(name),
        refKind: null,
        value,
      }),
    );
  });

  /** `var x`, `int x`, `var (a, b)`: a variable declared inside an expression. */
  declarationExpression = this.RULE(
    'declarationExpression',
    (): DeclarationExpression => {
      const start = this.ACTION(() => this.here());
      const declaredType = this.SUBRULE(this.type);
      const designation = this.SUBRULE(this.variableDesignation);
      return this.ACTION(() =>
        this.node<DeclarationExpression>(start, { type: 'DeclarationExpression', declaredType, designation }),
      );
    },
    { recoveryValueFunc: () => this.errorNode() as unknown as DeclarationExpression },
  );

  /** `(arguments)` */
  argumentList = this.RULE(
    'argumentList',
    (): Argument[] => {
      this.CONSUME(t.LParen);
      const args = this.OPTION({
        GATE: () => !isA(this.LA(1), t.RParen),
        DEF: () => this.SUBRULE(this.argumentSequence),
      });
      this.CONSUME(t.RParen);
      return args ?? [];
    },
    { recoveryValueFunc: () => [] },
  );

  /** `[arguments]` of an element access or index initializer. */
  bracketedArgumentList = this.RULE(
    'bracketedArgumentList',
    (): Argument[] => {
      this.CONSUME(t.LBracket);
      const args = this.OPTION({
        GATE: () => !isA(this.LA(1), t.RBracket),
        DEF: () => this.SUBRULE(this.argumentSequence),
      });
      this.CONSUME(t.RBracket);
      return args ?? [];
    },
    { recoveryValueFunc: () => [] },
  );

  argumentSequence = this.RULE(
    'argumentSequence',
    (): Argument[] => {
      const args: Argument[] = [this.SUBRULE(this.argument)];
      this.MANY(() => {
        this.CONSUME(t.Comma);
        args.push(this.SUBRULE2(this.argument));
      });
      return args;
    },
    { recoveryValueFunc: () => [] },
  );

  argument = this.RULE('argument', (): Argument => {
    const start = this.ACTION(() => this.here());
    const name = this.OPTION({
      GATE: () => isIdentifier(this.LA(1)) && isA(this.LA(2), t.Colon),
      DEF: () => {
        const token = this.CONSUME(t.Identifier);
        this.CONSUME(t.Colon);
        return token;
      },
    });
    const refKind = this.OPTION2(() =>
      this.OR([
        { ALT: () => this.consumeAs(t.kw.ref, 'ref' as const) },
        { ALT: () => this.consumeAs(t.kw.out, 'out' as const) },
        { ALT: () => this.consumeAs(t.kw.in, 'in' as const) },
      ]),
    );
    const value = this.OR2({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          GATE: () => refKind === 'out' && isDeclarationExpressionStart(this.peek),
          ALT: () => this.SUBRULE(this.declarationExpression),
        },
        { ALT: () => this.SUBRULE(this.expression) },
        this.missingExpressionAlternative(),
      ],
    });
    return this.ACTION(() =>
      this.node<Argument>(start, {
        type: 'Argument',
        name: name === undefined ? null : this.identifierFrom(name),
        refKind: refKind ?? null,
        value,
      }),
    );
  });

  /**
   * Lambdas come in forms told apart by their first token, so that the term they start can be
   * chosen by a map lookup: `x => ...` and `async x => ...` (a name), `async (x) => ...`,
   * `(x, y) => ...`, and `static ...`. All end in `lambdaBody`.
   */
  nameLambda = this.RULE(
    'nameLambda',
    (): LambdaExpression => {
      const start = this.ACTION(() => this.here());
      const modifiers: LambdaExpression['modifiers'] = [];
      this.OPTION({
        GATE: () => this.isContextualAhead('async') && isIdentifier(this.LA(2)),
        DEF: () => {
          this.consumeContextual('async', 0);
          modifiers.push('async');
        },
      });
      const token = this.CONSUME1(t.Identifier);
      const parameters = this.ACTION(() => [this.implicitParameter(token)]) ?? [];
      return this.SUBRULE(this.lambdaBody, { ARGS: [start, modifiers, parameters, false] });
    },
    { recoveryValueFunc: () => this.errorNode() as unknown as LambdaExpression },
  );

  asyncParenthesizedLambda = this.RULE(
    'asyncParenthesizedLambda',
    (): LambdaExpression => {
      const start = this.ACTION(() => this.here());
      this.consumeContextual('async', 0);
      const parameters = this.SUBRULE(this.parameterList);
      return this.SUBRULE(this.lambdaBody, { ARGS: [start, ['async'], parameters, true] });
    },
    { recoveryValueFunc: () => this.errorNode() as unknown as LambdaExpression },
  );

  parenthesizedLambda = this.RULE(
    'parenthesizedLambda',
    (): LambdaExpression => {
      const start = this.ACTION(() => this.here());
      const parameters = this.SUBRULE(this.parameterList);
      return this.SUBRULE(this.lambdaBody, { ARGS: [start, [], parameters, true] });
    },
    { recoveryValueFunc: () => this.errorNode() as unknown as LambdaExpression },
  );

  /** `static x => ...`, `static async (x) => ...` (C# 9). */
  staticLambda = this.RULE(
    'staticLambda',
    (): LambdaExpression => {
      const start = this.ACTION(() => this.here());
      const modifiers: LambdaExpression['modifiers'] = ['static'];
      this.CONSUME(t.kw.static);
      this.OPTION({
        GATE: () => this.isContextualAhead('async') && !isA(this.LA(2), t.FatArrow),
        DEF: () => {
          this.consumeContextual('async', 0);
          modifiers.push('async');
        },
      });
      const { parameters, parenthesized } = this.OR([
        {
          ALT: () => {
            const token = this.CONSUME1(t.Identifier);
            return {
              parameters: this.ACTION(() => [this.implicitParameter(token)]) ?? [],
              parenthesized: false,
            };
          },
        },
        { ALT: () => ({ parameters: this.SUBRULE(this.parameterList), parenthesized: true }) },
      ]);
      return this.SUBRULE(this.lambdaBody, { ARGS: [start, modifiers, parameters, parenthesized] });
    },
    { recoveryValueFunc: () => this.errorNode() as unknown as LambdaExpression },
  );

  /** `=> body` of a lambda whose start, modifiers and parameters were read. */
  lambdaBody = this.RULE(
    'lambdaBody',
    (
      start = 0,
      modifiers: LambdaExpression['modifiers'] = [],
      parameters: Parameter[] = [],
      parenthesized = false,
    ): LambdaExpression => {
      this.CONSUME(t.FatArrow);
      const body = this.OR({
        IGNORE_AMBIGUITIES: true,
        DEF: [
          { GATE: () => isA(this.LA(1), t.LBrace), ALT: () => this.SUBRULE(this.block) },
          { ALT: () => this.SUBRULE(this.expression) },
          this.missingExpressionAlternative(),
        ],
      });
      return this.ACTION(() =>
        this.node<LambdaExpression>(start, {
          type: 'LambdaExpression',
          parameters,
          body,
          parenthesized,
          modifiers,
        }),
      );
    },
    { recoveryValueFunc: () => this.errorNode() as unknown as LambdaExpression },
  );

  /** The parameter of `x => ...`: a name without a type. */
  protected implicitParameter(token: IToken): Parameter {
    const name = this.identifierFrom(token);
    return this.nodeAt<Parameter>(name.range[0], name.range[1], {
      type: 'Parameter',
      modifier: null,
      parameterType: null,
      name,
      defaultValue: null,
    });
  }

  /** `var (a, b)` that starts a deconstruction. */
  varDeconstruction = this.RULE(
    'varDeconstruction',
    (): DeclarationExpression => {
      const start = this.ACTION(() => this.here());
      const token = this.consumeContextual('var', 0);
      const designation = this.SUBRULE(this.variableDesignation);
      return this.ACTION(() => {
        const name = this.identifierFrom(token);
        const declaredType = this.nodeAt<NamedType>(name.range[0], name.range[1], {
          type: 'NamedType',
          qualifier: null,
          name,
        });
        return this.node<DeclarationExpression>(start, {
          type: 'DeclarationExpression',
          declaredType,
          designation,
        });
      });
    },
    { recoveryValueFunc: () => this.errorNode() as unknown as DeclarationExpression },
  );

  /** `(int a, string b = "x")`, `(a, b)`, `(ref int a)`. */
  parameterList = this.RULE(
    'parameterList',
    (): Parameter[] => {
      const parameters: Parameter[] = [];
      this.CONSUME(t.LParen);
      this.MANY_SEP({ SEP: t.Comma, DEF: () => parameters.push(this.SUBRULE(this.parameter)) });
      this.CONSUME(t.RParen);
      return parameters;
    },
    { recoveryValueFunc: () => [] },
  );

  parameter = this.RULE('parameter', (): Parameter => {
    const start = this.ACTION(() => this.here());
    const modifier = this.OPTION(() =>
      this.OR([
        { ALT: () => this.consumeAs(t.kw.ref, 'ref' as const) },
        { ALT: () => this.consumeAs(t.kw.out, 'out' as const) },
        { ALT: () => this.consumeAs(t.kw.in, 'in' as const) },
        { ALT: () => this.consumeAs(t.kw.params, 'params' as const) },
        { ALT: () => this.consumeAs(t.kw.this, 'this' as const) },
      ]),
    );
    const parameterType = this.OPTION2({
      GATE: () => !(isIdentifier(this.LA(1)) && (isA(this.LA(2), t.Comma) || isA(this.LA(2), t.RParen))),
      DEF: () => this.SUBRULE(this.type),
    });
    const name = this.CONSUME(t.Identifier);
    const defaultValue = this.OPTION3(() => {
      this.CONSUME(t.Equals);
      return this.SUBRULE(this.expression);
    });
    return this.ACTION(() =>
      this.node<Parameter>(start, {
        type: 'Parameter',
        modifier: modifier ?? null,
        parameterType: parameterType ?? null,
        name: this.identifierFrom(name),
        defaultValue: defaultValue ?? null,
      }),
    );
  });

  /** `delegate (int x) { ... }` */
  anonymousMethod = this.RULE(
    'anonymousMethod',
    (): AnonymousMethodExpression => {
      const start = this.ACTION(() => this.here());
      this.CONSUME(t.kw.delegate);
      const parameters = this.OPTION(() => this.SUBRULE(this.parameterList));
      const body = this.SUBRULE(this.block);
      return this.ACTION(() =>
        this.node<AnonymousMethodExpression>(start, {
          type: 'AnonymousMethodExpression',
          parameters: parameters ?? null,
          body,
        }),
      );
    },
    { recoveryValueFunc: () => this.errorNode() as unknown as AnonymousMethodExpression },
  );
}
