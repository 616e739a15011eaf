import * as c from '../../../runtime/collections/interface-members.js';
import { accessors, jsMethod, jsProperty } from '../../implementation.js';
import { extendType } from '../../registry.js';

/**
 * Members of the collection interfaces (declared in `interfaces.ts`). The `ICollection<T>` and
 * `IList<T>` members accept arrays too (see `runtime/collections/interface-members.ts`);
 * dictionary interfaces call the JavaScript members every dictionary of the runtime has
 * (`getItem`, `setItem`, `ContainsKey`, `TryGetValue`, `Keys`, `Values`, ...).
 */

extendType('System.Collections.Generic.IReadOnlyCollection`1', {
  'int Count { get; }': c.collectionCount,
});

extendType('System.Collections.Generic.IReadOnlyList`1', {
  'T this[int index] { get; }': c.listGetItem,
});

extendType('System.Collections.Generic.ICollection`1', {
  'int Count { get; }': c.collectionCount,
  'bool IsReadOnly { get; }': c.collectionIsReadOnly,
  'void Add(T item)': c.collectionAdd,
  'void Clear()': c.collectionClear,
  'bool Contains(T item)': c.collectionContains,
  'bool Remove(T item)': c.collectionRemove,
  'void CopyTo(T[] array, int arrayIndex)': c.collectionCopyTo,
});

extendType('System.Collections.Generic.IList`1', {
  'T this[int index] { get; set; }': accessors(c.listGetItem, c.listSetItem),
  'int IndexOf(T item)': c.listIndexOf,
  'void Insert(int index, T item)': c.listInsert,
  'void RemoveAt(int index)': c.listRemoveAt,
});

extendType('System.Collections.Generic.ISet`1', {
  'bool Add(T item)': jsMethod('Add'),
  'void UnionWith(IEnumerable<T> other)': jsMethod('UnionWith'),
  'void IntersectWith(IEnumerable<T> other)': jsMethod('IntersectWith'),
  'void ExceptWith(IEnumerable<T> other)': jsMethod('ExceptWith'),
  'void SymmetricExceptWith(IEnumerable<T> other)': jsMethod('SymmetricExceptWith'),
  'bool IsSubsetOf(IEnumerable<T> other)': jsMethod('IsSubsetOf'),
  'bool IsSupersetOf(IEnumerable<T> other)': jsMethod('IsSupersetOf'),
  'bool IsProperSubsetOf(IEnumerable<T> other)': jsMethod('IsProperSubsetOf'),
  'bool IsProperSupersetOf(IEnumerable<T> other)': jsMethod('IsProperSupersetOf'),
  'bool Overlaps(IEnumerable<T> other)': jsMethod('Overlaps'),
  'bool SetEquals(IEnumerable<T> other)': jsMethod('SetEquals'),
});

extendType('System.Collections.Generic.IReadOnlyDictionary`2', {
  'TValue this[TKey key] { get; }': jsMethod('getItem'),
  'IEnumerable<TKey> Keys { get; }': { implementation: jsProperty('Keys'), nonNull: true },
  'IEnumerable<TValue> Values { get; }': { implementation: jsProperty('Values'), nonNull: true },
  'bool ContainsKey(TKey key)': jsMethod('ContainsKey'),
  'bool TryGetValue(TKey key, out TValue value)': jsMethod('TryGetValue'),
});

extendType('System.Collections.Generic.IDictionary`2', {
  'TValue this[TKey key] { get; set; }': accessors(jsMethod('getItem'), jsMethod('setItem')),
  'ICollection<TKey> Keys { get; }': { implementation: jsProperty('Keys'), nonNull: true },
  'ICollection<TValue> Values { get; }': { implementation: jsProperty('Values'), nonNull: true },
  'bool ContainsKey(TKey key)': jsMethod('ContainsKey'),
  'void Add(TKey key, TValue value)': jsMethod('Add'),
  'bool Remove(TKey key)': jsMethod('Remove'),
  'bool TryGetValue(TKey key, out TValue value)': jsMethod('TryGetValue'),
});

extendType('System.Collections.Generic.IEqualityComparer`1', {
  'bool Equals(T x, T y)': jsMethod('equals'),
  'int GetHashCode(T obj)': jsMethod('hash'),
});

extendType('System.Collections.Generic.IComparer`1', {
  'int Compare(T x, T y)': jsMethod('compare'),
});
