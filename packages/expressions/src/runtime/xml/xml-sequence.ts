import type { RuntimeType } from '../runtime-type.js';
import { runtimeTypeNamed } from '../type-resolver.js';
import { DOTNET_TYPE, TYPE_ARGUMENTS } from '../values.js';

let nextHash = 1;

/**
 * A lazily evaluated `IEnumerable<T>`, as LINQ to XML's axes (`Elements()`, `Descendants()`,
 * `Attributes()`) return: each enumeration walks the tree as it is at that moment, and the
 * sequence can be enumerated any number of times. .NET's run-time type is a compiler-generated
 * iterator class; this one reports `IEnumerable<T>`.
 */
export class XmlSequence<T> implements Iterable<T> {
  static readonly [DOTNET_TYPE] = 'System.Collections.Generic.IEnumerable`1';
  readonly #produce: () => Iterator<T>;
  readonly #elementType: string;
  readonly #hash = nextHash++;
  #typeArguments: readonly RuntimeType[] | undefined;

  constructor(elementType: string, produce: () => Iterator<T>) {
    this.#elementType = elementType;
    this.#produce = produce;
  }

  get [TYPE_ARGUMENTS](): readonly RuntimeType[] {
    this.#typeArguments ??= [runtimeTypeNamed(this.#elementType)];
    return this.#typeArguments;
  }

  [Symbol.iterator](): Iterator<T> {
    return this.#produce();
  }

  ToString(): string {
    return 'System.Collections.Generic.IEnumerable`1';
  }

  Equals(other: unknown): boolean {
    return this === other;
  }

  GetHashCode(): number {
    return this.#hash;
  }
}

/** A sequence of the items a generator function yields, run afresh for each enumeration. */
export function sequence<T>(elementType: string, generate: () => Generator<T>): XmlSequence<T> {
  return new XmlSequence(elementType, generate);
}
