import { Dictionary } from '../collections/dictionary.js';
import { argumentNull } from '../exceptions.js';
import { runtimeTypeNamed } from '../type-resolver.js';

/**
 * `context.Variables`: `IReadOnlyDictionary<string, object>` with ordinal (case-sensitive) names,
 * holding values in their object form. Its indexer returns null for a missing name instead of
 * throwing `KeyNotFoundException`: API Management's documentation is silent, and Microsoft's
 * policy toolkit implements this deliberately as the gateway's behaviour.
 *
 * Expressions see it read-only; the policy engine writes it with `set` (set-variable and the
 * `*-variable-name` outputs of other policies).
 */
export class VariablesDictionary extends Dictionary<string, unknown> {
  constructor(entries: Iterable<readonly [string, unknown]> = []) {
    super([runtimeTypeNamed('string'), runtimeTypeNamed('object')]);
    for (const [name, value] of entries) this.set(name, value);
  }

  override getItem(key: string): unknown {
    if (key === null) throw argumentNull('key');
    return this.find(key) ?? null;
  }

  /** Sets a variable (object form: a double must be `Boxed`, see runtime/values.ts). */
  set(name: string, value: unknown): void {
    this.setItem(value, name);
  }

  /** Removes a variable; whether it was there. */
  delete(name: string): boolean {
    return this.Remove(name);
  }
}
