import { argument, argumentNull, type DotnetException, invalidOperation } from '../../exceptions.js';
import type { Reference } from '../../values.js';
import { DOTNET_TYPE } from '../../values.js';
import { stringArray } from '../arrays.js';
import { displayView, escapedView, unescapedView } from './uri-components.js';
import { uriFormat } from './uri-errors.js';
import { UriHostNameType } from './uri-host.js';
import { type AbsoluteParts, parseAbsolute, schemeOf, trimUri } from './uri-parse.js';

/** `System.UriKind`. */
export const UriKind = { RelativeOrAbsolute: 0, Absolute: 1, Relative: 2 } as const;

/** `System.UriPartial`. */
export const UriPartial = { Scheme: 0, Authority: 1, Path: 2, Query: 3 } as const;

const relativeOperation = () => invalidOperation('This operation is not supported for a relative URI.');

/**
 * `System.Uri`: an absolute URI normalised as .NET Framework 4.5+ does it (lower-case scheme and
 * host, canonical IP addresses, dot segments removed, `\` as `/` in web schemes, escapes of
 * unreserved characters decoded), or a relative reference kept as written.
 */
/**
 * A domain name with its non-ASCII labels in punycode (.NET's `IdnMapping.GetAscii`), by way of
 * the WHATWG URL parser; a name that parser refuses is returned as it is.
 */
function asciiDomain(host: string): string {
  if (![...host].some((c) => c.charCodeAt(0) > 0x7f)) return host;
  const url = `http://${host}/`;
  return URL.canParse(url) ? new URL(url).hostname : host;
}

export class Uri {
  static readonly [DOTNET_TYPE] = 'System.Uri';
  readonly #parts: AbsoluteParts | null;

  constructor(
    readonly OriginalString: string,
    parts: AbsoluteParts | null,
  ) {
    this.#parts = parts;
  }

  /** Parses a URI string of a kind, or gives the exception .NET throws. */
  static read(uriString: string, kind: number): Uri | DotnetException {
    const text = trimUri(uriString);
    const scheme = schemeOf(text);
    if (scheme === null) {
      if (kind === UriKind.Absolute)
        return uriFormat(
          text === '' ? 'The URI is empty.' : 'The format of the URI could not be determined.',
        );
      return new Uri(uriString, null);
    }
    if (kind === UriKind.Relative)
      return uriFormat(
        "A relative URI cannot be created because the 'uriString' parameter represents an absolute URI.",
      );
    const parts = parseAbsolute(text, scheme);
    if ('error' in parts) return uriFormat(parts.error);
    return new Uri(uriString, parts);
  }

  /** `new Uri(string uriString[, UriKind uriKind])`. */
  static create(uriString: string | null, kind: number = UriKind.Absolute): Uri {
    if (uriString === null) throw argumentNull('uriString');
    const result = Uri.read(uriString, kind);
    if (!(result instanceof Uri)) throw result;
    return result;
  }

  /** `Uri.TryCreate(string, UriKind, out Uri)`. */
  static tryCreate(uriString: string | null, kind: number, result: Reference<Uri | null>): boolean {
    const made = uriString === null ? null : Uri.read(uriString, kind);
    result.value = made instanceof Uri ? made : null;
    return result.value !== null;
  }

  get #abs(): AbsoluteParts {
    if (this.#parts === null) throw relativeOperation();
    return this.#parts;
  }

  /** The parts of an absolute URI, or null for a relative one (for resolution). */
  get parts(): AbsoluteParts | null {
    return this.#parts;
  }

  get IsAbsoluteUri(): boolean {
    return this.#parts !== null;
  }
  get UserEscaped(): boolean {
    return false;
  }
  get Scheme(): string {
    return this.#abs.scheme;
  }
  get Host(): string {
    return this.#abs.host.host;
  }
  get HostNameType(): number {
    return this.#abs.host.type;
  }
  get DnsSafeHost(): string {
    const { host, type, scope } = this.#abs.host;
    if (type !== UriHostNameType.IPv6) return host;
    return host.slice(1, -1) + (scope === null ? '' : `%${scope}`);
  }
  /** The host with international domain labels in their ASCII (punycode) form. */
  get IdnHost(): string {
    const host = this.DnsSafeHost;
    return this.HostNameType === UriHostNameType.Dns ? asciiDomain(host) : host;
  }
  get Port(): number {
    return this.#abs.port ?? this.#abs.syntax.port;
  }
  get IsDefaultPort(): boolean {
    const parts = this.#abs;
    return parts.port === null || parts.port === parts.syntax.port;
  }
  get UserInfo(): string {
    const info = this.#abs.userInfo;
    return info === null ? '' : escapedView(info);
  }
  get Authority(): string {
    const parts = this.#abs;
    if (!parts.hasAuthority && parts.scheme !== 'mailto') return '';
    return parts.host.host + (this.IsDefaultPort ? '' : `:${parts.port}`);
  }
  get AbsolutePath(): string {
    return escapedView(this.#abs.path);
  }
  get Query(): string {
    return escapedView(this.#abs.query);
  }
  get Fragment(): string {
    return escapedView(this.#abs.fragment);
  }
  get PathAndQuery(): string {
    return this.AbsolutePath + this.Query;
  }
  get Segments(): string[] {
    const path = this.AbsolutePath;
    const segments: string[] = [];
    let start = 0;
    for (let i = 0; i < path.length; i++) {
      if (path[i] === '/') {
        segments.push(path.slice(start, i + 1));
        start = i + 1;
      }
    }
    if (start < path.length) segments.push(path.slice(start));
    return stringArray(segments);
  }
  get IsFile(): boolean {
    return this.#abs.scheme === 'file';
  }
  get IsUnc(): boolean {
    const parts = this.#abs;
    return parts.scheme === 'file' && parts.host.host !== '';
  }
  get IsLoopback(): boolean {
    const { host, type } = this.#abs.host;
    if (type === UriHostNameType.IPv4) return host.startsWith('127.');
    if (type === UriHostNameType.IPv6) return host === '[::1]';
    if (this.#abs.scheme === 'file' && host === '') return true;
    return host === 'localhost' || host === 'loopback';
  }
  get LocalPath(): string {
    const parts = this.#abs;
    if (parts.scheme === 'file') {
      const path = unescapedView(parts.path);
      if (parts.host.host !== '') return `\\\\${parts.host.host}${path.replace(/\//g, '\\')}`;
      return parts.drive ? path.replace(/\//g, '\\') : path;
    }
    return unescapedView(parts.path);
  }

  /** Scheme and authority as written in the URI: `http://user@host:8080`. */
  #schemeAndAuthority(view: (text: string) => string): string {
    const parts = this.#abs;
    if (!parts.hasAuthority) {
      const user = parts.userInfo === null ? '' : `${view(parts.userInfo)}@`;
      return `${parts.scheme}:${parts.scheme === 'mailto' ? user + parts.host.host : ''}`;
    }
    const user = parts.userInfo === null ? '' : `${view(parts.userInfo)}@`;
    const port = this.IsDefaultPort ? '' : `:${parts.port}`;
    return `${parts.scheme}://${user}${parts.host.host}${port}`;
  }

  #pathPart(view: (text: string) => string): string {
    const parts = this.#abs;
    return (parts.drive ? '/' : '') + view(parts.path);
  }

  get AbsoluteUri(): string {
    const parts = this.#abs;
    return (
      this.#schemeAndAuthority(escapedView) +
      this.#pathPart(escapedView) +
      escapedView(parts.query) +
      escapedView(parts.fragment)
    );
  }

  GetLeftPart(part: number): string {
    const parts = this.#abs;
    switch (part) {
      case UriPartial.Scheme:
        return `${parts.scheme}:${parts.hasAuthority ? '//' : ''}`;
      case UriPartial.Authority:
        return parts.hasAuthority ? this.#schemeAndAuthority(escapedView) : '';
      case UriPartial.Path:
        return this.#schemeAndAuthority(escapedView) + this.#pathPart(escapedView);
      case UriPartial.Query:
        return this.#schemeAndAuthority(escapedView) + this.#pathPart(escapedView) + escapedView(parts.query);
      default:
        throw argument('part');
    }
  }

  ToString(): string {
    const parts = this.#parts;
    if (parts === null) return this.OriginalString;
    return (
      this.#schemeAndAuthority(displayView) +
      this.#pathPart(displayView) +
      displayView(parts.query) +
      displayView(parts.fragment)
    );
  }

  /** What equality compares: everything but the user information and the fragment, with escapes of the display view decoded. */
  #identity(): string {
    const parts = this.#parts;
    if (parts === null) return `rel:${this.OriginalString}`;
    const port = this.Port;
    return `${parts.scheme}://${parts.host.host}:${port}${displayView(parts.path)}${displayView(parts.query)}`;
  }

  Equals(other: unknown): boolean {
    let that: unknown = other;
    if (typeof other === 'string') {
      const read = Uri.read(other, UriKind.RelativeOrAbsolute);
      if (!(read instanceof Uri)) return false;
      that = read;
    }
    return that instanceof Uri && that.#identity() === this.#identity();
  }

  GetHashCode(): number {
    let hash = 0;
    for (const char of this.#identity().toLowerCase()) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
    return hash;
  }
}
