import { argumentNull, argumentOutOfRange, invalidOperation } from '../exceptions.js';
import type { RuntimeType } from '../runtime-type.js';
import { createArray, DOTNET_TYPE, TYPE_ARGUMENTS } from '../values.js';
import { indexOutOfCollection, invalidOffsetLength, NON_NEGATIVE } from './collection-errors.js';
import { ArrayEnumerator } from './enumeration.js';
import { iterable } from './sequence.js';
import { typedEquals } from './typed-values.js';

/** `Queue<T>`: first in, first out; enumerates from the head. Items are in their typed form. */
export class Queue<T = unknown> implements Iterable<T> {
  static readonly [DOTNET_TYPE] = 'System.Collections.Generic.Queue`1';
  readonly [TYPE_ARGUMENTS]: readonly RuntimeType[];
  /** Storage: the queue is `items[head..]`. */
  readonly #items: T[] = [];
  #head = 0;
  /** Changes with every modification (see `Versioned`). */
  version = 0;

  /** `new Queue<T>()` and `new Queue<T>(int capacity)`. */
  constructor(typeArguments: readonly RuntimeType[], capacity = 0) {
    if (capacity < 0) throw argumentOutOfRange('capacity', NON_NEGATIVE);
    this[TYPE_ARGUMENTS] = typeArguments;
  }

  /** `new Queue<T>(IEnumerable<T> collection)`. */
  static from<T>(typeArguments: readonly RuntimeType[], collection: unknown): Queue<T> {
    if (collection === null) throw argumentNull('collection');
    const queue = new Queue<T>(typeArguments);
    for (const item of iterable<T>(collection)) queue.#items.push(item);
    return queue;
  }

  /** The runtime type of the items. */
  get elementType(): RuntimeType {
    return this[TYPE_ARGUMENTS][0]!;
  }

  get Count(): number {
    return this.#items.length - this.#head;
  }

  Enqueue(item: T): void {
    this.#items.push(item);
    this.version++;
  }

  Dequeue(): T {
    if (this.Count === 0) throw invalidOperation('Queue empty.');
    const item = this.#items[this.#head]!;
    this.#head++;
    if (this.#head === this.#items.length) {
      this.#items.length = 0;
      this.#head = 0;
    } else if (this.#head >= 32 && this.#head * 2 >= this.#items.length) {
      this.#items.splice(0, this.#head);
      this.#head = 0;
    }
    this.version++;
    return item;
  }

  Peek(): T {
    if (this.Count === 0) throw invalidOperation('Queue empty.');
    return this.#items[this.#head]!;
  }

  Contains(item: T): boolean {
    for (let i = this.#head; i < this.#items.length; i++) if (typedEquals(this.#items[i], item)) return true;
    return false;
  }

  Clear(): void {
    this.#items.length = 0;
    this.#head = 0;
    this.version++;
  }

  TrimExcess(): void {}

  ToArray(): T[] {
    return createArray(this[TYPE_ARGUMENTS][0]!, this.#items.slice(this.#head)) as T[];
  }

  /** `CopyTo(T[] array, int arrayIndex)`. */
  CopyTo(array: T[] | null, arrayIndex: number): void {
    if (array === null) throw argumentNull('array');
    if (arrayIndex < 0 || arrayIndex > array.length) {
      throw indexOutOfCollection('arrayIndex');
    }
    if (array.length - arrayIndex < this.Count) throw invalidOffsetLength();
    for (let i = this.#head; i < this.#items.length; i++)
      array[arrayIndex + i - this.#head] = this.#items[i]!;
  }

  [Symbol.iterator](): Iterator<T> {
    return new ArrayEnumerator(this.#items, this, this.#head);
  }

  ToString(): string {
    return `System.Collections.Generic.Queue\`1[${this[TYPE_ARGUMENTS][0]!.name}]`;
  }
}
