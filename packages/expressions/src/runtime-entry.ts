/**
 * The runtime of compiled expressions, for modules compiled ahead of time (`compileModule`):
 * the helpers, the model's member implementations (by id), and the evaluation wrapper. It does
 * not include the parser, binder or code generator.
 */
import './model/library/index.js';
import { recipeFromJson } from './compiler/aot/recipe-from-json.js';
import type { SlotRecipeJson } from './compiler/aot/recipe-json.js';
import { resolveSlot } from './compiler/resolve-slot.js';

export type { EvaluateOptions } from './compiler/evaluate-options.js';
export { wrapEvaluator } from './compiler/evaluation.js';
export { BudgetExceeded, DotnetException } from './runtime/exceptions.js';
export { helpers } from './runtime/helpers/index.js';
export { runtimeTypeNamed } from './runtime/type-resolver.js';

/** A slot of a compiled module, from its recipe (JSON text). */
export function slot(recipe: string): unknown {
  return resolveSlot(recipeFromJson(JSON.parse(recipe) as SlotRecipeJson));
}
