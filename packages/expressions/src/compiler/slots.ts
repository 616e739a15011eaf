import type { AnonymousType, Type } from '../model/types.js';
import type { NumericKind } from '../runtime/helpers/numeric-kind.js';

/**
 * What a compiled expression needs besides the fixed helpers: member implementations, runtime
 * types, anonymous shapes, decimal constants, numeric converters. Each is a slot, created from a
 * recipe: the code generator resolves recipes to values at once, the ahead-of-time module
 * writes them out as calls of the runtime's `slot` function, and the closure backend holds the
 * values directly.
 */
export type SlotRecipe =
  /** The function implementing a member: `call` for methods, constructors and operators. */
  | { readonly kind: 'member'; readonly id: string; readonly access: 'call' | 'get' | 'set' }
  /** The value of a constant field whose value is not a plain literal. */
  | { readonly kind: 'constant'; readonly id: string }
  | { readonly kind: 'type'; readonly type: Type }
  | { readonly kind: 'types'; readonly types: readonly Type[] }
  | { readonly kind: 'shape'; readonly type: AnonymousType }
  | { readonly kind: 'decimal'; readonly digits: string }
  | {
      readonly kind: 'numeric';
      readonly from: NumericKind;
      readonly to: NumericKind;
      readonly checked: boolean;
    };

/** A stable key of a recipe, so each distinct slot is created once per expression. */
export function recipeKey(recipe: SlotRecipe): string {
  switch (recipe.kind) {
    case 'member':
      return `member:${recipe.access}:${recipe.id}`;
    case 'constant':
      return `constant:${recipe.id}`;
    case 'type':
      return `type:${recipe.type.id}`;
    case 'types':
      return `types:${recipe.types.map((type) => type.id).join('|')}`;
    case 'shape':
      return `shape:${recipe.type.id}`;
    case 'decimal':
      return `decimal:${recipe.digits}`;
    case 'numeric':
      return `numeric:${recipe.from}:${recipe.to}:${recipe.checked}`;
  }
}
