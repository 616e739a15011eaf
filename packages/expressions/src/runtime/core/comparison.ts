import { invalidOperation } from '../exceptions.js';
import { cultureCompare } from '../text/string-comparison.js';
import { Boxed } from '../values.js';

interface DotnetComparable {
  CompareTo(other: unknown): number;
}

/** How a collection orders values: .NET's `IComparer<T>`. */
export interface OrderComparer {
  compare(a: unknown, b: unknown): number;
}

/**
 * `Comparer<T>.Default` on values in object form: numbers numerically, strings by culture (as
 * .NET's `string.CompareTo`), `IComparable` instances by `CompareTo`; null sorts first.
 */
export function defaultCompare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'string' && typeof b === 'string') return cultureCompare(a, b, false);
  if ((typeof a === 'number' || typeof a === 'bigint') && (typeof b === 'number' || typeof b === 'bigint')) {
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if (typeof a === 'boolean' && typeof b === 'boolean') return a === b ? 0 : a ? 1 : -1;
  if (a instanceof Boxed && b instanceof Boxed) {
    const x = a.value as number;
    const y = b.value as number;
    if (Number.isNaN(x)) return Number.isNaN(y) ? 0 : -1;
    if (Number.isNaN(y)) return 1;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (typeof a === 'object' && typeof (a as DotnetComparable).CompareTo === 'function') {
    return Math.sign((a as DotnetComparable).CompareTo(b));
  }
  throw invalidOperation('Failed to compare two elements in the array.');
}

export const defaultComparer: OrderComparer = { compare: defaultCompare };
