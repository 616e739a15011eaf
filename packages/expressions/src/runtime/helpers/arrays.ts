import { overflow } from '../exceptions.js';
import type { RuntimeType } from '../runtime-type.js';
import { createArray } from '../values.js';

/** `new T[size]`: every element `default(T)`; a negative size overflows as in .NET. */
export function newArray(elementType: RuntimeType, size: number): unknown[] | Uint8Array {
  if (size < 0) throw overflow();
  const items = new Array<unknown>(size).fill(elementType.defaultValue);
  return createArray(elementType, items);
}

/** `new T[] { a, b }`, `new[] { a, b }`. */
export function arrayOf(elementType: RuntimeType, items: unknown[]): unknown[] | Uint8Array {
  return createArray(elementType, items);
}
