import type { EqualityComparer } from '../core/equality.js';
import { argument, argumentNull, argumentOutOfRange } from '../exceptions.js';
import type { RuntimeType } from '../runtime-type.js';
import { DOTNET_TYPE, TYPE_ARGUMENTS } from '../values.js';
import { NON_NEGATIVE } from './collection-errors.js';
import { comparerOrDefault } from './dictionary.js';
import { SlotEnumerator } from './enumeration.js';
import { FREE, KeyMap } from './key-map.js';
import { collectionCount, iterable, snapshot } from './sequence.js';

function requireOther(other: unknown): unknown {
  if (other === null) throw argumentNull('other');
  return other;
}

/**
 * `HashSet<T>`: items in their typed form, compared by the set's comparer, enumerated in .NET's
 * order (see `KeyMap`). The set operations follow .NET's order of additions and removals, which
 * decides where later additions land.
 */
export class HashSet<T = unknown> implements Iterable<T> {
  static readonly [DOTNET_TYPE] = 'System.Collections.Generic.HashSet`1';
  readonly [TYPE_ARGUMENTS]: readonly RuntimeType[];
  readonly map: KeyMap<null>;
  /** Changes with every modification (see `Versioned`). */
  version = 0;

  /** `new HashSet<T>()` and `(IEqualityComparer<T> comparer)`. */
  constructor(typeArguments: readonly RuntimeType[], comparer: EqualityComparer | null = null) {
    this[TYPE_ARGUMENTS] = typeArguments;
    this.map = new KeyMap(comparerOrDefault(comparer));
  }

  /** `new HashSet<T>(IEnumerable<T> collection[, IEqualityComparer<T> comparer])`. */
  static from<T>(
    typeArguments: readonly RuntimeType[],
    collection: unknown,
    comparer: EqualityComparer | null = null,
  ): HashSet<T> {
    if (collection === null) throw argumentNull('collection');
    const set = new HashSet<T>(typeArguments, comparer);
    for (const item of iterable<T>(collection)) set.Add(item);
    return set;
  }

  /** The runtime type of the items. */
  get elementType(): RuntimeType {
    return this[TYPE_ARGUMENTS][0]!;
  }

  get Comparer(): EqualityComparer {
    return this.map.comparer;
  }

  get Count(): number {
    return this.map.size;
  }

  Add(item: T): boolean {
    if (this.map.find(item) >= 0) return false;
    this.map.add(item, null);
    this.version++;
    return true;
  }

  Contains(item: T): boolean {
    return this.map.find(item) >= 0;
  }

  /** Removes an item; the set that becomes empty starts again from its first slot, as in .NET. */
  Remove(item: T): boolean {
    const removed = this.map.delete(item);
    if (removed) {
      if (this.map.size === 0) this.map.clear();
      this.version++;
    }
    return removed;
  }

  Clear(): void {
    if (this.map.size === 0) return;
    this.map.clear();
    this.version++;
  }

  /** The items of `other` as a set under this set's comparer. */
  #unique(other: unknown): HashSet<T> {
    if (other instanceof HashSet && other.map.comparer === this.map.comparer) return other as HashSet<T>;
    return HashSet.from(this[TYPE_ARGUMENTS], other, this.map.comparer);
  }

  #items(): T[] {
    return snapshot<T>(this);
  }

  UnionWith(other: unknown): void {
    for (const item of iterable<T>(requireOther(other))) this.Add(item);
  }

  /** Removes, in slot order, the items `other` does not have. */
  IntersectWith(other: unknown): void {
    requireOther(other);
    if (this.map.size === 0) return;
    if (collectionCount(other) === 0) {
      this.Clear();
      return;
    }
    const found = this.#unique(other);
    for (const item of this.#items()) if (!found.Contains(item)) this.Remove(item);
  }

  ExceptWith(other: unknown): void {
    requireOther(other);
    if (this.map.size === 0) return;
    if (other === this) {
      this.Clear();
      return;
    }
    for (const item of iterable<T>(other)) this.Remove(item);
  }

  /**
   * Keeps the items in exactly one of the two. .NET interleaves removals and additions when
   * `other` is a set with the same comparer, and otherwise adds the new items first and then
   * removes the common ones; the difference shows in the order of later additions.
   */
  SymmetricExceptWith(other: unknown): void {
    requireOther(other);
    if (this.map.size === 0) {
      this.UnionWith(other);
      return;
    }
    if (other === this) {
      this.Clear();
      return;
    }
    if (other instanceof HashSet && other.map.comparer === this.map.comparer) {
      for (const item of other as HashSet<T>) if (!this.Remove(item)) this.Add(item);
      return;
    }
    const added: T[] = [];
    const common: T[] = [];
    for (const item of iterable<T>(other)) {
      if (this.Add(item)) added.push(item);
      else if (!added.some((candidate) => this.map.comparer.equals(candidate, item))) common.push(item);
    }
    const slots = common.map((item) => this.map.find(item)).sort((a, b) => a - b);
    const keys = this.map.keys;
    for (const slot of slots.filter((value, index) => slots.indexOf(value) === index)) {
      this.Remove(keys[slot] as T);
    }
  }

  IsSubsetOf(other: unknown): boolean {
    const unique = this.#unique(requireOther(other));
    return this.#items().every((item) => unique.Contains(item));
  }

  IsProperSubsetOf(other: unknown): boolean {
    const unique = this.#unique(requireOther(other));
    return unique.Count > this.Count && this.#items().every((item) => unique.Contains(item));
  }

  IsSupersetOf(other: unknown): boolean {
    requireOther(other);
    for (const item of iterable<T>(other)) if (!this.Contains(item)) return false;
    return true;
  }

  IsProperSupersetOf(other: unknown): boolean {
    const unique = this.#unique(requireOther(other));
    return this.Count > unique.Count && this.IsSupersetOf(unique);
  }

  Overlaps(other: unknown): boolean {
    requireOther(other);
    if (this.map.size === 0) return false;
    for (const item of iterable<T>(other)) if (this.Contains(item)) return true;
    return false;
  }

  SetEquals(other: unknown): boolean {
    const unique = this.#unique(requireOther(other));
    return unique.Count === this.Count && this.IsSupersetOf(unique);
  }

  /** Tests every item in slot order, removing each match at once; returns how many went. */
  RemoveWhere(match: ((item: T) => boolean) | null): number {
    if (match === null) throw argumentNull('match');
    let removed = 0;
    const keys = this.map.keys;
    for (let slot = 0; slot < keys.length; slot++) {
      const item = keys[slot];
      if (item !== FREE && match(item as T) && this.Remove(item as T)) removed++;
    }
    return removed;
  }

  /** `CopyTo(T[] array)` and `CopyTo(T[] array, int arrayIndex)`. */
  CopyTo(array: T[] | null, arrayIndex = 0): void {
    if (array === null) throw argumentNull('array');
    if (arrayIndex < 0) throw argumentOutOfRange('arrayIndex', NON_NEGATIVE);
    if (array.length - arrayIndex < this.Count) {
      throw argument(
        'Destination array is not long enough to copy all the items in the collection. Check array index and length.',
      );
    }
    this.#items().forEach((item, index) => {
      array[arrayIndex + index] = item;
    });
  }

  TrimExcess(): void {
    this.map.compact();
  }

  [Symbol.iterator](): Iterator<T> {
    return new SlotEnumerator<T>(this.map.keys as T[], this.map.keys as T[], this);
  }

  ToString(): string {
    return `System.Collections.Generic.HashSet\`1[${this[TYPE_ARGUMENTS][0]!.name}]`;
  }
}
