import { snapshot } from '../collections/sequence.js';
import { typedCompare } from '../collections/typed-values.js';
import type { OrderComparer } from '../core/comparison.js';
import type { RuntimeType } from '../runtime-type.js';
import { DOTNET_TYPE, TYPE_ARGUMENTS } from '../values.js';
import { requireFunction, requireSequence } from './errors.js';

/** `OrderBy`, `OrderByDescending`, `ThenBy`, `ThenByDescending`. */

type Types = readonly RuntimeType[];
type KeySelector = (item: unknown) => unknown;

interface SortLevel {
  readonly keySelector: KeySelector;
  readonly compare: (a: unknown, b: unknown) => number;
  readonly descending: boolean;
}

/**
 * `System.Linq.OrderedEnumerable<TElement, TKey>`: a deferred, stable sort. Each enumeration
 * buffers the source, computes every element's keys once (all primary keys, then all
 * secondary keys, ...), and sorts by the keys, ties keeping source order. A null comparer is
 * `Comparer<TKey>.Default` (strings in the culture's order); comparers see the keys' typed forms.
 */
export class OrderedEnumerable implements Iterable<unknown> {
  static readonly [DOTNET_TYPE] = 'System.Linq.OrderedEnumerable`2';
  readonly [TYPE_ARGUMENTS]: readonly RuntimeType[];

  constructor(
    readonly source: unknown,
    /** The sort keys, primary first. */
    readonly levels: readonly SortLevel[],
    /** `[TElement, TKey]` of the last key. */
    typeArguments: Types,
  ) {
    this[TYPE_ARGUMENTS] = typeArguments;
  }

  get elementType(): RuntimeType {
    return this[TYPE_ARGUMENTS][0]!;
  }

  *[Symbol.iterator](): Generator<unknown> {
    const buffer = snapshot(this.source);
    if (buffer.length === 0) return;
    const keys = this.levels.map((level) => buffer.map((item) => level.keySelector(item)));
    const order = buffer.map((_, index) => index);
    order.sort((a, b) => {
      for (let l = 0; l < this.levels.length; l++) {
        const level = this.levels[l]!;
        const c = level.compare(keys[l]![a], keys[l]![b]);
        if (c !== 0) return level.descending ? -c : c;
      }
      return a - b;
    });
    for (const index of order) yield buffer[index];
  }

  ToString(): string {
    return `System.Linq.OrderedEnumerable\`2[${this[TYPE_ARGUMENTS].map((t) => t.name).join(',')}]`;
  }
}

function level(
  keySelector: KeySelector | null,
  comparer: OrderComparer | null,
  descending: boolean,
): SortLevel {
  const selector = requireFunction(keySelector, 'keySelector');
  const compare = comparer === null ? typedCompare : (a: unknown, b: unknown) => comparer.compare(a, b);
  return { keySelector: selector, compare, descending };
}

function orderBy(
  types: Types,
  source: unknown,
  keySelector: KeySelector | null,
  comparer: OrderComparer | null,
  descending: boolean,
) {
  requireSequence(source);
  return new OrderedEnumerable(source, [level(keySelector, comparer, descending)], types);
}

function thenBy(
  types: Types,
  source: unknown,
  keySelector: KeySelector | null,
  comparer: OrderComparer | null,
  descending: boolean,
) {
  requireSequence(source);
  const ordered = source as OrderedEnumerable;
  return new OrderedEnumerable(
    ordered.source,
    [...ordered.levels, level(keySelector, comparer, descending)],
    types,
  );
}

/** `OrderBy<TSource, TKey>(keySelector[, IComparer<TKey> comparer])`. */
export const orderByAscending = (
  types: Types,
  source: unknown,
  keySelector: KeySelector | null,
  comparer: OrderComparer | null = null,
) => orderBy(types, source, keySelector, comparer, false);

export const orderByDescending = (
  types: Types,
  source: unknown,
  keySelector: KeySelector | null,
  comparer: OrderComparer | null = null,
) => orderBy(types, source, keySelector, comparer, true);

/** `ThenBy<TSource, TKey>(this IOrderedEnumerable<TSource> source, keySelector[, comparer])`. */
export const thenByAscending = (
  types: Types,
  source: unknown,
  keySelector: KeySelector | null,
  comparer: OrderComparer | null = null,
) => thenBy(types, source, keySelector, comparer, false);

export const thenByDescending = (
  types: Types,
  source: unknown,
  keySelector: KeySelector | null,
  comparer: OrderComparer | null = null,
) => thenBy(types, source, keySelector, comparer, true);
