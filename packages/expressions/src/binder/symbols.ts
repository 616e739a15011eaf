import type { Node } from '../ast/nodes.js';
import type { Type } from '../model/types.js';

/**
 * A variable of the expression: a local, a lambda or local-function parameter, a pattern or
 * `out var` variable, a `foreach` or `catch` variable, or a hidden temporary of the compiler.
 * Its `id` is unique in the expression; backends name variables by id, never by the policy's name.
 */
export interface LocalSymbol {
  readonly kind: 'local';
  readonly id: number;
  readonly name: string;
  readonly type: Type;
  /** Where the variable is declared (for diagnostics). */
  readonly declaration: Node;
  /** `const` locals hold a constant value and cannot be assigned. */
  readonly constantValue: BoundConstant | undefined;
  /** Read-only: `foreach` and `using` variables. */
  readonly readOnly: boolean;
  /** A parameter (of a lambda or local function): definitely assigned on entry. */
  readonly isParameter: boolean;
}

/** The value of a constant expression, in its typed form (`decimal` as its digits). */
export type BoundConstant =
  | { readonly kind: 'value'; readonly value: string | number | bigint | boolean | null }
  | { readonly kind: 'decimal'; readonly digits: string };

/** A local function (C# 7). */
export interface LocalFunctionSymbol {
  readonly kind: 'local-function';
  readonly id: number;
  readonly name: string;
  readonly parameters: readonly LocalSymbol[];
  readonly returnType: Type;
  readonly declaration: Node;
}
