import { defaultCompare } from '../core/comparison.js';
import { dotnetEquals } from '../core/equality.js';
import type { RuntimeType } from '../runtime-type.js';

/**
 * Equality and ordering of values in their typed form, for generic code whose elements share
 * one static type `T` (`List<T>.Contains`, LINQ's `Distinct`, `OrderBy`): what
 * `EqualityComparer<T>.Default` and `Comparer<T>.Default` do, without boxing. Typed forms of one
 * type compare correctly without knowing the type: numbers of one numeric type compare as
 * numbers (`double.NaN` equal to itself, as `double.Equals` says), strings and bigints by value,
 * structs and classes through their `Equals` / `CompareTo`.
 */

/** `EqualityComparer<T>.Default.Equals(a, b)` on typed forms of one type `T`. */
export function typedEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (a === null || b === null || typeof a !== 'object') return false;
  return dotnetEquals(a, b);
}

/** `double.CompareTo`: numbers in order, NaN before everything and equal to itself. */
export function compareNumbers(a: number, b: number): number {
  if (a < b) return -1;
  if (a > b) return 1;
  if (a === b) return 0;
  if (Number.isNaN(a)) return Number.isNaN(b) ? 0 : -1;
  return 1;
}

/** `Comparer<T>.Default.Compare(a, b)` on typed forms of one type `T`: null first. */
export function typedCompare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return compareNumbers(a, b);
  return defaultCompare(a, b);
}

/** Whether two lists of type arguments name the same types (runtime types are interned). */
export function sameTypes(a: readonly RuntimeType[], b: readonly RuntimeType[]): boolean {
  return a === b || (a.length === b.length && a.every((type, index) => type === b[index]));
}
