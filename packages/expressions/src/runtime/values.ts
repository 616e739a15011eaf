import type { RuntimeType } from './runtime-type.js';

/**
 * How .NET values are represented in JavaScript.
 *
 * | .NET | typed form (static type known) | object form (in an `object` slot) |
 * | --- | --- | --- |
 * | `null` | `null` | `null` |
 * | `bool` | boolean | boolean |
 * | `string` | string | string |
 * | `int` | number (32-bit integer) | number |
 * | `long` | bigint (64-bit) | bigint |
 * | `double`, `float`, `byte`, `short`, `uint`, `ulong`, `char`, enums | number (bigint for `ulong`; UTF-16 code for `char`) | `Boxed` with its type |
 * | `decimal`, `DateTime`, `TimeSpan`, `Guid`, ... | an instance of the runtime class | the same instance |
 * | arrays | `Array` tagged with its element type (`byte[]` is a `Uint8Array`) | the same |
 * | classes | an instance of the runtime class, which names its .NET type | the same |
 *
 * So a bare number in an `object` slot is an `int`, a bigint a `long`: the two most common
 * numeric types box for free, and every other value type keeps its identity when boxed.
 */
export class Boxed {
  constructor(
    readonly type: RuntimeType,
    readonly value: unknown,
  ) {}
}

/** Runtime classes name their .NET type (full metadata name) under this key, as a static field. */
export const DOTNET_TYPE: unique symbol = Symbol.for('apim-policy.dotnet-type');

/** Generic runtime class instances carry the runtime types of their type arguments under this key. */
export const TYPE_ARGUMENTS: unique symbol = Symbol.for('apim-policy.type-arguments');

/** Arrays carry the runtime type of their elements under this key. */
export const ELEMENT_TYPE: unique symbol = Symbol.for('apim-policy.element-type');

/** A storage cell for `ref` and `out` arguments. */
export interface Reference<T = unknown> {
  value: T;
}

/** Tags a JavaScript array as a .NET array of `elementType`. */
export function tagArray<T>(array: T[], elementType: RuntimeType): T[] {
  // A plain assignment, several times faster than `Object.defineProperty`; symbol keys stay out
  // of `Object.keys`, `for...in` and JSON anyway.
  (array as unknown as Record<symbol, RuntimeType>)[ELEMENT_TYPE] = elementType;
  return array;
}

/** A .NET array of `elementType` holding `items`: a `Uint8Array` for `byte[]`, a tagged array otherwise. */
export function createArray(elementType: RuntimeType, items: Iterable<unknown>): unknown[] | Uint8Array {
  if (elementType.name === 'System.Byte') return Uint8Array.from(items as Iterable<number>);
  return tagArray([...items], elementType);
}
