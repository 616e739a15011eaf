import { dotnetEquals, dotnetHash } from '../core/equality.js';
import type { RuntimeType } from '../runtime-type.js';
import { DOTNET_TYPE, TYPE_ARGUMENTS } from '../values.js';

/** `KeyValuePair<TKey, TValue>`: immutable, so one instance serves every enumeration of a dictionary. */
export class KeyValuePair<K = unknown, V = unknown> {
  static readonly [DOTNET_TYPE] = 'System.Collections.Generic.KeyValuePair`2';
  readonly [TYPE_ARGUMENTS]: readonly RuntimeType[];

  constructor(
    readonly Key: K,
    readonly Value: V,
    typeArguments: readonly RuntimeType[],
  ) {
    this[TYPE_ARGUMENTS] = typeArguments;
  }

  /** `[key, value]`, as .NET prints a pair (keys and values in their `ToString()` form). */
  ToString(): string {
    return `[${String(this.Key)}, ${String(this.Value)}]`;
  }

  Equals(other: unknown): boolean {
    return (
      other instanceof KeyValuePair &&
      dotnetEquals(this.Key, other.Key) &&
      dotnetEquals(this.Value, other.Value)
    );
  }

  GetHashCode(): number {
    return dotnetHash(this.Key) ^ dotnetHash(this.Value);
  }
}
