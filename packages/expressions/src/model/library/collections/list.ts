import { List } from '../../../runtime/collections/list.js';
import type { OrderComparer } from '../../../runtime/core/comparison.js';
import type { RuntimeType } from '../../../runtime/runtime-type.js';
import { accessors, jsMethod, jsProperty, withTypeArguments } from '../../implementation.js';
import { declareType } from '../../registry.js';

type Types = readonly RuntimeType[];
type Match = ((item: unknown) => boolean) | null;

/**
 * `List<T>` (runtime: `runtime/collections/list.ts`). Constructors are declared
 * `withTypeArguments` and receive the runtime types of the class's type arguments, `[T]`.
 */
declareType({
  name: 'System.Collections.Generic.List<T>',
  kind: 'class',
  apim: 'all',
  interfaces: ['IList<T>', 'IReadOnlyList<T>'],
  test: (value) => value instanceof List,
  members: {
    'new()': withTypeArguments((types: Types) => new List(types)),
    'new(int capacity)': withTypeArguments((types: Types, capacity: number) =>
      List.withCapacity(types, capacity),
    ),
    'new(IEnumerable<T> collection)': withTypeArguments((types: Types, collection: unknown) =>
      List.from(types, collection),
    ),
    'int Count { get; }': jsProperty('Count'),
    'int Capacity { get; set; }': jsProperty('Capacity'),
    'T this[int index] { get; set; }': accessors(jsMethod('getItem'), jsMethod('setItem')),
    'void Add(T item)': jsMethod('Add'),
    'void AddRange(IEnumerable<T> collection)': jsMethod('AddRange'),
    'void Insert(int index, T item)': jsMethod('Insert'),
    'void InsertRange(int index, IEnumerable<T> collection)': jsMethod('InsertRange'),
    'int IndexOf(T item)': jsMethod('IndexOf'),
    'int IndexOf(T item, int index)': jsMethod('IndexOf'),
    'int IndexOf(T item, int index, int count)': jsMethod('IndexOf'),
    'int LastIndexOf(T item)': jsMethod('LastIndexOf'),
    'int LastIndexOf(T item, int index)': jsMethod('LastIndexOfFrom'),
    'int LastIndexOf(T item, int index, int count)': jsMethod('LastIndexOfRange'),
    'bool Contains(T item)': jsMethod('Contains'),
    'bool Remove(T item)': jsMethod('Remove'),
    'void RemoveAt(int index)': jsMethod('RemoveAt'),
    'void RemoveRange(int index, int count)': jsMethod('RemoveRange'),
    'int RemoveAll(Predicate<T> match)': jsMethod('RemoveAll'),
    'void Clear()': jsMethod('Clear'),
    'bool Exists(Predicate<T> match)': jsMethod('Exists'),
    'bool TrueForAll(Predicate<T> match)': jsMethod('TrueForAll'),
    'T Find(Predicate<T> match)': jsMethod('Find'),
    'T FindLast(Predicate<T> match)': jsMethod('FindLast'),
    'List<T> FindAll(Predicate<T> match)': jsMethod('FindAll'),
    'int FindIndex(Predicate<T> match)': (self: List, match: Match) => self.FindIndex(0, self.Count, match),
    'int FindIndex(int startIndex, Predicate<T> match)': (self: List, startIndex: number, match: Match) =>
      self.FindIndex(startIndex, self.Count - startIndex, match),
    'int FindIndex(int startIndex, int count, Predicate<T> match)': jsMethod('FindIndex'),
    'int FindLastIndex(Predicate<T> match)': jsMethod('FindLastIndex'),
    'void ForEach(Action<T> action)': jsMethod('ForEach'),
    'List<T> GetRange(int index, int count)': jsMethod('GetRange'),
    'List<TOutput> ConvertAll<TOutput>(Converter<T, TOutput> converter)': withTypeArguments(
      (self: List, [output]: Types, converter: ((item: unknown) => unknown) | null) =>
        self.ConvertAll(output!, converter),
    ),
    'void Sort()': jsMethod('Sort'),
    'void Sort(IComparer<T> comparer)': jsMethod('Sort'),
    'void Sort(int index, int count, IComparer<T> comparer)': (
      self: List,
      index: number,
      count: number,
      comparer: OrderComparer | null,
    ) => self.Sort(comparer, index, count),
    'void Sort(Comparison<T> comparison)': jsMethod('SortBy'),
    'void Reverse()': jsMethod('Reverse'),
    'void Reverse(int index, int count)': jsMethod('Reverse'),
    'int BinarySearch(T item)': jsMethod('BinarySearch'),
    'int BinarySearch(T item, IComparer<T> comparer)': jsMethod('BinarySearch'),
    'void CopyTo(T[] array)': jsMethod('CopyTo'),
    'void CopyTo(T[] array, int arrayIndex)': jsMethod('CopyTo'),
    'void TrimExcess()': jsMethod('TrimExcess'),
    'T[] ToArray()': jsMethod('ToArray'),
    'string ToString()': jsMethod('ToString'),
  },
});
