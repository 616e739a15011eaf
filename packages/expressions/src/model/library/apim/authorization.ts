import { Authorization } from '../../../runtime/apim/authorization.js';
import { argumentNull } from '../../../runtime/exceptions.js';
import type { Reference } from '../../../runtime/values.js';
import { jsProperty } from '../../implementation.js';
import { declareType } from '../../registry.js';
import { apimName, instanceOf } from './helpers.js';

/** The result of `get-authorization-context` (see `runtime/apim/authorization.ts`). */
declareType({
  name: apimName('Authorization'),
  kind: 'class',
  sealed: true,
  apim: 'all',
  test: instanceOf(Authorization),
  members: {
    'string AccessToken { get; }': jsProperty('AccessToken'),
    'IReadOnlyDictionary<string, object> Claims { get; }': {
      implementation: jsProperty('Claims'),
      nonNull: true,
    },
  },
});

interface ReadOnlyDictionary {
  TryGetValue(key: unknown, value: Reference<unknown>): boolean;
}

/**
 * `GetValueOrDefault(key, defaultValue)` on any read-only dictionary: policies call it on JWT
 * claims (`Claims.GetValueOrDefault("oid", new string[] { "" })`). The dictionary-specific forms
 * of API Management (headers, variables) are more specific and win overload resolution.
 */
declareType({
  name: apimName('ReadOnlyDictionaryExtensions'),
  kind: 'class',
  static: true,
  apim: 'all',
  members: {
    'static TValue GetValueOrDefault<TKey, TValue>(this IReadOnlyDictionary<TKey, TValue> dictionary, TKey key, TValue defaultValue)':
      (dictionary: ReadOnlyDictionary | null, key: unknown, fallback: unknown) => {
        if (dictionary === null) throw argumentNull('dictionary');
        const cell: Reference<unknown> = { value: null };
        return dictionary.TryGetValue(key, cell) ? cell.value : fallback;
      },
  },
});
