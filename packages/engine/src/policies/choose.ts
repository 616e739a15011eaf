import { CONTINUE, runSteps, type Step } from '../plan/step.js';
import type { Value } from '../plan/values.js';
import { expressionFailure, PolicyError } from '../run/policy-error.js';
import { defineHandler } from './define.js';

interface Branch {
  readonly path: string;
  readonly condition: Value<boolean>;
  readonly steps: readonly Step[];
}

/**
 * `<choose>`: the first `when` whose condition is true runs its policies; later conditions are
 * never evaluated. Without a true one, `otherwise` runs when present, else nothing happens.
 */
export const choose = defineHandler('choose', (element, origin, planner) => {
  const branches: Branch[] = planner.elements(element, 'when').map((when, index) => {
    const path = `${origin.path}/when[${index + 1}]`;
    return {
      path,
      condition: planner.value(when, 'condition', 'bool', 'false'),
      steps: planner.children(when, { ...origin, path }),
    };
  });
  const otherwiseElement = planner.elements(element, 'otherwise')[0];
  const otherwisePath = `${origin.path}/otherwise[1]`;
  const otherwise =
    otherwiseElement === undefined
      ? null
      : planner.children(otherwiseElement, { ...origin, path: otherwisePath });
  return (state, step) => {
    for (const branch of branches) {
      let value: boolean;
      try {
        value = branch.condition.get(state);
      } catch (error) {
        // LastError.Path names the `when` whose condition failed.
        if (error instanceof PolicyError) throw withPath(error, branch.path);
        throw error;
      }
      if (state.trace !== null)
        state.record(step, 'condition', `${branch.path} condition is ${value ? 'true' : 'false'}`, {
          path: branch.path,
          value,
        });
      if (value) return runSteps(branch.steps, state);
    }
    if (otherwise !== null) {
      state.record(step, 'condition', `no condition is true: ${otherwisePath} runs`, { path: otherwisePath });
      return runSteps(otherwise, state);
    }
    state.record(step, 'condition', 'no condition is true and there is no otherwise: nothing runs');
    return CONTINUE;
  };
});

function withPath(error: PolicyError, path: string): PolicyError {
  if (error.path !== undefined) return error;
  return error.reason === 'ExpressionValueEvaluationFailure'
    ? expressionFailure(error.message.replace(/^Expression evaluation failed\. /, ''), path, error.exception)
    : new PolicyError({ ...error, message: error.message, path });
}
