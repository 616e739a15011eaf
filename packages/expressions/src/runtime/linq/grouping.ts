import { arrayEmpty } from '../collections/array-members.js';
import { indexOutOfCollection } from '../collections/collection-errors.js';
import { comparerOrDefault } from '../collections/dictionary.js';
import { KeyMap } from '../collections/key-map.js';
import { iterable } from '../collections/sequence.js';
import { typedEquals } from '../collections/typed-values.js';
import type { EqualityComparer } from '../core/equality.js';
import { argumentNull, argumentOutOfRange, notSupported } from '../exceptions.js';
import type { RuntimeType } from '../runtime-type.js';
import { createArray, DOTNET_TYPE, TYPE_ARGUMENTS } from '../values.js';
import { requireFunction, requireSequence } from './errors.js';
import { ITERATORS, type Query, query } from './query.js';

/** `GroupBy`, `ToLookup`, `Join`, `GroupJoin`. */

type Types = readonly RuntimeType[];
type Selector = (item: unknown) => unknown;

/**
 * `System.Linq.Lookup<TKey, TElement>.Grouping`: one group's key and its elements (typed
 * forms), an `IGrouping<TKey, TElement>` and a read-only `IList<TElement>`.
 */
export class Grouping implements Iterable<unknown> {
  static readonly [DOTNET_TYPE] = 'System.Linq.Lookup`2+Grouping`2';
  readonly [TYPE_ARGUMENTS]: readonly RuntimeType[];
  readonly elements: unknown[] = [];

  constructor(
    readonly Key: unknown,
    /** `[TKey, TElement]`. */
    typeArguments: Types,
  ) {
    this[TYPE_ARGUMENTS] = typeArguments;
  }

  get elementType(): RuntimeType {
    return this[TYPE_ARGUMENTS][1]!;
  }

  get Count(): number {
    return this.elements.length;
  }

  get IsReadOnly(): boolean {
    return true;
  }

  /** `IList<TElement>[int]`: an `ArgumentOutOfRangeException` without .NET's list message. */
  getItem(index: number): unknown {
    if (index < 0 || index >= this.elements.length) throw argumentOutOfRange('index');
    return this.elements[index];
  }

  setItem(): void {
    throw notSupported();
  }

  Contains(item: unknown): boolean {
    return this.IndexOf(item) >= 0;
  }

  IndexOf(item: unknown): number {
    for (let i = 0; i < this.elements.length; i++) if (typedEquals(this.elements[i], item)) return i;
    return -1;
  }

  CopyTo(array: unknown[] | null, arrayIndex: number): void {
    if (array === null) throw argumentNull('array');
    if (arrayIndex < 0 || array.length - arrayIndex < this.elements.length)
      throw indexOutOfCollection('arrayIndex');
    this.elements.forEach((item, offset) => {
      array[arrayIndex + offset] = item;
    });
  }

  Add(): void {
    throw notSupported();
  }

  Clear(): void {
    throw notSupported();
  }

  Remove(): boolean {
    throw notSupported();
  }

  Insert(): void {
    throw notSupported();
  }

  RemoveAt(): void {
    throw notSupported();
  }

  [Symbol.iterator](): Iterator<unknown> {
    return this.elements[Symbol.iterator]();
  }

  ToString(): string {
    return `System.Linq.Lookup\`2+Grouping[${this[TYPE_ARGUMENTS].map((t) => t.name).join(',')}]`;
  }
}

/**
 * `System.Linq.Lookup<TKey, TElement>`: groups in the order their keys first appeared. Null
 * keys are allowed. A null comparer is `EqualityComparer<TKey>.Default`.
 */
export class Lookup implements Iterable<Grouping> {
  static readonly [DOTNET_TYPE] = 'System.Linq.Lookup`2';
  readonly [TYPE_ARGUMENTS]: readonly RuntimeType[];
  readonly groupings: Grouping[] = [];
  readonly #map: KeyMap<Grouping>;

  constructor(typeArguments: Types, comparer: EqualityComparer | null) {
    this[TYPE_ARGUMENTS] = typeArguments;
    this.#map = new KeyMap(comparerOrDefault(comparer));
  }

  /** `Lookup.Create`: groups every element of the source (eagerly). */
  static create(
    typeArguments: Types,
    source: unknown,
    keySelector: Selector | null,
    elementSelector: Selector | null,
    comparer: EqualityComparer | null,
  ): Lookup {
    requireSequence(source);
    const key = requireFunction(keySelector, 'keySelector');
    const element = requireFunction(elementSelector, 'elementSelector');
    const lookup = new Lookup(typeArguments, comparer);
    for (const item of iterable(source)) lookup.grouping(key(item), true)!.elements.push(element(item));
    return lookup;
  }

  /** `Lookup.CreateForJoin`: elements with a null key are left out. */
  static forJoin(
    typeArguments: Types,
    source: unknown,
    keySelector: Selector,
    comparer: EqualityComparer | null,
  ): Lookup {
    const lookup = new Lookup(typeArguments, comparer);
    for (const item of iterable(source)) {
      const key = keySelector(item);
      if (key !== null) lookup.grouping(key, true)!.elements.push(item);
    }
    return lookup;
  }

  /** The group of a key, created when asked for. */
  grouping(key: unknown, create: boolean): Grouping | null {
    const slot = this.#map.find(key);
    if (slot >= 0) return this.#map.values[slot]!;
    if (!create) return null;
    const grouping = new Grouping(key, this[TYPE_ARGUMENTS]);
    this.#map.add(key, grouping);
    this.groupings.push(grouping);
    return grouping;
  }

  get Count(): number {
    return this.groupings.length;
  }

  /** `this[TKey]`: the group's elements, or an empty `TElement[]`. */
  getItem(key: unknown): unknown {
    return this.grouping(key, false) ?? arrayEmpty([this[TYPE_ARGUMENTS][1]!]);
  }

  Contains(key: unknown): boolean {
    return this.grouping(key, false) !== null;
  }

  [Symbol.iterator](): Iterator<Grouping> {
    return this.groupings[Symbol.iterator]();
  }

  ToString(): string {
    return `System.Linq.Lookup\`2[${this[TYPE_ARGUMENTS].map((t) => t.name).join(',')}]`;
  }
}

/** `System.Linq.GroupedEnumerable<TSource, TKey, TElement>`: `GroupBy` without a result selector. */
export class GroupedEnumerable implements Iterable<Grouping> {
  static readonly [DOTNET_TYPE] = 'System.Linq.GroupedEnumerable`3';
  readonly [TYPE_ARGUMENTS]: readonly RuntimeType[];

  constructor(
    typeArguments: Types,
    readonly source: unknown,
    readonly keySelector: Selector,
    readonly elementSelector: Selector,
    readonly comparer: EqualityComparer | null,
  ) {
    this[TYPE_ARGUMENTS] = typeArguments;
  }

  [Symbol.iterator](): Iterator<Grouping> {
    const [, keyType, elementType] = this[TYPE_ARGUMENTS];
    return Lookup.create(
      [keyType!, elementType!],
      this.source,
      this.keySelector,
      this.elementSelector,
      this.comparer,
    )[Symbol.iterator]();
  }

  ToString(): string {
    return `System.Linq.GroupedEnumerable\`3[${this[TYPE_ARGUMENTS].map((t) => t.name).join(',')}]`;
  }
}

/**
 * `System.Linq.GroupedEnumerable<TSource, TKey, TElement, TResult>`: `GroupBy` with a result
 * selector, which receives each key and its elements as a `TElement[]`.
 */
export class GroupedResultEnumerable implements Iterable<unknown> {
  static readonly [DOTNET_TYPE] = 'System.Linq.GroupedEnumerable`4';
  readonly [TYPE_ARGUMENTS]: readonly RuntimeType[];

  constructor(
    typeArguments: Types,
    readonly source: unknown,
    readonly keySelector: Selector,
    readonly elementSelector: Selector,
    readonly resultSelector: (key: unknown, elements: unknown) => unknown,
    readonly comparer: EqualityComparer | null,
  ) {
    this[TYPE_ARGUMENTS] = typeArguments;
  }

  get elementType(): RuntimeType {
    return this[TYPE_ARGUMENTS][3]!;
  }

  *[Symbol.iterator](): Generator<unknown> {
    const [, keyType, elementType] = this[TYPE_ARGUMENTS];
    const lookup = Lookup.create(
      [keyType!, elementType!],
      this.source,
      this.keySelector,
      this.elementSelector,
      this.comparer,
    );
    for (const grouping of lookup.groupings) {
      yield this.resultSelector(grouping.Key, createArray(elementType!, grouping.elements));
    }
  }

  ToString(): string {
    return `System.Linq.GroupedEnumerable\`4[${this[TYPE_ARGUMENTS].map((t) => t.name).join(',')}]`;
  }
}

const identity: Selector = (item) => item;

/** `GroupBy<TSource, TKey>(keySelector[, comparer])`. */
export function groupBy(
  [sourceType, keyType]: Types,
  source: unknown,
  keySelector: Selector | null,
  comparer: EqualityComparer | null = null,
): GroupedEnumerable {
  return groupByElement([sourceType!, keyType!, sourceType!], source, keySelector, identity, comparer);
}

/** `GroupBy<TSource, TKey, TElement>(keySelector, elementSelector[, comparer])`. */
export function groupByElement(
  types: Types,
  source: unknown,
  keySelector: Selector | null,
  elementSelector: Selector | null,
  comparer: EqualityComparer | null = null,
): GroupedEnumerable {
  requireSequence(source);
  const key = requireFunction(keySelector, 'keySelector');
  const element = requireFunction(elementSelector, 'elementSelector');
  return new GroupedEnumerable(types, source, key, element, comparer);
}

/** `GroupBy<TSource, TKey, TResult>(keySelector, resultSelector[, comparer])`. */
export function groupByResult(
  [sourceType, keyType, resultType]: Types,
  source: unknown,
  keySelector: Selector | null,
  resultSelector: ((key: unknown, elements: unknown) => unknown) | null,
  comparer: EqualityComparer | null = null,
): GroupedResultEnumerable {
  const types = [sourceType!, keyType!, sourceType!, resultType!];
  return groupByElementResult(types, source, keySelector, identity, resultSelector, comparer);
}

/** `GroupBy<TSource, TKey, TElement, TResult>(keySelector, elementSelector, resultSelector[, comparer])`. */
export function groupByElementResult(
  types: Types,
  source: unknown,
  keySelector: Selector | null,
  elementSelector: Selector | null,
  resultSelector: ((key: unknown, elements: unknown) => unknown) | null,
  comparer: EqualityComparer | null = null,
): GroupedResultEnumerable {
  requireSequence(source);
  const key = requireFunction(keySelector, 'keySelector');
  const element = requireFunction(elementSelector, 'elementSelector');
  const result = requireFunction(resultSelector, 'resultSelector');
  return new GroupedResultEnumerable(types, source, key, element, result, comparer);
}

/** `ToLookup<TSource, TKey>(keySelector[, comparer])`. */
export function toLookup(
  [sourceType, keyType]: Types,
  source: unknown,
  keySelector: Selector | null,
  comparer: EqualityComparer | null = null,
): Lookup {
  return Lookup.create([keyType!, sourceType!], source, keySelector, identity, comparer);
}

/** `ToLookup<TSource, TKey, TElement>(keySelector, elementSelector[, comparer])`. */
export function toLookupElement(
  [, keyType, elementType]: Types,
  source: unknown,
  keySelector: Selector | null,
  elementSelector: Selector | null,
  comparer: EqualityComparer | null = null,
): Lookup {
  return Lookup.create([keyType!, elementType!], source, keySelector, elementSelector, comparer);
}

function checkJoin(
  outer: unknown,
  inner: unknown,
  outerKeySelector: Selector | null,
  innerKeySelector: Selector | null,
  resultSelector: unknown,
): void {
  requireSequence(outer, 'outer');
  requireSequence(inner, 'inner');
  requireFunction(outerKeySelector, 'outerKeySelector');
  requireFunction(innerKeySelector, 'innerKeySelector');
  requireFunction(resultSelector, 'resultSelector');
}

/** `Join<TOuter, TInner, TKey, TResult>(inner, outerKeySelector, innerKeySelector, resultSelector[, comparer])`. */
export function join(
  types: Types,
  outer: unknown,
  inner: unknown,
  outerKeySelector: Selector | null,
  innerKeySelector: Selector | null,
  resultSelector: ((outer: unknown, inner: unknown) => unknown) | null,
  comparer: EqualityComparer | null = null,
): Query {
  checkJoin(outer, inner, outerKeySelector, innerKeySelector, resultSelector);
  const [, innerType, keyType, resultType] = types;
  return query(resultType!, ITERATORS.join, types, function* () {
    const lookup = Lookup.forJoin([keyType!, innerType!], inner, innerKeySelector!, comparer);
    for (const item of iterable(outer)) {
      const grouping = lookup.grouping(outerKeySelector!(item), false);
      if (grouping === null) continue;
      for (const element of grouping.elements) yield resultSelector!(item, element);
    }
  });
}

/** `GroupJoin<TOuter, TInner, TKey, TResult>(inner, outerKeySelector, innerKeySelector, resultSelector[, comparer])`. */
export function groupJoin(
  types: Types,
  outer: unknown,
  inner: unknown,
  outerKeySelector: Selector | null,
  innerKeySelector: Selector | null,
  resultSelector: ((outer: unknown, inner: unknown) => unknown) | null,
  comparer: EqualityComparer | null = null,
): Query {
  checkJoin(outer, inner, outerKeySelector, innerKeySelector, resultSelector);
  const [, innerType, keyType, resultType] = types;
  return query(resultType!, ITERATORS.groupJoin, types, function* () {
    const lookup = Lookup.forJoin([keyType!, innerType!], inner, innerKeySelector!, comparer);
    for (const item of iterable(outer)) yield resultSelector!(item, lookup.getItem(outerKeySelector!(item)));
  });
}
