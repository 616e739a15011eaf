import { CONTINUE } from '../plan/step.js';
import { defineHandler } from './define.js';
import { display } from './display.js';

/**
 * `<set-variable name value>`: a literal value is stored as a string, an expression's value as the
 * object it is (API Management stores the runtime object).
 */
export const setVariable = defineHandler('set-variable', (element, _origin, planner) => {
  const name = planner.attribute(element, 'name')?.value ?? '';
  const value = planner.value(element, 'value', 'object', '');
  return (state, step) => {
    const result = value.get(state);
    state.context.Variables.set(name, result);
    if (state.trace !== null)
      state.record(step, 'policy', `variable ${name} = ${display(result)}`, { name, value: result });
    return CONTINUE;
  };
});
