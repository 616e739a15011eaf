/**
 * Counters behind rate-limit, rate-limit-by-key, quota and quota-by-key. Any store can be plugged
 * in (methods may return promises); windows are judged against the clock the caller passes.
 */
export interface CounterWindow {
  /** `sliding` (rate limits: the last `windowMs`) or `fixed` (quotas: periods from `origin`). */
  readonly kind: 'sliding' | 'fixed';
  readonly windowMs: number;
  /** Start of the first fixed period (epoch milliseconds); ignored for sliding windows. */
  readonly origin?: number;
  /**
   * The most the window may count (the policy's `calls`). A sliding window's `resetAt` is when
   * enough hits have left it for its count to fall below the limit; without one, when the oldest
   * hit leaves.
   */
  readonly limit?: number;
}

export interface CounterState {
  /** The count in the current window after the call. */
  readonly count: number;
  /**
   * When enough of the window has passed for one more call to be allowed (epoch milliseconds): a
   * sliding window's count falls below `limit`, a fixed window's period ends (infinity for a
   * window that never renews).
   */
  readonly resetAt: number;
}

export interface CounterStore {
  /** The count in the window of `key` at `now`, without changing it. */
  read(key: string, window: CounterWindow, now: number): CounterState | Promise<CounterState>;
  /** Adds `amount` at `now` and returns the new state. */
  add(key: string, amount: number, window: CounterWindow, now: number): CounterState | Promise<CounterState>;
}
