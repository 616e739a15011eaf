/**
 * A bounded cache of chain verdicts, so that a gateway pays for a chain check once per client
 * certificate rather than once per request. Keys combine the certificate's thumbprint, the trust
 * store's and CRL store's versions and the fact; each entry also remembers the clock range over
 * which its verdict holds, so an expiring certificate is re-checked at the instant it expires.
 */
import { LRUCache } from 'lru-cache';

/** A cached verdict and the clock range [from, until) it holds for. */
export interface CachedVerdict {
  readonly valid: boolean;
  readonly from: number;
  readonly until: number;
}

export class VerdictCache {
  readonly #entries: LRUCache<string, CachedVerdict>;

  /** `max`: how many verdicts to keep (least recently used are dropped first). */
  constructor(max = 10_000) {
    this.#entries = new LRUCache({ max });
  }

  /** The verdict for `key` at clock `at`, if one is cached and still holds. */
  get(key: string, at: number): boolean | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined || at < entry.from || at >= entry.until) return undefined;
    return entry.valid;
  }

  set(key: string, verdict: CachedVerdict): void {
    this.#entries.set(key, verdict);
  }

  get size(): number {
    return this.#entries.size;
  }

  clear(): void {
    this.#entries.clear();
  }
}
