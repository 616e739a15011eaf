import { argument, DotnetException, invalidOperation } from '../exceptions.js';

/**
 * `Array.Sort` and `List<T>.Sort`: .NET's introspective sort, step for step, so that elements
 * the comparison finds equal end up in the same order as in .NET (the sort is not stable:
 * `[a, b, c]` sorted by a comparison that only puts `c` first gives `c, b, a`). Sorts
 * `items[index .. index + length)` in place.
 *
 * A .NET exception thrown by the comparison becomes .NET's `InvalidOperationException`
 * ("Failed to compare two elements in the array."), as `ArraySortHelper` wraps it.
 */
export function introspectiveSort<T>(
  items: T[],
  compare: (a: T, b: T) => number,
  index = 0,
  length = items.length - index,
): void {
  if (length < 2) return;
  try {
    introSort(items, index, index + length - 1, 2 * floorLog2PlusOne(length), compare);
  } catch (error) {
    if (
      error instanceof DotnetException &&
      !error.message.startsWith(INCONSISTENT) &&
      error.message !== COMPARE_FAILED
    ) {
      throw compareFailed();
    }
    throw error;
  }
}

const COMPARE_FAILED = 'Failed to compare two elements in the array.';
const INCONSISTENT = 'Unable to sort because the IComparer.Compare() method returns inconsistent results.';

function compareFailed(): DotnetException {
  return invalidOperation(COMPARE_FAILED);
}

const SIZE_THRESHOLD = 16;

function floorLog2PlusOne(n: number): number {
  let result = 0;
  while (n >= 1) {
    result++;
    n = Math.floor(n / 2);
  }
  return result;
}

/**
 * An element the partition loop reaches. A comparison that never reports equality can walk
 * off the array, which .NET reports as an inconsistent comparer.
 */
function at<T>(items: T[], index: number): T {
  if (index < 0 || index >= items.length) {
    throw argument(
      `${INCONSISTENT} Either a value does not compare equal to itself, or one value repeatedly compared to another value yields different results. IComparer: ''.`,
    );
  }
  return items[index]!;
}

function swapIfGreater<T>(items: T[], compare: (a: T, b: T) => number, a: number, b: number): void {
  if (a !== b && compare(items[a]!, items[b]!) > 0) swap(items, a, b);
}

function swap<T>(items: T[], i: number, j: number): void {
  if (i === j) return;
  const t = items[i]!;
  items[i] = items[j]!;
  items[j] = t;
}

function introSort<T>(
  items: T[],
  lo: number,
  hi: number,
  depthLimit: number,
  compare: (a: T, b: T) => number,
): void {
  while (hi > lo) {
    const size = hi - lo + 1;
    if (size <= SIZE_THRESHOLD) {
      if (size === 2) swapIfGreater(items, compare, lo, hi);
      else if (size === 3) {
        swapIfGreater(items, compare, lo, hi - 1);
        swapIfGreater(items, compare, lo, hi);
        swapIfGreater(items, compare, hi - 1, hi);
      } else insertionSort(items, lo, hi, compare);
      return;
    }
    if (depthLimit === 0) {
      heapSort(items, lo, hi, compare);
      return;
    }
    depthLimit--;
    const pivot = pickPivotAndPartition(items, lo, hi, compare);
    introSort(items, pivot + 1, hi, depthLimit, compare);
    hi = pivot - 1;
  }
}

function pickPivotAndPartition<T>(
  items: T[],
  lo: number,
  hi: number,
  compare: (a: T, b: T) => number,
): number {
  const middle = lo + Math.floor((hi - lo) / 2);
  swapIfGreater(items, compare, lo, middle);
  swapIfGreater(items, compare, lo, hi);
  swapIfGreater(items, compare, middle, hi);
  const pivot = items[middle]!;
  swap(items, middle, hi - 1);
  let left = lo;
  let right = hi - 1;
  while (left < right) {
    while (compare(at(items, ++left), pivot) < 0);
    while (compare(pivot, at(items, --right)) < 0);
    if (left >= right) break;
    swap(items, left, right);
  }
  swap(items, left, hi - 1);
  return left;
}

function heapSort<T>(items: T[], lo: number, hi: number, compare: (a: T, b: T) => number): void {
  const n = hi - lo + 1;
  for (let i = Math.floor(n / 2); i >= 1; i--) downHeap(items, i, n, lo, compare);
  for (let i = n; i > 1; i--) {
    swap(items, lo, lo + i - 1);
    downHeap(items, 1, i - 1, lo, compare);
  }
}

function downHeap<T>(items: T[], i: number, n: number, lo: number, compare: (a: T, b: T) => number): void {
  const d = items[lo + i - 1]!;
  while (i <= Math.floor(n / 2)) {
    let child = 2 * i;
    if (child < n && compare(items[lo + child - 1]!, items[lo + child]!) < 0) child++;
    if (!(compare(d, items[lo + child - 1]!) < 0)) break;
    items[lo + i - 1] = items[lo + child - 1]!;
    i = child;
  }
  items[lo + i - 1] = d;
}

function insertionSort<T>(items: T[], lo: number, hi: number, compare: (a: T, b: T) => number): void {
  for (let i = lo; i < hi; i++) {
    let j = i;
    const t = items[i + 1]!;
    while (j >= lo && compare(t, items[j]!) < 0) {
      items[j + 1] = items[j]!;
      j--;
    }
    items[j + 1] = t;
  }
}
