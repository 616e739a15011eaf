import type { RuntimeType } from '../runtime-type.js';
import { Decimal } from '../text/decimal.js';
import { DateTime } from '../time/date-time.js';
import { TimeSpan } from '../time/time-span.js';
import { runtimeTypeNamed } from '../type-resolver.js';
import { Boxed, DOTNET_TYPE, ELEMENT_TYPE, TYPE_ARGUMENTS } from '../values.js';
import { BigInteger } from './big-integer.js';

/**
 * What JSON code needs to know of .NET values in their object form (see `runtime/values.ts`):
 * their run-time type names and kinds, and boxing of the numeric types JSON produces.
 */

/** The .NET type a runtime class instance names (`System.Guid`), or null. */
export function runtimeClassName(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const name = (value.constructor as { [DOTNET_TYPE]?: unknown } | undefined)?.[DOTNET_TYPE];
  return typeof name === 'string' ? name : null;
}

export const isGuid = (value: unknown): boolean => runtimeClassName(value) === 'System.Guid';
export const isUri = (value: unknown): boolean => runtimeClassName(value) === 'System.Uri';

/** `Uri.OriginalString` of a `System.Uri` instance. */
export function uriText(value: unknown): string {
  return (value as { OriginalString: string }).OriginalString;
}

let doubleType: RuntimeType | undefined;
let singleType: RuntimeType | undefined;

/** A `double` in its object form. */
export function boxDouble(value: number): Boxed {
  doubleType ??= runtimeTypeNamed('double');
  return new Boxed(doubleType, value);
}

/** A `float` in its object form. */
export function boxSingle(value: number): Boxed {
  singleType ??= runtimeTypeNamed('float');
  return new Boxed(singleType, Math.fround(value));
}

/** A value of a named primitive type (`char`, `byte`, `ulong`, ...) in its object form. */
export function boxAs(typeName: string, value: unknown): unknown {
  return runtimeTypeNamed(typeName).box(value);
}

/** The name of a boxed value's type (`System.Double`), or null when the value is not `Boxed`. */
export function boxedTypeName(value: unknown): string | null {
  if (!(value instanceof Boxed)) return null;
  return value.type.nullableOf?.name ?? value.type.name;
}

/** Is the value a .NET integer of any width (object form)? */
export function isIntegerValue(value: unknown): boolean {
  if (typeof value === 'number' || typeof value === 'bigint' || value instanceof BigInteger) return true;
  switch (boxedTypeName(value)) {
    case 'System.SByte':
    case 'System.Byte':
    case 'System.Int16':
    case 'System.UInt16':
    case 'System.UInt32':
    case 'System.UInt64':
      return true;
    default:
      return false;
  }
}

/** Is the value a `double`, `float` or `decimal` (object form)? */
export function isFloatValue(value: unknown): boolean {
  if (value instanceof Decimal) return true;
  const name = boxedTypeName(value);
  return name === 'System.Double' || name === 'System.Single';
}

export { BigInteger, DateTime, Decimal, TimeSpan };

/**
 * The items of an `IEnumerable` in their object forms: the elements of typed arrays and generic
 * collections are held in their typed forms and are boxed with the element type they carry.
 */
export function* objectItems(source: Iterable<unknown>): Generator<unknown> {
  const holder = source as unknown as Record<symbol, unknown>;
  const element = (
    Array.isArray(source)
      ? holder[ELEMENT_TYPE]
      : (holder[TYPE_ARGUMENTS] as readonly RuntimeType[] | undefined)?.length === 1
        ? (holder[TYPE_ARGUMENTS] as readonly RuntimeType[])[0]
        : undefined
  ) as RuntimeType | undefined;
  if (source instanceof Uint8Array) {
    for (const byte of source) yield boxAs('byte', byte);
    return;
  }
  for (const item of source) yield element === undefined ? item : element.box(item);
}

/** `content is IEnumerable && !(content is string) && !(content is JToken) && !(content is byte[])`, the token test left to the caller. */
export function isEnumerableContent(content: unknown): content is Iterable<unknown> {
  return (
    typeof content === 'object' &&
    content !== null &&
    !(content instanceof Uint8Array) &&
    typeof (content as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function'
  );
}
