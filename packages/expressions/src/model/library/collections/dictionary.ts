import { Dictionary } from '../../../runtime/collections/dictionary.js';
import type { EqualityComparer } from '../../../runtime/core/equality.js';
import type { RuntimeType } from '../../../runtime/runtime-type.js';
import { accessors, jsMethod, jsProperty, withTypeArguments } from '../../implementation.js';
import { declareType } from '../../registry.js';

type Types = readonly RuntimeType[];

/**
 * `Dictionary<TKey, TValue>` (runtime: `runtime/collections/dictionary.ts`). `Keys` and
 * `Values` are declared as `ICollection<T>`: their .NET types are the nested classes
 * `Dictionary<TKey, TValue>.KeyCollection` / `ValueCollection`, which the signature language
 * cannot name; both are `ICollection<T>` with the same members. Constructors receive
 * `[TKey, TValue]`.
 */
declareType({
  name: 'System.Collections.Generic.Dictionary<TKey, TValue>',
  kind: 'class',
  apim: 'all',
  interfaces: ['IDictionary<TKey, TValue>', 'IReadOnlyDictionary<TKey, TValue>'],
  test: (value) => value instanceof Dictionary,
  members: {
    'new()': withTypeArguments((types: Types) => new Dictionary(types)),
    'new(int capacity)': withTypeArguments((types: Types, capacity: number) =>
      Dictionary.withCapacity(types, capacity),
    ),
    'new(IEqualityComparer<TKey> comparer)': withTypeArguments(
      (types: Types, comparer: EqualityComparer | null) => new Dictionary(types, comparer),
    ),
    'new(int capacity, IEqualityComparer<TKey> comparer)': withTypeArguments(
      (types: Types, capacity: number, comparer: EqualityComparer | null) =>
        Dictionary.withCapacity(types, capacity, comparer),
    ),
    'new(IDictionary<TKey, TValue> dictionary)': withTypeArguments((types: Types, dictionary: unknown) =>
      Dictionary.copyOf(types, dictionary),
    ),
    'new(IDictionary<TKey, TValue> dictionary, IEqualityComparer<TKey> comparer)': withTypeArguments(
      (types: Types, dictionary: unknown, comparer: EqualityComparer | null) =>
        Dictionary.copyOf(types, dictionary, comparer),
    ),
    'int Count { get; }': jsProperty('Count'),
    'IEqualityComparer<TKey> Comparer { get; }': { implementation: jsProperty('Comparer'), nonNull: true },
    'ICollection<TKey> Keys { get; }': { implementation: jsProperty('Keys'), nonNull: true },
    'ICollection<TValue> Values { get; }': { implementation: jsProperty('Values'), nonNull: true },
    'TValue this[TKey key] { get; set; }': accessors(jsMethod('getItem'), jsMethod('setItem')),
    'void Add(TKey key, TValue value)': jsMethod('Add'),
    'bool ContainsKey(TKey key)': jsMethod('ContainsKey'),
    'bool ContainsValue(TValue value)': jsMethod('ContainsValue'),
    'bool TryGetValue(TKey key, out TValue value)': jsMethod('TryGetValue'),
    'bool Remove(TKey key)': jsMethod('Remove'),
    'void Clear()': jsMethod('Clear'),
    'string ToString()': jsMethod('ToString'),
  },
});
