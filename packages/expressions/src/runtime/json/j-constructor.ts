import { dotnetHash } from '../core/equality.js';
import { argument, argumentNull } from '../exceptions.js';
import { DOTNET_TYPE } from '../values.js';
import { keyText } from './j-array.js';
import { JContainer } from './j-container.js';
import type { JToken } from './j-token.js';
import type { JsonTextWriter } from './json-text-writer.js';
import { JTokenType } from './token-type.js';

/** `Newtonsoft.Json.Linq.JConstructor`: a JavaScript constructor call, `new Date(2024, 0, 1)`. */
export class JConstructor extends JContainer {
  static override readonly [DOTNET_TYPE]: string = 'Newtonsoft.Json.Linq.JConstructor';
  readonly #values: JToken[] = [];
  #name: string | null;

  constructor(name: string | null = null) {
    super();
    this.#name = name;
  }

  /** `new JConstructor(string name, object content)`. */
  static withContent(name: string | null, content: unknown): JConstructor {
    if (name === null) throw argumentNull('name');
    if (name.length === 0) throw argument('Constructor name cannot be empty.', 'name');
    const created = new JConstructor(name);
    created.Add(content);
    return created;
  }

  static named(name: string | null): JConstructor {
    if (name === null) throw argumentNull('name');
    if (name.length === 0) throw argument('Constructor name cannot be empty.', 'name');
    return new JConstructor(name);
  }

  protected get children(): JToken[] {
    return this.#values;
  }

  get Name(): string | null {
    return this.#name;
  }

  set Name(value: string | null) {
    this.#name = value;
  }

  get Type(): JTokenType {
    return JTokenType.Constructor;
  }

  cloneToken(): JToken {
    const copy = new JConstructor(this.#name);
    let index = 0;
    for (const child of this) copy.insertItem(index++, child, false);
    return copy;
  }

  deepEquals(other: JToken): boolean {
    return other instanceof JConstructor && other.#name === this.#name && this.contentsEqual(other);
  }

  deepHashCode(): number {
    return (this.#name === null ? 0 : dotnetHash(this.#name)) ^ this.contentsHashCode();
  }

  indexOfItem(item: JToken | null): number {
    return item === null ? -1 : this.#values.indexOf(item);
  }

  override getItem(key: unknown): JToken {
    if (key === null || key === undefined) throw argumentNull('key');
    if (typeof key !== 'number') {
      throw argument(
        `Accessed JConstructor values with invalid key value: ${keyText(key)}. Argument position index expected.`,
      );
    }
    return this.itemAt(key);
  }

  override setItem(value: JToken | null, key: unknown): void {
    if (key === null || key === undefined) throw argumentNull('key');
    if (typeof key !== 'number') {
      throw argument(
        `Set JConstructor values with invalid key value: ${keyText(key)}. Argument position index expected.`,
      );
    }
    this.setItemAt(key, value);
  }

  mergeItem(content: unknown): void {
    if (!(content instanceof JConstructor)) return;
    if (content.#name !== null) this.#name = content.#name;
    for (const item of [...content]) this.Add(item);
  }

  writeTo(writer: JsonTextWriter): void {
    writer.writeStartConstructor(this.#name ?? '');
    for (const value of this.#values) value.writeTo(writer);
    writer.writeEndConstructor();
  }
}
