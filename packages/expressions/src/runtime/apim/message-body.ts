import type { Dictionary } from '../collections/dictionary.js';
import type { List } from '../collections/list.js';
import { DotnetException, nullReference } from '../exceptions.js';
import type { RuntimeType } from '../runtime-type.js';
import { DOTNET_TYPE } from '../values.js';
import { decodeBody, encodeBody } from './body-text.js';
import { parseFormContent } from './form-content.js';
import { readJsonBody } from './json-body.js';
import { readXmlBody } from './xml-body.js';

/** What `As<T>()` reads for each allowed `T` (by runtime type name). */
const READERS: ReadonlyMap<string, (body: MessageBody) => unknown> = new Map<
  string,
  (body: MessageBody) => unknown
>([
  ['System.String', (body) => body.text()],
  ['System.Byte[]', (body) => body.bytes().slice()],
  ['Newtonsoft.Json.Linq.JToken', (body) => readJsonBody(body.text(), 'JToken')],
  ['Newtonsoft.Json.Linq.JObject', (body) => readJsonBody(body.text(), 'JObject')],
  ['Newtonsoft.Json.Linq.JArray', (body) => readJsonBody(body.text(), 'JArray')],
  ['System.Xml.Linq.XNode', (body) => readXmlBody(body.text(), 'XNode')],
  ['System.Xml.Linq.XElement', (body) => readXmlBody(body.text(), 'XElement')],
  ['System.Xml.Linq.XDocument', (body) => readXmlBody(body.text(), 'XDocument')],
]);

/**
 * `IMessageBody` (`context.Request.Body`, `context.Response.Body`): the content of a message as
 * bytes or text (each computed from the other on demand), and whether an expression consumed it.
 *
 * Consumption follows API Management's documentation: reading without `preserveContent: true`
 * uses up the original stream, so any later read throws. The exception is a
 * `NullReferenceException`, which is what reading a released stream gives and what Microsoft's
 * policy toolkit throws; the documentation says only "an exception".
 *
 * The policy engine replaces a body (set-body) by giving the message a new `MessageBody`; it
 * reads the content without consuming it through `text()` and `bytes()`.
 */
export class MessageBody {
  /** The gateway's class name, as its cast errors show it. */
  static readonly [DOTNET_TYPE] = 'Microsoft.WindowsAzure.ApiManagement.Proxy.Gateway.MessageBody';
  #text: string | null;
  #bytes: Uint8Array | null;
  #consumed = false;

  constructor(content: string | Uint8Array) {
    this.#text = typeof content === 'string' ? content : null;
    this.#bytes = typeof content === 'string' ? null : content;
  }

  /** Whether an expression read the body without preserving it. */
  get consumed(): boolean {
    return this.#consumed;
  }

  /** The content as text (UTF-8 unless a byte-order mark says otherwise), without consuming it. */
  text(): string {
    this.#text ??= decodeBody(this.#bytes!);
    return this.#text;
  }

  /** The content as bytes (UTF-8 for a body given as text), without consuming it. Do not modify. */
  bytes(): Uint8Array {
    this.#bytes ??= encodeBody(this.#text!);
    return this.#bytes;
  }

  /** Checks the body can still be read and consumes it unless preserved. */
  #take(preserveContent: boolean): void {
    if (this.#consumed) throw nullReference();
    if (!preserveContent) this.#consumed = true;
  }

  /** `T As<T>(bool preserveContent = false)` for T in string, byte[], JToken, JObject, JArray, XNode, XElement, XDocument. */
  As(type: RuntimeType, preserveContent: boolean): unknown {
    const read = READERS.get(type.name);
    if (read === undefined) {
      throw new DotnetException(
        'System.NotSupportedException',
        `Reading a message body as '${type.name}' is not supported. ` +
          'Supported types are string, byte[], JToken, JObject, JArray, XNode, XElement and XDocument.',
      );
    }
    this.#take(preserveContent);
    return read(this);
  }

  /** `IDictionary<string, IList<string>> AsFormUrlEncodedContent(bool preserveContent = false)`. */
  AsFormUrlEncodedContent(preserveContent: boolean): Dictionary<string, List<string>> {
    this.#take(preserveContent);
    return parseFormContent(this.text());
  }

  /** `object.ToString()`: the type name. */
  ToString(): string {
    return MessageBody[DOTNET_TYPE];
  }

  Equals(other: unknown): boolean {
    return other === this;
  }

  GetHashCode(): number {
    return 0;
  }
}
