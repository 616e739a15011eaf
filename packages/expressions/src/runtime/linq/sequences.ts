import { arrayEmpty } from '../collections/array-members.js';
import { iterable, iterate, snapshot } from '../collections/sequence.js';
import { dotnetTypeNameOf } from '../core/type-name.js';
import { argumentOutOfRange, invalidCast, nullReference } from '../exceptions.js';
import type { RuntimeType } from '../runtime-type.js';
import { runtimeTypeNamed } from '../type-resolver.js';
import { requireFunction, requireSequence } from './errors.js';
import { ITERATORS, type Query, query } from './query.js';
import { charge, elementTypeOf } from './source.js';

/** Sequence building: `Concat`, `Zip`, `Append`, `Prepend`, `Reverse`, `DefaultIfEmpty`, generators, casts. */

type Types = readonly RuntimeType[];

export function concat([type]: Types, first: unknown, second: unknown): Query {
  requireSequence(first, 'first');
  requireSequence(second, 'second');
  return query(type!, ITERATORS.concat, [type!], function* () {
    yield* iterable(first);
    yield* iterable(second);
  });
}

/** `Zip<TFirst, TSecond, TResult>`: pairs up to the shorter sequence. */
export function zip(
  types: Types,
  first: unknown,
  second: unknown,
  resultSelector: ((a: unknown, b: unknown) => unknown) | null,
): Query {
  requireSequence(first, 'first');
  requireSequence(second, 'second');
  const result = requireFunction(resultSelector, 'resultSelector');
  return query(types[2]!, ITERATORS.zip, types, function* () {
    const a = iterate(first);
    const b = iterate(second);
    for (;;) {
      const x = a.next();
      if (x.done) return;
      const y = b.next();
      if (y.done) return;
      yield result(x.value, y.value);
    }
  });
}

/** `Append<TSource>(TSource element)` (.NET Framework 4.7.1 and later). */
export function append([type]: Types, source: unknown, element: unknown): Query {
  requireSequence(source);
  return query(type!, ITERATORS.append, [type!], function* () {
    yield* iterable(source);
    yield element;
  });
}

/** `Prepend<TSource>(TSource element)` (.NET Framework 4.7.1 and later). */
export function prepend([type]: Types, source: unknown, element: unknown): Query {
  requireSequence(source);
  return query(type!, ITERATORS.prepend, [type!], function* () {
    yield element;
    yield* iterable(source);
  });
}

/** `Reverse<TSource>()`: buffers the source when enumerated. */
export function reverse([type]: Types, source: unknown): Query {
  requireSequence(source);
  return query(type!, ITERATORS.reverse, [type!], function* () {
    const buffer = snapshot(source);
    for (let i = buffer.length - 1; i >= 0; i--) yield buffer[i];
  });
}

/** `DefaultIfEmpty<TSource>()` and `DefaultIfEmpty<TSource>(TSource defaultValue)`. */
export function defaultIfEmpty(
  [type]: Types,
  source: unknown,
  defaultValue: unknown = type!.defaultValue,
): Query {
  requireSequence(source);
  return query(type!, ITERATORS.defaultIfEmpty, [type!], function* () {
    let empty = true;
    for (const item of iterable(source)) {
      empty = false;
      yield item;
    }
    if (empty) yield defaultValue;
  });
}

/** `Enumerable.Range(int start, int count)`. */
export function range(start: number, count: number): Query<number> {
  if (count < 0 || start + count - 1 > 2147483647) throw argumentOutOfRange('count');
  return query(intType(), ITERATORS.range, [], function* () {
    for (let i = 0; i < count; i++) {
      charge();
      yield start + i;
    }
  });
}

const intType = (): RuntimeType => runtimeTypeNamed('int');

/** `Enumerable.Repeat<TResult>(TResult element, int count)`. */
export function repeat([type]: Types, element: unknown, count: number): Query {
  if (count < 0) throw argumentOutOfRange('count');
  return query(type!, ITERATORS.repeat, [type!], function* () {
    for (let i = 0; i < count; i++) {
      charge();
      yield element;
    }
  });
}

/** `Enumerable.Empty<TResult>()`: an empty `TResult[]`, one per type. */
export function empty(types: Types): unknown {
  return arrayEmpty(types);
}

/** `AsEnumerable<TSource>()`: the source itself. */
export function asEnumerable(_types: Types, source: unknown): unknown {
  return source;
}

/** The items of a non-generic `IEnumerable` in their object forms. */
function* objects(source: unknown): Generator<unknown> {
  const type = elementTypeOf(source);
  for (const item of iterable(source)) yield type === null ? item : type.box(item);
}

/**
 * `Cast<TResult>()`: the source itself when it already is an `IEnumerable<TResult>` of the
 * same element type; otherwise each element converted as `(TResult)obj` would be (unboxing
 * null to a value type is a `NullReferenceException`, a wrong type an `InvalidCastException`).
 */
export function cast([type]: Types, source: unknown): unknown {
  if (source !== null && elementTypeOf(source) === type) return source;
  requireSequence(source);
  const target = type!;
  return query(target, ITERATORS.cast, [target], function* () {
    for (const item of objects(source)) {
      if (item === null) {
        if (target.isValueType && target.nullableOf === null) throw nullReference();
        yield null;
      } else if (target.isInstance(item)) yield target.unbox(item);
      else
        throw invalidCast(dotnetTypeNameOf(item), target.nullableOf?.name ?? target.name, target.isValueType);
    }
  });
}

/** `OfType<TResult>()`: the elements that are a `TResult` (never null). */
export function ofType([type]: Types, source: unknown): Query {
  requireSequence(source);
  const target = type!;
  return query(target, ITERATORS.ofType, [target], function* () {
    for (const item of objects(source))
      if (item !== null && target.isInstance(item)) yield target.unbox(item);
  });
}
