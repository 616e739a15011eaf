import { argumentNull, type DotnetException, notSupported } from '../exceptions.js';
import { copyArray } from './array-members.js';
import { indexOutOfCollection } from './collection-errors.js';
import { Dictionary } from './dictionary.js';
import type { KeyValuePair } from './key-value-pair.js';
import { typedEquals } from './typed-values.js';

/**
 * The members of the collection interfaces (`ICollection<T>`, `IList<T>`, `IReadOnlyList<T>`,
 * `IDictionary<TKey, TValue>`, ...) for every runtime value that implements them. Arrays
 * implement `IList<T>` as .NET's `SZArrayHelper` does (read-only size: adding or removing
 * throws); every other implementation (the runtime's collections, the JSON area's `JArray` and
 * `JObject`, ...) provides the JavaScript members these call:
 *
 * - `ICollection<T>`: `Count`, `IsReadOnly`, `Add(item)`, `Clear()`, `Contains(item)`,
 *   `Remove(item)`, `CopyTo(array, arrayIndex)`;
 * - `IList<T>`: `getItem(index)`, `setItem(value, index)`, `IndexOf(item)`, `Insert(index, item)`,
 *   `RemoveAt(index)`;
 * - `IDictionary<TKey, TValue>` and `IReadOnlyDictionary<TKey, TValue>` (declared with
 *   `jsMethod` / `jsProperty` directly): `getItem(key)`, `setItem(value, key)`, `ContainsKey`,
 *   `TryGetValue(key, ref)`, `Add(key, value)`, `Remove(key)`, `Keys`, `Values`.
 */

type ArrayValue = unknown[] | Uint8Array;

interface CollectionMembers {
  readonly Count: number;
  readonly IsReadOnly?: boolean;
  Add(item: unknown): unknown;
  Clear(): void;
  Contains(item: unknown): boolean;
  Remove(item: unknown): boolean;
  CopyTo(array: unknown, arrayIndex: number): void;
}

interface ListMembers extends CollectionMembers {
  getItem(index: number): unknown;
  setItem(value: unknown, index: number): void;
  IndexOf(item: unknown): number;
  Insert(index: number, item: unknown): void;
  RemoveAt(index: number): void;
}

const isArray = (value: unknown): value is ArrayValue => Array.isArray(value) || value instanceof Uint8Array;

function fixedSize(): DotnetException {
  return notSupported('Collection was of a fixed size.');
}

function arrayIndexOf(array: ArrayValue, item: unknown): number {
  for (let i = 0; i < array.length; i++) if (typedEquals(array[i], item)) return i;
  return -1;
}

/** `ICollection<T>.Count`, `IReadOnlyCollection<T>.Count`. */
export function collectionCount(self: unknown): number {
  return isArray(self) ? self.length : (self as CollectionMembers).Count;
}

/** `ICollection<T>.IsReadOnly`: true for arrays. */
export function collectionIsReadOnly(self: unknown): boolean {
  if (isArray(self)) return true;
  if (self instanceof Dictionary) return false;
  return (self as CollectionMembers).IsReadOnly ?? false;
}

/** `ICollection<T>.Add(T)`: a dictionary adds the pair's key and value. */
export function collectionAdd(self: unknown, item: unknown): void {
  if (isArray(self)) throw fixedSize();
  if (self instanceof Dictionary) {
    const pair = item as KeyValuePair;
    self.Add(pair.Key, pair.Value);
    return;
  }
  (self as CollectionMembers).Add(item);
}

export function collectionClear(self: unknown): void {
  if (isArray(self)) throw fixedSize();
  (self as CollectionMembers).Clear();
}

/** `ICollection<T>.Contains(T)`: a dictionary looks for the key with an equal value. */
export function collectionContains(self: unknown, item: unknown): boolean {
  if (isArray(self)) return arrayIndexOf(self, item) >= 0;
  if (self instanceof Dictionary) return dictionaryHasPair(self, item as KeyValuePair);
  return (self as CollectionMembers).Contains(item);
}

/** `ICollection<T>.Remove(T)`: a dictionary removes the key when its value is equal. */
export function collectionRemove(self: unknown, item: unknown): boolean {
  if (isArray(self)) throw fixedSize();
  if (self instanceof Dictionary) {
    const pair = item as KeyValuePair;
    return dictionaryHasPair(self, pair) && self.Remove(pair.Key);
  }
  return (self as CollectionMembers).Remove(item);
}

function dictionaryHasPair(dictionary: Dictionary, pair: KeyValuePair): boolean {
  const slot = dictionary.map.find(pair.Key);
  return slot >= 0 && typedEquals(dictionary.map.values[slot]!.Value, pair.Value);
}

export function collectionCopyTo(self: unknown, array: unknown, arrayIndex: number): void {
  if (array === null) throw argumentNull('array');
  if (isArray(self)) {
    copyArray(self, 0, array as ArrayValue, arrayIndex, self.length);
    return;
  }
  (self as CollectionMembers).CopyTo(array, arrayIndex);
}

/** `IList<T>[int]` and `IReadOnlyList<T>[int]`: an array's is an `ArgumentOutOfRangeException`, not its own indexer's `IndexOutOfRangeException`. */
export function listGetItem(self: unknown, index: number): unknown {
  if (isArray(self)) {
    if (index < 0 || index >= self.length) throw indexOutOfCollection();
    return self[index];
  }
  return (self as ListMembers).getItem(index);
}

export function listSetItem(self: unknown, value: unknown, index: number): void {
  if (isArray(self)) {
    if (index < 0 || index >= self.length) throw indexOutOfCollection();
    (self as unknown[])[index] = value;
    return;
  }
  (self as ListMembers).setItem(value, index);
}

export function listIndexOf(self: unknown, item: unknown): number {
  return isArray(self) ? arrayIndexOf(self, item) : (self as ListMembers).IndexOf(item);
}

export function listInsert(self: unknown, index: number, item: unknown): void {
  if (isArray(self)) throw fixedSize();
  (self as ListMembers).Insert(index, item);
}

export function listRemoveAt(self: unknown, index: number): void {
  if (isArray(self)) throw fixedSize();
  (self as ListMembers).RemoveAt(index);
}
