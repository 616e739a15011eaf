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
}

export interface CounterState {
  /** The count in the current window after the call. */
  readonly count: number;
  /** When enough of the window has passed for one more call to be allowed (epoch milliseconds). */
  readonly resetAt: number;
}

export interface CounterStore {
  /** The count in the window of `key` at `now`, without changing it. */
  read(key: string, window: CounterWindow, now: number): CounterState | Promise<CounterState>;
  /** Adds `amount` at `now` and returns the new state. */
  add(key: string, amount: number, window: CounterWindow, now: number): CounterState | Promise<CounterState>;
}
