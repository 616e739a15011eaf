import { DOTNET_TYPE } from '../values.js';
import { Uri } from '../web/net/uri.js';
import { escapeDataString } from '../web/net/uri-escape.js';
import { urlDecode } from '../web/net/web-utility.js';
import { expressionsType } from './names.js';
import { StringValuesDictionary } from './string-values-dictionary.js';

/** The parts of an absolute URL `ProxyUrl` keeps, read once from a `Uri`. */
interface UrlParts {
  readonly scheme: string;
  readonly host: string;
  readonly port: number;
  readonly path: string;
  readonly query: string;
}

/**
 * Absolute URLs parsed recently, by text: a gateway sees the same API service URL (and often the
 * same request URL) on request after request. Bounded; cleared when full.
 */
const parsed = new Map<string, UrlParts>();
const PARSED_LIMIT = 1024;

function readAbsolute(url: string): UrlParts {
  const known = parsed.get(url);
  if (known !== undefined) return known;
  const uri = Uri.read(url, 1);
  if (!(uri instanceof Uri)) throw new Error(`'${url}' is not an absolute URL: ${uri.message}`);
  const parts: UrlParts = {
    scheme: uri.Scheme,
    host: uri.Host,
    port: uri.Port,
    path: uri.AbsolutePath,
    query: uri.Query,
  };
  if (parsed.size >= PARSED_LIMIT) parsed.clear();
  parsed.set(url, parts);
  return parts;
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
  /** `Query`, parsed from `#queryText` on first use: most requests never read it. */
  #query: StringValuesDictionary | null = null;
  /** The query string as given (`""` or starting with `?`), while `Query` still matches it. */
  #queryText = '';
  #queryVersion = -1;

  constructor(url: string) {
    this.assign(url);
  }

  /** Replaces every part from an absolute URL. */
  assign(url: string): void {
    const parts = readAbsolute(url);
    this.Scheme = parts.scheme;
    this.Host = parts.host;
    this.Port = parts.port;
    this.Path = parts.path;
    this.setQueryString(parts.query);
  }

  /** Replaces the path (absolute, starting with `/`). */
  setPath(path: string): void {
    this.Path = path;
  }

  /** Replaces the whole query (`""`, `?a=1` or `a=1`). */
  setQueryString(queryString: string): void {
    this.#queryText =
      queryString === '' || queryString === '?'
        ? ''
        : queryString.startsWith('?')
          ? queryString
          : `?${queryString}`;
    // A dictionary already handed out stays the same object: refill it.
    if (this.#query !== null) this.#fill(this.#query);
  }

  /** The query's parameters; case-insensitive names, several values each. */
  get Query(): StringValuesDictionary {
    if (this.#query === null) {
      this.#query = new StringValuesDictionary();
      this.#fill(this.#query);
    }
    return this.#query;
  }

  #fill(query: StringValuesDictionary): void {
    query.Clear();
    for (const [name, value] of parseQuery(this.#queryText)) query.append(name, [value]);
    this.#queryVersion = query.changes;
  }

  get QueryString(): string {
    const query = this.#query;
    if (query !== null && query.changes !== this.#queryVersion) {
      const parts: string[] = [];
      for (const pair of query) {
        for (const value of pair.Value)
          parts.push(`${escapeDataString(pair.Key)}=${escapeDataString(value ?? '')}`);
      }
      this.#queryText = parts.length === 0 ? '' : `?${parts.join('&')}`;
      this.#queryVersion = query.changes;
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
