import { iterable, iterate } from '../collections/sequence.js';
import type { RuntimeType } from '../runtime-type.js';
import { requireFunction, requireSequence } from './errors.js';
import { ITERATORS, type Query, query } from './query.js';

/** `Take`, `Skip`, `TakeWhile`, `SkipWhile`: deferred, enumerating the source only as far as needed. */

type Types = readonly RuntimeType[];
type Predicate = (item: unknown) => boolean;
type IndexedPredicate = (item: unknown, index: number) => boolean;

export function take([type]: Types, source: unknown, count: number): Query {
  requireSequence(source);
  return query(type!, ITERATORS.take, [type!], function* () {
    if (count <= 0) return;
    let left = count;
    for (const item of iterable(source)) {
      yield item;
      if (--left === 0) break;
    }
  });
}

export function skip([type]: Types, source: unknown, count: number): Query {
  requireSequence(source);
  return query(type!, ITERATORS.skip, [type!], function* () {
    const items = iterate(source);
    let left = count;
    while (left > 0 && !items.next().done) left--;
    if (left > 0) return;
    for (let step = items.next(); !step.done; step = items.next()) yield step.value;
  });
}

export function takeWhile([type]: Types, source: unknown, predicate: Predicate | null): Query {
  requireSequence(source);
  const test = requireFunction(predicate, 'predicate');
  return query(type!, ITERATORS.takeWhile, [type!], function* () {
    for (const item of iterable(source)) {
      if (!test(item)) break;
      yield item;
    }
  });
}

export function takeWhileIndexed([type]: Types, source: unknown, predicate: IndexedPredicate | null): Query {
  requireSequence(source);
  const test = requireFunction(predicate, 'predicate');
  return query(type!, ITERATORS.takeWhileIndexed, [type!], function* () {
    let index = -1;
    for (const item of iterable(source)) {
      index++;
      if (!test(item, index)) break;
      yield item;
    }
  });
}

export function skipWhile([type]: Types, source: unknown, predicate: Predicate | null): Query {
  requireSequence(source);
  const test = requireFunction(predicate, 'predicate');
  return query(type!, ITERATORS.skipWhile, [type!], function* () {
    let yielding = false;
    for (const item of iterable(source)) {
      if (!yielding && !test(item)) yielding = true;
      if (yielding) yield item;
    }
  });
}

export function skipWhileIndexed([type]: Types, source: unknown, predicate: IndexedPredicate | null): Query {
  requireSequence(source);
  const test = requireFunction(predicate, 'predicate');
  return query(type!, ITERATORS.skipWhileIndexed, [type!], function* () {
    let index = -1;
    let yielding = false;
    for (const item of iterable(source)) {
      index++;
      if (!yielding && !test(item, index)) yielding = true;
      if (yielding) yield item;
    }
  });
}
