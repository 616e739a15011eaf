import type { RuntimeType } from '../runtime-type.js';
import { DOTNET_TYPE, TYPE_ARGUMENTS } from '../values.js';

/**
 * The lazy result of a LINQ operator (`Where`, `Select`, `Skip`, `Distinct`, ...): deferred, and
 * re-enumerable like .NET's, since every enumeration runs the operator again over its source.
 *
 * Its .NET type is one of `System.Linq.Enumerable`'s private iterator classes; the model knows
 * all of them as `System.Linq.Enumerable+Iterator<TSource>` (an `IEnumerable<TSource>`), and
 * `ToString()` prints the real name, as .NET Framework 4.8 does: a named class
 * (`System.Linq.Enumerable+WhereArrayIterator`1[System.Int32]`) or a compiler-generated one
 * (`System.Linq.Enumerable+<TakeIterator>d__25`1[System.Int32]`, whose number is the method's
 * position in .NET Framework's `Enumerable` class).
 */
export class Query<T = unknown> implements Iterable<T> {
  static readonly [DOTNET_TYPE] = 'System.Linq.Enumerable+Iterator`1';
  readonly [TYPE_ARGUMENTS]: readonly RuntimeType[];

  constructor(
    /** The runtime type of the elements. */
    readonly elementType: RuntimeType,
    /** The iterator class's name within `Enumerable`: `WhereArrayIterator`, `<TakeIterator>d__25`. */
    readonly className: string,
    /** The type arguments the class name shows (`[TSource, TResult]` for a select). */
    readonly nameArguments: readonly RuntimeType[],
    /** Starts one enumeration. */
    readonly enumerate: () => Iterator<T>,
  ) {
    this[TYPE_ARGUMENTS] = [elementType];
  }

  [Symbol.iterator](): Iterator<T> {
    return this.enumerate();
  }

  ToString(): string {
    const args = this.nameArguments;
    const generic = args.length === 0 ? '' : `\`${args.length}[${args.map((t) => t.name).join(',')}]`;
    return `System.Linq.Enumerable+${this.className}${generic}`;
  }
}

/** A lazy result enumerated by a generator function. */
export function query<T>(
  elementType: RuntimeType,
  className: string,
  nameArguments: readonly RuntimeType[],
  generate: () => Generator<T>,
): Query<T> {
  return new Query(elementType, className, nameArguments, generate);
}

/**
 * The names .NET Framework 4.8's compiler gave the iterator methods of `Enumerable`
 * (`<Name>d__N`, N the method's ordinal in the class).
 */
export const ITERATORS = {
  whereIndexed: '<WhereIterator>d__2',
  selectIndexed: '<SelectIterator>d__5',
  selectMany: '<SelectManyIterator>d__17',
  selectManyIndexed: '<SelectManyIterator>d__19',
  selectManyIndexedWithResult: '<SelectManyIterator>d__21',
  selectManyWithResult: '<SelectManyIterator>d__23',
  take: '<TakeIterator>d__25',
  takeWhile: '<TakeWhileIterator>d__27',
  takeWhileIndexed: '<TakeWhileIterator>d__29',
  skip: '<SkipIterator>d__31',
  skipWhile: '<SkipWhileIterator>d__33',
  skipWhileIndexed: '<SkipWhileIterator>d__35',
  join: '<JoinIterator>d__38',
  groupJoin: '<GroupJoinIterator>d__41',
  concat: '<ConcatIterator>d__59',
  zip: '<ZipIterator>d__61',
  append: '<AppendIterator>d__63',
  prepend: '<PrependIterator>d__65',
  distinct: '<DistinctIterator>d__68',
  union: '<UnionIterator>d__71',
  intersect: '<IntersectIterator>d__74',
  except: '<ExceptIterator>d__77',
  reverse: '<ReverseIterator>d__79',
  defaultIfEmpty: '<DefaultIfEmptyIterator>d__97',
  ofType: '<OfTypeIterator>d__99',
  cast: '<CastIterator>d__101',
  range: '<RangeIterator>d__117',
  repeat: '<RepeatIterator>d__119',
} as const;
