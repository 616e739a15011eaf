import { comparerOrDefault } from '../collections/dictionary.js';
import { KeyMap } from '../collections/key-map.js';
import { iterable } from '../collections/sequence.js';
import type { EqualityComparer } from '../core/equality.js';
import type { RuntimeType } from '../runtime-type.js';
import { requireSequence } from './errors.js';
import { ITERATORS, type Query, query } from './query.js';

/**
 * `Distinct`, `Union`, `Intersect`, `Except`: deferred, keeping the first occurrence of each
 * element in source order. A null comparer is `EqualityComparer<T>.Default`; comparers see the
 * elements' typed forms.
 */

type Types = readonly RuntimeType[];

/** .NET's internal `Set<T>`: adds report whether the element was new. */
class ElementSet {
  readonly #map: KeyMap<null>;

  constructor(comparer: EqualityComparer | null) {
    this.#map = new KeyMap(comparerOrDefault(comparer));
  }

  add(item: unknown): boolean {
    if (this.#map.find(item) >= 0) return false;
    this.#map.add(item, null);
    return true;
  }

  remove(item: unknown): boolean {
    return this.#map.delete(item);
  }
}

export function distinct([type]: Types, source: unknown, comparer: EqualityComparer | null = null): Query {
  requireSequence(source);
  return query(type!, ITERATORS.distinct, [type!], function* () {
    const seen = new ElementSet(comparer);
    for (const item of iterable(source)) if (seen.add(item)) yield item;
  });
}

export function union(
  [type]: Types,
  first: unknown,
  second: unknown,
  comparer: EqualityComparer | null = null,
): Query {
  requireSequence(first, 'first');
  requireSequence(second, 'second');
  return query(type!, ITERATORS.union, [type!], function* () {
    const seen = new ElementSet(comparer);
    for (const item of iterable(first)) if (seen.add(item)) yield item;
    for (const item of iterable(second)) if (seen.add(item)) yield item;
  });
}

export function intersect(
  [type]: Types,
  first: unknown,
  second: unknown,
  comparer: EqualityComparer | null = null,
): Query {
  requireSequence(first, 'first');
  requireSequence(second, 'second');
  return query(type!, ITERATORS.intersect, [type!], function* () {
    const found = new ElementSet(comparer);
    for (const item of iterable(second)) found.add(item);
    for (const item of iterable(first)) if (found.remove(item)) yield item;
  });
}

export function except(
  [type]: Types,
  first: unknown,
  second: unknown,
  comparer: EqualityComparer | null = null,
): Query {
  requireSequence(first, 'first');
  requireSequence(second, 'second');
  return query(type!, ITERATORS.except, [type!], function* () {
    const seen = new ElementSet(comparer);
    for (const item of iterable(second)) seen.add(item);
    for (const item of iterable(first)) if (seen.add(item)) yield item;
  });
}
