import { normalizeComponent, removeDotSegments } from './uri-components.js';
import { type HostInfo, readHost, UriHostNameType } from './uri-host.js';
import { isSchemeName, type SchemeSyntax, schemeSyntax } from './uri-schemes.js';

/** The parts of an absolute URI, each stored as `uri-components.ts` describes. */
export interface AbsoluteParts {
  readonly scheme: string;
  readonly syntax: SchemeSyntax;
  /** Written with `//` (or a Windows path): `scheme://authority/path`. */
  readonly hasAuthority: boolean;
  readonly userInfo: string | null;
  readonly host: HostInfo;
  /** The port written, or null. */
  readonly port: number | null;
  readonly path: string;
  /** With its `?`, or empty. */
  readonly query: string;
  /** With its `#`, or empty. */
  readonly fragment: string;
  /** A file URI for a Windows path with a drive letter (`file:///c:/x`). */
  readonly drive: boolean;
}

/** A parse failure: the reason after "Invalid URI: ". */
export interface UriError {
  readonly error: string;
}

const isSpace = (c: string) =>
  c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v';

/** The text without the leading and trailing whitespace .NET ignores. */
export function trimUri(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text[start]!)) start++;
  while (end > start && isSpace(text[end - 1]!)) end--;
  return text.slice(start, end);
}

/** The scheme of an absolute URI string (lower case), a drive-letter or UNC path ('file'), or null. */
export function schemeOf(text: string): string | null {
  if (/^[A-Za-z]:[\\/]/.test(text) || text.startsWith('\\\\')) return 'file';
  const colon = text.indexOf(':');
  if (colon < 2) return null;
  const name = text.slice(0, colon);
  return isSchemeName(name) ? name.toLowerCase() : null;
}

const generic: SchemeSyntax = { port: -1, authority: false, slashes: false };

/** Splits `rest` at its query and fragment. */
function splitTail(rest: string): { body: string; query: string; fragment: string } {
  const hash = rest.indexOf('#');
  const beforeHash = hash < 0 ? rest : rest.slice(0, hash);
  const fragment = hash < 0 ? '' : rest.slice(hash);
  const question = beforeHash.indexOf('?');
  return {
    body: question < 0 ? beforeHash : beforeHash.slice(0, question),
    query: question < 0 ? '' : beforeHash.slice(question),
    fragment,
  };
}

const noHost: HostInfo = { host: '', type: UriHostNameType.Unknown, scope: null };

/** Parses an absolute URI whose scheme `schemeOf` found. */
export function parseAbsolute(input: string, scheme: string): AbsoluteParts | UriError {
  if (scheme === 'file') return parseFile(input);
  const syntax = schemeSyntax(scheme) ?? generic;
  let rest = input.slice(input.indexOf(':') + 1);
  const slashes = syntax.slashes ? /^[\\/]{2}/ : /^\/\//;
  const hasAuthority = slashes.test(rest);
  if (syntax.authority && !hasAuthority) return { error: 'The Authority/Host could not be parsed.' };
  const { body, query, fragment } = splitTail(rest);
  const tail = { query: normalizeComponent(query), fragment: normalizeComponent(fragment) };
  if (scheme === 'mailto') {
    const at = body.lastIndexOf('@');
    const host = readHost(body.slice(at + 1));
    if (host === null) return { error: 'The hostname could not be parsed.' };
    const userInfo = at < 0 ? null : normalizeComponent(body.slice(0, at));
    return {
      scheme,
      syntax,
      hasAuthority: false,
      userInfo,
      host,
      port: null,
      path: '',
      ...tail,
      drive: false,
    };
  }
  if (!hasAuthority) {
    return {
      scheme,
      syntax,
      hasAuthority: false,
      userInfo: null,
      host: noHost,
      port: null,
      path: normalizeComponent(body),
      ...tail,
      drive: false,
    };
  }
  rest = body.slice(2);
  const end = rest.search(syntax.slashes ? /[\\/]/ : /\//);
  const authority = end < 0 ? rest : rest.slice(0, end);
  let path = end < 0 ? '' : rest.slice(end);
  const parsed = parseAuthority(authority, syntax);
  if ('error' in parsed) return parsed;
  if (syntax.slashes) path = path.replace(/\\/g, '/');
  path = removeDotSegments(normalizeComponent(path === '' ? '/' : path));
  return { scheme, syntax, hasAuthority: true, ...parsed, path, ...tail, drive: false };
}

function parseAuthority(
  authority: string,
  syntax: SchemeSyntax,
): { userInfo: string | null; host: HostInfo; port: number | null } | UriError {
  const at = authority.lastIndexOf('@');
  const userInfo = at < 0 ? null : normalizeComponent(authority.slice(0, at));
  let hostText = authority.slice(at + 1);
  let port: number | null = null;
  const close = hostText.lastIndexOf(']');
  const colon = hostText.lastIndexOf(':');
  if (colon >= 0 && colon > close && !(close < 0 && hostText.startsWith('['))) {
    const digits = hostText.slice(colon + 1);
    hostText = hostText.slice(0, colon);
    if (digits !== '') {
      if (!/^[0-9]+$/.test(digits) || Number(digits) > 65535) return { error: 'Invalid port specified.' };
      port = Number(digits);
    }
  }
  if (hostText === '') {
    if (syntax.authority) return { error: 'The hostname could not be parsed.' };
    return { userInfo, host: { host: '', type: UriHostNameType.Basic, scope: null }, port };
  }
  const host = readHost(hostText);
  if (host === null) return { error: 'The hostname could not be parsed.' };
  return { userInfo, host, port };
}

const fileSyntax = schemeSyntax('file')!;

/** `file:` URIs and the Windows paths .NET reads as file URIs (`c:\dir\f.txt`, `\\server\share`). */
function parseFile(input: string): AbsoluteParts | UriError {
  let text = input;
  if (/^[A-Za-z]:[\\/]/.test(text)) text = `file:///${text}`;
  else if (text.startsWith('\\\\')) text = `file:${text}`;
  let rest = text.slice(5).replace(/\\/g, '/');
  const { body, query, fragment } = splitTail(rest);
  rest = body.replace(/^\/\//, '');
  let host: HostInfo = { host: '', type: UriHostNameType.Basic, scope: null };
  let path = rest;
  if (!/^\/?[A-Za-z]:(\/|$)/.test(rest)) {
    const slash = rest.indexOf('/');
    const name = slash < 0 ? rest : rest.slice(0, slash);
    path = slash < 0 ? '/' : rest.slice(slash);
    if (name !== '') {
      const found = readHost(name);
      if (found === null) return { error: 'The hostname could not be parsed.' };
      host = found;
    }
  }
  const drive = /^\/?[A-Za-z]:/.test(path);
  if (drive) path = removeDotSegments(normalizeComponent(path.replace(/^\//, ''))).slice(1);
  else path = removeDotSegments(normalizeComponent(path));
  return {
    scheme: 'file',
    syntax: fileSyntax,
    hasAuthority: true,
    userInfo: null,
    host,
    port: null,
    path,
    query: normalizeComponent(query),
    fragment: normalizeComponent(fragment),
    drive,
  };
}
