import * as a from '../../../runtime/collections/array-members.js';
import { jsProperty, withTypeArguments } from '../../implementation.js';
import { extendType } from '../../registry.js';

/**
 * `System.Array`'s members for single-dimensional arrays (`T[]` looks its members up on
 * `Array`; its indexer is the compiler's). Implementations are in
 * `runtime/collections/array-members.ts`.
 */
extendType('System.Array', {
  'int Length { get; }': { implementation: jsProperty('length'), nonNull: true },
  'long LongLength { get; }': a.arrayLongLength,
  'int Rank { get; }': a.arrayRank,
  'int GetLength(int dimension)': a.arrayGetLength,
  'int GetLowerBound(int dimension)': a.arrayGetLowerBound,
  'int GetUpperBound(int dimension)': a.arrayGetUpperBound,
  'object Clone()': a.arrayClone,
  'object GetValue(int index)': a.arrayGetValue,
  'void CopyTo(Array array, int index)': a.arrayCopyTo,

  'static void Copy(Array sourceArray, Array destinationArray, int length)': a.arrayCopy,
  'static void Copy(Array sourceArray, int sourceIndex, Array destinationArray, int destinationIndex, int length)':
    a.arrayCopyRange,
  'static void Clear(Array array, int index, int length)': a.arrayClear,
  'static int IndexOf<T>(T[] array, T value)': withTypeArguments(
    (_t: unknown, array: a.ArrayValue | null, value: unknown) => a.arrayIndexOf(array, value),
  ),
  'static int IndexOf<T>(T[] array, T value, int startIndex)': withTypeArguments(
    (_t: unknown, array: a.ArrayValue | null, value: unknown, startIndex: number) =>
      a.arrayIndexOf(array, value, startIndex),
  ),
  'static int IndexOf<T>(T[] array, T value, int startIndex, int count)': withTypeArguments(
    (_t: unknown, array: a.ArrayValue | null, value: unknown, startIndex: number, count: number) =>
      a.arrayIndexOf(array, value, startIndex, count),
  ),
  'static int LastIndexOf<T>(T[] array, T value)': withTypeArguments(
    (_t: unknown, array: a.ArrayValue | null, value: unknown) => a.arrayLastIndexOf(array, value),
  ),
  'static bool Exists<T>(T[] array, Predicate<T> match)': a.arrayExists,
  'static bool TrueForAll<T>(T[] array, Predicate<T> match)': a.arrayTrueForAll,
  'static T Find<T>(T[] array, Predicate<T> match)': withTypeArguments(a.arrayFind),
  'static T FindLast<T>(T[] array, Predicate<T> match)': withTypeArguments(a.arrayFindLast),
  'static T[] FindAll<T>(T[] array, Predicate<T> match)': withTypeArguments(a.arrayFindAll),
  'static int FindIndex<T>(T[] array, Predicate<T> match)': a.arrayFindIndex,
  'static int FindLastIndex<T>(T[] array, Predicate<T> match)': a.arrayFindLastIndex,
  'static void ForEach<T>(T[] array, Action<T> action)': a.arrayForEach,
  'static TOutput[] ConvertAll<TInput, TOutput>(TInput[] array, Converter<TInput, TOutput> converter)':
    withTypeArguments(a.arrayConvertAll),
  'static void Reverse(Array array)': a.arrayReverse,
  'static void Reverse(Array array, int index, int length)': a.arrayReverse,
  'static void Sort(Array array)': a.arraySort,
  'static void Sort<T>(T[] array)': withTypeArguments((_t: unknown, array: a.ArrayValue | null) =>
    a.arraySort(array),
  ),
  'static void Sort<T>(T[] array, int index, int length)': withTypeArguments(
    (_t: unknown, array: a.ArrayValue | null, index: number, length: number) =>
      a.arraySort(array, index, length),
  ),
  'static void Sort<T>(T[] array, Comparison<T> comparison)': a.arraySortComparison,
  'static void Sort<T>(T[] array, IComparer<T> comparer)': a.arraySortComparer,
  'static int BinarySearch<T>(T[] array, T value)': a.arrayBinarySearch,
  'static T[] Empty<T>()': withTypeArguments(a.arrayEmpty),
  'static void Resize<T>(ref T[] array, int newSize)': withTypeArguments(a.arrayResize),
});
