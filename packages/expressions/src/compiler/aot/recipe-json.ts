import type { NumericKind } from '../../runtime/helpers/numeric-kind.js';
import type { SlotRecipe } from '../slots.js';
import { type TypeJson, typeToJson } from './type-json.js';

/**
 * A slot recipe as plain data, for modules compiled ahead of time (types as `TypeJson`).
 */
export type SlotRecipeJson =
  | { readonly kind: 'member'; readonly id: string; readonly access: 'call' | 'get' | 'set' }
  | { readonly kind: 'constant'; readonly id: string }
  | { readonly kind: 'type'; readonly type: TypeJson }
  | { readonly kind: 'types'; readonly types: readonly TypeJson[] }
  | { readonly kind: 'shape'; readonly type: TypeJson }
  | { readonly kind: 'decimal'; readonly digits: string }
  | {
      readonly kind: 'numeric';
      readonly from: NumericKind;
      readonly to: NumericKind;
      readonly checked: boolean;
    };

export function recipeToJson(recipe: SlotRecipe): SlotRecipeJson {
  switch (recipe.kind) {
    case 'type':
      return { kind: 'type', type: typeToJson(recipe.type) };
    case 'types':
      return { kind: 'types', types: recipe.types.map(typeToJson) };
    case 'shape':
      return { kind: 'shape', type: typeToJson(recipe.type) };
    default:
      return recipe;
  }
}
