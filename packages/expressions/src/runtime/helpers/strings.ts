import { toDotnetString } from '../text/to-string.js';

/** `string + string`: null is the empty string. */
export function concatStrings(left: string | null, right: string | null): string {
  return (left ?? '') + (right ?? '');
}

/** `x + y` where either is not a string: both in their object forms, printed as .NET prints them. */
export function concatValues(left: unknown, right: unknown): string {
  return toDotnetString(left) + toDotnetString(right);
}

/** One hole of an interpolated string: the value (object form), its alignment and format. */
export function formatHole(value: unknown, alignment: number | null, format: string | null): string {
  const text = toDotnetString(value, format);
  if (alignment === null || Math.abs(alignment) <= text.length) return text;
  return alignment > 0 ? text.padStart(alignment) : text.padEnd(-alignment);
}
