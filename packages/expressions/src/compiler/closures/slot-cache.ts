import type { RuntimeType } from '../../runtime/runtime-type.js';
import { resolveSlot } from '../resolve-slot.js';
import { recipeKey, type SlotRecipe } from '../slots.js';

/** A function of the runtime or of a member implementation, called with typed-form values. */
export type RuntimeFunction = (...args: unknown[]) => unknown;

/**
 * The slots of one compiled expression, resolved once at compile time (each distinct recipe
 * once, as the code generator binds them), so that evaluation only calls what they hold.
 */
export class SlotCache {
  readonly #values = new Map<string, unknown>();

  get(recipe: SlotRecipe): unknown {
    const key = recipeKey(recipe);
    if (this.#values.has(key)) return this.#values.get(key);
    const value = resolveSlot(recipe);
    this.#values.set(key, value);
    return value;
  }

  /** A slot holding a function (member implementation, numeric converter). */
  fn(recipe: SlotRecipe): RuntimeFunction {
    const value = this.get(recipe);
    if (typeof value !== 'function') throw new Error(`Slot ${recipeKey(recipe)} is not a function`);
    return value as RuntimeFunction;
  }

  /** A slot holding a runtime type. */
  type(recipe: SlotRecipe & { kind: 'type' }): RuntimeType {
    return this.get(recipe) as RuntimeType;
  }
}
