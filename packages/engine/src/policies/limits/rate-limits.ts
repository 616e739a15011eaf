import { CONTINUE, type Signal, type Step } from '../../plan/step.js';
import type { RunState } from '../../run/state.js';
import type { CounterState, CounterWindow } from '../../services/counter-store.js';
import { after, all, type Maybe } from './maybe.js';
import { type LimitNames, publishRemaining, rejectionHeaders } from './outputs.js';
import { rateLimitExceeded } from './rejections.js';
import { secondsUntil } from './time-span.js';

/** One sliding-window counter a call is checked against. */
export interface RateCounter {
  readonly key: string;
  /** The number of calls allowed in the window. */
  readonly calls: number;
  readonly periodSeconds: number;
  readonly names: LimitNames;
  /** How the trace names the limit (`rate limit`, `api[id=echo-api] limit`...). */
  readonly label: string;
}

function windowOf(counter: RateCounter): CounterWindow {
  return { kind: 'sliding', windowMs: counter.periodSeconds * 1000, limit: counter.calls };
}

/**
 * Checks a call against sliding-window counters, then counts it: a counter whose window already
 * holds `calls` rejects the call (429, `Retry-After` when enough of the window has passed); a
 * rejected call is not counted. `amount` is what each counter grows by (0: not counted),
 * `'deferred'` when the policy counts the call at the end of the response: then the remaining
 * calls reported do not include this call.
 */
export function enforceRateLimits(
  state: RunState,
  step: Step,
  counters: readonly RateCounter[],
  amount: number | 'deferred',
): Maybe<Signal> {
  const store = state.services.counters;
  const now = state.now();
  const read = all(counters.map((counter) => store.read(counter.key, windowOf(counter), now)));
  return after(read, (states) => {
    counters.forEach((counter, index) => {
      const current = states[index] as CounterState;
      if (current.count < counter.calls) return;
      const retryAfter = secondsUntil(current.resetAt, now);
      throw rateLimitExceeded(retryAfter, rejectionHeaders(state, counter.names, retryAfter, counter.calls));
    });
    const counted =
      amount === 'deferred' || amount === 0
        ? states
        : all(counters.map((counter) => store.add(counter.key, amount, windowOf(counter), now)));
    return after(counted, (finals) => {
      counters.forEach((counter, index) => {
        const count = (finals[index] as CounterState).count;
        publishRemaining(state, counter.names, counter.calls - count, counter.calls);
        if (state.trace !== null)
          state.record(
            step,
            'policy',
            `${counter.label}: ${count} of ${counter.calls} calls in ${counter.periodSeconds} s${
              amount === 'deferred' ? ' (this call is counted at the end of the response)' : ''
            }`,
            { key: counter.key, count, calls: counter.calls, renewalPeriod: counter.periodSeconds },
          );
      });
      return CONTINUE;
    });
  });
}
