import { dotnetEquals } from '../core/equality.js';
import { invalidOperation } from '../exceptions.js';
import type { RuntimeType } from '../runtime-type.js';
import { createArray, DOTNET_TYPE, TYPE_ARGUMENTS } from '../values.js';
import { versioned } from './enumeration.js';

/** `Stack<T>`: last in, first out; enumerates from the top. */
export class Stack<T = unknown> implements Iterable<T> {
  static readonly [DOTNET_TYPE] = 'System.Collections.Generic.Stack`1';
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

  Push(item: T): void {
    this.#items.push(item);
    this.#version++;
  }

  Pop(): T {
    if (this.#items.length === 0) throw invalidOperation('Stack empty.');
    this.#version++;
    return this.#items.pop()!;
  }

  Peek(): T {
    if (this.#items.length === 0) throw invalidOperation('Stack empty.');
    return this.#items[this.#items.length - 1]!;
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
    return createArray(this[TYPE_ARGUMENTS][0]!, [...this.#items].reverse()) as T[];
  }

  [Symbol.iterator](): Iterator<T> {
    return versioned([...this.#items].reverse(), () => this.#version);
  }

  ToString(): string {
    return `System.Collections.Generic.Stack\`1[${this[TYPE_ARGUMENTS][0]!.name}]`;
  }
}
