import { Dictionary } from '../collections/dictionary.js';
import { dotnetTypeNameOf } from '../core/type-name.js';
import { argumentNull, invalidCast, nullReference } from '../exceptions.js';
import type { RuntimeType } from '../runtime-type.js';
import type { Reference } from '../values.js';
import { StringValuesDictionary } from './string-values-dictionary.js';

/**
 * API Management's `GetValueOrDefault` extension methods (headers, query, claims, template
 * parameters, variables). They take any `IReadOnlyDictionary` of the right type: the context's
 * own dictionaries, or one an expression made (`new Dictionary<string, string[]>()`).
 */

interface ReadOnlyDictionaryLike<V> {
  find?(key: string): V | undefined;
  TryGetValue(key: string, value: Reference<V>): boolean;
}

/**
 * The value of a name, or undefined. A null dictionary (an extension method's receiver may be
 * null) throws `NullReferenceException`, a null name `ArgumentNullException`.
 */
function lookup<V>(dictionary: ReadOnlyDictionaryLike<V> | null, name: string | null): V | undefined {
  if (dictionary === null) throw nullReference();
  if (name === null) throw argumentNull('key');
  if (dictionary instanceof Dictionary) return (dictionary as Dictionary<string, V>).find(name);
  const cell: Reference<V> = { value: undefined as V };
  return dictionary.TryGetValue(name, cell) ? cell.value : undefined;
}

/** `string.Join(",", values)` of a header's values (null values print as empty). */
function joined(values: readonly (string | null)[] | null): string {
  if (values === null) return '';
  return values.length === 1 ? (values[0] ?? '') : values.join(',');
}

/**
 * `string GetValueOrDefault(this IReadOnlyDictionary<string, string[]>, string name[, string defaultValue])`:
 * the values joined with `,`, or the default (null for the one-argument form) when absent.
 */
export function valuesOrDefault(
  dictionary: ReadOnlyDictionaryLike<string[]> | null,
  name: string | null,
  defaultValue: string | null = null,
): string | null {
  if (dictionary instanceof StringValuesDictionary && name !== null) {
    const values = dictionary.lookup(name);
    return values === undefined ? defaultValue : joined(values);
  }
  const values = lookup(dictionary, name);
  return values === undefined ? defaultValue : joined(values);
}

/** `string GetValueOrDefault(this IReadOnlyDictionary<string, string>, string name[, string defaultValue])`. */
export function valueOrDefault(
  dictionary: ReadOnlyDictionaryLike<string> | null,
  name: string | null,
  defaultValue: string | null = null,
): string | null {
  const value = lookup(dictionary, name);
  return value === undefined ? defaultValue : value;
}

/** `object GetValueOrDefault(this IReadOnlyDictionary<string, object>, string name)`: the value or null. */
export function objectOrDefault(
  dictionary: ReadOnlyDictionaryLike<unknown> | null,
  name: string | null,
): unknown {
  const value = lookup(dictionary, name);
  return value === undefined ? null : value;
}

/**
 * `T GetValueOrDefault<T>(this IReadOnlyDictionary<string, object>, string name[, T defaultValue])`,
 * with the type argument first (a static method declared `withTypeArguments`):
 * the value cast to `T`, or the default when the name is absent. As documented, a value of
 * another type throws: the cast `(T)value` fails as .NET's does, with `InvalidCastException`
 * ("Unable to cast object of type 'System.String' to type 'System.Int32'."; .NET Framework says
 * "Specified cast is not valid." when unboxing to a value type) and `NullReferenceException` for
 * a null value read as a non-nullable value type.
 */
export function typedOrDefault(
  [type]: readonly RuntimeType[],
  dictionary: ReadOnlyDictionaryLike<unknown> | null,
  name: string | null,
  defaultValue?: unknown,
): unknown {
  const target = type!;
  const value = lookup(dictionary, name);
  if (value === undefined) return defaultValue === undefined ? target.defaultValue : defaultValue;
  if (value === null) {
    if (target.isValueType && target.nullableOf === null) throw nullReference();
    return null;
  }
  if (!target.isInstance(value)) throw invalidCast(dotnetTypeNameOf(value), target.name, target.isValueType);
  return target.isValueType ? target.unbox(value) : value;
}
