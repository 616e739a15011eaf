import { defineHandler } from './define.js';
import { deferIncrement, incrementCondition, incrementCount, isDeferred } from './limits/increments.js';
import { after } from './limits/maybe.js';
import { namesOf } from './limits/outputs.js';
import { enforceRateLimits, type RateCounter } from './limits/rate-limits.js';

/**
 * `<rate-limit-by-key calls renewal-period counter-key>`: at most `calls` counted units per value of
 * `counter-key` in a sliding window of `renewal-period` seconds; a call when the window already
 * holds `calls` gets 429 with `Retry-After` (LastError `RateLimitExceeded`, source
 * `rate-limit-by-key`) and is not counted.
 *
 * - One counter per key value, shared by every scope and every rate-limit-by-key using that value
 *   (not with rate-limit or the quota policies).
 * - A call is counted by `increment-count` (default 1) when `increment-condition` (default true)
 *   holds. When either is an expression (or `increment-after-response="true"`), both are evaluated
 *   and the counter grows at the end of the response, after outbound and on-error, so they can read
 *   `context.Response`: the call is checked against the count so far and the limit takes effect
 *   from the next call. An expression that fails then leaves the counter as it is (recorded in the
 *   trace). A run that ends by forwarding (no backend callback) has no response and counts nothing.
 * - A call is rejected when the count has reached `calls`, whatever its own increment (an increment
 *   larger than one may take the count past `calls`).
 * - `flexible-retry-window` has no effect. Headers and variables as in rate-limit.
 */
export const rateLimitByKey = defineHandler('rate-limit-by-key', (element, _origin, planner) => {
  const calls = planner.value(element, 'calls', 'int', '0');
  const period = planner.value(element, 'renewal-period', 'int', '0');
  const counterKey = planner.value(element, 'counter-key', 'string', '');
  const condition = incrementCondition(element, planner);
  const count = incrementCount(element, planner);
  const afterResponse = planner.value(element, 'increment-after-response', 'bool', 'false');
  const names = namesOf(element, planner);
  return (state, step) => {
    const key = counterKey.get(state);
    const counter: RateCounter = {
      key: `rate-limit-by-key|${key}`,
      calls: calls.get(state),
      periodSeconds: period.get(state),
      names,
      label: `rate limit for key ${JSON.stringify(key)}`,
    };
    const window = { kind: 'sliding', windowMs: counter.periodSeconds * 1000, limit: counter.calls } as const;
    if (!isDeferred(condition, count, afterResponse.get(state))) {
      const counted = condition === null || condition.get(state);
      return enforceRateLimits(state, step, [counter], counted ? (count?.get(state) ?? 1) : 0);
    }
    return after(enforceRateLimits(state, step, [counter], 'deferred'), (signal) => {
      deferIncrement(state, step, () => {
        if (condition !== null && !condition.get(state)) {
          state.record(step, 'policy', `${counter.label}: not counted (increment-condition is false)`);
          return;
        }
        const amount = count?.get(state) ?? 1;
        return after(state.services.counters.add(counter.key, amount, window, state.now()), (added) => {
          state.record(
            step,
            'policy',
            `${counter.label}: counted ${amount} at the end of the response, now ${added.count} of ${counter.calls}`,
            {
              key: counter.key,
              count: added.count,
              calls: counter.calls,
            },
          );
        });
      });
      return signal;
    });
  };
});
