import { dotnetHash } from '../core/equality.js';
import { argumentNull, DotnetException } from '../exceptions.js';
import { DOTNET_TYPE } from '../values.js';
import { JArray } from './j-array.js';
import { createFromContent, isMultiContent, isTokenUnchanged, JContainer } from './j-container.js';
import type { JToken } from './j-token.js';
import { JValue } from './j-value.js';
import { jsonException } from './json-exceptions.js';
import type { JsonTextWriter } from './json-text-writer.js';
import { JTokenType } from './token-type.js';

/** `new ArgumentOutOfRangeException()`. */
function outOfRange(): DotnetException {
  return new DotnetException(
    'System.ArgumentOutOfRangeException',
    'Specified argument was out of the range of valid values.',
  );
}

/** `Newtonsoft.Json.Linq.JProperty`: a name and the value it holds, the child of an object. */
export class JProperty extends JContainer {
  static override readonly [DOTNET_TYPE]: string = 'Newtonsoft.Json.Linq.JProperty';
  readonly #content: JToken[] = [];
  readonly #name: string;

  /** A property without a value yet (the parser fills it in). */
  constructor(name: string | null) {
    super();
    if (name === null) throw argumentNull('name');
    this.#name = name;
  }

  /** `new JProperty(string name, object content)`: enumerable content becomes an array. */
  static withContent(name: string | null, content: unknown): JProperty {
    const property = new JProperty(name);
    property.Value = isMultiContent(content) ? JArray.withContent(content) : createFromContent(content);
    return property;
  }

  /** `new JProperty(JProperty other)`. */
  static copyOf(other: JProperty): JProperty {
    const property = new JProperty(other.Name);
    const value = other.#content[0];
    if (value !== undefined) property.insertItem(0, value, false);
    return property;
  }

  protected get children(): JToken[] {
    return this.#content;
  }

  get Name(): string {
    return this.#name;
  }

  get Value(): JToken {
    return this.#content[0] as JToken;
  }

  set Value(value: JToken | null) {
    const next = value ?? JValue.CreateNull();
    if (this.#content.length === 0) this.insertItem(0, next, false);
    else this.setItemAt(0, next);
  }

  get Type(): JTokenType {
    return JTokenType.Property;
  }

  cloneToken(): JToken {
    return JProperty.copyOf(this);
  }

  deepEquals(other: JToken): boolean {
    return other instanceof JProperty && other.#name === this.#name && this.contentsEqual(other);
  }

  deepHashCode(): number {
    return dotnetHash(this.#name) ^ (this.#content[0]?.deepHashCode() ?? 0);
  }

  indexOfItem(item: JToken | null): number {
    return item !== null && this.#content[0] === item ? 0 : -1;
  }

  override itemAt(index: number): JToken {
    if (index !== 0) throw outOfRange();
    return this.Value;
  }

  override setItemAt(index: number, item: JToken | null): void {
    if (index !== 0) throw outOfRange();
    if (isTokenUnchanged(this.Value, item)) return;
    super.setItemAt(0, item);
  }

  override insertItem(_index: number, item: JToken | null, _skipParentCheck: boolean): boolean {
    if (item !== null && item.Type === JTokenType.Comment) return false;
    if (this.#content.length > 0)
      throw jsonException(`${JProperty[DOTNET_TYPE]} cannot have multiple values.`);
    return super.insertItem(0, item, false);
  }

  override removeItem(_item: JToken | null): boolean {
    throw jsonException(`Cannot add or remove items from ${JProperty[DOTNET_TYPE]}.`);
  }

  override removeItemAt(_index: number): void {
    throw jsonException(`Cannot add or remove items from ${JProperty[DOTNET_TYPE]}.`);
  }

  override clearItems(): void {
    throw jsonException(`Cannot add or remove items from ${JProperty[DOTNET_TYPE]}.`);
  }

  override containsItem(item: JToken | null): boolean {
    return this.Value === item;
  }

  mergeItem(content: unknown): void {
    const value = content instanceof JProperty ? content.Value : null;
    if (value !== null && value !== undefined && value.Type !== JTokenType.Null) this.Value = value;
  }

  writeTo(writer: JsonTextWriter): void {
    writer.writePropertyName(this.#name);
    const value = this.#content[0];
    if (value === undefined) writer.writeNull();
    else value.writeTo(writer);
  }
}
