import type { EqualityComparer } from '../core/equality.js';
import { defaultEqualityComparer, dotnetEquals } from '../core/equality.js';
import { environment } from '../environment.js';
import { argument, argumentNull, keyNotFound } from '../exceptions.js';
import type { RuntimeType } from '../runtime-type.js';
import { DOTNET_TYPE, type Reference, TYPE_ARGUMENTS } from '../values.js';
import { versioned } from './enumeration.js';
import { KeyMap } from './key-map.js';
import { KeyValuePair } from './key-value-pair.js';

/**
 * `Dictionary<TKey, TValue>`, also the run-time form of the context's read-only dictionaries
 * (`context.Variables`, `Request.Headers`). Enumerates `KeyValuePair`s in insertion order.
 */
export class Dictionary<K = unknown, V = unknown> implements Iterable<KeyValuePair<K, V>> {
  static readonly [DOTNET_TYPE] = 'System.Collections.Generic.Dictionary`2';
  readonly [TYPE_ARGUMENTS]: readonly RuntimeType[];
  readonly #map: KeyMap<KeyValuePair<K, V>>;
  #version = 0;

  constructor(typeArguments: readonly RuntimeType[], comparer: EqualityComparer = defaultEqualityComparer) {
    this[TYPE_ARGUMENTS] = typeArguments;
    this.#map = new KeyMap(comparer);
  }

  get comparer(): EqualityComparer {
    return this.#map.comparer;
  }

  get Count(): number {
    return this.#map.size;
  }

  #pair(key: K, value: V): KeyValuePair<K, V> {
    return new KeyValuePair(key, value, this[TYPE_ARGUMENTS]);
  }

  /** The indexer's getter: `KeyNotFoundException` for a missing key. */
  getItem(key: K): V {
    if (key === null) throw argumentNull('key');
    const entry = this.#map.get(key);
    if (entry === undefined) throw keyNotFound(key);
    return entry.Value;
  }

  /** The indexer's setter: adds or replaces. */
  setItem(value: V, key: K): void {
    if (key === null) throw argumentNull('key');
    this.#map.set(key, this.#pair(key, value));
    this.#version++;
  }

  Add(key: K, value: V): void {
    if (key === null) throw argumentNull('key');
    if (this.#map.get(key) !== undefined) {
      const message =
        environment().dotnet === 'framework'
          ? 'An item with the same key has already been added.'
          : `An item with the same key has already been added. Key: ${String(key)}`;
      throw argument(message);
    }
    this.#map.set(key, this.#pair(key, value));
    this.#version++;
  }

  ContainsKey(key: K): boolean {
    if (key === null) throw argumentNull('key');
    return this.#map.get(key) !== undefined;
  }

  ContainsValue(value: V): boolean {
    const valueType = this[TYPE_ARGUMENTS][1];
    const boxed = valueType === undefined ? value : valueType.box(value);
    for (const pair of this.#map.values()) {
      if (dotnetEquals(valueType === undefined ? pair.Value : valueType.box(pair.Value), boxed)) return true;
    }
    return false;
  }

  /** `out value` gets `default(TValue)` when the key is missing. */
  TryGetValue(key: K, value: Reference<V>): boolean {
    if (key === null) throw argumentNull('key');
    const entry = this.#map.get(key);
    value.value = entry === undefined ? (this[TYPE_ARGUMENTS][1]?.defaultValue as V) : entry.Value;
    return entry !== undefined;
  }

  /** The value of a key, or undefined: for runtime code that needs no exception. */
  find(key: K): V | undefined {
    return key === null ? undefined : this.#map.get(key)?.Value;
  }

  Remove(key: K): boolean {
    if (key === null) throw argumentNull('key');
    const removed = this.#map.delete(key);
    if (removed) this.#version++;
    return removed;
  }

  Clear(): void {
    this.#map.clear();
    this.#version++;
  }

  *keys(): Generator<K> {
    for (const pair of this) yield pair.Key;
  }

  *values(): Generator<V> {
    for (const pair of this) yield pair.Value;
  }

  [Symbol.iterator](): Iterator<KeyValuePair<K, V>> {
    return versioned(this.#map.values(), () => this.#version);
  }

  ToString(): string {
    return `System.Collections.Generic.Dictionary\`2[${this[TYPE_ARGUMENTS].map((t) => t.name).join(',')}]`;
  }
}
