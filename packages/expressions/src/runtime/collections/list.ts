import { defaultCompare } from '../core/comparison.js';
import { dotnetEquals } from '../core/equality.js';
import { argumentNull, argumentOutOfRange } from '../exceptions.js';
import type { RuntimeType } from '../runtime-type.js';
import { createArray, DOTNET_TYPE, TYPE_ARGUMENTS } from '../values.js';
import { versioned } from './enumeration.js';

const INDEX_MESSAGE =
  'Index was out of range. Must be non-negative and less than the size of the collection.';

/** `List<T>`: a JavaScript array of typed values, with .NET's bounds checks and enumeration rules. */
export class List<T = unknown> implements Iterable<T> {
  static readonly [DOTNET_TYPE] = 'System.Collections.Generic.List`1';
  readonly [TYPE_ARGUMENTS]: readonly RuntimeType[];
  readonly items: T[];
  #version = 0;

  constructor(typeArguments: readonly RuntimeType[], items: Iterable<T> = []) {
    this[TYPE_ARGUMENTS] = typeArguments;
    this.items = [...items];
  }

  get elementType(): RuntimeType {
    return this[TYPE_ARGUMENTS][0]!;
  }

  get Count(): number {
    return this.items.length;
  }

  #check(index: number, inclusive = false): void {
    if (index < 0 || index > this.items.length || (!inclusive && index === this.items.length)) {
      throw argumentOutOfRange('index', INDEX_MESSAGE);
    }
  }

  #changed(): void {
    this.#version++;
  }

  /** The boxed form of an element, for .NET's `object.Equals` comparisons. */
  #boxed(value: T): unknown {
    return this.elementType.box(value);
  }

  getItem(index: number): T {
    this.#check(index);
    return this.items[index]!;
  }

  setItem(value: T, index: number): void {
    this.#check(index);
    this.items[index] = value;
    this.#changed();
  }

  Add(item: T): void {
    this.items.push(item);
    this.#changed();
  }

  AddRange(items: Iterable<T> | null): void {
    if (items === null) throw argumentNull('collection');
    this.items.push(...items);
    this.#changed();
  }

  Insert(index: number, item: T): void {
    this.#check(index, true);
    this.items.splice(index, 0, item);
    this.#changed();
  }

  InsertRange(index: number, items: Iterable<T> | null): void {
    if (items === null) throw argumentNull('collection');
    this.#check(index, true);
    this.items.splice(index, 0, ...items);
    this.#changed();
  }

  IndexOf(item: T): number {
    const boxed = this.#boxed(item);
    return this.items.findIndex((candidate) => dotnetEquals(this.#boxed(candidate), boxed));
  }

  LastIndexOf(item: T): number {
    const boxed = this.#boxed(item);
    for (let i = this.items.length - 1; i >= 0; i--)
      if (dotnetEquals(this.#boxed(this.items[i]!), boxed)) return i;
    return -1;
  }

  Contains(item: T): boolean {
    return this.IndexOf(item) >= 0;
  }

  Remove(item: T): boolean {
    const index = this.IndexOf(item);
    if (index < 0) return false;
    this.items.splice(index, 1);
    this.#changed();
    return true;
  }

  RemoveAt(index: number): void {
    this.#check(index);
    this.items.splice(index, 1);
    this.#changed();
  }

  RemoveRange(index: number, count: number): void {
    if (index < 0) throw argumentOutOfRange('index', 'Non-negative number required.');
    if (count < 0) throw argumentOutOfRange('count', 'Non-negative number required.');
    if (this.items.length - index < count) {
      throw argumentOutOfRange(
        'count',
        'Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.',
      );
    }
    this.items.splice(index, count);
    this.#changed();
  }

  RemoveAll(match: (item: T) => boolean): number {
    const before = this.items.length;
    const kept = this.items.filter((item) => !match(item));
    this.items.length = 0;
    this.items.push(...kept);
    this.#changed();
    return before - kept.length;
  }

  Clear(): void {
    this.items.length = 0;
    this.#changed();
  }

  Exists(match: (item: T) => boolean): boolean {
    return this.items.some((item) => match(item));
  }

  TrueForAll(match: (item: T) => boolean): boolean {
    return this.items.every((item) => match(item));
  }

  Find(match: (item: T) => boolean): T {
    for (const item of this.items) if (match(item)) return item;
    return this.elementType.defaultValue as T;
  }

  FindLast(match: (item: T) => boolean): T {
    for (let i = this.items.length - 1; i >= 0; i--) if (match(this.items[i]!)) return this.items[i]!;
    return this.elementType.defaultValue as T;
  }

  FindIndex(match: (item: T) => boolean): number {
    return this.items.findIndex((item) => match(item));
  }

  FindAll(match: (item: T) => boolean): List<T> {
    return new List(
      this[TYPE_ARGUMENTS],
      this.items.filter((item) => match(item)),
    );
  }

  ForEach(action: (item: T) => void): void {
    for (const item of versioned(this.items, () => this.#version)) action(item);
  }

  GetRange(index: number, count: number): List<T> {
    if (index < 0 || count < 0 || this.items.length - index < count) {
      throw argumentOutOfRange(
        index < 0 ? 'index' : 'count',
        'Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.',
      );
    }
    return new List(this[TYPE_ARGUMENTS], this.items.slice(index, index + count));
  }

  /** `Sort()`, `Sort(Comparison<T>)`: stable here, where .NET's introsort is not (equal elements may order differently). */
  Sort(comparison?: ((a: T, b: T) => number) | null): void {
    const compare = comparison ?? ((a: T, b: T) => defaultCompare(this.#boxed(a), this.#boxed(b)));
    this.items.sort(compare);
    this.#changed();
  }

  Reverse(): void {
    this.items.reverse();
    this.#changed();
  }

  ToArray(): T[] {
    return createArray(this.elementType, this.items) as T[];
  }

  [Symbol.iterator](): Iterator<T> {
    return versioned(this.items, () => this.#version);
  }

  ToString(): string {
    return `System.Collections.Generic.List\`1[${this.elementType.name}]`;
  }
}
