import { compareNumbers, typedCompare } from '../collections/typed-values.js';
import { overflow } from '../exceptions.js';
import type { RuntimeType } from '../runtime-type.js';
import { Decimal } from '../text/decimal.js';
import { noElements, requireFunction, requireSequence } from './errors.js';
import { each } from './source.js';

/**
 * `Sum`, `Min`, `Max`, `Average` over `int`, `long`, `float`, `double`, `decimal` and their
 * nullable forms, with .NET Framework's arithmetic: `int` and `long` sums are checked
 * (`OverflowException`), `float` sums and averages accumulate in `double`, nullable forms skip
 * nulls (and give null for no values, where the plain forms throw "Sequence contains no
 * elements"), and `Min` is NaN as soon as a NaN is seen while `Max` lets any number replace NaN.
 */

export type NumericKind = 'int' | 'long' | 'float' | 'double' | 'decimal';

type Types = readonly RuntimeType[];
type Selector = (item: unknown) => unknown;
type Value = number | bigint | Decimal;

const INT_MIN = -2147483648;
const INT_MAX = 2147483647;
const LONG_MIN = -(1n << 63n);
const LONG_MAX = (1n << 63n) - 1n;

/** The numbers of a source, nulls skipped, passed to `visit`. */
function values(source: unknown, selector: Selector | null, visit: (value: Value) => void): void {
  each(source, (item) => {
    const value = (selector === null ? item : selector(item)) as Value | null;
    if (value !== null) visit(value);
    return false;
  });
}

/** Checks the arguments as `source.Select(selector)` would; returns the selector. */
function start(source: unknown, selector: Selector | null): Selector {
  requireSequence(source);
  return requireFunction(selector, 'selector');
}

function total(kind: NumericKind, source: unknown, selector: Selector | null): { sum: Value; count: number } {
  let count = 0;
  switch (kind) {
    case 'int': {
      let sum = 0;
      values(source, selector, (value) => {
        sum += value as number;
        count++;
        if (sum > INT_MAX || sum < INT_MIN) throw overflow();
      });
      return { sum, count };
    }
    case 'long': {
      let sum = 0n;
      values(source, selector, (value) => {
        sum += value as bigint;
        count++;
        if (sum > LONG_MAX || sum < LONG_MIN) throw overflow();
      });
      return { sum, count };
    }
    case 'float':
    case 'double': {
      let sum = 0;
      values(source, selector, (value) => {
        sum += value as number;
        count++;
      });
      return { sum, count };
    }
    case 'decimal': {
      let sum = Decimal.Zero;
      values(source, selector, (value) => {
        sum = sum.add(value as Decimal);
        count++;
      });
      return { sum, count };
    }
  }
}

function sumOf(kind: NumericKind, source: unknown, selector: Selector | null): Value {
  const { sum } = total(kind, source, selector);
  return kind === 'float' ? Math.fround(sum as number) : sum;
}

function averageOf(
  kind: NumericKind,
  nullable: boolean,
  source: unknown,
  selector: Selector | null,
): Value | null {
  // .NET accumulates `int` averages in a checked `long`: no `int` source can overflow it here.
  const { sum, count } = total(kind === 'int' ? 'double' : kind, source, selector);
  if (count === 0) {
    if (nullable) return null;
    throw noElements();
  }
  switch (kind) {
    case 'int':
    case 'double':
      return (sum as number) / count;
    case 'long':
      return Number(sum as bigint) / count;
    case 'float':
      return Math.fround((sum as number) / count);
    case 'decimal':
      return (sum as Decimal).divide(Decimal.fromInteger(count));
  }
}

function compare(kind: NumericKind, a: Value, b: Value): number {
  if (kind === 'decimal') return (a as Decimal).compare(b as Decimal);
  if (kind === 'long') return a < b ? -1 : a > b ? 1 : 0;
  return compareNumbers(a as number, b as number);
}

function extreme(
  kind: NumericKind,
  nullable: boolean,
  max: boolean,
  source: unknown,
  selector: Selector | null,
): Value | null {
  const floating = kind === 'float' || kind === 'double';
  let found: Value | null = null;
  values(source, selector, (value) => {
    if (found === null) found = value;
    else if (max) {
      if (compare(kind, value, found) > 0 || (floating && Number.isNaN(found))) found = value;
    } else if (compare(kind, value, found) < 0 || (floating && Number.isNaN(value))) found = value;
  });
  if (found === null && !nullable) throw noElements();
  return found;
}

/** `Sum(this IEnumerable<N> source)`: `(source)`. */
export const sum =
  (kind: NumericKind) =>
  (source: unknown): Value =>
    sumOf(kind, requireSequence(source), null);

/** `Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, N> selector)`: `([TSource], source, selector)`. */
export const sumBy =
  (kind: NumericKind) =>
  (_types: Types, source: unknown, selector: Selector | null): Value =>
    sumOf(kind, source, start(source, selector));

export const average =
  (kind: NumericKind, nullable: boolean) =>
  (source: unknown): Value | null =>
    averageOf(kind, nullable, requireSequence(source), null);

export const averageBy =
  (kind: NumericKind, nullable: boolean) =>
  (_types: Types, source: unknown, selector: Selector | null): Value | null =>
    averageOf(kind, nullable, source, start(source, selector));

export const min =
  (kind: NumericKind, nullable: boolean) =>
  (source: unknown): Value | null =>
    extreme(kind, nullable, false, requireSequence(source), null);

export const minBy =
  (kind: NumericKind, nullable: boolean) =>
  (_types: Types, source: unknown, selector: Selector | null): Value | null =>
    extreme(kind, nullable, false, source, start(source, selector));

export const max =
  (kind: NumericKind, nullable: boolean) =>
  (source: unknown): Value | null =>
    extreme(kind, nullable, true, requireSequence(source), null);

export const maxBy =
  (kind: NumericKind, nullable: boolean) =>
  (_types: Types, source: unknown, selector: Selector | null): Value | null =>
    extreme(kind, nullable, true, source, start(source, selector));

/**
 * `Min<TSource>()` / `Max<TSource>()` with `Comparer<TSource>.Default`: when `TSource` can be
 * null, nulls are skipped and no value gives null; otherwise no value throws.
 */
function genericExtreme(
  type: RuntimeType,
  max: boolean,
  source: unknown,
  selector: Selector | null,
): unknown {
  const nullable = type.defaultValue === null;
  let found: unknown = null;
  let has = false;
  each(source, (item) => {
    const value = selector === null ? item : selector(item);
    if (nullable && value === null) return false;
    if (!has) {
      found = value;
      has = true;
    } else {
      const order = typedCompare(value, found);
      if (max ? order > 0 : order < 0) found = value;
    }
    return false;
  });
  if (!has && !nullable) throw noElements();
  return found;
}

/** `Min<TSource>(this IEnumerable<TSource> source)`. */
export const minGeneric = ([type]: Types, source: unknown): unknown =>
  genericExtreme(type!, false, requireSequence(source), null);

export const maxGeneric = ([type]: Types, source: unknown): unknown =>
  genericExtreme(type!, true, requireSequence(source), null);

/** `Min<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector)`. */
export const minGenericBy = ([, type]: Types, source: unknown, selector: Selector | null): unknown =>
  genericExtreme(type!, false, source, start(source, selector));

export const maxGenericBy = ([, type]: Types, source: unknown, selector: Selector | null): unknown =>
  genericExtreme(type!, true, source, start(source, selector));
