import type { OrderComparer } from '../core/comparison.js';
import {
  argumentNull,
  argumentOutOfRange,
  DotnetException,
  indexOutOfRange,
  invalidCastMessage,
} from '../exceptions.js';
import type { RuntimeType } from '../runtime-type.js';
import { runtimeTypeNamed } from '../type-resolver.js';
import { createArray, ELEMENT_TYPE, type Reference, tagArray } from '../values.js';
import { COUNT_MESSAGE, checkRange, indexOutOfCollection, NON_NEGATIVE } from './collection-errors.js';
import { introspectiveSort } from './sort.js';
import { typedCompare, typedEquals } from './typed-values.js';

/**
 * `System.Array`'s members for single-dimensional arrays: JavaScript arrays tagged with their
 * element type, and `Uint8Array` for `byte[]` (see `runtime/values.ts`). Elements are in their
 * typed forms.
 */

export type ArrayValue = unknown[] | Uint8Array;
type Match = ((item: unknown) => boolean) | null;

const LOWER_BOUND = "Number was less than the array's lower bound in the first dimension.";

function requireArray(array: ArrayValue | null, name = 'array'): ArrayValue {
  if (array === null) throw argumentNull(name);
  return array;
}

function requireFunction<F>(fn: F | null, name: string): F {
  if (fn === null) throw argumentNull(name);
  return fn;
}

/** The runtime type of an array's elements. */
export function arrayElementType(array: ArrayValue): RuntimeType {
  if (array instanceof Uint8Array) return runtimeTypeNamed('byte');
  return (
    (array as unknown as Record<symbol, RuntimeType | undefined>)[ELEMENT_TYPE] ?? runtimeTypeNamed('object')
  );
}

/** A new array of the same element type holding `items`. */
function sameKind(array: ArrayValue, items: Iterable<unknown>): ArrayValue {
  return createArray(arrayElementType(array), items);
}

/** `array.Length`'s neighbours: `LongLength`, `Rank`, `GetLength`, bounds. */
export const arrayLongLength = (self: ArrayValue): bigint => BigInt(self.length);
export const arrayRank = (_self: ArrayValue): number => 1;

export function arrayGetLength(self: ArrayValue, dimension: number): number {
  if (dimension !== 0) throw indexOutOfRange();
  return self.length;
}

export function arrayGetLowerBound(_self: ArrayValue, dimension: number): number {
  if (dimension !== 0) throw indexOutOfRange();
  return 0;
}

export function arrayGetUpperBound(self: ArrayValue, dimension: number): number {
  if (dimension !== 0) throw indexOutOfRange();
  return self.length - 1;
}

/** `object Clone()`: a shallow copy of the same type. */
export function arrayClone(self: ArrayValue): ArrayValue {
  return self instanceof Uint8Array ? self.slice() : tagArray(self.slice(), arrayElementType(self));
}

/** `object GetValue(int index)`: the element in its object form. */
export function arrayGetValue(self: ArrayValue, index: number): unknown {
  if (index < 0 || index >= self.length) throw indexOutOfRange();
  return arrayElementType(self).box(self[index]);
}

/** `void CopyTo(Array array, int index)`. */
export function arrayCopyTo(self: ArrayValue, array: ArrayValue | null, index: number): void {
  copyArray(self, 0, requireArray(array), index, self.length);
}

/** `Array.Copy(Array sourceArray, Array destinationArray, int length)`. */
export function arrayCopy(source: ArrayValue | null, destination: ArrayValue | null, length: number): void {
  copyArray(requireArray(source, 'sourceArray'), 0, requireArray(destination, 'destinationArray'), 0, length);
}

/** `Array.Copy(Array sourceArray, int sourceIndex, Array destinationArray, int destinationIndex, int length)`. */
export function arrayCopyRange(
  source: ArrayValue | null,
  sourceIndex: number,
  destination: ArrayValue | null,
  destinationIndex: number,
  length: number,
): void {
  copyArray(
    requireArray(source, 'sourceArray'),
    sourceIndex,
    requireArray(destination, 'destinationArray'),
    destinationIndex,
    length,
  );
}

/**
 * `Array.Copy`'s checks and copy (overlapping ranges of one array copy as if through a
 * buffer). Elements of one type copy as they are; into an `object[]` they are boxed; out of an
 * `object[]` into an array of another reference type each must be an instance of it.
 */
export function copyArray(
  source: ArrayValue,
  sourceIndex: number,
  destination: ArrayValue,
  destinationIndex: number,
  length: number,
): void {
  if (length < 0) throw argumentOutOfRange('length', NON_NEGATIVE);
  if (sourceIndex < 0) throw argumentOutOfRange('srcIndex', LOWER_BOUND);
  if (destinationIndex < 0) throw argumentOutOfRange('dstIndex', LOWER_BOUND);
  if (sourceIndex + length > source.length) {
    throw new DotnetException(
      'System.ArgumentException',
      "Source array was not long enough. Check srcIndex and length, and the array's lower bounds.",
    );
  }
  if (destinationIndex + length > destination.length) {
    throw new DotnetException(
      'System.ArgumentException',
      "Destination array was not long enough. Check destIndex and length, and the array's lower bounds.",
    );
  }
  const from = arrayElementType(source);
  const to = arrayElementType(destination);
  const items = Array.from(source.slice(sourceIndex, sourceIndex + length) as ArrayLike<unknown>);
  let converted: unknown[];
  if (from === to) converted = items;
  else if (to.name === 'System.Object') converted = items.map((item) => from.box(item));
  else if (from.name === 'System.Object' && !to.isValueType) {
    converted = items.map((item) => {
      if (item !== null && !to.isInstance(item)) {
        throw invalidCastMessage(
          'At least one element in the source array could not be cast down to the destination array type.',
        );
      }
      return item;
    });
  } else {
    throw new DotnetException(
      'System.ArrayTypeMismatchException',
      'Source array type cannot be assigned to destination array type.',
    );
  }
  converted.forEach((item, offset) => {
    (destination as unknown[])[destinationIndex + offset] = item;
  });
}

/** `Array.Clear(Array array, int index, int length)`: sets the range to `default(T)`. */
export function arrayClear(array: ArrayValue | null, index: number, length: number): void {
  const target = requireArray(array);
  if (index < 0 || length < 0 || index + length > target.length) throw indexOutOfRange();
  const value = arrayElementType(target).defaultValue;
  for (let i = index; i < index + length; i++) (target as unknown[])[i] = value;
}

/** `Array.IndexOf<T>(T[] array, T value[, int startIndex[, int count]])`. */
export function arrayIndexOf(
  array: ArrayValue | null,
  value: unknown,
  startIndex = 0,
  count = array === null ? 0 : array.length - startIndex,
): number {
  const source = requireArray(array);
  if (startIndex < 0 || startIndex > source.length) throw indexOutOfCollection('startIndex');
  if (count < 0 || count > source.length - startIndex) throw argumentOutOfRange('count', COUNT_MESSAGE);
  for (let i = startIndex; i < startIndex + count; i++) if (typedEquals(source[i], value)) return i;
  return -1;
}

/** `Array.LastIndexOf<T>(T[] array, T value)`. */
export function arrayLastIndexOf(array: ArrayValue | null, value: unknown): number {
  const source = requireArray(array);
  for (let i = source.length - 1; i >= 0; i--) if (typedEquals(source[i], value)) return i;
  return -1;
}

export function arrayExists(array: ArrayValue | null, match: Match): boolean {
  return arrayFindIndex(array, match) >= 0;
}

export function arrayTrueForAll(array: ArrayValue | null, match: Match): boolean {
  const source = requireArray(array);
  const test = requireFunction(match, 'match');
  for (let i = 0; i < source.length; i++) if (!test(source[i])) return false;
  return true;
}

/** `Array.Find<T>`: the first match or `default(T)`. */
export function arrayFind([type]: readonly RuntimeType[], array: ArrayValue | null, match: Match): unknown {
  const source = requireArray(array);
  const test = requireFunction(match, 'match');
  for (let i = 0; i < source.length; i++) if (test(source[i])) return source[i];
  return type!.defaultValue;
}

export function arrayFindLast(
  [type]: readonly RuntimeType[],
  array: ArrayValue | null,
  match: Match,
): unknown {
  const source = requireArray(array);
  const test = requireFunction(match, 'match');
  for (let i = source.length - 1; i >= 0; i--) if (test(source[i])) return source[i];
  return type!.defaultValue;
}

export function arrayFindAll(
  [type]: readonly RuntimeType[],
  array: ArrayValue | null,
  match: Match,
): ArrayValue {
  const source = requireArray(array);
  const test = requireFunction(match, 'match');
  const found: unknown[] = [];
  for (let i = 0; i < source.length; i++) if (test(source[i])) found.push(source[i]);
  return createArray(type!, found);
}

export function arrayFindIndex(array: ArrayValue | null, match: Match): number {
  const source = requireArray(array);
  const test = requireFunction(match, 'match');
  for (let i = 0; i < source.length; i++) if (test(source[i])) return i;
  return -1;
}

export function arrayFindLastIndex(array: ArrayValue | null, match: Match): number {
  const source = requireArray(array);
  const test = requireFunction(match, 'match');
  for (let i = source.length - 1; i >= 0; i--) if (test(source[i])) return i;
  return -1;
}

export function arrayForEach(array: ArrayValue | null, action: ((item: unknown) => void) | null): void {
  const source = requireArray(array);
  const run = requireFunction(action, 'action');
  for (let i = 0; i < source.length; i++) run(source[i]);
}

/** `Array.ConvertAll<TInput, TOutput>`. */
export function arrayConvertAll(
  types: readonly RuntimeType[],
  array: ArrayValue | null,
  converter: ((item: unknown) => unknown) | null,
): ArrayValue {
  const source = requireArray(array);
  const convert = requireFunction(converter, 'converter');
  const converted: unknown[] = [];
  for (let i = 0; i < source.length; i++) converted.push(convert(source[i]));
  return createArray(types[1]!, converted);
}

/** `Array.Reverse(Array array[, int index, int length])`. */
export function arrayReverse(
  array: ArrayValue | null,
  index = 0,
  length = array === null ? 0 : array.length,
): void {
  const target = requireArray(array);
  if (index < 0 || length < 0) throw argumentOutOfRange(index < 0 ? 'index' : 'length', NON_NEGATIVE);
  checkRange(index, length, target.length);
  for (let i = index, j = index + length - 1; i < j; i++, j--) {
    const t = target[i]!;
    target[i] = target[j]!;
    (target as unknown[])[j] = t;
  }
}

/** `Array.Sort(Array)`, `Sort<T>(T[])`, `Sort<T>(T[], int index, int length)`: the default order. */
export function arraySort(
  array: ArrayValue | null,
  index = 0,
  length = array === null ? 0 : array.length,
): void {
  const target = requireArray(array);
  if (index < 0 || length < 0) throw argumentOutOfRange(index < 0 ? 'index' : 'length', NON_NEGATIVE);
  checkRange(index, length, target.length);
  introspectiveSort(target as unknown[], typedCompare, index, length);
}

/** `Array.Sort<T>(T[] array, Comparison<T> comparison)`. */
export function arraySortComparison(
  array: ArrayValue | null,
  comparison: ((a: unknown, b: unknown) => number) | null,
): void {
  const target = requireArray(array);
  introspectiveSort(target as unknown[], requireFunction(comparison, 'comparison'));
}

/** `Array.Sort<T>(T[] array, IComparer<T> comparer)`: a null comparer is the default one. */
export function arraySortComparer(array: ArrayValue | null, comparer: OrderComparer | null): void {
  const target = requireArray(array);
  if (comparer === null) {
    introspectiveSort(target as unknown[], typedCompare);
    return;
  }
  introspectiveSort(target as unknown[], (a, b) => comparer.compare(a, b));
}

/** `Array.BinarySearch<T>(T[] array, T value)`: the index, or the complement of where it would go. */
export function arrayBinarySearch(array: ArrayValue | null, value: unknown): number {
  const source = requireArray(array);
  let lo = 0;
  let hi = source.length - 1;
  while (lo <= hi) {
    const i = lo + ((hi - lo) >> 1);
    const order = typedCompare(source[i], value);
    if (order === 0) return i;
    if (order < 0) lo = i + 1;
    else hi = i - 1;
  }
  return ~lo;
}

const empties = new Map<RuntimeType, ArrayValue>();

/** `Array.Empty<T>()`: one empty array per element type, as .NET caches it. */
export function arrayEmpty([type]: readonly RuntimeType[]): ArrayValue {
  let empty = empties.get(type!);
  if (empty === undefined) {
    empty = createArray(type!, []);
    empties.set(type!, empty);
  }
  return empty;
}

/** `Array.Resize<T>(ref T[] array, int newSize)`. */
export function arrayResize(
  [type]: readonly RuntimeType[],
  array: Reference<ArrayValue | null>,
  newSize: number,
): void {
  if (newSize < 0) throw argumentOutOfRange('newSize', NON_NEGATIVE);
  const current = array.value;
  if (current === null) {
    array.value = createArray(type!, new Array<unknown>(newSize).fill(type!.defaultValue));
    return;
  }
  if (current.length === newSize) return;
  const items = Array.from(current.slice(0, newSize) as ArrayLike<unknown>);
  while (items.length < newSize) items.push(type!.defaultValue);
  array.value = sameKind(current, items);
}
