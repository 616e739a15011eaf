import { Dictionary } from '../collections/dictionary.js';
import { HashSet } from '../collections/hash-set.js';
import { List } from '../collections/list.js';
import { snapshot } from '../collections/sequence.js';
import type { EqualityComparer } from '../core/equality.js';
import type { RuntimeType } from '../runtime-type.js';
import { createArray } from '../values.js';
import { requireFunction, requireSequence } from './errors.js';
import { each } from './source.js';

/** `ToArray`, `ToList`, `ToDictionary`, `ToHashSet`: run the query now and keep its items. */

type Types = readonly RuntimeType[];
type Selector = (item: unknown) => unknown;

/** `ToArray<TSource>()`: a new `TSource[]` (a `Uint8Array` for `byte`). */
export function toArray([type]: Types, source: unknown): unknown[] | Uint8Array {
  requireSequence(source);
  return createArray(type!, snapshot(source));
}

/** `ToList<TSource>()`. */
export function toList([type]: Types, source: unknown): List {
  requireSequence(source);
  return List.from([type!], source);
}

/** `ToHashSet<TSource>([IEqualityComparer<TSource> comparer])` (.NET Framework 4.7.2 and later). */
export function toHashSet([type]: Types, source: unknown, comparer: EqualityComparer | null = null): HashSet {
  requireSequence(source);
  return HashSet.from([type!], source, comparer);
}

/**
 * `ToDictionary<TSource, TKey>(keySelector[, comparer])`: a duplicate key is an
 * `ArgumentException` (`Dictionary.Add`'s), a null key an `ArgumentNullException`.
 */
export function toDictionary(
  [sourceType, keyType]: Types,
  source: unknown,
  keySelector: Selector | null,
  comparer: EqualityComparer | null = null,
): Dictionary {
  return toDictionaryElement(
    [sourceType!, keyType!, sourceType!],
    source,
    keySelector,
    (item) => item,
    comparer,
  );
}

/** `ToDictionary<TSource, TKey, TElement>(keySelector, elementSelector[, comparer])`. */
export function toDictionaryElement(
  [, keyType, elementType]: Types,
  source: unknown,
  keySelector: Selector | null,
  elementSelector: Selector | null,
  comparer: EqualityComparer | null = null,
): Dictionary {
  requireSequence(source);
  const key = requireFunction(keySelector, 'keySelector');
  const element = requireFunction(elementSelector, 'elementSelector');
  const dictionary = new Dictionary([keyType!, elementType!], comparer);
  each(source, (item) => {
    dictionary.Add(key(item), element(item));
    return false;
  });
  return dictionary;
}
