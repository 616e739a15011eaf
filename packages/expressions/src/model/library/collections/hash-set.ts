import { HashSet } from '../../../runtime/collections/hash-set.js';
import type { EqualityComparer } from '../../../runtime/core/equality.js';
import type { RuntimeType } from '../../../runtime/runtime-type.js';
import { jsMethod, jsProperty, withTypeArguments } from '../../implementation.js';
import { declareType } from '../../registry.js';

type Types = readonly RuntimeType[];

/** `HashSet<T>` (runtime: `runtime/collections/hash-set.ts`). Constructors receive `[T]`. */
declareType({
  name: 'System.Collections.Generic.HashSet<T>',
  kind: 'class',
  apim: 'all',
  interfaces: ['ISet<T>', 'IReadOnlyCollection<T>'],
  test: (value) => value instanceof HashSet,
  members: {
    'new()': withTypeArguments((types: Types) => new HashSet(types)),
    'new(IEqualityComparer<T> comparer)': withTypeArguments(
      (types: Types, comparer: EqualityComparer | null) => new HashSet(types, comparer),
    ),
    'new(IEnumerable<T> collection)': withTypeArguments((types: Types, collection: unknown) =>
      HashSet.from(types, collection),
    ),
    'new(IEnumerable<T> collection, IEqualityComparer<T> comparer)': withTypeArguments(
      (types: Types, collection: unknown, comparer: EqualityComparer | null) =>
        HashSet.from(types, collection, comparer),
    ),
    'int Count { get; }': jsProperty('Count'),
    'IEqualityComparer<T> Comparer { get; }': { implementation: jsProperty('Comparer'), nonNull: true },
    'bool Add(T item)': jsMethod('Add'),
    'bool Contains(T item)': jsMethod('Contains'),
    'bool Remove(T item)': jsMethod('Remove'),
    'void Clear()': jsMethod('Clear'),
    'void UnionWith(IEnumerable<T> other)': jsMethod('UnionWith'),
    'void IntersectWith(IEnumerable<T> other)': jsMethod('IntersectWith'),
    'void ExceptWith(IEnumerable<T> other)': jsMethod('ExceptWith'),
    'void SymmetricExceptWith(IEnumerable<T> other)': jsMethod('SymmetricExceptWith'),
    'bool IsSubsetOf(IEnumerable<T> other)': jsMethod('IsSubsetOf'),
    'bool IsProperSubsetOf(IEnumerable<T> other)': jsMethod('IsProperSubsetOf'),
    'bool IsSupersetOf(IEnumerable<T> other)': jsMethod('IsSupersetOf'),
    'bool IsProperSupersetOf(IEnumerable<T> other)': jsMethod('IsProperSupersetOf'),
    'bool Overlaps(IEnumerable<T> other)': jsMethod('Overlaps'),
    'bool SetEquals(IEnumerable<T> other)': jsMethod('SetEquals'),
    'int RemoveWhere(Predicate<T> match)': jsMethod('RemoveWhere'),
    'void CopyTo(T[] array)': jsMethod('CopyTo'),
    'void CopyTo(T[] array, int arrayIndex)': jsMethod('CopyTo'),
    'void TrimExcess()': jsMethod('TrimExcess'),
    'string ToString()': jsMethod('ToString'),
  },
});
