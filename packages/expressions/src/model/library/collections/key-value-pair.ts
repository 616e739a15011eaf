import { KeyValuePair } from '../../../runtime/collections/key-value-pair.js';
import type { RuntimeType } from '../../../runtime/runtime-type.js';
import { jsMethod, jsProperty, withTypeArguments } from '../../implementation.js';
import { declareType } from '../../registry.js';

/**
 * `KeyValuePair<TKey, TValue>` (runtime: `runtime/collections/key-value-pair.ts`): a struct
 * held as an immutable instance, so it boxes as itself. Its constructor receives `[TKey, TValue]`.
 */
declareType({
  name: 'System.Collections.Generic.KeyValuePair<TKey, TValue>',
  kind: 'struct',
  apim: 'all',
  test: (value) => value instanceof KeyValuePair,
  members: {
    'new(TKey key, TValue value)': withTypeArguments(
      (types: readonly RuntimeType[], key: unknown, value: unknown) => new KeyValuePair(key, value, types),
    ),
    'TKey Key { get; }': jsProperty('Key'),
    'TValue Value { get; }': jsProperty('Value'),
    'string ToString()': jsMethod('ToString'),
  },
});
