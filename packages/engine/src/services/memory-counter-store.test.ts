import { describe, expect, it } from 'vitest';
import type { CounterWindow } from './counter-store.js';
import { MemoryCounterStore } from './memory-counter-store.js';

const sliding = (seconds: number, limit?: number): CounterWindow => ({
  kind: 'sliding',
  windowMs: seconds * 1000,
  ...(limit === undefined ? {} : { limit }),
});

describe('MemoryCounterStore, sliding windows', () => {
  it('counts the hits of the last windowMs; a hit leaves the window windowMs after it', () => {
    const store = new MemoryCounterStore();
    const window = sliding(10);
    expect(store.read('k', window, 0)).toEqual({ count: 0, resetAt: 0 });
    expect(store.add('k', 1, window, 0)).toEqual({ count: 1, resetAt: 10_000 });
    expect(store.add('k', 2, window, 4000)).toEqual({ count: 3, resetAt: 10_000 });
    expect(store.read('k', window, 9999).count).toBe(3);
    expect(store.read('k', window, 10_000)).toEqual({ count: 2, resetAt: 14_000 });
    expect(store.read('k', window, 14_000)).toEqual({ count: 0, resetAt: 14_000 });
  });

  it('says when the count falls below the limit, through as many hits as it takes', () => {
    const store = new MemoryCounterStore();
    const window = sliding(10, 3);
    store.add('k', 2, window, 0);
    store.add('k', 2, window, 1000);
    store.add('k', 1, window, 2000);
    // 5 counted: the hit at 0 leaving makes 3, still not below 3; the hit at 1 s leaving makes 1.
    expect(store.read('k', window, 3000)).toEqual({ count: 5, resetAt: 11_000 });
    // Below the limit already: a call is allowed now.
    expect(store.read('k', window, 11_000)).toEqual({ count: 1, resetAt: 11_000 });
  });

  it('keeps keys apart', () => {
    const store = new MemoryCounterStore();
    store.add('a', 1, sliding(10), 0);
    expect(store.read('b', sliding(10), 0).count).toBe(0);
  });
});

describe('MemoryCounterStore, fixed windows', () => {
  it('counts per period from the origin and renews at each period end', () => {
    const store = new MemoryCounterStore();
    const window: CounterWindow = { kind: 'fixed', windowMs: 60_000, origin: 30_000 };
    expect(store.add('k', 1, window, 30_000)).toEqual({ count: 1, resetAt: 90_000 });
    expect(store.add('k', 1, window, 89_999)).toEqual({ count: 2, resetAt: 90_000 });
    expect(store.read('k', window, 90_000)).toEqual({ count: 0, resetAt: 150_000 });
    expect(store.add('k', 5, window, 100_000)).toEqual({ count: 5, resetAt: 150_000 });
  });

  it('counts periods before the origin too', () => {
    const store = new MemoryCounterStore();
    const window: CounterWindow = { kind: 'fixed', windowMs: 60_000, origin: 120_000 };
    expect(store.add('k', 1, window, 0)).toEqual({ count: 1, resetAt: 60_000 });
  });

  it('never renews a window of 0', () => {
    const store = new MemoryCounterStore();
    const window: CounterWindow = { kind: 'fixed', windowMs: 0 };
    store.add('k', 1, window, 0);
    expect(store.read('k', window, 10 ** 12)).toEqual({ count: 1, resetAt: Number.POSITIVE_INFINITY });
  });
});
