import type { RuntimeType } from '../runtime-type.js';
import { runtimeTypeNamed } from '../type-resolver.js';
import { DOTNET_TYPE, TYPE_ARGUMENTS } from '../values.js';
import { type JsonIterable, lazy } from './iterables.js';
import type { JToken } from './j-token.js';

/**
 * `Newtonsoft.Json.Linq.JEnumerable<T>`: the struct `Children()` returns, a sequence of tokens
 * that can be indexed by key (`o.Children()["name"]` is the `name` value of every child).
 */
export class JEnumerable<T extends JToken = JToken> implements Iterable<T> {
  static readonly [DOTNET_TYPE] = 'Newtonsoft.Json.Linq.JEnumerable`1';
  readonly [TYPE_ARGUMENTS]: readonly RuntimeType[];

  constructor(
    readonly source: Iterable<T>,
    elementType: RuntimeType | string = 'JToken',
  ) {
    this[TYPE_ARGUMENTS] = [typeof elementType === 'string' ? runtimeTypeNamed(elementType) : elementType];
  }

  /** `JEnumerable<JToken>.Empty`. */
  static empty(): JEnumerable<JToken> {
    return new JEnumerable<JToken>([]);
  }

  [Symbol.iterator](): Iterator<T> {
    return this.source[Symbol.iterator]();
  }

  /** `this[object key]`: the value under `key` of each token that has one. */
  getItem(key: unknown): JEnumerable<JToken> {
    return new JEnumerable(valuesByKey(this.source, key));
  }

  ToString(): string {
    return `Newtonsoft.Json.Linq.JEnumerable\`1[${this[TYPE_ARGUMENTS][0]!.name}]`;
  }

  /** Struct equality: the same underlying sequence. */
  Equals(other: unknown): boolean {
    return other instanceof JEnumerable && other.source === this.source;
  }

  GetHashCode(): number {
    return 0;
  }
}

/** `Extensions.Values<T, JToken>(source, key)` with a key: `token[key]` of each token, nulls skipped. */
export function valuesByKey(source: Iterable<JToken>, key: unknown): JsonIterable<JToken> {
  return lazy('JToken', function* () {
    for (const token of source) {
      const value = token.getItem(key);
      if (value !== null) yield value;
    }
  });
}
