/**
 * The cache behind cache-lookup-value, cache-store-value and cache-remove-value. Any store can be
 * plugged in (a gateway shares one between requests; a test gives each its own); methods may
 * return promises. Expiry is decided against the clock the caller passes, so tests control it.
 */
export interface CacheStore {
  /** The value stored under `key`, or undefined when absent or expired at `now`. */
  get(key: string, now: number): unknown | Promise<unknown>;
  /** Stores `value` until `expiresAt` (epoch milliseconds). */
  set(key: string, value: unknown, expiresAt: number): void | Promise<void>;
  delete(key: string): void | Promise<void>;
}

/** An in-memory cache: entries live until their expiry, judged by the clock of each call. */
export class MemoryCacheStore implements CacheStore {
  readonly #entries = new Map<string, { value: unknown; expiresAt: number }>();

  get(key: string, now: number): unknown {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    if (now >= entry.expiresAt) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: string, value: unknown, expiresAt: number): void {
    this.#entries.set(key, { value, expiresAt });
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }

  /** Entries stored, expired ones included until they are next read. */
  get size(): number {
    return this.#entries.size;
  }
}
