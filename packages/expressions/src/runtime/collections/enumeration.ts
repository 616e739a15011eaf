import { invalidOperation } from '../exceptions.js';

/**
 * Iterates a collection the way .NET enumerators do: modifying the collection while enumerating
 * it throws `InvalidOperationException` at the next step.
 */
export function* versioned<T>(items: Iterable<T>, version: () => number): Generator<T> {
  const start = version();
  for (const item of items) {
    if (version() !== start) throw modified();
    yield item;
  }
  if (version() !== start) throw modified();
}

export function modified() {
  return invalidOperation('Collection was modified; enumeration operation may not execute.');
}
