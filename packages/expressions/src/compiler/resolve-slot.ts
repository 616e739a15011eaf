import type { Implementation } from '../model/implementation.js';
import { memberById } from '../model/registry.js';
import { runtimeType } from '../model/runtime-types.js';
import { AnonymousShape } from '../runtime/core/anonymous.js';
import { decimalLiteral } from '../runtime/helpers/decimal-literal.js';
import { numericConverter } from '../runtime/helpers/numeric-conversion.js';
import { toDotnetString } from '../runtime/text/to-string.js';
import type { SlotRecipe } from './slots.js';

function functionOf(implementation: Implementation, access: 'call' | 'get' | 'set', id: string): unknown {
  if (implementation.kind === 'accessors') {
    return functionOf(access === 'set' ? implementation.set : implementation.get, 'call', id);
  }
  if (implementation.kind !== 'function') throw new Error(`Member ${id} is not implemented by a function`);
  return implementation.fn;
}

/** Creates the value of a slot from its recipe (see `SlotRecipe`). */
export function resolveSlot(recipe: SlotRecipe): unknown {
  switch (recipe.kind) {
    case 'member':
      return functionOf(memberById(recipe.id).implementation, recipe.access, recipe.id);
    case 'constant': {
      const member = memberById(recipe.id);
      if (member.kind !== 'field') throw new Error(`Member ${recipe.id} is not a constant`);
      return member.constantValue;
    }
    case 'type':
      return runtimeType(recipe.type);
    case 'types':
      return recipe.types.map(runtimeType);
    case 'shape':
      return new AnonymousShape(
        recipe.type.members.map((member) => member.name),
        recipe.type.members.map((member) => {
          const type = runtimeType(member.type);
          return (value: unknown) => (value === null ? null : type.box(value));
        }),
        (value) => toDotnetString(value),
      );
    case 'decimal':
      return decimalLiteral(recipe.digits);
    case 'numeric':
      return numericConverter(recipe.from, recipe.to, recipe.checked);
  }
}
