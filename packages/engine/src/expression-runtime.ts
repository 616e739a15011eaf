// @apim-policy/engine/expression-runtime: the runtime that modules written by `apim-policy compile`
// (`compileExpressionSet` with `runtime: '@apim-policy/engine/expression-runtime'`) import. It is
// taken from the same `@apim-policy/expressions` entry as the engine's, so compiled expressions and
// the contexts the engine builds share their classes (`DotnetException`, the object model).
import { moduleRuntime } from '@apim-policy/expressions';

/** The helpers generated code calls (`h.*`). */
export const helpers: typeof moduleRuntime.helpers = moduleRuntime.helpers;
/** Resolves a slot (a member, type or constant) of generated code from its recipe. */
export const slot: typeof moduleRuntime.slot = moduleRuntime.slot;
/** Wraps a generated function into an `evaluate(context, options)`. */
export const wrapEvaluator: typeof moduleRuntime.wrapEvaluator = moduleRuntime.wrapEvaluator;
