import { KeyValuePair } from '../collections/key-value-pair.js';
import { argument, argumentNull } from '../exceptions.js';
import { equalsWith, StringComparison } from '../text/string-comparison.js';
import { runtimeTypeNamed } from '../type-resolver.js';
import { DOTNET_TYPE, type Reference } from '../values.js';
import { type JsonIterable, lazy } from './iterables.js';
import { keyText } from './j-array.js';
import { JContainer } from './j-container.js';
import { JEnumerable } from './j-enumerable.js';
import { JProperty } from './j-property.js';
import type { JToken } from './j-token.js';
import { JValue } from './j-value.js';
import type { JsonTextWriter } from './json-text-writer.js';
import { JTokenType } from './token-type.js';

/**
 * `Newtonsoft.Json.Linq.JObject`: a JSON object, an ordered collection of `JProperty` with
 * unique names (compared ordinally). Also an `IDictionary<string, JToken>`: `foreach` over a
 * `JObject` yields `KeyValuePair<string, JToken>` (its public `GetEnumerator`), while as an
 * `IEnumerable<JToken>` it yields its properties.
 */
export class JObject extends JContainer {
  static override readonly [DOTNET_TYPE]: string = 'Newtonsoft.Json.Linq.JObject';
  readonly #properties: JToken[] = [];
  readonly #byName = new Map<string, JProperty>();

  protected get children(): JToken[] {
    return this.#properties;
  }

  /** `new JObject(object content)` and `new JObject(params object[] content)`. */
  static withContent(content: unknown): JObject {
    const o = new JObject();
    o.Add(content);
    return o;
  }

  /** `new JObject(JObject other)`: a deep copy of the properties. */
  static copyOf(other: JObject): JObject {
    const o = new JObject();
    let index = 0;
    for (const child of other) o.insertItem(index++, child, false);
    return o;
  }

  get Type(): JTokenType {
    return JTokenType.Object;
  }

  cloneToken(): JToken {
    return JObject.copyOf(this);
  }

  /** Objects are equal when they have the same names with deeply equal values, in any order. */
  deepEquals(other: JToken): boolean {
    if (!(other instanceof JObject)) return false;
    if (other === this) return true;
    if (this.#byName.size !== other.#byName.size) return false;
    for (const [name, p1] of this.#byName) {
      const p2 = other.#byName.get(name);
      if (p2 === undefined || !p1.Value.deepEquals(p2.Value)) return false;
    }
    return true;
  }

  deepHashCode(): number {
    return this.contentsHashCode();
  }

  indexOfItem(item: JToken | null): number {
    return item === null ? -1 : this.#properties.indexOf(item);
  }

  override validateToken(item: JToken, existing: JToken | null): void {
    if (item.Type !== JTokenType.Property)
      throw argument(`Can not add ${item.typeName} to ${this.typeName}.`);
    const name = (item as JProperty).Name;
    if (existing !== null && (existing as JProperty).Name === name) return;
    if (this.#byName.has(name)) {
      throw argument(
        `Can not add property ${name} to ${this.typeName}. Property with the same name already exists on object.`,
      );
    }
  }

  override insertItem(index: number, item: JToken | null, skipParentCheck: boolean): boolean {
    if (item !== null && item.Type === JTokenType.Comment) return false;
    super.insertItem(index, item, skipParentCheck);
    const inserted = this.#properties[index] as JProperty;
    this.#byName.set(inserted.Name, inserted);
    return true;
  }

  override removeItemAt(index: number): void {
    const removed = this.#properties[index] as JProperty | undefined;
    super.removeItemAt(index);
    if (removed !== undefined) this.#byName.delete(removed.Name);
  }

  override setItemAt(index: number, item: JToken | null): void {
    const existing = this.#properties[index] as JProperty | undefined;
    super.setItemAt(index, item);
    const current = this.#properties[index] as JProperty;
    if (existing !== undefined && existing !== current) {
      this.#byName.delete(existing.Name);
      this.#byName.set(current.Name, current);
    }
  }

  override clearItems(): void {
    super.clearItems();
    this.#byName.clear();
  }

  /** `Property(name[, comparison])`: an exact match first, then one under `comparison`. */
  Property(name: string | null, comparison: number = StringComparison.Ordinal): JProperty | null {
    if (name === null) return null;
    const exact = this.#byName.get(name);
    if (exact !== undefined) return exact;
    if (comparison !== StringComparison.Ordinal) {
      for (const p of this.#properties as JProperty[]) if (equalsWith(p.Name, name, comparison)) return p;
    }
    return null;
  }

  /** `Properties()`: the properties, in order. */
  Properties(): JsonIterable<JProperty> {
    return lazy('JProperty', () => this as Iterable<JToken> as Iterable<JProperty>);
  }

  /** `PropertyValues()`: the value of each property. */
  PropertyValues(): JEnumerable<JToken> {
    const properties = this.Properties();
    return new JEnumerable<JToken>(
      lazy('JToken', function* () {
        for (const p of properties) yield p.Value;
      }),
    );
  }

  /** `this[string propertyName]` (getter): the value, or null when there is no such property. */
  propertyValue(name: string | null): JToken | null {
    if (name === null) throw argumentNull('propertyName');
    return this.#byName.get(name)?.Value ?? null;
  }

  /** `this[string propertyName]` (setter): replaces the value, or adds the property. */
  setPropertyValue(value: JToken | null, name: string | null): void {
    const property = name === null ? undefined : this.#byName.get(name);
    if (property !== undefined) property.Value = value;
    else this.addProperty(name, value);
  }

  override getItem(key: unknown): JToken | null {
    if (key === null || key === undefined) throw argumentNull('key');
    if (typeof key !== 'string') {
      throw argument(
        `Accessed JObject values with invalid key value: ${keyText(key)}. Object property name expected.`,
      );
    }
    return this.propertyValue(key);
  }

  override setItem(value: JToken | null, key: unknown): void {
    if (key === null || key === undefined) throw argumentNull('key');
    if (typeof key !== 'string') {
      throw argument(
        `Set JObject values with invalid key value: ${keyText(key)}. Object property name expected.`,
      );
    }
    this.setPropertyValue(value, key);
  }

  /** `GetValue(propertyName[, comparison])`. */
  GetValue(name: string | null, comparison: number = StringComparison.Ordinal): JToken | null {
    if (name === null) return null;
    return this.Property(name, comparison)?.Value ?? null;
  }

  /** `TryGetValue(propertyName, out value)`. */
  TryGetValue(name: string | null, value: Reference<JToken | null>): boolean {
    if (name === null) throw argumentNull('propertyName');
    const property = this.#byName.get(name);
    value.value = property?.Value ?? null;
    return property !== undefined;
  }

  /** `Add(string propertyName, JToken value)`. */
  addProperty(name: string | null, value: JToken | null): void {
    this.Add(JProperty.withContent(name, value));
  }

  ContainsKey(name: string | null): boolean {
    if (name === null) throw argumentNull('propertyName');
    return this.#byName.has(name);
  }

  /** `Remove(string propertyName)`. */
  removeProperty(name: string | null): boolean {
    const property = name === null ? null : (this.#byName.get(name) ?? null);
    if (property === null) return false;
    property.Remove();
    return true;
  }

  /** `GetEnumerator()`: the properties as `KeyValuePair<string, JToken>`. */
  *GetEnumerator(): Generator<KeyValuePair<string, JToken>> {
    const types = [runtimeTypeNamed('string'), runtimeTypeNamed('JToken')];
    for (const p of this as Iterable<JToken>) {
      const property = p as JProperty;
      yield new KeyValuePair<string, JToken>(property.Name, property.Value, types);
    }
  }

  mergeItem(content: unknown): void {
    if (!(content instanceof JObject)) return;
    for (const item of content.GetEnumerator()) {
      const existing = this.Property(item.Key);
      if (existing === null) this.addProperty(item.Key, item.Value);
      else if (item.Value !== null) {
        const current = existing.Value;
        if (!(current instanceof JContainer) || current.Type !== item.Value.Type) {
          if (!isNullToken(item.Value)) existing.Value = item.Value;
        } else current.Merge(item.Value);
      }
    }
  }

  writeTo(writer: JsonTextWriter): void {
    writer.writeStartObject();
    for (const property of this.#properties) property.writeTo(writer);
    writer.writeEndObject();
  }
}

/** `IsNull`: a null token, or a value token holding null. */
function isNullToken(token: JToken): boolean {
  return token.Type === JTokenType.Null || (token instanceof JValue && token.Value === null);
}
