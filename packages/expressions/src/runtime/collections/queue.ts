import { dotnetEquals } from '../core/equality.js';
import { invalidOperation } from '../exceptions.js';
import type { RuntimeType } from '../runtime-type.js';
import { createArray, DOTNET_TYPE, TYPE_ARGUMENTS } from '../values.js';
import { versioned } from './enumeration.js';

/** `Queue<T>`: first in, first out. */
export class Queue<T = unknown> implements Iterable<T> {
  static readonly [DOTNET_TYPE] = 'System.Collections.Generic.Queue`1';
  readonly [TYPE_ARGUMENTS]: readonly RuntimeType[];
  readonly #items: T[];
  #version = 0;

  constructor(typeArguments: readonly RuntimeType[], items: Iterable<T> = []) {
    this[TYPE_ARGUMENTS] = typeArguments;
    this.#items = [...items];
  }

  get Count(): number {
    return this.#items.length;
  }

  Enqueue(item: T): void {
    this.#items.push(item);
    this.#version++;
  }

  Dequeue(): T {
    if (this.#items.length === 0) throw invalidOperation('Queue empty.');
    this.#version++;
    return this.#items.shift()!;
  }

  Peek(): T {
    if (this.#items.length === 0) throw invalidOperation('Queue empty.');
    return this.#items[0]!;
  }

  Contains(item: T): boolean {
    const type = this[TYPE_ARGUMENTS][0]!;
    return this.#items.some((candidate) => dotnetEquals(type.box(candidate), type.box(item)));
  }

  Clear(): void {
    this.#items.length = 0;
    this.#version++;
  }

  ToArray(): T[] {
    return createArray(this[TYPE_ARGUMENTS][0]!, this.#items) as T[];
  }

  [Symbol.iterator](): Iterator<T> {
    return versioned(this.#items, () => this.#version);
  }

  ToString(): string {
    return `System.Collections.Generic.Queue\`1[${this[TYPE_ARGUMENTS][0]!.name}]`;
  }
}
