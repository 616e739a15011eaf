import { argument, argumentOutOfRange, type DotnetException } from '../exceptions.js';

/** The messages .NET's collections throw, in one place. */

export const INDEX_MESSAGE =
  'Index was out of range. Must be non-negative and less than the size of the collection.';
export const NON_NEGATIVE = 'Non-negative number required.';
export const COUNT_MESSAGE =
  'Count must be positive and count must refer to a location within the string/array/collection.';
export const BIGGER_THAN_COLLECTION = 'Must be less than or equal to the size of the collection.';

/** `ArgumentOutOfRangeException` for an index outside the collection (`list[5]`, `RemoveAt(5)`). */
export function indexOutOfCollection(parameter = 'index'): DotnetException {
  return argumentOutOfRange(parameter, INDEX_MESSAGE);
}

/** `ArgumentException` for an index and count that do not fit the collection (`GetRange`). */
export function invalidOffsetLength(): DotnetException {
  return argument(
    'Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.',
  );
}

/** Checks `index` and `count` of a range within `size` elements, as `List<T>.GetRange` does. */
export function checkRange(index: number, count: number, size: number): void {
  if (index < 0) throw argumentOutOfRange('index', NON_NEGATIVE);
  if (count < 0) throw argumentOutOfRange('count', NON_NEGATIVE);
  if (size - index < count) throw invalidOffsetLength();
}

/** `Array.Copy`'s complaint about a destination array too short for what is copied. */
export function destinationTooShort(): DotnetException {
  return argument(
    "Destination array was not long enough. Check destIndex and length, and the array's lower bounds.",
  );
}
