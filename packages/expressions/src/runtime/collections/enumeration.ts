import { type DotnetException, invalidOperation } from '../exceptions.js';
import { FREE } from './key-map.js';

/**
 * How .NET enumerators guard their collection: every change bumps the collection's version,
 * and an enumerator whose collection changed throws at its next step.
 */
export interface Versioned {
  readonly version: number;
}

/** `InvalidOperationException`: the collection changed while it was being enumerated. */
export function modified(): DotnetException {
  return invalidOperation('Collection was modified; enumeration operation may not execute.');
}

const DONE: IteratorReturnResult<undefined> = { value: undefined, done: true };

/**
 * Enumerates `items[start..]` forwards, or `items[..start]` backwards, throwing when the owner
 * changes. The array is read live, as .NET's `List<T>.Enumerator` reads the list's storage.
 */
export class ArrayEnumerator<T> implements IterableIterator<T> {
  readonly #items: readonly T[];
  readonly #owner: Versioned;
  readonly #version: number;
  readonly #step: 1 | -1;
  #index: number;

  constructor(items: readonly T[], owner: Versioned, start = 0, step: 1 | -1 = 1) {
    this.#items = items;
    this.#owner = owner;
    this.#version = owner.version;
    this.#index = start;
    this.#step = step;
  }

  next(): IteratorResult<T> {
    if (this.#owner.version !== this.#version) throw modified();
    const index = this.#index;
    if (index < 0 || index >= this.#items.length) return DONE;
    this.#index = index + this.#step;
    return { value: this.#items[index]!, done: false };
  }

  [Symbol.iterator](): IterableIterator<T> {
    return this;
  }
}

/**
 * Enumerates the used slots of a `KeyMap` (see there), yielding `source[slot]` (the keys or the
 * values array) or a projection of it, throwing when the owner changes.
 */
export class SlotEnumerator<S, T = S> implements IterableIterator<T> {
  readonly #keys: readonly unknown[];
  readonly #source: readonly S[];
  readonly #project: ((item: S) => T) | null;
  readonly #owner: Versioned;
  readonly #version: number;
  #slot = 0;

  constructor(
    keys: readonly unknown[],
    source: readonly S[],
    owner: Versioned,
    project: ((item: S) => T) | null = null,
  ) {
    this.#keys = keys;
    this.#source = source;
    this.#project = project;
    this.#owner = owner;
    this.#version = owner.version;
  }

  next(): IteratorResult<T> {
    if (this.#owner.version !== this.#version) throw modified();
    const keys = this.#keys;
    while (this.#slot < keys.length) {
      const slot = this.#slot++;
      if (keys[slot] === FREE) continue;
      const item = this.#source[slot]!;
      return { value: this.#project === null ? (item as unknown as T) : this.#project(item), done: false };
    }
    return DONE;
  }

  [Symbol.iterator](): IterableIterator<T> {
    return this;
  }
}
