import { CONTINUE, type Signal } from '../plan/step.js';
import { defineHandler } from './define.js';

/** `<cache-remove-value key>`: removes the key from the run's cache (absent keys are fine). */
export const cacheRemoveValue = defineHandler('cache-remove-value', (element, _origin, planner) => {
  const key = planner.value(element, 'key', 'string', '');
  return (state, step) => {
    const name = key.get(state);
    const done = state.services.cache.delete(name);
    const finish = (): Signal => {
      state.record(step, 'policy', `cache ${JSON.stringify(name)} removed`, { key: name });
      return CONTINUE;
    };
    return done instanceof Promise ? done.then(finish) : finish();
  };
});
