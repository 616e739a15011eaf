import { escapeJsonString } from './escape.js';
import { Formatting } from './token-type.js';

/**
 * The line break of indented JSON. Newtonsoft's `JsonTextWriter` writes `Environment.NewLine`;
 * API Management's gateway runs on Windows, where that is CR LF.
 */
export const JSON_NEW_LINE = '\r\n';

const INDENT = '  ';

interface Scope {
  readonly kind: 'object' | 'array' | 'constructor';
  /** Whether a value (or property) has been written in the scope. */
  hasContent: boolean;
}

/**
 * A JSON text writer with Newtonsoft's layout: `Formatting.None` writes no white space;
 * `Formatting.Indented` puts every property and array item on its own line, indented by two
 * spaces a level, with `": "` after property names, and writes empty containers as `{}` / `[]`.
 */
export class JsonTextWriter {
  readonly #parts: string[] = [];
  readonly #scopes: Scope[] = [];
  readonly #indented: boolean;
  /** A property name was just written: the next value follows it on the same line. */
  #afterProperty = false;

  constructor(formatting: Formatting) {
    this.#indented = formatting === Formatting.Indented;
  }

  #newLine(): void {
    this.#parts.push(JSON_NEW_LINE, INDENT.repeat(this.#scopes.length));
  }

  /** Separators and indentation before a value or a container start. */
  #beforeValue(): void {
    if (this.#afterProperty) {
      this.#afterProperty = false;
      if (this.#indented) this.#parts.push(' ');
      return;
    }
    const scope = this.#scopes.at(-1);
    if (scope === undefined) return;
    if (scope.hasContent) this.#parts.push(',');
    scope.hasContent = true;
    if (this.#indented) this.#newLine();
  }

  #start(kind: Scope['kind'], text: string): void {
    this.#beforeValue();
    this.#parts.push(text);
    this.#scopes.push({ kind, hasContent: false });
  }

  #end(text: string): void {
    const scope = this.#scopes.pop();
    if (this.#afterProperty) {
      // A property without a value is completed with null.
      this.#afterProperty = false;
      this.#parts.push(this.#indented ? ' null' : 'null');
    }
    if (this.#indented && scope?.hasContent === true) this.#newLine();
    this.#parts.push(text);
  }

  writeStartObject(): void {
    this.#start('object', '{');
  }

  writeEndObject(): void {
    this.#end('}');
  }

  writeStartArray(): void {
    this.#start('array', '[');
  }

  writeEndArray(): void {
    this.#end(']');
  }

  writeStartConstructor(name: string): void {
    this.#start('constructor', `new ${name}(`);
  }

  writeEndConstructor(): void {
    this.#end(')');
  }

  writePropertyName(name: string): void {
    const scope = this.#scopes.at(-1);
    if (scope !== undefined) {
      if (scope.hasContent) this.#parts.push(',');
      scope.hasContent = true;
      if (this.#indented) this.#newLine();
    }
    this.#parts.push(escapeJsonString(name), ':');
    this.#afterProperty = true;
  }

  /** A value already formatted as JSON (`1.0`, `"text"`, `null`). */
  writeValueText(json: string): void {
    this.#beforeValue();
    this.#parts.push(json);
  }

  writeNull(): void {
    this.writeValueText('null');
  }

  writeUndefined(): void {
    this.writeValueText('undefined');
  }

  /** `WriteComment`: `/*text*\/`, placed as a value is. */
  writeComment(text: string | null): void {
    this.writeValueText(`/*${text ?? ''}*/`);
  }

  toString(): string {
    return this.#parts.join('');
  }
}
