import type { RuntimeType } from '../runtime-type.js';
import { runtimeTypeNamed } from '../type-resolver.js';
import { DOTNET_TYPE, TYPE_ARGUMENTS } from '../values.js';

/**
 * A lazily computed `IEnumerable<T>` (what Newtonsoft's iterator methods return: `Ancestors()`,
 * `Descendants()`, `SelectTokens()`, `Values<T>()`). Unlike a JavaScript generator it can be
 * enumerated again, each time from the start, as a .NET iterator method's result can.
 */
export class JsonIterable<T> implements Iterable<T> {
  static readonly [DOTNET_TYPE] = 'System.Collections.Generic.IEnumerable`1';
  readonly [TYPE_ARGUMENTS]: readonly RuntimeType[];

  constructor(
    elementType: RuntimeType | string,
    readonly produce: () => Iterator<T>,
  ) {
    this[TYPE_ARGUMENTS] = [typeof elementType === 'string' ? runtimeTypeNamed(elementType) : elementType];
  }

  [Symbol.iterator](): Iterator<T> {
    return this.produce();
  }

  ToString(): string {
    return `System.Collections.Generic.IEnumerable\`1[${this[TYPE_ARGUMENTS][0]!.name}]`;
  }

  Equals(other: unknown): boolean {
    return other === this;
  }

  GetHashCode(): number {
    return identityHash(this);
  }
}

/** An iterable over `items` computed on each enumeration by `produce`. */
export function lazy<T>(elementType: RuntimeType | string, produce: () => Iterable<T>): JsonIterable<T> {
  return new JsonIterable(elementType, () => produce()[Symbol.iterator]());
}

const identities = new WeakMap<object, number>();
let nextIdentity = 0x2f1a;

/** `RuntimeHelpers.GetHashCode`: a stable per-object number for reference types without value equality. */
export function identityHash(value: object): number {
  let hash = identities.get(value);
  if (hash === undefined) {
    nextIdentity = (Math.imul(nextIdentity, 1103515245) + 12345) | 0;
    hash = nextIdentity & 0x7fffffff;
    identities.set(value, hash);
  }
  return hash;
}
