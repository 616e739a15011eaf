import { List } from '../collections/list.js';
import { iterable } from '../collections/sequence.js';
import { nullReference } from '../exceptions.js';
import type { RuntimeType } from '../runtime-type.js';
import { requireFunction, requireSequence } from './errors.js';
import { ITERATORS, Query, query } from './query.js';

/** `Where`, `Select` and `SelectMany`. */

type Types = readonly RuntimeType[];
type Predicate = (item: unknown) => boolean;
type Selector = (item: unknown) => unknown;

/** What a `WhereSelect…Iterator` reads: an array, a `List<T>`, or any enumerable. */
type SourceKind = 'Array' | 'List' | 'Enumerable';

function kindOf(source: unknown): SourceKind {
  if (Array.isArray(source) || source instanceof Uint8Array) return 'Array';
  if (source instanceof List) return 'List';
  return 'Enumerable';
}

function* whereSelect(
  source: unknown,
  kind: SourceKind,
  predicate: Predicate | null,
  selector: Selector | null,
): Generator<unknown> {
  if (kind === 'Array') {
    const items = source as ArrayLike<unknown>;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (predicate === null || predicate(item)) yield selector === null ? item : selector(item);
    }
    return;
  }
  for (const item of iterable(source)) {
    if (predicate === null || predicate(item)) yield selector === null ? item : selector(item);
  }
}

/**
 * .NET's `Where…Iterator` / `WhereSelect…Iterator`: a filter and a projection fused over one
 * source. `Where` and `Select` applied to it fuse further, as in .NET, which shows in the class
 * name `ToString()` prints (`new[] {1}.Where(p).Select(f)` is a `WhereSelectArrayIterator`).
 */
export class WhereSelectQuery extends Query {
  constructor(
    readonly source: unknown,
    readonly kind: SourceKind,
    readonly sourceType: RuntimeType,
    resultType: RuntimeType,
    readonly predicate: Predicate | null,
    readonly selector: Selector | null,
  ) {
    super(
      resultType,
      selector === null ? `Where${kind}Iterator` : `WhereSelect${kind}Iterator`,
      selector === null ? [sourceType] : [sourceType, resultType],
      () => whereSelect(source, kind, predicate, selector),
    );
  }
}

/** `Where<TSource>(Func<TSource, bool> predicate)`. */
export function where([type]: Types, source: unknown, predicate: Predicate | null): Query {
  requireSequence(source);
  const test = requireFunction(predicate, 'predicate');
  if (source instanceof WhereSelectQuery) {
    if (source.selector === null) {
      const first = source.predicate!;
      return new WhereSelectQuery(source.source, source.kind, type!, type!, (x) => first(x) && test(x), null);
    }
    return new WhereSelectQuery(source, 'Enumerable', type!, type!, test, null);
  }
  return new WhereSelectQuery(source, kindOf(source), type!, type!, test, null);
}

/** `Where<TSource>(Func<TSource, int, bool> predicate)`. */
export function whereIndexed(
  [type]: Types,
  source: unknown,
  predicate: ((item: unknown, index: number) => boolean) | null,
): Query {
  requireSequence(source);
  const test = requireFunction(predicate, 'predicate');
  return query(type!, ITERATORS.whereIndexed, [type!], function* () {
    let index = -1;
    for (const item of iterable(source)) {
      index++;
      if (test(item, index)) yield item;
    }
  });
}

/** `Select<TSource, TResult>(Func<TSource, TResult> selector)`. */
export function select([sourceType, resultType]: Types, source: unknown, selector: Selector | null): Query {
  requireSequence(source);
  const project = requireFunction(selector, 'selector');
  if (source instanceof WhereSelectQuery) {
    const first = source.selector;
    const combined = first === null ? project : (x: unknown) => project(first(x));
    return new WhereSelectQuery(
      source.source,
      source.kind,
      source.sourceType,
      resultType!,
      source.predicate,
      combined,
    );
  }
  return new WhereSelectQuery(source, kindOf(source), sourceType!, resultType!, null, project);
}

/** `Select<TSource, TResult>(Func<TSource, int, TResult> selector)`. */
export function selectIndexed(
  [sourceType, resultType]: Types,
  source: unknown,
  selector: ((item: unknown, index: number) => unknown) | null,
): Query {
  requireSequence(source);
  const project = requireFunction(selector, 'selector');
  return query(resultType!, ITERATORS.selectIndexed, [sourceType!, resultType!], function* () {
    let index = -1;
    for (const item of iterable(source)) {
      index++;
      yield project(item, index);
    }
  });
}

/** The sequence a selector returned: `foreach` over null is a `NullReferenceException`. */
function requireInner(inner: unknown): unknown {
  if (inner === null) throw nullReference();
  return inner;
}

/** `SelectMany<TSource, TResult>(Func<TSource, IEnumerable<TResult>> selector)`. */
export function selectMany(
  [sourceType, resultType]: Types,
  source: unknown,
  selector: Selector | null,
): Query {
  requireSequence(source);
  const project = requireFunction(selector, 'selector');
  return query(resultType!, ITERATORS.selectMany, [sourceType!, resultType!], function* () {
    for (const item of iterable(source)) yield* iterable(requireInner(project(item)));
  });
}

/** `SelectMany<TSource, TResult>(Func<TSource, int, IEnumerable<TResult>> selector)`. */
export function selectManyIndexed(
  [sourceType, resultType]: Types,
  source: unknown,
  selector: ((item: unknown, index: number) => unknown) | null,
): Query {
  requireSequence(source);
  const project = requireFunction(selector, 'selector');
  return query(resultType!, ITERATORS.selectManyIndexed, [sourceType!, resultType!], function* () {
    let index = -1;
    for (const item of iterable(source)) {
      index++;
      yield* iterable(requireInner(project(item, index)));
    }
  });
}

/** `SelectMany<TSource, TCollection, TResult>(Func<TSource, IEnumerable<TCollection>>, Func<TSource, TCollection, TResult>)`. */
export function selectManyWithResult(
  [sourceType, collectionType, resultType]: Types,
  source: unknown,
  collectionSelector: Selector | null,
  resultSelector: ((item: unknown, element: unknown) => unknown) | null,
): Query {
  requireSequence(source);
  const collect = requireFunction(collectionSelector, 'collectionSelector');
  const result = requireFunction(resultSelector, 'resultSelector');
  const names = [sourceType!, collectionType!, resultType!];
  return query(resultType!, ITERATORS.selectManyWithResult, names, function* () {
    for (const item of iterable(source)) {
      for (const element of iterable(requireInner(collect(item)))) yield result(item, element);
    }
  });
}

/** `SelectMany<TSource, TCollection, TResult>(Func<TSource, int, IEnumerable<TCollection>>, Func<TSource, TCollection, TResult>)`. */
export function selectManyIndexedWithResult(
  [sourceType, collectionType, resultType]: Types,
  source: unknown,
  collectionSelector: ((item: unknown, index: number) => unknown) | null,
  resultSelector: ((item: unknown, element: unknown) => unknown) | null,
): Query {
  requireSequence(source);
  const collect = requireFunction(collectionSelector, 'collectionSelector');
  const result = requireFunction(resultSelector, 'resultSelector');
  const names = [sourceType!, collectionType!, resultType!];
  return query(resultType!, ITERATORS.selectManyIndexedWithResult, names, function* () {
    let index = -1;
    for (const item of iterable(source)) {
      index++;
      for (const element of iterable(requireInner(collect(item, index)))) yield result(item, element);
    }
  });
}
