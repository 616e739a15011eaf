import { lazy } from '../../../runtime/json/iterables.js';
import { JEnumerable } from '../../../runtime/json/j-enumerable.js';
import type { JObject } from '../../../runtime/json/j-object.js';
import type { JProperty } from '../../../runtime/json/j-property.js';
import { sequenceTokens, sequenceValue, sequenceValues } from '../../../runtime/json/token-values.js';
import { jsMethod, withTypeArguments } from '../../implementation.js';
import { declareType } from '../../registry.js';

/** `Newtonsoft.Json.Linq.Extensions`: LINQ to JSON over sequences of tokens. */
declareType({
  name: 'Newtonsoft.Json.Linq.Extensions',
  kind: 'class',
  static: true,
  apim: 'all',
  members: {
    'static U Value<U>(this IEnumerable<JToken> value)': withTypeArguments(sequenceValue),
    'static IEnumerable<U> Values<U>(this IEnumerable<JToken> source)': withTypeArguments(sequenceValues),
    'static IEnumerable<U> Values<U>(this IEnumerable<JToken> source, object key)':
      withTypeArguments(sequenceValues),
    'static IEnumerable<JToken> Values(this IEnumerable<JToken> source)': (source: Iterable<never>) =>
      sequenceTokens(source, null),
    'static IEnumerable<JToken> Values(this IEnumerable<JToken> source, object key)': sequenceTokens,
    'static IEnumerable<JProperty> Properties(this IEnumerable<JObject> source)': (
      source: Iterable<JObject>,
    ) =>
      lazy('JProperty', function* () {
        for (const o of source) yield* o.Properties() as Iterable<JProperty>;
      }),
  },
});

/** `Newtonsoft.Json.Linq.JEnumerable<T>`: what `Children()` returns; indexing it reads each child's key. */
declareType({
  name: 'Newtonsoft.Json.Linq.JEnumerable<T>',
  kind: 'struct',
  apim: 'all',
  interfaces: ['IEnumerable<T>'],
  test: (value) => value instanceof JEnumerable,
  defaultValue: () => JEnumerable.empty(),
  members: {
    'JEnumerable<JToken> this[object key] { get; }': jsMethod('getItem'),
  },
});
