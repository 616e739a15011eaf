import { dotnetTypeNameOf } from '../core/type-name.js';
import {
  DotnetException,
  indexOutOfRange,
  invalidCast,
  invalidOperation,
  nullReference,
} from '../exceptions.js';
import type { RuntimeType } from '../runtime-type.js';

/**
 * The checks compiled expressions make around member access, casts and arrays, throwing the
 * .NET exceptions C# would.
 */

/** The receiver of a member access: `NullReferenceException` when null. */
export function notNull<T>(value: T | null): T {
  if (value === null) throw nullReference();
  return value;
}

/** Reads a .NET array element: `IndexOutOfRangeException` outside the bounds. */
export function arrayGet(array: ArrayLike<unknown> | null, index: number): unknown {
  if (array === null) throw nullReference();
  if (index >>> 0 !== index || index >= array.length) throw indexOutOfRange();
  return array[index];
}

/** Writes a .NET array element. */
export function arraySet<T>(
  array: { [index: number]: unknown; length: number } | null,
  index: number,
  value: T,
): T {
  if (array === null) throw nullReference();
  if (index >>> 0 !== index || index >= array.length) throw indexOutOfRange();
  array[index] = value;
  return value;
}

/** `(T)value` for a reference type: null passes, other values must be instances. */
export function castReference(type: RuntimeType, value: unknown): unknown {
  if (value === null || type.isInstance(value)) return value;
  throw invalidCast(dotnetTypeNameOf(value), type.name);
}

/** `(T)value` from an object form to a value type's typed form (`T?` lets null through). */
export function unbox(type: RuntimeType, value: unknown): unknown {
  if (value === null) {
    if (type.nullableOf !== null) return null;
    throw nullReference();
  }
  if (!type.isInstance(value)) throw invalidCast(dotnetTypeNameOf(value), type.name, true);
  return (type.nullableOf ?? type).unbox(value);
}

/** `value as T`: the value when it is an instance (unboxed for `T?`), else null. */
export function asType(type: RuntimeType, value: unknown): unknown {
  if (value === null || !type.isInstance(value)) return null;
  return type.nullableOf === null ? value : type.nullableOf.unbox(value);
}

/** A typed value to its object form. */
export function box(type: RuntimeType, value: unknown): unknown {
  return value === null ? null : type.box(value);
}

/** `T?` to `T`: `InvalidOperationException` when null. */
export function nullableValue<T>(value: T | null): T {
  if (value === null) throw invalidOperation('Nullable object must have a value.');
  return value;
}

/** `throw value;` and `throw` expressions: `throw null` is a `NullReferenceException`. */
export function throwValue(value: unknown): never {
  if (value === null) throw nullReference();
  throw value;
}

/** Whether an error caught in generated code is a .NET exception that C# `catch` clauses see. */
export function isDotnetException(error: unknown): error is DotnetException {
  return error instanceof DotnetException;
}

/** `using`: calls `Dispose()` on the resource when it has one and is not null. */
export function dispose(resource: unknown): void {
  if (resource === null || typeof resource !== 'object') return;
  const method = (resource as { Dispose?: unknown }).Dispose;
  if (typeof method === 'function') method.call(resource);
}

/** Runs an exception filter: a .NET exception thrown by the filter makes it false (C# §13.11). */
export function runFilter(filter: () => boolean): boolean {
  try {
    return filter();
  } catch (error) {
    if (error instanceof DotnetException) return false;
    throw error;
  }
}
