import { environment } from '../environment.js';
import { argumentNull, argumentOutOfRange, DotnetException } from '../exceptions.js';
import { runtimeTypeNamed } from '../type-resolver.js';
import { tagArray } from '../values.js';

/** A .NET `char[]` holding the UTF-16 code units of `text`. */
export function charArray(text: string): number[] {
  const units: number[] = new Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return tagArray(units, runtimeTypeNamed('char'));
}

/** The text of `chars[start, end)`. */
export function textOfChars(chars: readonly number[], start = 0, end = chars.length): string {
  let text = '';
  for (let i = start; i < end; i += 4096)
    text += String.fromCharCode(...chars.slice(i, Math.min(end, i + 4096)));
  return text;
}

/** A .NET `string[]`. */
export function stringArray(items: string[]): string[] {
  return tagArray(items, runtimeTypeNamed('string'));
}

/** Throws `ArgumentNullException` for a null argument, as .NET's public methods check first. */
export function requireArgument<T>(value: T | null, parameter: string): T {
  if (value === null || value === undefined) throw argumentNull(parameter);
  return value;
}

/**
 * `ArgumentNullException` with a message of its own (`exceptions.ts`'s `argumentNull` words only
 * "Value cannot be null."), the parameter named as the environment's .NET names it.
 */
export function argumentNullWith(parameter: string, message: string): DotnetException {
  const text =
    environment().dotnet === 'framework'
      ? `${message}\r\nParameter name: ${parameter}`
      : `${message} (Parameter '${parameter}')`;
  return new DotnetException('System.ArgumentNullException', text);
}

/** .NET's check of a null array argument (`ArgumentNull_Array`: "Array cannot be null."). */
export function requireArray<T>(value: T | null, parameter: string): T {
  if (value === null || value === undefined) throw argumentNullWith(parameter, 'Array cannot be null.');
  return value;
}

/**
 * .NET's checks of an `(array, index, count)` triple: null, negative index or count, and a range
 * beyond the end of the array, with the parameter names the method uses.
 */
export function checkRange(
  array: { readonly length: number } | null,
  index: number,
  count: number,
  names: { readonly array: string; readonly index: string; readonly count: string },
): void {
  if (array === null) throw argumentNullWith(names.array, 'Array cannot be null.');
  if (index < 0 || count < 0)
    throw argumentOutOfRange(index < 0 ? names.index : names.count, 'Non-negative number required.');
  if (array.length - index < count)
    throw argumentOutOfRange(names.array, 'Index and count must refer to a location within the buffer.');
}
