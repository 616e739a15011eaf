import { Dictionary } from '../collections/dictionary.js';
import { runtimeTypeNamed } from '../type-resolver.js';
import { DOTNET_TYPE } from '../values.js';
import type { X509Certificate2 } from '../x509/x509-certificate2.js';
import type { ValuesInit } from './context-init.js';
import type { AzureVnetInfo, PrivateEndpointConnection } from './entities.js';
import { ordinalIgnoreCase } from './ignore-case.js';
import { MessageBody } from './message-body.js';
import { expressionsType } from './names.js';
import type { ProxyUrl } from './proxy-url.js';
import { reasonPhrase } from './reason-phrases.js';
import { StringValuesDictionary } from './string-values-dictionary.js';

/** Header values given as one string or several, as the dictionary's entries. */
export function headerEntries(
  headers: Readonly<Record<string, ValuesInit>> = {},
): [string, readonly string[]][] {
  return Object.entries(headers).map(([name, values]) => [
    name,
    typeof values === 'string' ? [values] : values,
  ]);
}

/** Header entries as messages keep them until their `Headers` dictionary is first read. */
export type HeaderEntries = readonly (readonly [string, Iterable<string>])[];

/** A body as the message holds it: none, or a `MessageBody` of the content. */
export function bodyOf(content: string | Uint8Array | null | undefined): MessageBody | null {
  return content === null || content === undefined ? null : new MessageBody(content);
}

/**
 * `IRequest` (`context.Request`). Fields carry the .NET names, read directly by compiled
 * expressions. The policy engine changes the request through the fields (`Method`), the header
 * dictionary (`Headers.set`/`append`/`delete`), the URL (`Url.assign`, ...) and `setBody`.
 */
export class ProxyRequest {
  static readonly [DOTNET_TYPE] = expressionsType('IRequest');
  Body: MessageBody | null;
  // The dictionaries are built on first read: most requests never read most of them.
  #headers: StringValuesDictionary | null = null;
  readonly #headerEntries: HeaderEntries;
  #matchedParameters: Dictionary<string, string> | null = null;
  readonly #matchedParameterValues: Readonly<Record<string, string>>;

  constructor(
    public Method: string,
    readonly Url: ProxyUrl,
    readonly OriginalUrl: ProxyUrl,
    headers: HeaderEntries,
    body: MessageBody | null,
    public IpAddress: string,
    matchedParameters: Readonly<Record<string, string>>,
    public Certificate: X509Certificate2 | null,
    public PrivateEndpointConnection: PrivateEndpointConnection | null,
    public AzureVnetInfo: AzureVnetInfo | null,
  ) {
    this.#headerEntries = headers;
    this.Body = body;
    this.#matchedParameterValues = matchedParameters;
  }

  get Headers(): StringValuesDictionary {
    if (this.#headers === null) this.#headers = new StringValuesDictionary(this.#headerEntries);
    return this.#headers;
  }

  /** `IReadOnlyDictionary<string, string>` of the operation's URL-template parameters (case-insensitive). */
  get MatchedParameters(): Dictionary<string, string> {
    if (this.#matchedParameters === null) {
      const string = runtimeTypeNamed('string');
      const parameters = new Dictionary<string, string>([string, string], ordinalIgnoreCase);
      for (const [name, value] of Object.entries(this.#matchedParameterValues))
        parameters.setItem(value, name);
      this.#matchedParameters = parameters;
    }
    return this.#matchedParameters;
  }

  /** Whether the message has no header, without building the dictionary. */
  get hasNoHeaders(): boolean {
    return this.#headers === null ? this.#headerEntries.length === 0 : this.#headers.Count === 0;
  }

  /** Replaces the body (set-body); null removes it. */
  setBody(content: string | Uint8Array | null): void {
    this.Body = bodyOf(content);
  }

  ToString(): string {
    return ProxyRequest[DOTNET_TYPE];
  }

  Equals(other: unknown): boolean {
    return other === this;
  }

  GetHashCode(): number {
    return 0;
  }
}

/**
 * `IResponse` (`context.Response`, and the responses send-request stores in variables). The
 * policy engine changes it with `setStatus`, `setBody` and the header dictionary.
 */
export class ProxyResponse {
  static readonly [DOTNET_TYPE] = expressionsType('IResponse');
  Body: MessageBody | null;
  #headers: StringValuesDictionary | null = null;
  readonly #headerEntries: HeaderEntries;

  constructor(
    public StatusCode = 200,
    public StatusReason = reasonPhrase(StatusCode),
    headers: HeaderEntries = [],
    body: MessageBody | null = null,
  ) {
    this.#headerEntries = headers;
    this.Body = body;
  }

  get Headers(): StringValuesDictionary {
    if (this.#headers === null) this.#headers = new StringValuesDictionary(this.#headerEntries);
    return this.#headers;
  }

  /** Whether the message has no header, without building the dictionary. */
  get hasNoHeaders(): boolean {
    return this.#headers === null ? this.#headerEntries.length === 0 : this.#headers.Count === 0;
  }

  /** set-status: the code and its reason (the standard phrase when none is given). */
  setStatus(statusCode: number, statusReason: string = reasonPhrase(statusCode)): void {
    this.StatusCode = statusCode;
    this.StatusReason = statusReason;
  }

  /** Replaces the body (set-body); null removes it. */
  setBody(content: string | Uint8Array | null): void {
    this.Body = bodyOf(content);
  }

  ToString(): string {
    return ProxyResponse[DOTNET_TYPE];
  }

  Equals(other: unknown): boolean {
    return other === this;
  }

  GetHashCode(): number {
    return 0;
  }
}
