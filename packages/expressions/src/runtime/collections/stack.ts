import { argumentNull, argumentOutOfRange, invalidOperation } from '../exceptions.js';
import type { RuntimeType } from '../runtime-type.js';
import { createArray, DOTNET_TYPE, TYPE_ARGUMENTS } from '../values.js';
import { indexOutOfCollection, invalidOffsetLength, NON_NEGATIVE } from './collection-errors.js';
import { ArrayEnumerator } from './enumeration.js';
import { iterable } from './sequence.js';
import { typedEquals } from './typed-values.js';

/** `Stack<T>`: last in, first out; enumerates from the top. Items are in their typed form. */
export class Stack<T = unknown> implements Iterable<T> {
  static readonly [DOTNET_TYPE] = 'System.Collections.Generic.Stack`1';
  readonly [TYPE_ARGUMENTS]: readonly RuntimeType[];
  /** Storage, bottom first. */
  readonly #items: T[] = [];
  /** Changes with every modification (see `Versioned`). */
  version = 0;

  /** `new Stack<T>()` and `new Stack<T>(int capacity)`. */
  constructor(typeArguments: readonly RuntimeType[], capacity = 0) {
    if (capacity < 0) throw argumentOutOfRange('capacity', NON_NEGATIVE);
    this[TYPE_ARGUMENTS] = typeArguments;
  }

  /** `new Stack<T>(IEnumerable<T> collection)`: pushes the items in order, so the last is on top. */
  static from<T>(typeArguments: readonly RuntimeType[], collection: unknown): Stack<T> {
    if (collection === null) throw argumentNull('collection');
    const stack = new Stack<T>(typeArguments);
    for (const item of iterable<T>(collection)) stack.#items.push(item);
    return stack;
  }

  /** The runtime type of the items. */
  get elementType(): RuntimeType {
    return this[TYPE_ARGUMENTS][0]!;
  }

  get Count(): number {
    return this.#items.length;
  }

  Push(item: T): void {
    this.#items.push(item);
    this.version++;
  }

  Pop(): T {
    if (this.#items.length === 0) throw invalidOperation('Stack empty.');
    this.version++;
    return this.#items.pop()!;
  }

  Peek(): T {
    if (this.#items.length === 0) throw invalidOperation('Stack empty.');
    return this.#items[this.#items.length - 1]!;
  }

  Contains(item: T): boolean {
    for (let i = this.#items.length - 1; i >= 0; i--) if (typedEquals(this.#items[i], item)) return true;
    return false;
  }

  Clear(): void {
    this.#items.length = 0;
    this.version++;
  }

  TrimExcess(): void {}

  /** The items, top first. */
  ToArray(): T[] {
    return createArray(this[TYPE_ARGUMENTS][0]!, this.#items.slice().reverse()) as T[];
  }

  /** `CopyTo(T[] array, int arrayIndex)`: top first. */
  CopyTo(array: T[] | null, arrayIndex: number): void {
    if (array === null) throw argumentNull('array');
    if (arrayIndex < 0 || arrayIndex > array.length) {
      throw indexOutOfCollection('arrayIndex');
    }
    if (array.length - arrayIndex < this.#items.length) throw invalidOffsetLength();
    this.#items
      .slice()
      .reverse()
      .forEach((item, index) => {
        array[arrayIndex + index] = item;
      });
  }

  [Symbol.iterator](): Iterator<T> {
    return new ArrayEnumerator(this.#items, this, this.#items.length - 1, -1);
  }

  ToString(): string {
    return `System.Collections.Generic.Stack\`1[${this[TYPE_ARGUMENTS][0]!.name}]`;
  }
}
