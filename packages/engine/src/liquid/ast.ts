import type { ComparisonOperator } from './compare.js';
import type { FilterDefinition } from './filters/definition.js';

/** A value in a template: a literal, a variable with its path, or a range `(from..to)`. */
export type Expression =
  | { readonly kind: 'literal'; readonly value: unknown }
  | {
      readonly kind: 'variable';
      /** A name, or an expression for `[expr]` at the start of the path. */
      readonly root: string | Expression;
      readonly path: readonly PathSegment[];
    }
  | { readonly kind: 'range'; readonly from: Expression; readonly to: Expression };

/** `.name` (which may be the `size`, `first` or `last` pseudo-member) or `[key]`. */
export type PathSegment =
  | { readonly kind: 'member'; readonly name: string }
  | { readonly kind: 'index'; readonly key: Expression };

export interface FilterCall {
  readonly filter: FilterDefinition;
  readonly args: readonly Expression[];
}

/** `value | filter: arg, … | filter …`. */
export interface FilteredExpression {
  readonly value: Expression;
  readonly filters: readonly FilterCall[];
}

/**
 * A condition of `if`, `elsif` or `unless`. `and` and `or` bind with equal strength from the
 * right, as in Liquid: `a or b and c` is `a or (b and c)`, `a and b or c` is `a and (b or c)`.
 */
export type Condition =
  | {
      readonly kind: 'test';
      readonly left: Expression;
      readonly operator: ComparisonOperator | null;
      readonly right: Expression | null;
    }
  | { readonly kind: 'and' | 'or'; readonly left: Condition; readonly right: Condition };

export interface Branch {
  readonly condition: Condition;
  readonly body: readonly Node[];
}

export interface When {
  readonly values: readonly Expression[];
  readonly body: readonly Node[];
}

export type Node =
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'output'; readonly value: FilteredExpression }
  | {
      readonly kind: 'if';
      /** True for `unless`: its first condition is negated. */
      readonly negateFirst: boolean;
      readonly branches: readonly Branch[];
      readonly otherwise: readonly Node[] | null;
    }
  | {
      readonly kind: 'case';
      readonly subject: Expression;
      readonly whens: readonly When[];
      readonly otherwise: readonly Node[] | null;
    }
  | {
      readonly kind: 'for';
      readonly variable: string;
      /** `variable-collection`, as `forloop.name` gives it. */
      readonly name: string;
      readonly collection: Expression;
      readonly limit: Expression | null;
      readonly offset: Expression | null;
      readonly reversed: boolean;
      readonly body: readonly Node[];
      readonly otherwise: readonly Node[] | null;
    }
  | { readonly kind: 'break' | 'continue' }
  | { readonly kind: 'assign'; readonly variable: string; readonly value: FilteredExpression }
  | { readonly kind: 'capture'; readonly variable: string; readonly body: readonly Node[] };

/**
 * A parsed template, ready for `renderLiquid`. Treat it as opaque: its structure is not part of
 * the API.
 */
export interface LiquidTemplate {
  readonly nodes: readonly Node[];
}
