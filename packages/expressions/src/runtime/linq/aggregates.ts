import { comparerOrDefault, Dictionary } from '../collections/dictionary.js';
import { HashSet } from '../collections/hash-set.js';
import { collectionContains } from '../collections/interface-members.js';
import { List } from '../collections/list.js';
import { collectionCount, iterate } from '../collections/sequence.js';
import type { EqualityComparer } from '../core/equality.js';
import { overflow } from '../exceptions.js';
import type { RuntimeType } from '../runtime-type.js';
import { noElements, requireFunction, requireSequence } from './errors.js';
import { each } from './source.js';

/** `Count`, `LongCount`, `Any`, `All`, `Contains`, `SequenceEqual`, `Aggregate`. */

type Types = readonly RuntimeType[];
type Predicate = (item: unknown) => boolean;

const INT_MAX = 2147483647;

/** `Count<TSource>()`: a collection's `Count`, else the number of items enumerated. */
export function count(_types: Types, source: unknown): number {
  requireSequence(source);
  const known = collectionCount(source);
  if (known >= 0) return known;
  let n = 0;
  const items = iterate(source);
  while (!items.next().done) if (++n > INT_MAX) throw overflow();
  return n;
}

/** `Count<TSource>(Func<TSource, bool> predicate)`. */
export function countWhere(_types: Types, source: unknown, predicate: Predicate | null): number {
  requireSequence(source);
  const test = requireFunction(predicate, 'predicate');
  let n = 0;
  each(source, (item) => {
    if (test(item) && ++n > INT_MAX) throw overflow();
    return false;
  });
  return n;
}

/** `LongCount<TSource>()`: always enumerates, as .NET Framework does. */
export function longCount(_types: Types, source: unknown): bigint {
  requireSequence(source);
  let n = 0;
  each(source, () => {
    n++;
    return false;
  });
  return BigInt(n);
}

export function longCountWhere(_types: Types, source: unknown, predicate: Predicate | null): bigint {
  requireSequence(source);
  const test = requireFunction(predicate, 'predicate');
  let n = 0;
  each(source, (item) => {
    if (test(item)) n++;
    return false;
  });
  return BigInt(n);
}

/** `Any<TSource>()`: whether the source has a first element (it is enumerated once, one step). */
export function any(_types: Types, source: unknown): boolean {
  requireSequence(source);
  const known = collectionCount(source);
  if (known >= 0 && (Array.isArray(source) || source instanceof Uint8Array || source instanceof List))
    return known > 0;
  return !iterate(source).next().done;
}

export function anyWhere(_types: Types, source: unknown, predicate: Predicate | null): boolean {
  requireSequence(source);
  const test = requireFunction(predicate, 'predicate');
  return each(source, (item) => test(item));
}

export function all(_types: Types, source: unknown, predicate: Predicate | null): boolean {
  requireSequence(source);
  const test = requireFunction(predicate, 'predicate');
  return !each(source, (item) => !test(item));
}

/**
 * `Contains<TSource>(TSource value)`: an `ICollection<TSource>` answers with its own
 * `Contains` (a `HashSet` with its comparer, a dictionary by key and value); other sources are
 * searched with the default equality.
 */
export function contains(_types: Types, source: unknown, value: unknown): boolean {
  requireSequence(source);
  if (
    Array.isArray(source) ||
    source instanceof Uint8Array ||
    source instanceof List ||
    source instanceof HashSet ||
    source instanceof Dictionary
  ) {
    return collectionContains(source, value);
  }
  return containsWith(_types, source, value, null);
}

/** `Contains<TSource>(TSource value, IEqualityComparer<TSource> comparer)`. */
export function containsWith(
  _types: Types,
  source: unknown,
  value: unknown,
  comparer: EqualityComparer | null,
): boolean {
  requireSequence(source);
  const equality = comparerOrDefault(comparer);
  return each(source, (item) => equality.equals(item, value));
}

/** `SequenceEqual<TSource>(second[, comparer])`: same length, equal items in order. */
export function sequenceEqual(
  _types: Types,
  first: unknown,
  second: unknown,
  comparer: EqualityComparer | null = null,
): boolean {
  requireSequence(first, 'first');
  requireSequence(second, 'second');
  const equality = comparerOrDefault(comparer);
  const a = iterate(first);
  const b = iterate(second);
  for (;;) {
    const x = a.next();
    const y = b.next();
    if (x.done || y.done) return x.done === true && y.done === true;
    if (!equality.equals(x.value, y.value)) return false;
  }
}

/** `Aggregate<TSource>(Func<TSource, TSource, TSource> func)`: the first element seeds. */
export function aggregate(
  _types: Types,
  source: unknown,
  func: ((a: unknown, b: unknown) => unknown) | null,
): unknown {
  requireSequence(source);
  const combine = requireFunction(func, 'func');
  const items = iterate(source);
  const first = items.next();
  if (first.done) throw noElements();
  let result = first.value;
  for (let step = items.next(); !step.done; step = items.next()) result = combine(result, step.value);
  return result;
}

/** `Aggregate<TSource, TAccumulate>(TAccumulate seed, func)`. */
export function aggregateSeed(
  _types: Types,
  source: unknown,
  seed: unknown,
  func: ((a: unknown, b: unknown) => unknown) | null,
): unknown {
  requireSequence(source);
  const combine = requireFunction(func, 'func');
  let result = seed;
  each(source, (item) => {
    result = combine(result, item);
    return false;
  });
  return result;
}

/** `Aggregate<TSource, TAccumulate, TResult>(seed, func, resultSelector)`. */
export function aggregateSeedResult(
  types: Types,
  source: unknown,
  seed: unknown,
  func: ((a: unknown, b: unknown) => unknown) | null,
  resultSelector: ((a: unknown) => unknown) | null,
): unknown {
  requireSequence(source);
  requireFunction(func, 'func');
  const select = requireFunction(resultSelector, 'resultSelector');
  return select(aggregateSeed(types, source, seed, func));
}
