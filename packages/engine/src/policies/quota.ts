import { CONTINUE } from '../plan/step.js';
import type { Value } from '../plan/values.js';
import { defineHandler } from './define.js';
import { deferIncrement } from './limits/increments.js';
import { after } from './limits/maybe.js';
import { addTo, checkQuotas, type QuotaCounter, quotaWindow, transferredBytes } from './limits/quotas.js';
import { instanceKey, scopedLimits } from './limits/scoped.js';

interface QuotaSettings {
  readonly calls: Value<number> | null;
  readonly bandwidth: Value<number> | null;
}

/**
 * `<quota calls bandwidth renewal-period>`: at most `calls` calls and/or `bandwidth` kilobytes per
 * subscription in each renewal period; a call once the period's quota is used up gets 403 with
 * `Retry-After` (LastError `QuotaExceeded`, "Out of call volume quota. Quota will be replenished in
 * hh:mm:ss." or the bandwidth variant), and is not counted.
 *
 * - Only a call with a subscription is limited: without one the policy does nothing (the trace
 *   says so).
 * - Periods are fixed windows of `renewal-period` seconds counted from the subscription's start:
 *   `context.Subscription.StartDate`, or its `CreatedDate` when it has none. 0 never renews; then
 *   the rejection has no `Retry-After` and its message gives .NET's `TimeSpan.MaxValue`.
 * - A call counts 1 when it is admitted. Bandwidth counts the bytes of the request body as sent on
 *   and of the response body, at the end of the response (a run that ends by forwarding, without a
 *   backend callback, counts none); a call is rejected once the period's bytes reached the quota.
 * - Counters are per subscription and per policy definition, like rate-limit's; `<api>` and
 *   `<api><operation>` children have their own calls/bandwidth (the policy's renewal period),
 *   applied independently to calls to their API/operation (`id` wins over `name`).
 */
export const quota = defineHandler('quota', (element, origin, planner) => {
  const prefix = `quota|${instanceKey(element, origin)}`;
  const period = planner.value(element, 'renewal-period', 'int', '0');
  const read = (from: typeof element): QuotaSettings => ({
    calls: planner.value(from, 'calls', 'int'),
    bandwidth: planner.value(from, 'bandwidth', 'int'),
  });
  const limits = scopedLimits(element, planner, read(element), (child) => read(child));
  return (state, step) => {
    const subscription = state.context.Subscription;
    if (subscription === null) {
      state.record(step, 'policy', 'the call has no subscription: the quota does not apply');
      return CONTINUE;
    }
    const start = (subscription.StartDate ?? subscription.CreatedDate).toUnixMilliseconds();
    const window = quotaWindow(period.get(state), start);
    const counters: QuotaCounter[] = [];
    for (const limit of limits) {
      if (!limit.applies(state.context)) continue;
      const base = `${prefix}|${subscription.Id}|${limit.path}`;
      const label = limit.path === '' ? 'quota' : `${limit.path.replace(/@\d+:\d+/g, '')} quota`;
      const { calls, bandwidth } = limit.settings;
      if (calls !== null)
        counters.push({ key: `${base}|calls`, kind: 'calls', limit: calls.get(state), label });
      if (bandwidth !== null)
        counters.push({
          key: `${base}|bandwidth`,
          kind: 'bandwidth',
          limit: bandwidth.get(state) * 1024,
          label,
        });
    }
    return after(checkQuotas(state, step, counters, window), () =>
      after(addTo(state, counters, 'calls', window, 1), () => {
        if (counters.some((counter) => counter.kind === 'bandwidth'))
          deferIncrement(state, step, () =>
            after(addTo(state, counters, 'bandwidth', window, transferredBytes(state)), () => undefined),
          );
        return CONTINUE;
      }),
    );
  };
});
