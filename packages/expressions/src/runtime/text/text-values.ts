import { runtimeTypeNamed } from '../type-resolver.js';
import { createArray } from '../values.js';

/** A .NET `string[]` holding `items`. */
export function stringArray(items: Iterable<string | null>): (string | null)[] {
  return createArray(runtimeTypeNamed('string'), items) as (string | null)[];
}

/** A .NET `char[]` of the UTF-16 units of `text`. */
export function charArray(text: string): number[] {
  const units: number[] = [];
  for (let i = 0; i < text.length; i++) units.push(text.charCodeAt(i));
  return createArray(runtimeTypeNamed('char'), units) as number[];
}

/** The string of a `char[]` (UTF-16 units). */
export function fromUnits(units: ArrayLike<number>, start = 0, length = units.length - start): string {
  let out = '';
  for (let i = start; i < start + length; i++) out += String.fromCharCode(units[i]!);
  return out;
}

/**
 * The items of an `IEnumerable` value: a string enumerates its UTF-16 units (as .NET's
 * `IEnumerable<char>`, where JavaScript's `for...of` would yield code points), anything else
 * through its JavaScript iterator.
 */
export function* enumerate(value: unknown): Generator<unknown> {
  if (typeof value === 'string') {
    for (let i = 0; i < value.length; i++) yield value.charCodeAt(i);
    return;
  }
  yield* value as Iterable<unknown>;
}

/** .NET's `Char.IsWhiteSpace`: Unicode separators, the C0 controls 9-13, U+0085 and U+00A0. */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0xff) return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x85 || code === 0xa0;
  return (
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}
