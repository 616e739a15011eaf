import type { Step } from '../../plan/step.js';
import type { RunState } from '../../run/state.js';
import type { CounterState, CounterWindow } from '../../services/counter-store.js';
import { after, all, type Maybe } from './maybe.js';
import { type QuotaKind, quotaExceeded } from './rejections.js';
import { secondsUntil } from './time-span.js';

/** One fixed-window counter of a quota: calls, or bandwidth in bytes. */
export interface QuotaCounter {
  readonly key: string;
  readonly kind: QuotaKind;
  /** Calls, or bytes (the policy's kilobytes × 1024). */
  readonly limit: number;
  readonly label: string;
}

/** Renewal periods counted from `origin` (epoch ms); a period of 0 never renews. */
export function quotaWindow(periodSeconds: number, origin: number): CounterWindow {
  return { kind: 'fixed', windowMs: Math.max(0, periodSeconds) * 1000, origin };
}

/**
 * Checks a call against quota counters: one whose period already holds its limit rejects the call
 * (403, `Retry-After` until the period ends; none for a quota that never renews).
 */
export function checkQuotas(
  state: RunState,
  step: Step,
  counters: readonly QuotaCounter[],
  window: CounterWindow,
): Maybe<void> {
  const now = state.now();
  const read = all(counters.map((counter) => state.services.counters.read(counter.key, window, now)));
  return after(read, (states) => {
    counters.forEach((counter, index) => {
      const current = states[index] as CounterState;
      if (state.trace !== null)
        state.record(
          step,
          'policy',
          `${counter.label}: ${current.count} of ${counter.limit} ${counter.kind === 'calls' ? 'calls' : 'bytes'} used in this period`,
          { key: counter.key, count: current.count, limit: counter.limit },
        );
      if (current.count < counter.limit) return;
      const wait = Number.isFinite(current.resetAt) ? secondsUntil(current.resetAt, now) : null;
      throw quotaExceeded(counter.kind, wait);
    });
  });
}

/** Adds `amount` to the counters of a kind. */
export function addTo(
  state: RunState,
  counters: readonly QuotaCounter[],
  kind: QuotaKind,
  window: CounterWindow,
  amount: number,
): Maybe<CounterState[]> {
  const now = state.now();
  return all(
    counters
      .filter((counter) => counter.kind === kind)
      .map((counter) => state.services.counters.add(counter.key, amount, window, now)),
  );
}

/**
 * The bytes a call moved, as bandwidth quotas count them: the request body as sent on and the
 * response body (headers are not counted).
 */
export function transferredBytes(state: RunState): number {
  const request = state.context.Request.Body?.bytes().length ?? 0;
  const response = state.context.Response.Body?.bytes().length ?? 0;
  return request + response;
}
