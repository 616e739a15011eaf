import { dotnetHash } from '../core/equality.js';
import type { RuntimeType } from '../runtime-type.js';
import { toDotnetString } from '../text/to-string.js';
import { DOTNET_TYPE, TYPE_ARGUMENTS } from '../values.js';
import { sameTypes, typedEquals } from './typed-values.js';

/**
 * `KeyValuePair<TKey, TValue>`: a struct, so immutable here, and one instance serves every
 * enumeration of a dictionary entry. Key and value are held in their typed forms;
 * `TYPE_ARGUMENTS` gives their types, to print and compare them as .NET does.
 */
export class KeyValuePair<K = unknown, V = unknown> {
  static readonly [DOTNET_TYPE] = 'System.Collections.Generic.KeyValuePair`2';
  readonly [TYPE_ARGUMENTS]: readonly RuntimeType[];
  readonly Key: K;
  readonly Value: V;

  constructor(key: K, value: V, typeArguments: readonly RuntimeType[]) {
    this.Key = key;
    this.Value = value;
    this[TYPE_ARGUMENTS] = typeArguments;
  }

  /** `[key, value]`, each printed by its `ToString()` (null prints nothing). */
  ToString(): string {
    const [keyType, valueType] = this[TYPE_ARGUMENTS];
    const key = keyType === undefined ? this.Key : keyType.box(this.Key);
    const value = valueType === undefined ? this.Value : valueType.box(this.Value);
    return `[${toDotnetString(key)}, ${toDotnetString(value)}]`;
  }

  /** `ValueType.Equals`: the same pair type with equal keys and values. */
  Equals(other: unknown): boolean {
    return (
      other instanceof KeyValuePair &&
      sameTypes(other[TYPE_ARGUMENTS], this[TYPE_ARGUMENTS]) &&
      typedEquals(this.Key, other.Key) &&
      typedEquals(this.Value, other.Value)
    );
  }

  GetHashCode(): number {
    return dotnetHash(this.Key);
  }
}
