import { argument, argumentNull } from '../exceptions.js';
import { DOTNET_TYPE } from '../values.js';
import { isMultiContent, JContainer } from './j-container.js';
import type { JToken } from './j-token.js';
import type { JsonTextWriter } from './json-text-writer.js';
import { mergeEnumerableContent } from './merge.js';
import { JTokenType } from './token-type.js';

/** `MiscellaneousUtils.ToString`: how Newtonsoft's messages print a key (strings in quotes). */
export function keyText(key: unknown): string {
  if (key === null || key === undefined) return '{null}';
  if (typeof key === 'string') return `"${key}"`;
  return String((key as { ToString?: () => string }).ToString?.() ?? key);
}

/** `Newtonsoft.Json.Linq.JArray`: a JSON array. Items are found by reference (`IndexOf`, `Contains`). */
export class JArray extends JContainer {
  static override readonly [DOTNET_TYPE]: string = 'Newtonsoft.Json.Linq.JArray';
  readonly #values: JToken[] = [];

  protected get children(): JToken[] {
    return this.#values;
  }

  /** `new JArray(object content)` (and `params object[] content`, whose array is the content). */
  static withContent(content: unknown): JArray {
    const array = new JArray();
    array.Add(content);
    return array;
  }

  /** `new JArray(JArray other)`: a copy of the items. */
  static copyOf(other: JArray): JArray {
    const array = new JArray();
    let index = 0;
    for (const child of other) array.insertItem(index++, child, false);
    return array;
  }

  get Type(): JTokenType {
    return JTokenType.Array;
  }

  cloneToken(): JToken {
    return JArray.copyOf(this);
  }

  deepEquals(other: JToken): boolean {
    return other instanceof JArray && this.contentsEqual(other);
  }

  deepHashCode(): number {
    return this.contentsHashCode();
  }

  indexOfItem(item: JToken | null): number {
    return item === null ? -1 : this.#values.indexOf(item);
  }

  writeTo(writer: JsonTextWriter): void {
    writer.writeStartArray();
    for (const value of this.#values) value.writeTo(writer);
    writer.writeEndArray();
  }

  /** `this[object key]`: an `int` index. */
  override getItem(key: unknown): JToken {
    if (key === null || key === undefined) throw argumentNull('key');
    if (typeof key !== 'number') {
      throw argument(
        `Accessed JArray values with invalid key value: ${keyText(key)}. Int32 array index expected.`,
      );
    }
    return this.itemAt(key);
  }

  override setItem(value: JToken | null, key: unknown): void {
    if (key === null || key === undefined) throw argumentNull('key');
    if (typeof key !== 'number') {
      throw argument(
        `Set JArray values with invalid key value: ${keyText(key)}. Int32 array index expected.`,
      );
    }
    this.setItemAt(key, value);
  }

  IndexOf(item: JToken | null): number {
    return this.indexOfItem(item);
  }

  Insert(index: number, item: JToken | null): void {
    this.insertItem(index, item, false);
  }

  RemoveAt(index: number): void {
    this.removeItemAt(index);
  }

  Clear(): void {
    this.clearItems();
  }

  Contains(item: JToken | null): boolean {
    return this.containsItem(item);
  }

  get IsReadOnly(): boolean {
    return false;
  }

  /** `IEnumerator<JToken> GetEnumerator()`. */
  GetEnumerator(): Iterator<JToken> {
    return this[Symbol.iterator]();
  }

  mergeItem(content: unknown): void {
    if (!(content instanceof JArray) && !isMultiContent(content)) return;
    mergeEnumerableContent(this, content as Iterable<unknown>);
  }
}
