import { defaultEqualityComparer, type EqualityComparer, type PrimitiveKey } from '../core/equality.js';

/** Marks a free slot in `KeyMap.keys`. */
export const FREE: unique symbol = Symbol('free slot');

/**
 * The storage of `Dictionary` and `HashSet`: keys (in their typed form) and values in numbered
 * slots, looked up under an equality comparer. It keeps .NET's slot discipline, which decides
 * the enumeration order: a new key takes the most recently freed slot, or else the next slot
 * after the last; enumeration goes through the slots in order. So after removals and additions
 * the order is .NET's (`{a, b, c}`, remove `b`, add `d` enumerates `a, d, c`).
 *
 * Keys with a primitive stand-in (`EqualityComparer.primitiveKey`) are found through a
 * JavaScript `Map`; others through hash buckets and the comparer's `equals`.
 *
 * `keys` and `values` are exposed for fast enumeration (LINQ's terminal operators loop over
 * them directly); only this class writes them.
 */
export class KeyMap<V> {
  /** The key of each slot, or `FREE`. */
  readonly keys: unknown[] = [];
  /** The value of each used slot. */
  readonly values: V[] = [];
  /** Free slots, the most recently freed last. */
  readonly #free: number[] = [];
  readonly #primitive = new Map<PrimitiveKey, number>();
  readonly #buckets = new Map<number, number[]>();

  constructor(readonly comparer: EqualityComparer = defaultEqualityComparer) {}

  /** The number of keys. */
  get size(): number {
    return this.keys.length - this.#free.length;
  }

  /** The slot of a key, or -1. */
  find(key: unknown): number {
    const stand = this.comparer.primitiveKey?.(key);
    if (stand !== undefined) return this.#primitive.get(stand) ?? -1;
    const bucket = this.#buckets.get(this.comparer.hash(key) | 0);
    if (bucket !== undefined) {
      for (const slot of bucket) if (this.comparer.equals(this.keys[slot], key)) return slot;
    }
    return -1;
  }

  /** Adds a key that is not present; returns its slot. */
  add(key: unknown, value: V): number {
    const slot = this.#free.length > 0 ? this.#free.pop()! : this.keys.length;
    this.keys[slot] = key;
    this.values[slot] = value;
    const stand = this.comparer.primitiveKey?.(key);
    if (stand !== undefined) this.#primitive.set(stand, slot);
    else {
      const hash = this.comparer.hash(key) | 0;
      const bucket = this.#buckets.get(hash);
      if (bucket === undefined) this.#buckets.set(hash, [slot]);
      else bucket.push(slot);
    }
    return slot;
  }

  /** Replaces the value of a used slot. */
  replace(slot: number, value: V): void {
    this.values[slot] = value;
  }

  /** Removes a key; returns whether it was present. */
  delete(key: unknown): boolean {
    const stand = this.comparer.primitiveKey?.(key);
    let slot: number;
    if (stand !== undefined) {
      slot = this.#primitive.get(stand) ?? -1;
      if (slot < 0) return false;
      this.#primitive.delete(stand);
    } else {
      const hash = this.comparer.hash(key) | 0;
      const bucket = this.#buckets.get(hash);
      const index =
        bucket === undefined ? -1 : bucket.findIndex((s) => this.comparer.equals(this.keys[s], key));
      if (bucket === undefined || index < 0) return false;
      slot = bucket[index]!;
      if (bucket.length === 1) this.#buckets.delete(hash);
      else bucket.splice(index, 1);
    }
    this.keys[slot] = FREE;
    this.values[slot] = undefined as V;
    this.#free.push(slot);
    return true;
  }

  clear(): void {
    this.keys.length = 0;
    this.values.length = 0;
    this.#free.length = 0;
    this.#primitive.clear();
    this.#buckets.clear();
  }

  /** Moves the used slots together, keeping their order (`HashSet.TrimExcess`). */
  compact(): void {
    const keys = this.keys.slice();
    const values = this.values.slice();
    this.clear();
    for (let slot = 0; slot < keys.length; slot++) {
      if (keys[slot] !== FREE) this.add(keys[slot], values[slot]!);
    }
  }
}
