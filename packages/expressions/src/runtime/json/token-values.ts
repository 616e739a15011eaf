import { argument } from '../exceptions.js';
import type { RuntimeType } from '../runtime-type.js';
import { convertTokenTo } from './change-type.js';
import { type JsonIterable, lazy } from './iterables.js';
import { JToken } from './j-token.js';
import { JValue } from './j-value.js';

/**
 * The generic value accessors: `JToken.Value<T>(key)`, `JToken.Values<T>()` and the
 * `Newtonsoft.Json.Linq.Extensions` methods over sequences of tokens (static: the type
 * arguments come first, then the sequence). Each token converts with
 * `Extensions.Convert<JToken, U>` (`convertTokenTo`); results are in the typed form of `U`.
 */

/** `JToken.Value<T>(object key)`: the child under `key` converted, or `default(T)` when there is none. */
export function keyedValue(token: JToken, [type]: readonly RuntimeType[], key: unknown): unknown {
  return convertTokenTo(token.getItem(key), type!);
}

/** `JToken.Values<T>()`: each child converted (values have no children to give). */
export function childValues(token: JToken, [type]: readonly RuntimeType[]): JsonIterable<unknown> {
  if (token instanceof JValue) throw token.cannotAccessChild();
  return lazy(type!, function* () {
    for (const child of token.childTokens()) yield convertTokenTo(child, type!);
  });
}

/** `Extensions.Value<U>(this IEnumerable<JToken> value)`: the sequence must be a token itself. */
export function sequenceValue([type]: readonly RuntimeType[], source: unknown): unknown {
  if (!(source instanceof JToken)) throw argument('Source value must be a JToken.');
  return convertTokenTo(source, type!);
}

/** `Extensions.Values<U>(this IEnumerable<JToken> source[, object key])`. */
export function sequenceValues(
  [type]: readonly RuntimeType[],
  source: Iterable<JToken>,
  key: unknown = null,
): JsonIterable<unknown> {
  return lazy(type!, function* () {
    for (const token of source) {
      if (key === null) {
        if (token instanceof JValue) yield convertTokenTo(token, type!, 'Newtonsoft.Json.Linq.JValue');
        else for (const child of token.Children()) yield convertTokenTo(child, type!);
      } else {
        const value = token.getItem(key);
        if (value !== null) yield convertTokenTo(value, type!);
      }
    }
  });
}

/** `Extensions.Values(this IEnumerable<JToken> source, object key)`: the tokens themselves. */
export function sequenceTokens(source: Iterable<JToken>, key: unknown): JsonIterable<JToken> {
  return lazy('JToken', function* () {
    for (const token of source) {
      if (key === null) {
        if (token instanceof JValue) yield token;
        else yield* token.Children();
      } else {
        const value = token.getItem(key);
        if (value !== null) yield value;
      }
    }
  });
}
