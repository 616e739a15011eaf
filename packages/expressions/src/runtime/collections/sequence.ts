/**
 * Access to any `IEnumerable<T>` runtime value: arrays (and `Uint8Array` for `byte[]`), strings
 * (which enumerate their UTF-16 units as `char`s, where JavaScript's `for...of` would yield code
 * points), and every other value through its JavaScript iterator (the runtime's collections,
 * LINQ results, the JSON area's `JArray` / `JObject`, ...). Items are in their typed forms.
 */

const DONE: IteratorReturnResult<undefined> = { value: undefined, done: true };

/** Enumerates the UTF-16 units of a string. */
class CharEnumerator implements IterableIterator<number> {
  #index = 0;
  constructor(readonly text: string) {}

  next(): IteratorResult<number> {
    if (this.#index >= this.text.length) return DONE;
    return { value: this.text.charCodeAt(this.#index++), done: false };
  }

  [Symbol.iterator](): IterableIterator<number> {
    return this;
  }
}

/** A fresh enumerator of an enumerable runtime value (not null). */
export function iterate<T = unknown>(source: unknown): Iterator<T> {
  if (typeof source === 'string') return new CharEnumerator(source) as unknown as Iterator<T>;
  return (source as Iterable<T>)[Symbol.iterator]();
}

/** An enumerable runtime value (not null) as a JavaScript iterable of its typed items. */
export function iterable<T = unknown>(source: unknown): Iterable<T> {
  if (typeof source === 'string') return new CharEnumerator(source) as unknown as Iterable<T>;
  return source as Iterable<T>;
}

/** A copy of the items of an enumerable runtime value (not null), enumerating it once. */
export function snapshot<T = unknown>(source: unknown): T[] {
  if (Array.isArray(source)) return source.slice() as T[];
  return Array.from(iterable<T>(source));
}

/** Is the value a .NET array: a JavaScript array or a `Uint8Array` (`byte[]`)? */
export function isDotnetArray(value: unknown): value is unknown[] | Uint8Array {
  return Array.isArray(value) || value instanceof Uint8Array;
}

/**
 * The number of items of a source that is an `ICollection<T>` (arrays and collections with a
 * `Count`), or -1. .NET asks this to size storage and to take shortcuts.
 */
export function collectionCount(source: unknown): number {
  if (Array.isArray(source) || source instanceof Uint8Array) return source.length;
  if (typeof source === 'object' && source !== null) {
    const count = (source as { Count?: unknown }).Count;
    if (typeof count === 'number') return count;
  }
  return -1;
}
