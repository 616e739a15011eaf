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
  /** `IReadOnlyDictionary<string, string>` of the operation's URL-template parameters (case-insensitive). */
  readonly MatchedParameters: Dictionary<string, string>;
  readonly Headers: StringValuesDictionary;
  Body: MessageBody | null;

  constructor(
    public Method: string,
    readonly Url: ProxyUrl,
    readonly OriginalUrl: ProxyUrl,
    headers: Iterable<readonly [string, Iterable<string>]>,
    body: MessageBody | null,
    public IpAddress: string,
    matchedParameters: Readonly<Record<string, string>>,
    public Certificate: X509Certificate2 | null,
    public PrivateEndpointConnection: PrivateEndpointConnection | null,
    public AzureVnetInfo: AzureVnetInfo | null,
  ) {
    this.Headers = new StringValuesDictionary(headers);
    this.Body = body;
    const string = runtimeTypeNamed('string');
    this.MatchedParameters = new Dictionary<string, string>([string, string], ordinalIgnoreCase);
    for (const [name, value] of Object.entries(matchedParameters))
      this.MatchedParameters.setItem(value, name);
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
  readonly Headers: StringValuesDictionary;
  Body: MessageBody | null;

  constructor(
    public StatusCode = 200,
    public StatusReason = reasonPhrase(StatusCode),
    headers: Iterable<readonly [string, Iterable<string>]> = [],
    body: MessageBody | null = null,
  ) {
    this.Headers = new StringValuesDictionary(headers);
    this.Body = body;
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
