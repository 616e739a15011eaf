import { describe, expect, it } from 'vitest';
import { MemoryCacheStore } from './cache-store.js';

describe('MemoryCacheStore', () => {
  it('returns a value until its expiry, judged by the clock of each call', () => {
    const cache = new MemoryCacheStore();
    const value = { any: 'object' };
    cache.set('k', value, 1000);
    expect(cache.get('k', 999)).toBe(value);
    expect(cache.get('k', 1000)).toBeUndefined();
    // The expired entry was dropped when read.
    expect(cache.size).toBe(0);
  });

  it('stores null as a value, unlike an absent key', () => {
    const cache = new MemoryCacheStore();
    cache.set('k', null, 10);
    expect(cache.get('k', 0)).toBeNull();
    expect(cache.get('other', 0)).toBeUndefined();
  });

  it('replaces and deletes entries', () => {
    const cache = new MemoryCacheStore();
    cache.set('k', 'a', 10);
    cache.set('k', 'b', 20);
    expect(cache.get('k', 15)).toBe('b');
    cache.delete('k');
    cache.delete('absent');
    expect(cache.get('k', 0)).toBeUndefined();
    expect(cache.size).toBe(0);
  });
});
