import type { IToken } from 'chevrotain';
import type { Identifier } from '../../ast/base.js';
import type {
  AliasQualifier,
  ArrayType,
  NamedType,
  NullableType,
  OmittedType,
  PredefinedType,
  PredefinedTypeKeyword,
  TupleType,
  TupleTypeElement,
  TypeNode,
} from '../../ast/types.js';
import * as t from '../../lexer/tokens.js';
import { NullableMode, scanTypeArgumentList } from '../lookahead.js';
import { canStartExpression, isA } from '../token-kinds.js';
import { GrammarBase } from './grammar-base.js';

/** Types: `int`, `string[]`, `int?`, `List<string>`, `System.Text.Encoding`, `(int, string)`. */
export abstract class TypeRules extends GrammarBase {
  /** `[` `,`* `]` ahead: an array rank specifier. */
  protected isRankSpecifierAhead(): boolean {
    if (!isA(this.LA(1), t.LBracket)) return false;
    let i = 2;
    while (isA(this.LA(i), t.Comma)) i++;
    return isA(this.LA(i), t.RBracket);
  }

  /** `<` ahead that opens a well-formed type argument list. */
  protected isTypeArgumentListAhead(): boolean {
    return isA(this.LA(1), t.Less) && scanTypeArgumentList(this.peek, 1).ok;
  }

  protected isNullableAhead(mode: NullableMode): boolean {
    if (!isA(this.LA(1), t.Question) || mode === NullableMode.Never) return false;
    return mode === NullableMode.Always || !canStartExpression(this.LA(2));
  }

  type = this.RULE(
    'type',
    (mode: NullableMode = NullableMode.Always): TypeNode => {
      const start = this.ACTION(() => this.here());
      let result = this.SUBRULE(this.nonArrayType, { ARGS: [mode] });
      this.MANY({
        GATE: () => this.isRankSpecifierAhead(),
        DEF: () => {
          const rank = this.SUBRULE(this.rankSpecifier);
          result = this.ACTION(() =>
            this.node<ArrayType>(start, { type: 'ArrayType', elementType: result, rank }),
          );
        },
      });
      return result;
    },
    { recoveryValueFunc: () => this.errorNode() },
  );

  /** `[` `,`* `]`; returns the rank. */
  rankSpecifier = this.RULE(
    'rankSpecifier',
    (): number => {
      let rank = 1;
      this.CONSUME(t.LBracket);
      this.MANY(() => {
        this.CONSUME(t.Comma);
        rank++;
      });
      this.CONSUME(t.RBracket);
      return rank;
    },
    { recoveryValueFunc: () => 1 },
  );

  nonArrayType = this.RULE(
    'nonArrayType',
    (mode: NullableMode = NullableMode.Always): TypeNode => {
      const start = this.ACTION(() => this.here());
      let result = this.OR([
        { ALT: () => this.SUBRULE(this.predefinedType) },
        { ALT: () => this.SUBRULE(this.tupleType) },
        { ALT: () => this.SUBRULE(this.namedType) },
      ]);
      this.OPTION({
        GATE: () => this.isNullableAhead(mode),
        DEF: () => {
          this.CONSUME(t.Question);
          result = this.ACTION(() =>
            this.node<NullableType>(start, { type: 'NullableType', underlyingType: result }),
          );
        },
      });
      return result;
    },
    { recoveryValueFunc: () => this.errorNode() },
  );

  predefinedType = this.RULE(
    'predefinedType',
    (): PredefinedType => {
      const token = this.CONSUME(t.PredefinedTypeKeyword);
      return this.ACTION(() => this.predefinedTypeFrom(token));
    },
    { recoveryValueFunc: () => this.errorNode() as unknown as PredefinedType },
  );

  protected predefinedTypeFrom(token: IToken): PredefinedType {
    return this.nodeAt<PredefinedType>(token.startOffset, (token.endOffset ?? token.startOffset) + 1, {
      type: 'PredefinedType',
      keyword: token.image as PredefinedTypeKeyword,
    });
  }

  tupleType = this.RULE(
    'tupleType',
    (): TupleType => {
      const start = this.ACTION(() => this.here());
      const elements: TupleTypeElement[] = [];
      this.CONSUME(t.LParen);
      elements.push(this.SUBRULE(this.tupleTypeElement));
      this.AT_LEAST_ONE(() => {
        this.CONSUME(t.Comma);
        elements.push(this.SUBRULE2(this.tupleTypeElement));
      });
      this.CONSUME(t.RParen);
      return this.ACTION(() => this.node<TupleType>(start, { type: 'TupleType', elements }));
    },
    { recoveryValueFunc: () => this.errorNode() as unknown as TupleType },
  );

  tupleTypeElement = this.RULE('tupleTypeElement', (): TupleTypeElement => {
    const start = this.ACTION(() => this.here());
    const elementType = this.SUBRULE(this.type);
    const name = this.OPTION(() => this.CONSUME(t.Identifier));
    return this.ACTION(() =>
      this.node<TupleTypeElement>(start, {
        type: 'TupleTypeElement',
        elementType,
        name: name === undefined ? null : this.identifierFrom(name),
      }),
    );
  });

  /** `Name`, `Name<T>`, `A.B<T>.C`, `global::A.B`. */
  namedType = this.RULE(
    'namedType',
    (): NamedType => {
      const start = this.ACTION(() => this.here());
      let qualifier: NamedType | AliasQualifier | null = null;
      this.OPTION({
        GATE: () => isA(this.LA(2), t.ColonColon),
        DEF: () => {
          const alias = this.CONSUME(t.Identifier);
          this.CONSUME(t.ColonColon);
          qualifier = this.ACTION(() =>
            this.node<AliasQualifier>(start, { type: 'AliasQualifier', alias: this.identifierFrom(alias) }),
          );
        },
      });
      let name = this.SUBRULE(this.typeName);
      this.MANY(() => {
        this.CONSUME(t.Dot);
        const inner: NamedType | AliasQualifier | null = qualifier;
        const left = this.ACTION(() =>
          this.nodeAt<NamedType>(start, name.range[1], { type: 'NamedType', qualifier: inner, name }),
        );
        qualifier = left;
        name = this.SUBRULE2(this.typeName);
      });
      const finalQualifier: NamedType | AliasQualifier | null = qualifier;
      return this.ACTION(() =>
        this.node<NamedType>(start, { type: 'NamedType', qualifier: finalQualifier, name }),
      );
    },
    { recoveryValueFunc: () => this.errorNode() as unknown as NamedType },
  );

  /** One segment of a type name: an identifier with optional type arguments. */
  typeName = this.RULE('typeName', (): Identifier => {
    const token = this.CONSUME(t.Identifier);
    const typeArguments = this.OPTION({
      GATE: () => this.isTypeArgumentListAhead(),
      DEF: () => this.SUBRULE(this.typeArgumentList),
    });
    return this.ACTION(() => {
      const identifier = this.identifierFrom(token, typeArguments ?? null);
      if (typeArguments !== undefined) identifier.range = [identifier.range[0], this.lastEnd()];
      return identifier;
    });
  });

  /** `<T1, T2>`, or the unbound `<>` / `<,>` of `typeof(Dictionary<,>)`. */
  typeArgumentList = this.RULE(
    'typeArgumentList',
    (): TypeNode[] => {
      const types: TypeNode[] = [];
      this.CONSUME(t.Less);
      this.OR([
        {
          GATE: () => isA(this.LA(1), t.Greater) || isA(this.LA(1), t.Comma),
          ALT: () => {
            const omitted = () => {
              const at = this.ACTION(() => this.here());
              return this.ACTION(() => this.nodeAt<OmittedType>(at, at, { type: 'OmittedType' }));
            };
            types.push(omitted());
            this.MANY(() => {
              this.CONSUME(t.Comma);
              types.push(omitted());
            });
          },
        },
        {
          ALT: () => {
            types.push(this.SUBRULE(this.type));
            this.MANY2(() => {
              this.CONSUME2(t.Comma);
              types.push(this.SUBRULE2(this.type));
            });
          },
        },
      ]);
      this.CONSUME(t.Greater);
      return types;
    },
    { recoveryValueFunc: () => [] },
  );
}
