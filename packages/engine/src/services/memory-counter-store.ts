import type { CounterState, CounterStore, CounterWindow } from './counter-store.js';

interface Hit {
  readonly at: number;
  readonly amount: number;
}

/**
 * Counters in memory. A sliding window keeps each hit with its time and counts those within the
 * last `windowMs`; a fixed window counts per period since `origin` (a `windowMs` of 0 never
 * renews).
 */
export class MemoryCounterStore implements CounterStore {
  readonly #sliding = new Map<string, Hit[]>();
  readonly #fixed = new Map<string, { period: number; count: number }>();

  read(key: string, window: CounterWindow, now: number): CounterState {
    return window.kind === 'sliding'
      ? this.#slidingState(key, window, now)
      : this.#fixedState(key, window, now);
  }

  add(key: string, amount: number, window: CounterWindow, now: number): CounterState {
    if (window.kind === 'sliding') {
      const hits = this.#live(key, window.windowMs, now);
      hits.push({ at: now, amount });
      this.#sliding.set(key, hits);
      return this.#slidingState(key, window, now);
    }
    const period = periodOf(window, now);
    const entry = this.#fixed.get(key);
    const count = (entry !== undefined && entry.period === period ? entry.count : 0) + amount;
    this.#fixed.set(key, { period, count });
    return this.#fixedState(key, window, now);
  }

  #live(key: string, windowMs: number, now: number): Hit[] {
    const hits = this.#sliding.get(key) ?? [];
    const from = now - windowMs;
    let first = 0;
    while (first < hits.length && (hits[first] as Hit).at <= from) first++;
    return first === 0 ? hits : hits.slice(first);
  }

  #slidingState(key: string, window: CounterWindow, now: number): CounterState {
    const hits = this.#live(key, window.windowMs, now);
    if (hits.length === 0) this.#sliding.delete(key);
    else this.#sliding.set(key, hits);
    let count = 0;
    for (const hit of hits) count += hit.amount;
    return { count, resetAt: slidingReset(hits, count, window, now) };
  }

  #fixedState(key: string, window: CounterWindow, now: number): CounterState {
    const period = periodOf(window, now);
    const entry = this.#fixed.get(key);
    const count = entry !== undefined && entry.period === period ? entry.count : 0;
    const origin = window.origin ?? 0;
    const resetAt = window.windowMs <= 0 ? Number.POSITIVE_INFINITY : origin + (period + 1) * window.windowMs;
    return { count, resetAt };
  }
}

function periodOf(window: CounterWindow, now: number): number {
  if (window.windowMs <= 0) return 0;
  return Math.floor((now - (window.origin ?? 0)) / window.windowMs);
}

/**
 * When the count of a sliding window falls below its limit (below its count when it has none): the
 * time the hit that brings it there leaves the window. `now` when it is below already.
 */
function slidingReset(hits: readonly Hit[], count: number, window: CounterWindow, now: number): number {
  const limit = window.limit ?? count;
  let remaining = count;
  for (const hit of hits) {
    if (remaining < limit) break;
    remaining -= hit.amount;
    if (remaining < limit) return hit.at + window.windowMs;
  }
  return remaining < limit || hits.length === 0 ? now : (hits[hits.length - 1] as Hit).at + window.windowMs;
}
