import type { AnonymousType } from '../../model/types.js';
import type { SlotRecipe } from '../slots.js';
import type { SlotRecipeJson } from './recipe-json.js';
import { typeFromJson } from './type-json.js';

/** Reads back a recipe written by `recipeToJson`. */
export function recipeFromJson(json: SlotRecipeJson): SlotRecipe {
  switch (json.kind) {
    case 'type':
      return { kind: 'type', type: typeFromJson(json.type) };
    case 'types':
      return { kind: 'types', types: json.types.map(typeFromJson) };
    case 'shape': {
      const type = typeFromJson(json.type);
      if (type.kind !== 'anonymous') throw new Error('A shape recipe names an anonymous type');
      return { kind: 'shape', type: type as AnonymousType };
    }
    default:
      return json;
  }
}
