import { invalidOperation } from '../exceptions.js';
import { DOTNET_TYPE } from '../values.js';
import { identityHash, type JsonIterable, lazy } from './iterables.js';
import type { JContainer } from './j-container.js';
import { JEnumerable } from './j-enumerable.js';
import { buildPath, type PathStep } from './json-position.js';
import { JsonTextWriter } from './json-text-writer.js';
import { Formatting, JTokenType } from './token-type.js';

/**
 * `Newtonsoft.Json.Linq.JToken`: a node of a JSON tree. Tokens know their parent and siblings;
 * adding a token that already has a parent to a container adds a deep copy of it (as
 * Newtonsoft does), so a token is in at most one tree.
 *
 * This module imports no subclass (they extend it): behaviour that depends on the kind of a
 * token is virtual, and operations across kinds live in their own modules (conversions,
 * JSONPath, serialization).
 */
export abstract class JToken implements Iterable<JToken> {
  static readonly [DOTNET_TYPE]: string = 'Newtonsoft.Json.Linq.JToken';

  /** Set by the parent container only. */
  parentToken: JContainer | null = null;
  previousToken: JToken | null = null;
  nextToken: JToken | null = null;

  /** `Type`: the kind of token. */
  abstract get Type(): JTokenType;

  /** `HasValues`: whether the token has children. */
  abstract get HasValues(): boolean;

  /** Writes the token as JSON. */
  abstract writeTo(writer: JsonTextWriter): void;

  /** A deep copy with no parent (`CloneToken`). */
  abstract cloneToken(): JToken;

  /** Value equality of two trees (`DeepEquals`). */
  abstract deepEquals(other: JToken): boolean;

  /** A hash consistent with `deepEquals` (`GetDeepHashCode`). */
  abstract deepHashCode(): number;

  /** The full .NET name of this token's class (`Newtonsoft.Json.Linq.JObject`). */
  get typeName(): string {
    return (this.constructor as unknown as { [DOTNET_TYPE]: string })[DOTNET_TYPE];
  }

  get Parent(): JContainer | null {
    return this.parentToken;
  }

  get Root(): JToken {
    let current: JToken = this;
    while (current.parentToken !== null) current = current.parentToken;
    return current;
  }

  get Next(): JToken | null {
    return this.nextToken;
  }

  get Previous(): JToken | null {
    return this.previousToken;
  }

  /** `Path`: where the token is in its tree (`a.b[0]`), empty for a root. */
  get Path(): string {
    if (this.parentToken === null) return '';
    const steps: PathStep[] = [];
    let previous: JToken | null = null;
    for (let current: JToken | null = this; current !== null; current = current.parentToken) {
      switch (current.Type) {
        case JTokenType.Property:
          steps.push({ kind: 'property', name: (current as unknown as { Name: string }).Name });
          break;
        case JTokenType.Array:
        case JTokenType.Constructor:
          if (previous !== null)
            steps.push({ kind: 'index', index: (current as JContainer).indexOfItem(previous) });
          break;
        default:
          break;
      }
      previous = current;
    }
    return buildPath(steps.reverse());
  }

  /** `First`: the first child; only containers have children. */
  get First(): JToken | null {
    throw this.cannotAccessChild();
  }

  get Last(): JToken | null {
    throw this.cannotAccessChild();
  }

  /** `this[object key]` (getter). */
  getItem(_key: unknown): JToken | null {
    throw this.cannotAccessChild();
  }

  /** `this[object key]` (setter). */
  setItem(_value: JToken | null, _key: unknown): void {
    throw invalidOperation(`Cannot set child value on ${this.typeName}.`);
  }

  cannotAccessChild(): Error {
    return invalidOperation(`Cannot access child value on ${this.typeName}.`);
  }

  /** The children in document order (none for values). */
  childTokens(): readonly JToken[] {
    return [];
  }

  /** `Children()`: the child tokens (none for values). */
  Children(): JEnumerable<JToken> {
    return JEnumerable.empty();
  }

  /** `AfterSelf()`: the following siblings. */
  AfterSelf(): JsonIterable<JToken> {
    return lazy('JToken', () => this.siblingsAfter());
  }

  *siblingsAfter(): Generator<JToken> {
    if (this.parentToken === null) return;
    for (let o = this.nextToken; o !== null; o = o.nextToken) yield o;
  }

  /** `BeforeSelf()`: the preceding siblings, in document order. */
  BeforeSelf(): JsonIterable<JToken> {
    return lazy('JToken', () => this.siblingsBefore());
  }

  *siblingsBefore(): Generator<JToken> {
    if (this.parentToken === null) return;
    for (let o = this.parentToken.First; o !== this && o !== null; o = o.nextToken) yield o;
  }

  /** `Ancestors()`: parent, grandparent, ... */
  Ancestors(): JsonIterable<JToken> {
    return lazy('JToken', () => this.ancestors(false));
  }

  AncestorsAndSelf(): JsonIterable<JToken> {
    return lazy('JToken', () => this.ancestors(true));
  }

  *ancestors(self: boolean): Generator<JToken> {
    for (
      let current: JToken | null = self ? this : this.parentToken;
      current !== null;
      current = current.parentToken
    ) {
      yield current;
    }
  }

  /** `Remove()`: detaches the token from its parent. */
  Remove(): void {
    if (this.parentToken === null) throw invalidOperation('The parent is missing.');
    this.parentToken.removeItem(this);
  }

  /** `Replace(JToken value)`. */
  Replace(value: JToken | null): void {
    if (this.parentToken === null) throw invalidOperation('The parent is missing.');
    this.parentToken.replaceItem(this, value);
  }

  /** `AddAfterSelf(object content)`. */
  AddAfterSelf(content: unknown): void {
    if (this.parentToken === null) throw invalidOperation('The parent is missing.');
    const index = this.parentToken.indexOfItem(this);
    this.parentToken.addInternal(index + 1, content, false);
  }

  /** `AddBeforeSelf(object content)`. */
  AddBeforeSelf(content: unknown): void {
    if (this.parentToken === null) throw invalidOperation('The parent is missing.');
    const index = this.parentToken.indexOfItem(this);
    this.parentToken.addInternal(index, content, false);
  }

  /** `DeepClone()`. */
  DeepClone(): JToken {
    return this.cloneToken();
  }

  /** The JSON text of the token (`ToString(Formatting)`). */
  toJson(formatting: Formatting): string {
    const writer = new JsonTextWriter(formatting);
    this.writeTo(writer);
    return writer.toString();
  }

  /** `ToString()`: indented JSON (values print their value instead, see `JValue`). */
  ToString(): string {
    return this.toJson(Formatting.Indented);
  }

  /** Reference equality: `JToken` does not override `Equals` (`JValue` does). */
  Equals(other: unknown): boolean {
    return other === this;
  }

  GetHashCode(): number {
    return identityHash(this);
  }

  /** `IEnumerable<JToken>`: the children. */
  [Symbol.iterator](): Iterator<JToken> {
    return this.childTokens()[Symbol.iterator]();
  }
}
