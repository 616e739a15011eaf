import { argument, argumentOutOfRange, invalidOperation } from '../exceptions.js';
import { DOTNET_TYPE } from '../values.js';
import { type JsonIterable, lazy } from './iterables.js';
import { JEnumerable } from './j-enumerable.js';
import { JToken } from './j-token.js';
import { JValue } from './j-value.js';
import { isEnumerableContent, objectItems } from './json-values.js';
import { JTokenType } from './token-type.js';

/** `InvalidOperationException` of a `List<T>` enumerator whose list changed. */
function collectionModified(): Error {
  return invalidOperation('Collection was modified; enumeration operation may not execute.');
}

const LIST_INDEX_MESSAGE =
  'Index was out of range. Must be non-negative and less than the size of the collection.';

/** `CreateFromContent`: a token stays itself; anything else becomes a `JValue`. */
export function createFromContent(content: unknown): JToken {
  return content instanceof JToken ? content : JValue.fromObject(content);
}

/** `IsMultiContent`: an enumerable that is not a string, a token or a byte array. */
export function isMultiContent(content: unknown): content is Iterable<unknown> {
  return !(content instanceof JToken) && isEnumerableContent(content);
}

/**
 * `Newtonsoft.Json.Linq.JContainer`: a token with children (object, array, property,
 * constructor). Children are linked to their parent and siblings; enumerating a container
 * while changing it throws, as enumerating Newtonsoft's child list does.
 */
export abstract class JContainer extends JToken {
  static override readonly [DOTNET_TYPE]: string = 'Newtonsoft.Json.Linq.JContainer';

  /** The children, in order. Subclasses own the array; only this class's methods change it. */
  protected abstract get children(): JToken[];
  #version = 0;

  protected changed(): void {
    this.#version++;
  }

  override childTokens(): readonly JToken[] {
    return this.children;
  }

  get HasValues(): boolean {
    return this.children.length > 0;
  }

  override get First(): JToken | null {
    return this.children[0] ?? null;
  }

  override get Last(): JToken | null {
    return this.children.at(-1) ?? null;
  }

  get Count(): number {
    return this.children.length;
  }

  /** Enumerates the children, throwing at the next step once the container has changed. */
  override *[Symbol.iterator](): Iterator<JToken> {
    const children = this.children;
    const start = this.#version;
    for (let i = 0; i < children.length; i++) {
      if (this.#version !== start) throw collectionModified();
      yield children[i]!;
    }
    if (this.#version !== start) throw collectionModified();
  }

  /** `Children()`: a view of the children that follows later changes. */
  override Children(): JEnumerable<JToken> {
    return new JEnumerable<JToken>(this);
  }

  /** `Descendants()`: every token below this one, in document order. */
  Descendants(): JsonIterable<JToken> {
    return lazy('JToken', () => this.descendants(false));
  }

  DescendantsAndSelf(): JsonIterable<JToken> {
    return lazy('JToken', () => this.descendants(true));
  }

  *descendants(self: boolean): Generator<JToken> {
    if (self) yield this;
    for (const child of this) {
      yield child;
      if (child instanceof JContainer) yield* child.descendants(false);
    }
  }

  contentsEqual(other: JContainer): boolean {
    if (other === this) return true;
    const a = this.children;
    const b = other.children;
    if (a.length !== b.length) return false;
    return a.every((child, i) => child.deepEquals(b[i]!));
  }

  contentsHashCode(): number {
    let hash = 0;
    for (const child of this.children) hash ^= child.deepHashCode();
    return hash;
  }

  /** The position of `item` (by reference), or -1. */
  abstract indexOfItem(item: JToken | null): number;

  /** `EnsureParentToken`: null becomes a null value; a token that already has a parent is copied. */
  ensureParentToken(item: JToken | null, skipParentCheck: boolean): JToken {
    if (item === null) return JValue.CreateNull();
    if (skipParentCheck) return item;
    if (item.parentToken !== null || item === this || (item.HasValues && this.Root === item))
      return item.cloneToken();
    return item;
  }

  /** Checks that `item` may be a child (properties only in objects). */
  validateToken(item: JToken, _existing: JToken | null): void {
    if (item.Type === JTokenType.Property) {
      throw argument(`Can not add ${item.typeName} to ${this.typeName}.`);
    }
  }

  /** Inserts a child; false when the container ignores it (comments in objects). */
  insertItem(index: number, token: JToken | null, skipParentCheck: boolean): boolean {
    const children = this.children;
    if (index > children.length)
      throw argumentOutOfRange('index', 'Index must be within the bounds of the List.');
    const item = this.ensureParentToken(token, skipParentCheck);
    const previous = index === 0 ? null : children[index - 1]!;
    const next = index === children.length ? null : children[index]!;
    this.validateToken(item, null);
    item.parentToken = this;
    item.previousToken = previous;
    if (previous !== null) previous.nextToken = item;
    item.nextToken = next;
    if (next !== null) next.previousToken = item;
    children.splice(index, 0, item);
    this.changed();
    return true;
  }

  removeItemAt(index: number): void {
    const children = this.children;
    if (index < 0) throw argumentOutOfRange('index', 'Index is less than 0.');
    if (index >= children.length)
      throw argumentOutOfRange('index', 'Index is equal to or greater than Count.');
    const item = children[index]!;
    const previous = index === 0 ? null : children[index - 1]!;
    const next = index === children.length - 1 ? null : children[index + 1]!;
    if (previous !== null) previous.nextToken = next;
    if (next !== null) next.previousToken = previous;
    item.parentToken = null;
    item.previousToken = null;
    item.nextToken = null;
    children.splice(index, 1);
    this.changed();
  }

  removeItem(item: JToken | null): boolean {
    if (item === null) return false;
    const index = this.indexOfItem(item);
    if (index < 0) return false;
    this.removeItemAt(index);
    return true;
  }

  itemAt(index: number): JToken {
    const item = this.children[index];
    if (!Number.isInteger(index) || item === undefined) throw argumentOutOfRange('index', LIST_INDEX_MESSAGE);
    return item;
  }

  setItemAt(index: number, token: JToken | null): void {
    const children = this.children;
    if (index < 0) throw argumentOutOfRange('index', 'Index is less than 0.');
    if (index >= children.length)
      throw argumentOutOfRange('index', 'Index is equal to or greater than Count.');
    const existing = children[index]!;
    if (isTokenUnchanged(existing, token)) return;
    const item = this.ensureParentToken(token, false);
    this.validateToken(item, existing);
    const previous = index === 0 ? null : children[index - 1]!;
    const next = index === children.length - 1 ? null : children[index + 1]!;
    item.parentToken = this;
    item.previousToken = previous;
    if (previous !== null) previous.nextToken = item;
    item.nextToken = next;
    if (next !== null) next.previousToken = item;
    children[index] = item;
    existing.parentToken = null;
    existing.previousToken = null;
    existing.nextToken = null;
    this.changed();
  }

  clearItems(): void {
    for (const item of this.children) {
      item.parentToken = null;
      item.previousToken = null;
      item.nextToken = null;
    }
    this.children.length = 0;
    this.changed();
  }

  replaceItem(existing: JToken, replacement: JToken | null): void {
    if (existing.parentToken !== this) return;
    this.setItemAt(this.indexOfItem(existing), replacement);
  }

  containsItem(item: JToken | null): boolean {
    return this.indexOfItem(item) !== -1;
  }

  /** `AddInternal`: enumerable content adds each item; anything else one token. */
  addInternal(index: number, content: unknown, skipParentCheck: boolean): void {
    if (isMultiContent(content)) {
      let at = index;
      for (const item of objectItems(content)) {
        this.addInternal(at, item, skipParentCheck);
        at++;
      }
    } else {
      this.insertItem(index, createFromContent(content), skipParentCheck);
    }
  }

  /** `Add(object content)`. */
  Add(content: unknown): void {
    this.addInternal(this.children.length, content, false);
  }

  /** `AddFirst(object content)`. */
  AddFirst(content: unknown): void {
    this.addInternal(0, content, false);
  }

  RemoveAll(): void {
    this.clearItems();
  }

  ReplaceAll(content: unknown): void {
    this.clearItems();
    this.Add(content);
  }

  /** `Merge(object content)` with the default settings (arrays concatenate, nulls are ignored). */
  Merge(content: unknown): void {
    this.mergeItem(content);
  }

  abstract mergeItem(content: unknown): void;
}

/** `IsTokenUnchanged`: setting a value token to an equal value changes nothing. */
export function isTokenUnchanged(current: JToken, next: JToken | null): boolean {
  if (current instanceof JValue) {
    if (next === null) return current.Type === JTokenType.Null;
    return current.Equals(next);
  }
  return false;
}

export { LIST_INDEX_MESSAGE };
