import { CONTINUE } from '../plan/step.js';
import type { RunState } from '../run/state.js';
import { defineHandler } from './define.js';
import {
  deferIncrement,
  incrementCondition,
  incrementCount,
  isDeferred,
  wholeNumber,
} from './limits/increments.js';
import { after, type Maybe } from './limits/maybe.js';
import { addTo, checkQuotas, type QuotaCounter, quotaWindow, transferredBytes } from './limits/quotas.js';
import { parseInstant } from './limits/time-span.js';

/** `first-period-start`'s default, 0001-01-01T00:00:00Z. */
const DOTNET_MIN_DATE = parseInstant('0001-01-01T00:00:00Z') as number;

const COUNTED_KEYS = Symbol('quota-by-key keys counted');

/** The key values this run has counted (a key is counted once per request). */
function countedKeys(state: RunState): Set<string> {
  let keys = state.scratch.get(COUNTED_KEYS) as Set<string> | undefined;
  if (keys === undefined) {
    keys = new Set();
    state.scratch.set(COUNTED_KEYS, keys);
  }
  return keys;
}

/**
 * `<quota-by-key calls bandwidth renewal-period counter-key>`: at most `calls` counted calls and/or
 * `bandwidth` kilobytes per value of `counter-key` in each renewal period; a call once the
 * period's quota is used up gets 403 with `Retry-After` (LastError `QuotaExceeded`), and is not
 * counted.
 *
 * - One counter per key value, shared by every scope (not with quota or the rate limits). A key
 *   value is counted once per request: a quota-by-key reached after the request was counted under
 *   its key neither checks nor counts it again.
 * - Periods are fixed windows of `renewal-period` seconds from `first-period-start` (default
 *   0001-01-01T00:00:00Z, a value without a zone is UTC); 0, or no `renewal-period`, never renews.
 * - A call counts `increment-count` (default 1) calls when `increment-condition` (default true)
 *   holds, and its bytes (request body as sent on and response body) at the end of the response.
 *   When either attribute is an expression, both are evaluated at the end of the response and the
 *   call is counted then, as rate-limit-by-key does (the quota takes effect from the next call).
 */
export const quotaByKey = defineHandler('quota-by-key', (element, _origin, planner) => {
  const calls = planner.value(element, 'calls', 'int');
  const bandwidth = planner.value(element, 'bandwidth', 'int');
  const period = wholeNumber(element, planner, 'renewal-period');
  const counterKey = planner.value(element, 'counter-key', 'string', '');
  const condition = incrementCondition(element, planner);
  const increment = incrementCount(element, planner);
  const deferred = isDeferred(condition, increment, false);
  // The catalog reports a first-period-start that is not an ISO 8601 date and time.
  const startText = planner.attribute(element, 'first-period-start')?.value ?? null;
  const start = (startText === null ? null : parseInstant(startText)) ?? DOTNET_MIN_DATE;
  return (state, step) => {
    const key = counterKey.get(state);
    const window = quotaWindow(period?.get(state) ?? 0, start);
    const label = `quota for key ${JSON.stringify(key)}`;
    const counters: QuotaCounter[] = [];
    if (calls !== null)
      counters.push({ key: `quota-by-key|${key}|calls`, kind: 'calls', limit: calls.get(state), label });
    if (bandwidth !== null)
      counters.push({
        key: `quota-by-key|${key}|bandwidth`,
        kind: 'bandwidth',
        limit: bandwidth.get(state) * 1024,
        label,
      });
    const counted = countedKeys(state);
    if (counted.has(key)) {
      state.record(step, 'policy', `${label}: already counted in this request`);
      return CONTINUE;
    }
    /** Counts the call (`amount` calls) and its bytes: now when known, else once the response is final. */
    const count = (amount: number, bytes: number | null): Maybe<void> => {
      if (counted.has(key)) {
        state.record(step, 'policy', `${label}: already counted in this request`);
        return;
      }
      counted.add(key);
      const addBytes = (moved: number) =>
        after(addTo(state, counters, 'bandwidth', window, moved), () => undefined);
      if (bandwidth !== null && bytes === null)
        deferIncrement(state, step, () => addBytes(transferredBytes(state)));
      return after(addTo(state, counters, 'calls', window, amount), () =>
        bandwidth !== null && bytes !== null ? addBytes(bytes) : undefined,
      );
    };
    return after(checkQuotas(state, step, counters, window), () => {
      if (deferred) {
        deferIncrement(state, step, () => {
          if (condition !== null && !condition.get(state)) {
            state.record(step, 'policy', `${label}: not counted (increment-condition is false)`);
            return;
          }
          // The response is final: its bytes are known now.
          return count(increment?.get(state) ?? 1, transferredBytes(state));
        });
        return CONTINUE;
      }
      if (condition !== null && !condition.get(state)) {
        state.record(step, 'policy', `${label}: not counted (increment-condition is false)`);
        return CONTINUE;
      }
      return after(count(increment?.get(state) ?? 1, null), () => CONTINUE);
    });
  };
});
