import { Dictionary } from '../collections/dictionary.js';
import type { EqualityComparer } from '../core/equality.js';
import { notSupported } from '../exceptions.js';
import type { RuntimeType } from '../runtime-type.js';

/**
 * A dictionary filled once and never changed (`context.Deployment.Certificates`). Changing it
 * throws `NotSupportedException`, as a read-only .NET collection does, even when an expression
 * casts it to `Dictionary<TKey, TValue>`.
 */
export class FrozenDictionary<K, V> extends Dictionary<K, V> {
  readonly #frozen: boolean;

  constructor(
    typeArguments: readonly RuntimeType[],
    entries: Iterable<readonly [K, V]>,
    comparer: EqualityComparer | null = null,
  ) {
    super(typeArguments, comparer);
    for (const [key, value] of entries) super.setItem(value, key);
    this.#frozen = true;
  }

  override setItem(value: V, key: K): void {
    if (this.#frozen) throw readOnly();
    super.setItem(value, key);
  }

  override Add(): void {
    throw readOnly();
  }

  override Remove(): boolean {
    throw readOnly();
  }

  override Clear(): void {
    throw readOnly();
  }
}

function readOnly() {
  return notSupported('Collection is read-only.');
}
