import { describe, expect, it } from 'vitest';
import '../../model/library/index.js';
import '../../model/runtime-types.js';
import { List } from '../collections/list.js';
import { DotnetException } from '../exceptions.js';
import { Decimal } from '../text/decimal.js';
import { runtimeTypeNamed } from '../type-resolver.js';
import { aggregate, all, any, anyWhere, count, countWhere, sequenceEqual } from './aggregates.js';
import { toArray, toDictionary, toList } from './conversions.js';
import {
  elementAt,
  first,
  firstOrDefault,
  firstWhere,
  last,
  lastWhere,
  single,
  singleWhere,
} from './elements.js';
import { average, max, maxGeneric, min, minGeneric, sum } from './numeric.js';
import { where } from './projection.js';

const int = runtimeTypeNamed('int');
const string = runtimeTypeNamed('string');
const T = [int];

function thrown(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof DotnetException) return `${error.type}: ${error.message}`;
    throw error;
  }
  return 'nothing';
}

describe('LINQ element operators', () => {
  it('finds first, last and single elements, indexing arrays and lists', () => {
    expect(first(T, [1, 2, 3])).toBe(1);
    expect(last(T, List.from(T, [1, 2, 3]))).toBe(3);
    expect(
      firstWhere(
        T,
        where(T, [1, 2, 3], (x) => x !== 1),
        (x) => x === 3,
      ),
    ).toBe(3);
    expect(lastWhere(T, [1, 2, 3], (x) => (x as number) < 3)).toBe(2);
    expect(single(T, [5])).toBe(5);
    expect(firstOrDefault(T, [])).toBe(0);
    expect(firstOrDefault([string], [])).toBe(null);
    expect(elementAt(T, [1, 2, 3], 1)).toBe(2);
  });

  it('throws .NET’s exceptions', () => {
    expect(thrown(() => first(T, []))).toBe(
      'System.InvalidOperationException: Sequence contains no elements',
    );
    expect(thrown(() => firstWhere(T, [1], () => false))).toBe(
      'System.InvalidOperationException: Sequence contains no matching element',
    );
    expect(thrown(() => single(T, [1, 2]))).toBe(
      'System.InvalidOperationException: Sequence contains more than one element',
    );
    expect(thrown(() => singleWhere(T, [1, 2], () => true))).toBe(
      'System.InvalidOperationException: Sequence contains more than one matching element',
    );
    expect(thrown(() => first(T, null))).toBe(
      'System.ArgumentNullException: Value cannot be null.\r\nParameter name: source',
    );
    expect(
      thrown(() =>
        elementAt(
          T,
          where(T, [1], () => true),
          3,
        ),
      ),
    ).toMatch(/^System.ArgumentOutOfRangeException/);
  });
});

describe('LINQ aggregates', () => {
  it('counts, tests and folds', () => {
    expect(count(T, [1, 2, 3])).toBe(3);
    expect(
      count(
        T,
        where(T, [1, 2, 3], (x) => (x as number) > 1),
      ),
    ).toBe(2);
    expect(countWhere(T, 'hello', (c) => c === 108)).toBe(2);
    expect(any(T, [])).toBe(false);
    expect(anyWhere(T, [1, 2], (x) => x === 2)).toBe(true);
    expect(all(T, [], () => false)).toBe(true);
    expect(sequenceEqual(T, [1, 2], List.from(T, [1, 2]))).toBe(true);
    expect(aggregate(T, [1, 2, 3], (a, b) => (a as number) * (b as number))).toBe(6);
  });

  it('throws when a list changes under a predicate', () => {
    const list = List.from<number>(T, [1, 2, 3]);
    const grow = (): boolean => {
      list.Add(1);
      return false;
    };
    expect(thrown(() => anyWhere(T, list, grow))).toBe(
      'System.InvalidOperationException: Collection was modified; enumeration operation may not execute.',
    );
  });

  it('sums, averages and finds extremes with .NET’s arithmetic', () => {
    expect(sum('int')([1, 2, 3])).toBe(6);
    expect(thrown(() => sum('int')([2147483647, 1]))).toBe(
      'System.OverflowException: Arithmetic operation resulted in an overflow.',
    );
    expect(sum('long')([1n, 2n])).toBe(3n);
    expect(sum('int')([1, null, 3])).toBe(4);
    expect((sum('decimal')([Decimal.fromInteger(1), Decimal.fromInteger(2)]) as Decimal).ToString()).toBe(
      '3',
    );
    expect(average('int', false)([1, 2, 3, 4])).toBe(2.5);
    expect(average('int', true)([])).toBe(null);
    expect(thrown(() => average('int', false)([]))).toBe(
      'System.InvalidOperationException: Sequence contains no elements',
    );
    expect(min('double', false)([1, Number.NaN, 0.5])).toBeNaN();
    expect(max('double', false)([Number.NaN, 1])).toBe(1);
    expect(min('int', true)([null, 4, 2])).toBe(2);
    expect(minGeneric([string], ['b', 'a', 'c'])).toBe('a');
    expect(maxGeneric([string], [])).toBe(null);
    expect(thrown(() => maxGeneric(T, []))).toBe(
      'System.InvalidOperationException: Sequence contains no elements',
    );
  });
});

describe('LINQ conversions', () => {
  it('builds arrays, lists and dictionaries', () => {
    expect(
      Array.from(
        toArray(
          T,
          where(T, [1, 2, 3], (x) => x !== 2),
        ),
      ),
    ).toEqual([1, 3]);
    expect(toList(T, [3, 1]).Count).toBe(2);
    const dictionary = toDictionary([string, string], ['a', 'bb'], (x) => x);
    expect(dictionary.getItem('bb')).toBe('bb');
    expect(thrown(() => toDictionary([string, string], ['a', 'a'], (x) => x))).toBe(
      'System.ArgumentException: An item with the same key has already been added.',
    );
  });
});
