import { CONTINUE } from '../plan/step.js';
import type { Value } from '../plan/values.js';
import { defineHandler } from './define.js';
import { type LimitNames, namesOf } from './limits/outputs.js';
import { enforceRateLimits, type RateCounter } from './limits/rate-limits.js';
import { instanceKey, scopedLimits } from './limits/scoped.js';

interface RateSettings {
  readonly calls: Value<number> | null;
  readonly period: Value<number> | null;
  readonly names: LimitNames;
}

/**
 * `<rate-limit calls renewal-period>`: at most `calls` calls per subscription in a sliding window of
 * `renewal-period` seconds; a call over the limit gets 429 with `Retry-After`
 * (LastError `RateLimitExceeded`), and is not counted.
 *
 * - Only a call with a subscription (`context.Subscription`) is limited: without one the policy does
 *   nothing (the trace says so).
 * - Counters are per subscription and per policy definition (its scope, document and position): the
 *   same definition reached from several APIs through `<base/>` shares them.
 * - `<api>` (with its `<operation>`s) and `<operation>` children have their own limits, applied
 *   independently, each only to calls to its API/operation (`id` wins over `name`); a child without
 *   `renewal-period` uses its parent's, one without `calls` only groups operations. Header and
 *   variable names a child does not set are its parent's.
 * - `remaining-calls-variable-name` gets the calls left (an `int`) after each counted call;
 *   `remaining-calls-header-name` and `total-calls-header-name` are added to the final response,
 *   whatever it is (they are kept and set once the response is final). When several limits use the
 *   same name, the narrowest (the last in document order) wins. A rejection puts `Retry-After`
 *   (`retry-after-header-name`), 0 remaining calls and the total on the 429 response and the
 *   seconds to wait in `retry-after-variable-name`.
 */
export const rateLimit = defineHandler('rate-limit', (element, origin, planner) => {
  const prefix = `rate-limit|${instanceKey(element, origin)}`;
  const own: RateSettings = {
    calls: planner.value(element, 'calls', 'int'),
    period: planner.value(element, 'renewal-period', 'int'),
    names: namesOf(element, planner),
  };
  const limits = scopedLimits(element, planner, own, (child, parent) => ({
    calls: planner.value(child, 'calls', 'int'),
    period: planner.value(child, 'renewal-period', 'int') ?? parent.period,
    names: namesOf(child, planner, parent.names),
  }));
  return (state, step) => {
    const subscription = state.context.Subscription;
    if (subscription === null) {
      state.record(step, 'policy', 'the call has no subscription: the rate limit does not apply');
      return CONTINUE;
    }
    const counters: RateCounter[] = [];
    for (const limit of limits) {
      const { calls, period, names } = limit.settings;
      if (calls === null || !limit.applies(state.context)) continue;
      counters.push({
        key: `${prefix}|${subscription.Id}|${limit.path}`,
        calls: calls.get(state),
        periodSeconds: period?.get(state) ?? 0,
        names,
        label: limit.path === '' ? 'rate limit' : `${limit.path.replace(/@\d+:\d+/g, '')} rate limit`,
      });
    }
    return enforceRateLimits(state, step, counters, 1);
  };
});
