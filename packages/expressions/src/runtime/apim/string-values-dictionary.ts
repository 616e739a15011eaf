import { Dictionary } from '../collections/dictionary.js';
import { argumentNull, keyNotFound } from '../exceptions.js';
import type { RuntimeType } from '../runtime-type.js';
import { runtimeTypeNamed } from '../type-resolver.js';
import { type Reference, tagArray } from '../values.js';
import { foldCase, ordinalIgnoreCase } from './ignore-case.js';

/** How many distinct spellings a dictionary remembers between changes. */
const ALIAS_LIMIT = 256;

/** A `string[]` as .NET arrays are represented (tagged with its element type). */
export function stringArray(values: Iterable<string>): string[] {
  return tagArray([...values], runtimeTypeNamed('string'));
}

/**
 * The run-time form of `IReadOnlyDictionary<string, string[]>` for headers and query parameters:
 * a `Dictionary` with an `OrdinalIgnoreCase` comparer, so every collection member and LINQ works
 * on it, plus a lookup fast path. Policies look names up with literal spellings
 * (`Headers.GetValueOrDefault("x-api-version", "")`), so each spelling seen is remembered with
 * its answer (values or absent) until the dictionary changes; a repeated lookup is one `Map` read.
 *
 * Expressions see it read-only; the policy engine changes it with `set`, `append` and `delete`.
 */
export class StringValuesDictionary extends Dictionary<string, string[]> {
  /** Values by case-folded name. */
  readonly #byFolded = new Map<string, string[]>();
  /** Spellings looked up since the last change: values, or null for absent. */
  readonly #aliases = new Map<string, string[] | null>();
  #changes = 0;

  constructor(entries: Iterable<readonly [string, Iterable<string>]> = []) {
    super(stringValuesTypeArguments(), ordinalIgnoreCase);
    for (const [name, values] of entries) this.append(name, values);
  }

  /** Counts the changes made, so that derived text (a query string) knows when to rebuild. */
  get changes(): number {
    return this.#changes;
  }

  #changed(): void {
    this.#aliases.clear();
    this.#changes++;
  }

  /** The values of a name in any case, or undefined. */
  lookup(name: string): string[] | undefined {
    const known = this.#aliases.get(name);
    if (known !== undefined) return known ?? undefined;
    const values = this.#byFolded.get(foldCase(name));
    if (this.#aliases.size < ALIAS_LIMIT) this.#aliases.set(name, values ?? null);
    return values;
  }

  /** The name as stored (the first spelling given), or undefined. */
  storedName(name: string): string | undefined {
    for (const key of this.Keys) if (ordinalIgnoreCase.equals(key, name)) return key;
    return undefined;
  }

  // Read members of IReadOnlyDictionary, through the fast path.

  override getItem(key: string): string[] {
    if (key === null) throw argumentNull('key');
    const values = this.lookup(key);
    if (values === undefined) throw keyNotFound(key);
    return values;
  }

  override ContainsKey(key: string): boolean {
    if (key === null) throw argumentNull('key');
    return this.lookup(key) !== undefined;
  }

  override TryGetValue(key: string, value: Reference<string[]>): boolean {
    if (key === null) throw argumentNull('key');
    const values = this.lookup(key);
    value.value = values ?? (null as unknown as string[]);
    return values !== undefined;
  }

  override find(key: string): string[] | undefined {
    return key === null ? undefined : this.lookup(key);
  }

  // Changes, for the policy engine (set-header, set-query-parameter). Each keeps the fast path in step.

  /** Replaces the values of a name (adds it when absent); an existing name keeps its spelling. */
  set(name: string, values: Iterable<string>): void {
    const stored = this.storedName(name) ?? name;
    const array = stringArray(values);
    super.setItem(array, stored);
    this.#byFolded.set(foldCase(name), array);
    this.#changed();
  }

  /** Adds values after the existing ones (adds the name when absent). */
  append(name: string, values: Iterable<string>): void {
    const existing = this.#byFolded.get(foldCase(name));
    this.set(name, existing === undefined ? values : [...existing, ...values]);
  }

  /** Removes a name; whether it was there. */
  delete(name: string): boolean {
    const stored = this.storedName(name);
    if (stored === undefined) return false;
    super.Remove(stored);
    this.#byFolded.delete(foldCase(name));
    this.#changed();
    return true;
  }

  /** The entries as plain data: `[name, values]` in order. */
  entries(): [string, string[]][] {
    return Array.from(this, (pair) => [pair.Key, [...pair.Value]]);
  }

  // The mutators of Dictionary, kept consistent in case a value is cast to Dictionary and changed.

  override setItem(value: string[], key: string): void {
    if (key === null) throw argumentNull('key');
    this.set(key, value);
  }

  override Add(key: string, value: string[]): void {
    super.Add(key, value);
    this.#byFolded.set(foldCase(key), value);
    this.#changed();
  }

  override Remove(key: string): boolean {
    if (key === null) throw argumentNull('key');
    return this.delete(key);
  }

  override Clear(): void {
    super.Clear();
    this.#byFolded.clear();
    this.#changed();
  }
}

/** `[string, string[]]`, the type arguments of the dictionary. */
function stringValuesTypeArguments(): readonly RuntimeType[] {
  return [runtimeTypeNamed('string'), runtimeTypeNamed('string[]')];
}
