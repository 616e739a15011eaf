import { defaultEqualityComparer, type EqualityComparer, type PrimitiveKey } from '../core/equality.js';

/**
 * A map from .NET keys to entries under an equality comparer, keeping insertion order as
 * .NET's `Dictionary` does while nothing is removed. Keys with a primitive stand-in go through a
 * JavaScript `Map`; others through hash buckets.
 */
export class KeyMap<E> {
  readonly #primitive = new Map<PrimitiveKey, E>();
  readonly #buckets = new Map<number, { key: unknown; entry: E }[]>();
  /** Every entry in insertion order (entries removed are deleted from the set). */
  readonly #order = new Set<E>();

  constructor(readonly comparer: EqualityComparer = defaultEqualityComparer) {}

  get size(): number {
    return this.#order.size;
  }

  get(key: unknown): E | undefined {
    const stand = this.comparer.primitiveKey?.(key);
    if (stand !== undefined) return this.#primitive.get(stand);
    return this.#buckets.get(this.comparer.hash(key))?.find((slot) => this.comparer.equals(slot.key, key))
      ?.entry;
  }

  /** Adds or replaces the entry of a key. */
  set(key: unknown, entry: E): void {
    const stand = this.comparer.primitiveKey?.(key);
    if (stand !== undefined) {
      const previous = this.#primitive.get(stand);
      if (previous !== undefined) this.#order.delete(previous);
      this.#primitive.set(stand, entry);
    } else {
      const hash = this.comparer.hash(key);
      const bucket = this.#buckets.get(hash) ?? [];
      const slot = bucket.find((candidate) => this.comparer.equals(candidate.key, key));
      if (slot !== undefined) {
        this.#order.delete(slot.entry);
        slot.entry = entry;
      } else bucket.push({ key, entry });
      this.#buckets.set(hash, bucket);
    }
    this.#order.add(entry);
  }

  delete(key: unknown): boolean {
    const stand = this.comparer.primitiveKey?.(key);
    if (stand !== undefined) {
      const previous = this.#primitive.get(stand);
      if (previous === undefined) return false;
      this.#primitive.delete(stand);
      this.#order.delete(previous);
      return true;
    }
    const hash = this.comparer.hash(key);
    const bucket = this.#buckets.get(hash);
    const index = bucket?.findIndex((candidate) => this.comparer.equals(candidate.key, key)) ?? -1;
    if (bucket === undefined || index < 0) return false;
    this.#order.delete(bucket[index]!.entry);
    bucket.splice(index, 1);
    return true;
  }

  clear(): void {
    this.#primitive.clear();
    this.#buckets.clear();
    this.#order.clear();
  }

  values(): IterableIterator<E> {
    return this.#order.values();
  }
}
