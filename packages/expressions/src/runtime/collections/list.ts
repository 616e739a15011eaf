import type { OrderComparer } from '../core/comparison.js';
import { argumentNull, argumentOutOfRange } from '../exceptions.js';
import type { RuntimeType } from '../runtime-type.js';
import { createArray, DOTNET_TYPE, TYPE_ARGUMENTS } from '../values.js';
import {
  BIGGER_THAN_COLLECTION,
  COUNT_MESSAGE,
  checkRange,
  destinationTooShort,
  indexOutOfCollection,
  NON_NEGATIVE,
} from './collection-errors.js';
import { ArrayEnumerator, modified } from './enumeration.js';
import { collectionCount, snapshot } from './sequence.js';
import { introspectiveSort } from './sort.js';
import { typedCompare, typedEquals } from './typed-values.js';

type Match<T> = ((item: T) => boolean) | null;

const MAX_CAPACITY = 0x7fefffff;

function requireMatch<T>(match: Match<T>, name = 'match'): (item: T) => boolean {
  if (match === null) throw argumentNull(name);
  return match;
}

/**
 * `List<T>`: a JavaScript array of items in their typed form (`List<double>` holds numbers),
 * with .NET's bounds checks, capacity growth (4, 8, 16, ...), and enumeration rules (changing
 * the list while enumerating it throws).
 *
 * `items` and `version` are exposed for fast loops in LINQ; only this class writes them, and
 * `items` is never replaced.
 */
export class List<T = unknown> implements Iterable<T> {
  static readonly [DOTNET_TYPE] = 'System.Collections.Generic.List`1';
  readonly [TYPE_ARGUMENTS]: readonly RuntimeType[];
  readonly items: T[] = [];
  /** Changes with every modification (see `Versioned`). */
  version = 0;
  #capacity = 0;

  constructor(typeArguments: readonly RuntimeType[]) {
    this[TYPE_ARGUMENTS] = typeArguments;
  }

  /** `new List<T>(int capacity)`. */
  static withCapacity<T>(typeArguments: readonly RuntimeType[], capacity: number): List<T> {
    if (capacity < 0) throw argumentOutOfRange('capacity', NON_NEGATIVE);
    const list = new List<T>(typeArguments);
    list.#capacity = capacity;
    return list;
  }

  /** `new List<T>(IEnumerable<T> collection)`. */
  static from<T>(typeArguments: readonly RuntimeType[], collection: unknown): List<T> {
    if (collection === null) throw argumentNull('collection');
    const list = new List<T>(typeArguments);
    const count = collectionCount(collection);
    if (count >= 0) {
      list.items.push(...snapshot<T>(collection));
      list.#capacity = list.items.length;
    } else {
      for (const item of snapshot<T>(collection)) list.Add(item);
    }
    return list;
  }

  get elementType(): RuntimeType {
    return this[TYPE_ARGUMENTS][0]!;
  }

  get Count(): number {
    return this.items.length;
  }

  get Capacity(): number {
    return this.#capacity;
  }

  set Capacity(value: number) {
    if (value < this.items.length)
      throw argumentOutOfRange('value', 'capacity was less than the current size.');
    this.#capacity = value;
  }

  #ensureCapacity(min: number): void {
    if (this.#capacity >= min) return;
    let capacity = this.#capacity === 0 ? 4 : this.#capacity * 2;
    if (capacity > MAX_CAPACITY) capacity = MAX_CAPACITY;
    this.#capacity = Math.max(capacity, min);
  }

  #changed(): void {
    this.version++;
  }

  /** The indexer's getter. */
  getItem(index: number): T {
    if (index < 0 || index >= this.items.length) throw indexOutOfCollection();
    return this.items[index]!;
  }

  /** The indexer's setter. */
  setItem(value: T, index: number): void {
    if (index < 0 || index >= this.items.length) throw indexOutOfCollection();
    this.items[index] = value;
    this.#changed();
  }

  Add(item: T): void {
    this.#ensureCapacity(this.items.length + 1);
    this.items.push(item);
    this.#changed();
  }

  AddRange(collection: unknown): void {
    this.InsertRange(this.items.length, collection);
  }

  Insert(index: number, item: T): void {
    if (index < 0 || index > this.items.length) {
      throw argumentOutOfRange('index', 'Index must be within the bounds of the List.');
    }
    this.#ensureCapacity(this.items.length + 1);
    this.items.splice(index, 0, item);
    this.#changed();
  }

  InsertRange(index: number, collection: unknown): void {
    if (collection === null) throw argumentNull('collection');
    if (index < 0 || index > this.items.length) throw indexOutOfCollection();
    const count = collectionCount(collection);
    const added = snapshot<T>(collection);
    if (count >= 0) {
      if (added.length > 0) {
        this.#ensureCapacity(this.items.length + added.length);
        this.items.splice(index, 0, ...added);
        this.#changed();
      }
    } else {
      // .NET inserts the items of a lazy sequence one by one.
      for (let offset = 0; offset < added.length; offset++) this.Insert(index + offset, added[offset]!);
    }
  }

  IndexOf(item: T, index = 0, count = this.items.length - index): number {
    if (index < 0 || index > this.items.length) throw indexOutOfCollection();
    if (count < 0 || index > this.items.length - count) throw argumentOutOfRange('count', COUNT_MESSAGE);
    for (let i = index; i < index + count; i++) if (typedEquals(this.items[i], item)) return i;
    return -1;
  }

  /** `LastIndexOf(T)`. */
  LastIndexOf(item: T): number {
    return this.items.length === 0
      ? -1
      : this.LastIndexOfRange(item, this.items.length - 1, this.items.length);
  }

  /** `LastIndexOf(T item, int index)`: searches backwards from `index`. */
  LastIndexOfFrom(item: T, index: number): number {
    if (index >= this.items.length) throw indexOutOfCollection();
    return this.LastIndexOfRange(item, index, index + 1);
  }

  /** `LastIndexOf(T item, int index, int count)`. */
  LastIndexOfRange(item: T, index: number, count: number): number {
    const size = this.items.length;
    if (size !== 0 && index < 0) throw argumentOutOfRange('index', NON_NEGATIVE);
    if (size !== 0 && count < 0) throw argumentOutOfRange('count', NON_NEGATIVE);
    if (size === 0) return -1;
    if (index >= size) throw argumentOutOfRange('index', BIGGER_THAN_COLLECTION);
    if (count > index + 1) throw argumentOutOfRange('count', BIGGER_THAN_COLLECTION);
    for (let i = index; i > index - count; i--) if (typedEquals(this.items[i], item)) return i;
    return -1;
  }

  Contains(item: T): boolean {
    for (let i = 0; i < this.items.length; i++) if (typedEquals(this.items[i], item)) return true;
    return false;
  }

  Remove(item: T): boolean {
    const index = this.IndexOf(item);
    if (index < 0) return false;
    this.RemoveAt(index);
    return true;
  }

  RemoveAt(index: number): void {
    if (index < 0 || index >= this.items.length) throw indexOutOfCollection();
    this.items.splice(index, 1);
    this.#changed();
  }

  RemoveRange(index: number, count: number): void {
    checkRange(index, count, this.items.length);
    if (count === 0) return;
    this.items.splice(index, count);
    this.#changed();
  }

  /** Calls `match` on every item (in order), then removes the matches. */
  RemoveAll(match: Match<T>): number {
    const test = requireMatch(match);
    const kept: T[] = [];
    for (const item of this.items) if (!test(item)) kept.push(item);
    const removed = this.items.length - kept.length;
    if (removed > 0) {
      this.items.length = 0;
      this.items.push(...kept);
      this.#changed();
    }
    return removed;
  }

  Clear(): void {
    this.items.length = 0;
    this.#changed();
  }

  Exists(match: Match<T>): boolean {
    return this.FindIndex(0, this.items.length, match) >= 0;
  }

  TrueForAll(match: Match<T>): boolean {
    const test = requireMatch(match);
    for (let i = 0; i < this.items.length; i++) if (!test(this.items[i]!)) return false;
    return true;
  }

  /** The first match, or `default(T)`. */
  Find(match: Match<T>): T {
    const test = requireMatch(match);
    for (let i = 0; i < this.items.length; i++) if (test(this.items[i]!)) return this.items[i]!;
    return this.elementType.defaultValue as T;
  }

  FindLast(match: Match<T>): T {
    const test = requireMatch(match);
    for (let i = this.items.length - 1; i >= 0; i--) if (test(this.items[i]!)) return this.items[i]!;
    return this.elementType.defaultValue as T;
  }

  /** `FindIndex(Predicate<T>)`, `FindIndex(int, Predicate<T>)`, `FindIndex(int, int, Predicate<T>)`. */
  FindIndex(startIndex: number, count: number, match: Match<T>): number {
    if (startIndex < 0 || startIndex > this.items.length) throw indexOutOfCollection('startIndex');
    if (count < 0 || startIndex > this.items.length - count) throw argumentOutOfRange('count', COUNT_MESSAGE);
    const test = requireMatch(match);
    for (let i = startIndex; i < startIndex + count; i++) if (test(this.items[i]!)) return i;
    return -1;
  }

  FindLastIndex(match: Match<T>): number {
    const test = requireMatch(match);
    for (let i = this.items.length - 1; i >= 0; i--) if (test(this.items[i]!)) return i;
    return -1;
  }

  FindAll(match: Match<T>): List<T> {
    const test = requireMatch(match);
    const found = new List<T>(this[TYPE_ARGUMENTS]);
    for (let i = 0; i < this.items.length; i++) if (test(this.items[i]!)) found.Add(this.items[i]!);
    return found;
  }

  /** Calls `action` on each item; a change to the list stops the loop and throws. */
  ForEach(action: ((item: T) => void) | null): void {
    if (action === null) throw argumentNull('action');
    const version = this.version;
    for (let i = 0; i < this.items.length; i++) {
      if (this.version !== version) break;
      action(this.items[i]!);
    }
    if (this.version !== version) throw modified();
  }

  GetRange(index: number, count: number): List<T> {
    checkRange(index, count, this.items.length);
    const range = new List<T>(this[TYPE_ARGUMENTS]);
    range.items.push(...this.items.slice(index, index + count));
    range.#capacity = count;
    return range;
  }

  /** `ConvertAll<TOutput>(Converter<T, TOutput>)`: `TOutput`'s runtime type comes first. */
  ConvertAll<U>(outputType: RuntimeType, converter: ((item: T) => U) | null): List<U> {
    if (converter === null) throw argumentNull('converter');
    const converted = new List<U>([outputType]);
    for (let i = 0; i < this.items.length; i++) converted.items.push(converter(this.items[i]!));
    converted.#capacity = this.items.length;
    return converted;
  }

  /** `Sort()`, `Sort(IComparer<T>)` and `Sort(int, int, IComparer<T>)`; a null comparer is the default one. */
  Sort(comparer: OrderComparer | null = null, index = 0, count = this.items.length - index): void {
    checkRange(index, count, this.items.length);
    const compare = comparer === null ? typedCompare : (a: T, b: T) => comparer.compare(a, b);
    introspectiveSort(this.items, compare, index, count);
    this.#changed();
  }

  /** `Sort(Comparison<T>)`. */
  SortBy(comparison: ((a: T, b: T) => number) | null): void {
    if (comparison === null) throw argumentNull('comparison');
    introspectiveSort(this.items, comparison);
    this.#changed();
  }

  Reverse(index = 0, count = this.items.length - index): void {
    checkRange(index, count, this.items.length);
    const reversed = this.items.slice(index, index + count).reverse();
    this.items.splice(index, count, ...reversed);
    this.#changed();
  }

  /** `BinarySearch(T)` and `BinarySearch(T, IComparer<T>)`: the index, or the complement of where it would go. */
  BinarySearch(item: T, comparer: OrderComparer | null = null): number {
    const compare = comparer === null ? typedCompare : (a: T, b: T) => comparer.compare(a, b);
    let lo = 0;
    let hi = this.items.length - 1;
    while (lo <= hi) {
      const i = lo + ((hi - lo) >> 1);
      const order = compare(this.items[i]!, item);
      if (order === 0) return i;
      if (order < 0) lo = i + 1;
      else hi = i - 1;
    }
    return ~lo;
  }

  /** `CopyTo(T[] array)` and `CopyTo(T[] array, int arrayIndex)`. */
  CopyTo(array: T[] | null, arrayIndex = 0): void {
    if (array === null) throw argumentNull('array');
    if (arrayIndex < 0) throw argumentOutOfRange('arrayIndex', NON_NEGATIVE);
    if (array.length - arrayIndex < this.items.length) throw destinationTooShort();
    for (let i = 0; i < this.items.length; i++) array[arrayIndex + i] = this.items[i]!;
  }

  TrimExcess(): void {
    if (this.items.length < Math.trunc(this.#capacity * 0.9)) this.#capacity = this.items.length;
  }

  ToArray(): T[] {
    return createArray(this.elementType, this.items) as T[];
  }

  [Symbol.iterator](): Iterator<T> {
    return new ArrayEnumerator(this.items, this);
  }

  ToString(): string {
    return `System.Collections.Generic.List\`1[${this.elementType.name}]`;
  }
}
