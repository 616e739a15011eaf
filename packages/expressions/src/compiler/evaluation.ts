import { type Environment, enterEnvironment, leaveEnvironment } from '../runtime/environment.js';
import type { RuntimeType } from '../runtime/runtime-type.js';
import { type EvaluateOptions, environmentFor } from './evaluate-options.js';
import type { RawEvaluator } from './evaluator.js';

/** Evaluates a compiled expression against a context. */
export type Evaluate = (context: unknown, options?: EvaluateOptions) => unknown;

/**
 * Wraps a backend's function: installs the evaluation's environment (with a fresh budget) and
 * returns the result in its object form (see `runtime/values.ts`): `int`, `long`, `bool` and
 * `string` as JavaScript values, other value types boxed or as runtime class instances.
 */
export function wrapEvaluator(raw: RawEvaluator, resultType: RuntimeType): Evaluate {
  const budget = environmentFor(undefined).budget;
  let shared: Environment | null = null;
  return (context, options) => {
    let environment: Environment;
    if (options === undefined) {
      shared ??= environmentFor(undefined);
      shared.budget = budget;
      environment = shared;
    } else {
      environment = environmentFor(options);
    }
    const previous = enterEnvironment(environment);
    try {
      const value = raw(context);
      return value === null || value === undefined ? null : resultType.box(value);
    } finally {
      leaveEnvironment(previous);
    }
  };
}
