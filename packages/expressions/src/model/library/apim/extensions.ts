import {
  objectOrDefault,
  typedOrDefault,
  valueOrDefault,
  valuesOrDefault,
} from '../../../runtime/apim/dictionary-extensions.js';
import { formUrlEncoded, queryStringOf } from '../../../runtime/apim/form-content.js';
import { nullReference } from '../../../runtime/exceptions.js';
import type { X509Certificate2 } from '../../../runtime/x509/x509-certificate2.js';
import { withTypeArguments } from '../../implementation.js';
import { declareType } from '../../registry.js';
import { apimName } from './helpers.js';

/**
 * API Management's extension methods on the context's dictionaries. API Management documents
 * the methods, not the classes that hold them; the class names are this model's.
 *
 * - headers, query parameters, JWT claims (`IReadOnlyDictionary<string, string[]>`): the values
 *   joined with `,`, or the default (null in the one-argument form);
 * - URL-template parameters (`IReadOnlyDictionary<string, string>`);
 * - variables (`IReadOnlyDictionary<string, object>`): `GetValueOrDefault<T>` casts to `T` and
 *   throws on a value of another type, as documented (Microsoft's toolkit returns the default
 *   instead); the non-generic form, which policies use (`(string)Variables.GetValueOrDefault("x")`),
 *   returns the value as `object`;
 * - forms (`AsFormUrlEncodedContent()`): `ToQueryString()` and `ToFormUrlEncodedContent()`.
 */
declareType({
  name: apimName('DictionaryExtensions'),
  kind: 'class',
  static: true,
  apim: 'all',
  members: {
    'static string GetValueOrDefault(this IReadOnlyDictionary<string, string[]> dictionary, string name)': (
      dictionary: Parameters<typeof valuesOrDefault>[0],
      name: string | null,
    ) => valuesOrDefault(dictionary, name),
    'static string GetValueOrDefault(this IReadOnlyDictionary<string, string[]> dictionary, string name, string defaultValue)':
      valuesOrDefault,
    'static string GetValueOrDefault(this IReadOnlyDictionary<string, string> dictionary, string name)': (
      dictionary: Parameters<typeof valueOrDefault>[0],
      name: string | null,
    ) => valueOrDefault(dictionary, name),
    'static string GetValueOrDefault(this IReadOnlyDictionary<string, string> dictionary, string name, string defaultValue)':
      valueOrDefault,
    'static object GetValueOrDefault(this IReadOnlyDictionary<string, object> dictionary, string name)':
      objectOrDefault,
    'static T GetValueOrDefault<T>(this IReadOnlyDictionary<string, object> dictionary, string name)':
      withTypeArguments(
        (
          types: Parameters<typeof typedOrDefault>[0],
          dictionary: Parameters<typeof typedOrDefault>[1],
          name: string | null,
        ) => typedOrDefault(types, dictionary, name),
      ),
    'static T GetValueOrDefault<T>(this IReadOnlyDictionary<string, object> dictionary, string name, T defaultValue)':
      withTypeArguments(typedOrDefault),
    'static string ToQueryString(this IDictionary<string, IList<string>> dictionary)': queryStringOf,
    'static string ToFormUrlEncodedContent(this IDictionary<string, IList<string>> dictionary)':
      formUrlEncoded,
  },
});

/** `VerifyNoRevocation()`: chain validation without revocation checking (a prepared fact). */
declareType({
  name: apimName('X509Certificate2Extensions'),
  kind: 'class',
  static: true,
  apim: 'all',
  members: {
    'static bool VerifyNoRevocation(this X509Certificate2 input)': (input: X509Certificate2 | null) => {
      if (input === null) throw nullReference();
      return input.verifyNoRevocation();
    },
  },
});
