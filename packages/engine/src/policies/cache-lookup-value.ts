import { CONTINUE, type Signal } from '../plan/step.js';
import { defineHandler } from './define.js';
import { display } from './display.js';

/**
 * `<cache-lookup-value key variable-name default-value>`: a hit puts the cached value into the
 * variable. On a miss the variable gets `default-value` when the attribute is given (a literal as a
 * string, an expression's value as is) and is left as it was otherwise: the documentation says
 * both "null is assigned" and "the variable isn't set"; policies test for a miss with
 * `context.Variables.ContainsKey`, so a miss without default sets nothing. Every `caching-type`
 * uses the one cache of the run's services.
 */
export const cacheLookupValue = defineHandler('cache-lookup-value', (element, _origin, planner) => {
  const key = planner.value(element, 'key', 'string', '');
  const fallback = planner.value(element, 'default-value', 'object');
  const variable = planner.attribute(element, 'variable-name')?.value ?? '';
  return (state, step) => {
    const name = key.get(state);
    const found = state.services.cache.get(name, state.now());
    const finish = (value: unknown): Signal => {
      if (value !== undefined) {
        state.context.Variables.set(variable, value);
        if (state.trace !== null)
          state.record(step, 'policy', `cache hit ${JSON.stringify(name)}: ${variable} = ${display(value)}`, {
            key: name,
            hit: true,
          });
      } else if (fallback !== null) {
        const value = fallback.get(state);
        state.context.Variables.set(variable, value);
        if (state.trace !== null)
          state.record(
            step,
            'policy',
            `cache miss ${JSON.stringify(name)}: ${variable} = ${display(value)} (default-value)`,
            {
              key: name,
              hit: false,
            },
          );
      } else {
        state.record(step, 'policy', `cache miss ${JSON.stringify(name)}: ${variable} not set`, {
          key: name,
          hit: false,
        });
      }
      return CONTINUE;
    };
    return found instanceof Promise ? found.then(finish) : finish(found);
  };
});
