import { defaultEqualityComparer, type EqualityComparer } from '../core/equality.js';
import { environment } from '../environment.js';
import { argument, argumentNull, argumentOutOfRange, DotnetException, keyNotFound } from '../exceptions.js';
import type { RuntimeType } from '../runtime-type.js';
import { toDotnetString } from '../text/to-string.js';
import { DOTNET_TYPE, type Reference, TYPE_ARGUMENTS } from '../values.js';
import { NON_NEGATIVE } from './collection-errors.js';
import { SlotEnumerator } from './enumeration.js';
import { FREE, KeyMap } from './key-map.js';
import { KeyValuePair } from './key-value-pair.js';
import { iterable } from './sequence.js';
import { typedEquals } from './typed-values.js';

/** The comparer a collection uses when given none (or null). */
export function comparerOrDefault(comparer: EqualityComparer | null | undefined): EqualityComparer {
  return comparer ?? defaultEqualityComparer;
}

/**
 * `Dictionary<TKey, TValue>`, also the run-time form of the context's read-only dictionaries
 * (`context.Variables`, `Request.Headers`). Keys and values are held in their typed forms, each
 * entry as the `KeyValuePair` enumeration yields; entries keep .NET's enumeration order (see
 * `KeyMap`). The comparer sees keys in their typed form.
 *
 * `map` and `version` are exposed for LINQ's fast loops; only this class writes them.
 */
export class Dictionary<K = unknown, V = unknown> implements Iterable<KeyValuePair<K, V>> {
  static readonly [DOTNET_TYPE] = 'System.Collections.Generic.Dictionary`2';
  readonly [TYPE_ARGUMENTS]: readonly RuntimeType[];
  readonly map: KeyMap<KeyValuePair<K, V>>;
  /** Changes with every modification (see `Versioned`). */
  version = 0;
  #keys: KeyCollection<K, V> | null = null;
  #values: ValueCollection<K, V> | null = null;

  /** `new Dictionary<TKey, TValue>()` and `(IEqualityComparer<TKey> comparer)`. */
  constructor(typeArguments: readonly RuntimeType[], comparer: EqualityComparer | null = null) {
    this[TYPE_ARGUMENTS] = typeArguments;
    this.map = new KeyMap(comparerOrDefault(comparer));
  }

  /** `new Dictionary<TKey, TValue>(int capacity[, IEqualityComparer<TKey> comparer])`. */
  static withCapacity<K, V>(
    typeArguments: readonly RuntimeType[],
    capacity: number,
    comparer: EqualityComparer | null = null,
  ): Dictionary<K, V> {
    if (capacity < 0) throw argumentOutOfRange('capacity', NON_NEGATIVE);
    return new Dictionary<K, V>(typeArguments, comparer);
  }

  /** `new Dictionary<TKey, TValue>(IDictionary<TKey, TValue> dictionary[, IEqualityComparer<TKey> comparer])`. */
  static copyOf<K, V>(
    typeArguments: readonly RuntimeType[],
    dictionary: unknown,
    comparer: EqualityComparer | null = null,
  ): Dictionary<K, V> {
    if (dictionary === null) throw argumentNull('dictionary');
    const copy = new Dictionary<K, V>(typeArguments, comparer);
    for (const pair of iterable<KeyValuePair<K, V>>(dictionary)) copy.Add(pair.Key, pair.Value);
    return copy;
  }

  /** The comparer, as `IEqualityComparer<TKey>`. */
  get Comparer(): EqualityComparer {
    return this.map.comparer;
  }

  get Count(): number {
    return this.map.size;
  }

  get Keys(): KeyCollection<K, V> {
    this.#keys ??= new KeyCollection(this);
    return this.#keys;
  }

  get Values(): ValueCollection<K, V> {
    this.#values ??= new ValueCollection(this);
    return this.#values;
  }

  #pair(key: K, value: V): KeyValuePair<K, V> {
    return new KeyValuePair(key, value, this[TYPE_ARGUMENTS]);
  }

  #slot(key: K): number {
    if (key === null) throw argumentNull('key');
    return this.map.find(key);
  }

  /** The indexer's getter: `KeyNotFoundException` for a missing key. */
  getItem(key: K): V {
    const slot = this.#slot(key);
    if (slot < 0) throw keyNotFound(this.#printKey(key));
    return this.map.values[slot]!.Value;
  }

  /** The indexer's setter: adds or replaces. */
  setItem(value: V, key: K): void {
    const slot = this.#slot(key);
    if (slot < 0) this.map.add(key, this.#pair(key, value));
    else {
      this.map.replace(slot, this.#pair(key, value));
      // Since .NET Core 3.0, replacing a value no longer invalidates enumerators.
      if (environment().dotnet === 'core') return;
    }
    this.version++;
  }

  Add(key: K, value: V): void {
    if (this.#slot(key) >= 0) {
      const message =
        environment().dotnet === 'framework'
          ? 'An item with the same key has already been added.'
          : `An item with the same key has already been added. Key: ${this.#printKey(key)}`;
      throw argument(message);
    }
    this.map.add(key, this.#pair(key, value));
    this.version++;
  }

  ContainsKey(key: K): boolean {
    return this.#slot(key) >= 0;
  }

  ContainsValue(value: V): boolean {
    const { keys, values } = this.map;
    for (let slot = 0; slot < keys.length; slot++) {
      if (keys[slot] !== FREE && typedEquals(values[slot]!.Value, value)) return true;
    }
    return false;
  }

  /** `out value` gets `default(TValue)` when the key is missing. */
  TryGetValue(key: K, value: Reference<V>): boolean {
    const slot = this.#slot(key);
    value.value = slot < 0 ? (this[TYPE_ARGUMENTS][1]?.defaultValue as V) : this.map.values[slot]!.Value;
    return slot >= 0;
  }

  /** The value of a key, or undefined: for runtime code that needs no exception. */
  find(key: K): V | undefined {
    if (key === null) return undefined;
    const slot = this.map.find(key);
    return slot < 0 ? undefined : this.map.values[slot]!.Value;
  }

  Remove(key: K): boolean {
    if (key === null) throw argumentNull('key');
    const removed = this.map.delete(key);
    // Since .NET Core 3.0, removing no longer invalidates enumerators.
    if (removed && environment().dotnet === 'framework') this.version++;
    return removed;
  }

  Clear(): void {
    if (this.map.size === 0) return;
    this.map.clear();
    this.version++;
  }

  #printKey(key: K): string {
    const type = this[TYPE_ARGUMENTS][0];
    return toDotnetString(type === undefined ? key : type.box(key));
  }

  [Symbol.iterator](): Iterator<KeyValuePair<K, V>> {
    return new SlotEnumerator(this.map.keys, this.map.values, this);
  }

  ToString(): string {
    return `System.Collections.Generic.Dictionary\`2[${this[TYPE_ARGUMENTS].map((t) => t.name).join(',')}]`;
  }
}

/** .NET's error for changing a dictionary through its `Keys` or `Values`. */
function mutating(what: 'key' | 'value'): DotnetException {
  return new DotnetException(
    'System.NotSupportedException',
    `Mutating a ${what} collection derived from a dictionary is not allowed.`,
  );
}

/** `Dictionary<TKey, TValue>.KeyCollection`: a live view of the keys. */
export class KeyCollection<K = unknown, V = unknown> implements Iterable<K> {
  static readonly [DOTNET_TYPE] = 'System.Collections.Generic.Dictionary`2+KeyCollection`2';
  readonly [TYPE_ARGUMENTS]: readonly RuntimeType[];

  constructor(readonly dictionary: Dictionary<K, V>) {
    this[TYPE_ARGUMENTS] = dictionary[TYPE_ARGUMENTS];
  }

  get Count(): number {
    return this.dictionary.Count;
  }

  /** The runtime type of the items. */
  get elementType(): RuntimeType {
    return this[TYPE_ARGUMENTS][0]!;
  }

  get IsReadOnly(): boolean {
    return true;
  }

  Contains(key: K): boolean {
    return this.dictionary.ContainsKey(key);
  }

  Add(): void {
    throw mutating('key');
  }

  Remove(): boolean {
    throw mutating('key');
  }

  Clear(): void {
    throw mutating('key');
  }

  [Symbol.iterator](): Iterator<K> {
    const { map } = this.dictionary;
    return new SlotEnumerator<unknown, K>(map.keys, map.keys, this.dictionary);
  }

  ToString(): string {
    return `System.Collections.Generic.Dictionary\`2+KeyCollection[${this[TYPE_ARGUMENTS].map((t) => t.name).join(',')}]`;
  }
}

/** `Dictionary<TKey, TValue>.ValueCollection`: a live view of the values. */
export class ValueCollection<K = unknown, V = unknown> implements Iterable<V> {
  static readonly [DOTNET_TYPE] = 'System.Collections.Generic.Dictionary`2+ValueCollection`2';
  readonly [TYPE_ARGUMENTS]: readonly RuntimeType[];

  constructor(readonly dictionary: Dictionary<K, V>) {
    this[TYPE_ARGUMENTS] = dictionary[TYPE_ARGUMENTS];
  }

  get Count(): number {
    return this.dictionary.Count;
  }

  /** The runtime type of the items. */
  get elementType(): RuntimeType {
    return this[TYPE_ARGUMENTS][1]!;
  }

  get IsReadOnly(): boolean {
    return true;
  }

  Contains(value: V): boolean {
    return this.dictionary.ContainsValue(value);
  }

  Add(): void {
    throw mutating('value');
  }

  Remove(): boolean {
    throw mutating('value');
  }

  Clear(): void {
    throw mutating('value');
  }

  [Symbol.iterator](): Iterator<V> {
    const { map } = this.dictionary;
    return new SlotEnumerator(map.keys, map.values, this.dictionary, (pair) => pair.Value);
  }

  ToString(): string {
    return `System.Collections.Generic.Dictionary\`2+ValueCollection[${this[TYPE_ARGUMENTS].map((t) => t.name).join(',')}]`;
  }
}
