import { DOTNET_TYPE } from '../values.js';
import { Uri } from '../web/net/uri.js';
import { escapeDataString } from '../web/net/uri-escape.js';
import { urlDecode } from '../web/net/web-utility.js';
import { expressionsType } from './names.js';
import { StringValuesDictionary } from './string-values-dictionary.js';

/**
 * Absolute URLs parsed recently, by text: a `Uri` is immutable, and a gateway sees the same API
 * service URL (and often the same request URL) on request after request. Bounded; cleared when
 * full.
 */
const parsed = new Map<string, Uri>();
const PARSED_LIMIT = 1024;

function readAbsolute(url: string): Uri {
  const known = parsed.get(url);
  if (known !== undefined) return known;
  const uri = Uri.read(url, 1);
  if (!(uri instanceof Uri)) throw new Error(`'${url}' is not an absolute URL: ${uri.message}`);
  if (parsed.size >= PARSED_LIMIT) parsed.clear();
  parsed.set(url, uri);
  return uri;
}

const DEFAULT_PORTS: Readonly<Record<string, number>> = { http: 80, https: 443, ws: 80, wss: 443 };

/**
 * Name/value pairs of a query string (`?` optional), decoded as `WebUtility.UrlDecode` does
 * (`+` is a space). A name without `=` has the value `""`; empty segments are skipped.
 */
export function parseQuery(queryString: string): [string, string][] {
  const text = queryString.startsWith('?') ? queryString.slice(1) : queryString;
  const pairs: [string, string][] = [];
  for (const segment of text.split('&')) {
    if (segment.length === 0) continue;
    const equals = segment.indexOf('=');
    const name = urlDecode(equals < 0 ? segment : segment.slice(0, equals)) ?? '';
    pairs.push([name, equals < 0 ? '' : (urlDecode(segment.slice(equals + 1)) ?? '')]);
  }
  return pairs;
}

/**
 * `IUrl` (`context.Request.Url`, `OriginalUrl`, `Api.ServiceUrl`): scheme, host, port, path and
 * query of an absolute URL. `Query` is case-insensitive; `QueryString` is `""` or starts with `?`.
 * `ToString()` is the absolute URL without a default port.
 *
 * The policy engine changes the backend URL (rewrite-uri, set-backend-service,
 * set-query-parameter) with `assign`, `setPath`, `setQueryString` and the `Query` dictionary's
 * `set`/`append`/`delete`; `QueryString` is rebuilt from `Query` after such changes.
 */
export class ProxyUrl {
  static readonly [DOTNET_TYPE] = expressionsType('IUrl');
  Scheme = '';
  Host = '';
  Port = 0;
  Path = '';
  readonly Query = new StringValuesDictionary();
  /** The query string as given, while `Query` still matches it. */
  #queryText = '';
  #queryVersion = -1;

  constructor(url: string) {
    this.assign(url);
  }

  /** Replaces every part from an absolute URL. */
  assign(url: string): void {
    const uri = readAbsolute(url);
    this.Scheme = uri.Scheme;
    this.Host = uri.Host;
    this.Port = uri.Port;
    this.Path = uri.AbsolutePath;
    this.setQueryString(uri.Query);
  }

  /** Replaces the path (absolute, starting with `/`). */
  setPath(path: string): void {
    this.Path = path;
  }

  /** Replaces the whole query (`""`, `?a=1` or `a=1`). */
  setQueryString(queryString: string): void {
    this.Query.Clear();
    for (const [name, value] of parseQuery(queryString)) this.Query.append(name, [value]);
    this.#queryText =
      queryString === '' || queryString === '?'
        ? ''
        : queryString.startsWith('?')
          ? queryString
          : `?${queryString}`;
    this.#queryVersion = this.Query.changes;
  }

  get QueryString(): string {
    if (this.Query.changes !== this.#queryVersion) {
      const parts: string[] = [];
      for (const pair of this.Query) {
        for (const value of pair.Value)
          parts.push(`${escapeDataString(pair.Key)}=${escapeDataString(value ?? '')}`);
      }
      this.#queryText = parts.length === 0 ? '' : `?${parts.join('&')}`;
      this.#queryVersion = this.Query.changes;
    }
    return this.#queryText;
  }

  /** Whether the port is the scheme's default (and so left out of the text). */
  get isDefaultPort(): boolean {
    return DEFAULT_PORTS[this.Scheme] === this.Port;
  }

  /** The absolute URL. */
  ToString(): string {
    const port = this.isDefaultPort ? '' : `:${this.Port}`;
    return `${this.Scheme}://${this.Host}${port}${this.Path}${this.QueryString}`;
  }

  /** `ToUri()`: the URL as a `System.Uri`. */
  ToUri(): Uri {
    return Uri.create(this.ToString());
  }

  Equals(other: unknown): boolean {
    return other === this;
  }

  GetHashCode(): number {
    return 0;
  }
}
