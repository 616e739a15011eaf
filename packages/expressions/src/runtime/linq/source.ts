import { Dictionary } from '../collections/dictionary.js';
import { modified, type Versioned } from '../collections/enumeration.js';
import { HashSet } from '../collections/hash-set.js';
import { FREE } from '../collections/key-map.js';
import { List } from '../collections/list.js';
import { iterate } from '../collections/sequence.js';
import { environment } from '../environment.js';
import { BudgetExceeded } from '../exceptions.js';
import type { RuntimeType } from '../runtime-type.js';
import { runtimeTypeNamed } from '../type-resolver.js';
import { ELEMENT_TYPE } from '../values.js';

/**
 * Direct access to the storage of the common sources, so that LINQ's terminal operators run a
 * plain indexed loop instead of an iterator: arrays (and `Uint8Array`), `List<T>`,
 * `Dictionary<TKey, TValue>` (its `KeyValuePair`s) and `HashSet<T>`. A loop over a view:
 *
 * ```ts
 * for (let i = 0; i < view.items.length; i++) {
 *   if (view.keys !== null && view.keys[i] === FREE) continue;  // a free slot
 *   ... view.items[i] ...                                        // may run policy code
 *   checkVersion(view);                                           // the collection changed: throw
 * }
 * ```
 *
 * keeps .NET's rule that a collection changed during its enumeration throws at the next step.
 */
export interface FastView {
  /** The items, read live. */
  readonly items: ArrayLike<unknown>;
  /** The slot keys of a dictionary or set (`FREE` marks a slot to skip), else null. */
  readonly keys: readonly unknown[] | null;
  /** The collection whose version guards the loop, or null for arrays. */
  readonly owner: Versioned | null;
  readonly version: number;
}

/** A fast view of a source, or null when it must be enumerated. */
export function fastView(source: unknown): FastView | null {
  if (Array.isArray(source) || source instanceof Uint8Array) {
    return { items: source, keys: null, owner: null, version: 0 };
  }
  if (source instanceof List)
    return { items: source.items, keys: null, owner: source, version: source.version };
  if (source instanceof Dictionary) {
    return { items: source.map.values, keys: source.map.keys, owner: source, version: source.version };
  }
  if (source instanceof HashSet) {
    return { items: source.map.keys, keys: source.map.keys, owner: source, version: source.version };
  }
  return null;
}

/** Throws when the collection behind a view changed since the view was taken. */
export function checkVersion(view: FastView): void {
  if (view.owner !== null && view.owner.version !== view.version) throw modified();
}

export { FREE };

/**
 * A source that is an `IList<T>` with cheap indexed access (arrays, `List<T>`): .NET's
 * `First()`, `Last()`, `ElementAt()` index it instead of enumerating.
 */
export function indexedList(source: unknown): ArrayLike<unknown> | null {
  if (Array.isArray(source) || source instanceof Uint8Array) return source;
  if (source instanceof List) return source.items;
  return null;
}

/**
 * The static element type of a source, when the runtime knows it: arrays by their tag, strings
 * (`char`), and collections and LINQ results with an `elementType`. Null for sources whose
 * items are objects that box as themselves (dictionaries' pairs, JSON tokens, ...).
 */
export function elementTypeOf(source: unknown): RuntimeType | null {
  if (typeof source === 'string') return runtimeTypeNamed('char');
  if (source instanceof Uint8Array) return runtimeTypeNamed('byte');
  if (Array.isArray(source)) {
    return (source as unknown as Record<symbol, RuntimeType | undefined>)[ELEMENT_TYPE] ?? null;
  }
  if (typeof source === 'object' && source !== null) {
    const type = (source as { elementType?: unknown }).elementType;
    if (typeof type === 'object' && type !== null) return type as RuntimeType;
  }
  return null;
}

/**
 * Counts one step of a generated sequence (`Range`, `Repeat`) against the evaluation's budget,
 * so that `Enumerable.Range(0, int.MaxValue)` cannot run unbounded.
 */
export function charge(): void {
  const env = environment();
  env.budget--;
  if (env.budget < 0) throw new BudgetExceeded();
}

/**
 * Calls `visit` on each item of a source (not null) until it returns true; returns whether it
 * stopped early. Arrays, `List<T>`, dictionaries and sets are read by index, without an
 * iterator; a collection changed by `visit` throws at the next step, as its enumerator would.
 */
export function each(source: unknown, visit: (item: unknown) => boolean): boolean {
  const view = fastView(source);
  if (view === null) {
    const items = iterate(source);
    for (let step = items.next(); !step.done; step = items.next()) if (visit(step.value)) return true;
    return false;
  }
  const { items, keys } = view;
  for (let i = 0; i < items.length; i++) {
    if (keys !== null && keys[i] === FREE) continue;
    if (visit(items[i])) return true;
    checkVersion(view);
  }
  return false;
}
