import { defaultEqualityComparer, type EqualityComparer } from '../core/equality.js';
import { argumentNull } from '../exceptions.js';
import type { RuntimeType } from '../runtime-type.js';
import { DOTNET_TYPE, TYPE_ARGUMENTS } from '../values.js';
import { versioned } from './enumeration.js';
import { KeyMap } from './key-map.js';

/** `HashSet<T>`: elements compared by the set's comparer on their object form. */
export class HashSet<T = unknown> implements Iterable<T> {
  static readonly [DOTNET_TYPE] = 'System.Collections.Generic.HashSet`1';
  readonly [TYPE_ARGUMENTS]: readonly RuntimeType[];
  readonly #map: KeyMap<{ item: T }>;
  #version = 0;

  constructor(
    typeArguments: readonly RuntimeType[],
    items: Iterable<T> = [],
    comparer: EqualityComparer = defaultEqualityComparer,
  ) {
    this[TYPE_ARGUMENTS] = typeArguments;
    this.#map = new KeyMap(comparer);
    for (const item of items) this.Add(item);
  }

  #key(item: T): unknown {
    return this[TYPE_ARGUMENTS][0]!.box(item);
  }

  get Count(): number {
    return this.#map.size;
  }

  Add(item: T): boolean {
    const key = this.#key(item);
    if (this.#map.get(key) !== undefined) return false;
    this.#map.set(key, { item });
    this.#version++;
    return true;
  }

  Contains(item: T): boolean {
    return this.#map.get(this.#key(item)) !== undefined;
  }

  Remove(item: T): boolean {
    const removed = this.#map.delete(this.#key(item));
    if (removed) this.#version++;
    return removed;
  }

  Clear(): void {
    this.#map.clear();
    this.#version++;
  }

  #others(other: Iterable<T> | null): HashSet<T> {
    if (other === null) throw argumentNull('other');
    return other instanceof HashSet ? other : new HashSet(this[TYPE_ARGUMENTS], other, this.#map.comparer);
  }

  UnionWith(other: Iterable<T> | null): void {
    for (const item of this.#others(other)) this.Add(item);
  }

  IntersectWith(other: Iterable<T> | null): void {
    const keep = this.#others(other);
    for (const item of [...this]) if (!keep.Contains(item)) this.Remove(item);
  }

  ExceptWith(other: Iterable<T> | null): void {
    for (const item of this.#others(other)) this.Remove(item);
  }

  SymmetricExceptWith(other: Iterable<T> | null): void {
    for (const item of this.#others(other)) if (!this.Remove(item)) this.Add(item);
  }

  IsSubsetOf(other: Iterable<T> | null): boolean {
    const set = this.#others(other);
    return [...this].every((item) => set.Contains(item));
  }

  IsSupersetOf(other: Iterable<T> | null): boolean {
    return [...this.#others(other)].every((item) => this.Contains(item));
  }

  Overlaps(other: Iterable<T> | null): boolean {
    return [...this.#others(other)].some((item) => this.Contains(item));
  }

  SetEquals(other: Iterable<T> | null): boolean {
    const set = this.#others(other);
    return set.Count === this.Count && this.IsSubsetOf(set);
  }

  *#items(): Generator<T> {
    for (const entry of this.#map.values()) yield entry.item;
  }

  [Symbol.iterator](): Iterator<T> {
    return versioned(this.#items(), () => this.#version);
  }

  ToString(): string {
    return `System.Collections.Generic.HashSet\`1[${this[TYPE_ARGUMENTS][0]!.name}]`;
  }
}
