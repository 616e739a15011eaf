import { argumentNull, argumentOutOfRange } from '../exceptions.js';
import type { RuntimeType } from '../runtime-type.js';
import { framework } from './string-comparison.js';
import { enumerate } from './text-values.js';
import { toDotnetString } from './to-string.js';

/** `string.Join` and `string.Concat` in all their overloads. */

/** `Join(string separator, params string[] value)` and `Join(string, string[], int, int)`. */
export function joinStrings(
  separator: string | null,
  value: readonly (string | null)[] | null,
  startIndex = 0,
  count = value === null ? 0 : value.length - startIndex,
): string {
  if (value === null) throw argumentNull('value');
  if (startIndex < 0) throw argumentOutOfRange('startIndex', 'StartIndex cannot be less than zero.');
  if (count < 0) throw argumentOutOfRange('count', 'Count cannot be less than zero.');
  if (startIndex > value.length - count) {
    throw argumentOutOfRange('startIndex', 'Index and count must refer to a location within the buffer.');
  }
  return value
    .slice(startIndex, startIndex + count)
    .map((item) => item ?? '')
    .join(separator ?? '');
}

/**
 * `Join(string separator, params object[] values)`. .NET Framework returns the empty string when
 * the first value is null (a long-standing quirk modern .NET fixed).
 */
export function joinObjects(separator: string | null, values: readonly unknown[] | null): string {
  if (values === null) throw argumentNull('values');
  if (values.length === 0 || (framework() && values[0] === null)) return '';
  return values.map((item) => toDotnetString(item)).join(separator ?? '');
}

/**
 * `Join(string separator, IEnumerable<string> values)` and `Join<T>(string, IEnumerable<T>)`:
 * `element` is `T`, which boxes the items (a `double` or `char` item is a bare number).
 */
export function joinEnumerable(
  separator: string | null,
  values: unknown,
  element: RuntimeType | null = null,
): string {
  if (values === null) throw argumentNull('values');
  const parts: string[] = [];
  for (const item of enumerate(values))
    parts.push(toDotnetString(element === null ? item : element.box(item)));
  return parts.join(separator ?? '');
}

/** `Concat(params object[] args)` (and the one-to-three object overloads). */
export function concatObjects(args: readonly unknown[] | null): string {
  if (args === null) throw argumentNull('args');
  return args.map((item) => toDotnetString(item)).join('');
}

/** `Concat(params string[] values)` (and the two-to-four string overloads). */
export function concatStrings(values: readonly (string | null)[] | null): string {
  if (values === null) throw argumentNull('values');
  return values.map((item) => item ?? '').join('');
}

/** `Concat(IEnumerable<string> values)` and `Concat<T>(IEnumerable<T> values)` (`element` is `T`). */
export function concatEnumerable(values: unknown, element: RuntimeType | null = null): string {
  if (values === null) throw argumentNull('values');
  let out = '';
  for (const item of enumerate(values)) out += toDotnetString(element === null ? item : element.box(item));
  return out;
}
