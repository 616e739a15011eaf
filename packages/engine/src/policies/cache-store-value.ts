import { CONTINUE, type Signal } from '../plan/step.js';
import { defineHandler } from './define.js';
import { display } from './display.js';

/**
 * `<cache-store-value key value duration>`: stores the value (a literal as a string, an
 * expression's value as the object it is, held by reference) under the key for `duration` seconds,
 * judged by the run's clock. Every `caching-type` uses the one cache of the run's services.
 */
export const cacheStoreValue = defineHandler('cache-store-value', (element, _origin, planner) => {
  const key = planner.value(element, 'key', 'string', '');
  const value = planner.value(element, 'value', 'object', '');
  const duration = planner.value(element, 'duration', 'int', '0');
  return (state, step) => {
    const name = key.get(state);
    const stored = value.get(state);
    const seconds = duration.get(state);
    const done = state.services.cache.set(name, stored, state.now() + seconds * 1000);
    const finish = (): Signal => {
      if (state.trace !== null)
        state.record(step, 'policy', `cache ${JSON.stringify(name)} = ${display(stored)} for ${seconds} s`, {
          key: name,
          duration: seconds,
        });
      return CONTINUE;
    };
    return done instanceof Promise ? done.then(finish) : finish();
  };
});
