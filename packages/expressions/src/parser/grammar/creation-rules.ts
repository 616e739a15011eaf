import type {
  AnonymousObjectCreationExpression,
  AnonymousObjectMember,
  ArrayCreationExpression,
  ArrayInitializer,
  ArrayRankSpecifier,
  CollectionInitializer,
  ElementInitializer,
  Expression,
  IndexInitializer,
  MemberInitializer,
  ObjectCreationExpression,
  ObjectInitializer,
} from '../../ast/expressions.js';
import type { TypeNode } from '../../ast/types.js';
import * as t from '../../lexer/tokens.js';
import { isA, isIdentifier } from '../token-kinds.js';
import { QueryRules } from './query-rules.js';

type Initializer = ObjectInitializer | CollectionInitializer;

/** `new` in all its forms, and the initializers that follow it. */
export abstract class CreationRules extends QueryRules {
  /** Is the `{` ahead an object initializer (`{ Name = ...`, `{ [key] = ...`, `{ }`)? */
  protected isObjectInitializerAhead(): boolean {
    const second = this.LA(2);
    if (isA(second, t.RBrace) || isA(second, t.LBracket)) return true;
    return isIdentifier(second) && isA(this.LA(3), t.Equals);
  }

  /** A comma that is followed by another element, not by the closing `close`. */
  protected isSeparatorAhead(close: typeof t.RBrace): boolean {
    return isA(this.LA(1), t.Comma) && !isA(this.LA(2), close);
  }

  newExpression = this.RULE(
    'newExpression',
    (): Expression => {
      const start = this.ACTION(() => this.here());
      this.CONSUME(t.kw.new);
      return this.OR({
        IGNORE_AMBIGUITIES: true,
        DEF: [
          {
            ALT: () => {
              const rank = this.SUBRULE(this.rankSpecifierNode);
              const initializer = this.SUBRULE(this.arrayInitializer);
              return this.ACTION(() =>
                this.node<ArrayCreationExpression>(start, {
                  type: 'ArrayCreationExpression',
                  elementType: null,
                  rankSpecifiers: [rank],
                  initializer,
                }),
              );
            },
          },
          {
            ALT: () => {
              const members = this.SUBRULE(this.anonymousObjectMembers);
              return this.ACTION(() =>
                this.node<AnonymousObjectCreationExpression>(start, {
                  type: 'AnonymousObjectCreationExpression',
                  members,
                }),
              );
            },
          },
          {
            ALT: () => {
              const args = this.SUBRULE(this.argumentList);
              const initializer = this.OPTION(() => this.SUBRULE(this.objectOrCollectionInitializer));
              return this.ACTION(() =>
                this.node<ObjectCreationExpression>(start, {
                  type: 'ObjectCreationExpression',
                  objectType: null,
                  arguments: args,
                  initializer: initializer ?? null,
                }),
              );
            },
          },
          {
            ALT: () => {
              const createdType = this.SUBRULE(this.nonArrayType);
              return this.OR2({
                IGNORE_AMBIGUITIES: true,
                DEF: [
                  {
                    GATE: () => isA(this.LA(1), t.LBracket),
                    ALT: () => this.SUBRULE(this.arrayCreationRest, { ARGS: [start, createdType] }),
                  },
                  { ALT: () => this.SUBRULE(this.objectCreationRest, { ARGS: [start, createdType] }) },
                ],
              });
            },
          },
        ],
      });
    },
    { recoveryValueFunc: () => this.errorNode() },
  );

  /** After `new T`: `[sizes]` or `[]`, more rank specifiers, an optional initializer. */
  arrayCreationRest = this.RULE(
    'arrayCreationRest',
    (start = 0, elementType: TypeNode | null = null): ArrayCreationExpression => {
      const rankSpecifiers: ArrayRankSpecifier[] = [this.SUBRULE(this.rankSpecifierNode)];
      this.MANY({
        GATE: () => this.isRankSpecifierAhead(),
        DEF: () => rankSpecifiers.push(this.SUBRULE2(this.rankSpecifierNode)),
      });
      const initializer = this.OPTION(() => this.SUBRULE(this.arrayInitializer));
      return this.ACTION(() =>
        this.node<ArrayCreationExpression>(start, {
          type: 'ArrayCreationExpression',
          elementType,
          rankSpecifiers,
          initializer: initializer ?? null,
        }),
      );
    },
    { recoveryValueFunc: () => this.errorNode() as unknown as ArrayCreationExpression },
  );

  /** `[]`, `[,]`, `[n]`, `[n, m]`. */
  rankSpecifierNode = this.RULE(
    'rankSpecifierNode',
    (): ArrayRankSpecifier => {
      const start = this.ACTION(() => this.here());
      const sizes: (Expression | null)[] = [];
      this.CONSUME(t.LBracket);
      this.OR([
        {
          GATE: () => isA(this.LA(1), t.RBracket) || isA(this.LA(1), t.Comma),
          ALT: () => {
            sizes.push(null);
            this.MANY(() => {
              this.CONSUME(t.Comma);
              sizes.push(null);
            });
          },
        },
        {
          ALT: () => {
            sizes.push(this.SUBRULE(this.expression));
            this.MANY2(() => {
              this.CONSUME2(t.Comma);
              sizes.push(this.SUBRULE2(this.expression));
            });
          },
        },
      ]);
      this.CONSUME(t.RBracket);
      return this.ACTION(() => this.node<ArrayRankSpecifier>(start, { type: 'ArrayRankSpecifier', sizes }));
    },
    { recoveryValueFunc: () => this.errorNode() as unknown as ArrayRankSpecifier },
  );

  /** After `new T`: `(arguments)` and/or an object or collection initializer. */
  objectCreationRest = this.RULE(
    'objectCreationRest',
    (start = 0, objectType: TypeNode | null = null): ObjectCreationExpression => {
      const args = this.OPTION(() => this.SUBRULE(this.argumentList));
      const initializer = this.OPTION2(() => this.SUBRULE(this.objectOrCollectionInitializer));
      return this.ACTION(() =>
        this.node<ObjectCreationExpression>(start, {
          type: 'ObjectCreationExpression',
          objectType,
          arguments: args ?? null,
          initializer: initializer ?? null,
        }),
      );
    },
    { recoveryValueFunc: () => this.errorNode() as unknown as ObjectCreationExpression },
  );

  objectOrCollectionInitializer = this.RULE(
    'objectOrCollectionInitializer',
    (): Initializer =>
      this.OR({
        IGNORE_AMBIGUITIES: true,
        DEF: [
          { GATE: () => this.isObjectInitializerAhead(), ALT: () => this.SUBRULE(this.objectInitializer) },
          { ALT: () => this.SUBRULE(this.collectionInitializer) },
        ],
      }),
    { recoveryValueFunc: () => this.errorNode() as unknown as Initializer },
  );

  objectInitializer = this.RULE(
    'objectInitializer',
    (): ObjectInitializer => {
      const start = this.ACTION(() => this.here());
      const members: (MemberInitializer | IndexInitializer)[] = [];
      this.CONSUME(t.LBrace);
      this.OPTION(() => {
        members.push(this.SUBRULE(this.memberInitializer));
        this.MANY({
          GATE: () => this.isSeparatorAhead(t.RBrace),
          DEF: () => {
            this.CONSUME(t.Comma);
            members.push(this.SUBRULE2(this.memberInitializer));
          },
        });
        this.OPTION2(() => this.CONSUME2(t.Comma));
      });
      this.CONSUME(t.RBrace);
      return this.ACTION(() => this.node<ObjectInitializer>(start, { type: 'ObjectInitializer', members }));
    },
    { recoveryValueFunc: () => this.errorNode() as unknown as ObjectInitializer },
  );

  memberInitializer = this.RULE(
    'memberInitializer',
    (): MemberInitializer | IndexInitializer => {
      const start = this.ACTION(() => this.here());
      return this.OR([
        {
          ALT: () => {
            const args = this.SUBRULE(this.bracketedArgumentList);
            this.CONSUME(t.Equals);
            const value = this.SUBRULE(this.initializerValue);
            return this.ACTION(() =>
              this.node<IndexInitializer>(start, { type: 'IndexInitializer', arguments: args, value }),
            );
          },
        },
        {
          ALT: () => {
            const name = this.CONSUME(t.Identifier);
            this.CONSUME2(t.Equals);
            const value = this.SUBRULE2(this.initializerValue);
            return this.ACTION(() =>
              this.node<MemberInitializer>(start, {
                type: 'MemberInitializer',
                name: this.identifierFrom(name),
                value,
              }),
            );
          },
        },
      ]);
    },
    { recoveryValueFunc: () => this.errorNode() as unknown as MemberInitializer },
  );

  /** The value of a member initializer: an expression or a nested initializer. */
  initializerValue = this.RULE(
    'initializerValue',
    (): Expression | Initializer =>
      this.OR([
        { ALT: () => this.SUBRULE(this.objectOrCollectionInitializer) },
        { ALT: () => this.SUBRULE(this.expression) },
        this.missingExpressionAlternative(),
      ]),
    { recoveryValueFunc: () => this.errorNode() },
  );

  collectionInitializer = this.RULE(
    'collectionInitializer',
    (): CollectionInitializer => {
      const start = this.ACTION(() => this.here());
      const elements: (Expression | ElementInitializer)[] = [];
      this.CONSUME(t.LBrace);
      this.OPTION(() => {
        elements.push(this.SUBRULE(this.collectionElement));
        this.MANY({
          GATE: () => this.isSeparatorAhead(t.RBrace),
          DEF: () => {
            this.CONSUME(t.Comma);
            elements.push(this.SUBRULE2(this.collectionElement));
          },
        });
        this.OPTION2(() => this.CONSUME2(t.Comma));
      });
      this.CONSUME(t.RBrace);
      return this.ACTION(() =>
        this.node<CollectionInitializer>(start, { type: 'CollectionInitializer', elements }),
      );
    },
    { recoveryValueFunc: () => this.errorNode() as unknown as CollectionInitializer },
  );

  collectionElement = this.RULE(
    'collectionElement',
    (): Expression | ElementInitializer =>
      this.OR([
        {
          ALT: () => {
            const start = this.ACTION(() => this.here());
            this.CONSUME(t.LBrace);
            const expressions = this.SUBRULE(this.expressionList);
            this.CONSUME(t.RBrace);
            return this.ACTION(() =>
              this.node<ElementInitializer>(start, { type: 'ElementInitializer', expressions }),
            );
          },
        },
        { ALT: () => this.SUBRULE2(this.expression) },
        this.missingExpressionAlternative(),
      ]),
    { recoveryValueFunc: () => this.errorNode() },
  );

  arrayInitializer = this.RULE(
    'arrayInitializer',
    (): ArrayInitializer => {
      const start = this.ACTION(() => this.here());
      const elements: (Expression | ArrayInitializer)[] = [];
      this.CONSUME(t.LBrace);
      this.OPTION(() => {
        elements.push(this.SUBRULE(this.arrayElement));
        this.MANY({
          GATE: () => this.isSeparatorAhead(t.RBrace),
          DEF: () => {
            this.CONSUME(t.Comma);
            elements.push(this.SUBRULE2(this.arrayElement));
          },
        });
        this.OPTION2(() => this.CONSUME2(t.Comma));
      });
      this.CONSUME(t.RBrace);
      return this.ACTION(() => this.node<ArrayInitializer>(start, { type: 'ArrayInitializer', elements }));
    },
    { recoveryValueFunc: () => this.errorNode() as unknown as ArrayInitializer },
  );

  arrayElement = this.RULE(
    'arrayElement',
    (): Expression | ArrayInitializer =>
      this.OR([
        { ALT: () => this.SUBRULE(this.arrayInitializer) },
        { ALT: () => this.SUBRULE(this.expression) },
        this.missingExpressionAlternative(),
      ]),
    { recoveryValueFunc: () => this.errorNode() },
  );

  /** `{ a = 1, b, x.Name }` after `new`. */
  anonymousObjectMembers = this.RULE(
    'anonymousObjectMembers',
    (): AnonymousObjectMember[] => {
      const members: AnonymousObjectMember[] = [];
      this.CONSUME(t.LBrace);
      this.OPTION(() => {
        members.push(this.SUBRULE(this.anonymousObjectMember));
        this.MANY({
          GATE: () => this.isSeparatorAhead(t.RBrace),
          DEF: () => {
            this.CONSUME(t.Comma);
            members.push(this.SUBRULE2(this.anonymousObjectMember));
          },
        });
        this.OPTION2(() => this.CONSUME2(t.Comma));
      });
      this.CONSUME(t.RBrace);
      return members;
    },
    { recoveryValueFunc: () => [] },
  );

  anonymousObjectMember = this.RULE('anonymousObjectMember', (): AnonymousObjectMember => {
    const start = this.ACTION(() => this.here());
    const name = this.OPTION({
      GATE: () => isIdentifier(this.LA(1)) && isA(this.LA(2), t.Equals),
      DEF: () => {
        const token = this.CONSUME(t.Identifier);
        this.CONSUME(t.Equals);
        return token;
      },
    });
    const value = this.SUBRULE(this.expression);
    return this.ACTION(() =>
      this.node<AnonymousObjectMember>(start, {
        type: 'AnonymousObjectMember',
        name: name === undefined ? null : this.identifierFrom(name),
        value,
      }),
    );
  });
}
