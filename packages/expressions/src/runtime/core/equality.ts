import { Boxed } from '../values.js';

export type PrimitiveKey = string | number | bigint | boolean;

/**
 * How a collection compares and hashes its keys or elements: .NET's `IEqualityComparer<T>`.
 * `primitiveKey` may map a value to a primitive stand-in that is equal exactly when the values
 * are, so that lookups use a JavaScript `Map` directly; it returns undefined when it cannot.
 */
export interface EqualityComparer {
  equals(a: unknown, b: unknown): boolean;
  hash(a: unknown): number;
  primitiveKey?(a: unknown): PrimitiveKey | undefined;
}

interface DotnetEquatable {
  Equals(other: unknown): boolean;
  GetHashCode(): number;
}

const isEquatable = (value: unknown): value is DotnetEquatable =>
  typeof value === 'object' && value !== null && typeof (value as DotnetEquatable).Equals === 'function';

/** `object.Equals(a, b)` on values in object form: value equality for value types, `Equals` for classes that define it, identity otherwise. */
export function dotnetEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  if (a instanceof Boxed) {
    if (!(b instanceof Boxed) || a.type !== b.type) return false;
    const x = a.value;
    const y = b.value;
    // Double.Equals(NaN, NaN) is true, unlike ==.
    return x === y || (typeof x === 'number' && typeof y === 'number' && Number.isNaN(x) && Number.isNaN(y));
  }
  if (isEquatable(a)) return a.Equals(b);
  return false;
}

function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash | 0;
}

/** A hash consistent with `dotnetEquals` (not .NET's values, which are randomised per process for strings anyway). */
export function dotnetHash(value: unknown): number {
  switch (typeof value) {
    case 'string':
      return hashString(value);
    case 'number':
      return value | 0;
    case 'bigint':
      return Number(BigInt.asIntN(32, value));
    case 'boolean':
      return value ? 1 : 0;
    default:
      break;
  }
  if (value === null || value === undefined) return 0;
  if (value instanceof Boxed)
    return dotnetHash(typeof value.value === 'number' ? value.value.toString() : value.value);
  if (isEquatable(value) && typeof value.GetHashCode === 'function') return value.GetHashCode();
  return 0;
}

/** Whether a value can stand as its own `Map` key under the default comparer. */
export function isPrimitiveValue(value: unknown): value is PrimitiveKey {
  return (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'bigint' ||
    typeof value === 'boolean'
  );
}

/** `EqualityComparer<T>.Default`. */
export const defaultEqualityComparer: EqualityComparer = {
  equals: dotnetEquals,
  hash: dotnetHash,
  primitiveKey: (value) => (isPrimitiveValue(value) ? value : undefined),
};
