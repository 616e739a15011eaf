/**
 * Envoy's `X-Forwarded-Client-Cert` (XFCC) syntax: elements separated by `,`, each a list of
 * `key=value` pairs separated by `;`. A value containing `,`, `;` or `=` is double-quoted, and
 * inside quotes a backslash escapes the next character. Keys are case-insensitive.
 *
 * Each proxy that forwards the header appends one element describing the certificate of the
 * peer it received the request from, so the FIRST element describes the original client's
 * certificate (set by the edge proxy) and later ones describe proxies. Only the first element
 * is parsed.
 */
import { CertificateLoadError } from './errors.js';

/** The key=value pairs of the first XFCC element; keys lower-cased. */
export function firstXfccElement(header: string): ReadonlyMap<string, string> {
  const pairs = new Map<string, string>();
  let at = 0;
  const length = header.length;
  while (at < length) {
    const equals = scanKey(header, at);
    const key = header.slice(at, equals).trim().toLowerCase();
    if (key.length === 0) throw bad(`an empty key at character ${at}`);
    let value: string;
    at = skipSpaces(header, equals + 1);
    if (header[at] === '"') {
      const quoted = scanQuoted(header, at);
      value = quoted.value;
      at = skipSpaces(header, quoted.end);
      if (at < length && header[at] !== ';' && header[at] !== ',') {
        throw bad(`text after the closing quote of ${key} at character ${at}`);
      }
    } else {
      let end = at;
      while (end < length && header[end] !== ';' && header[end] !== ',') end++;
      value = header.slice(at, end).trim();
      at = end;
    }
    if (!pairs.has(key)) pairs.set(key, value);
    if (at >= length || header[at] === ',') break;
    at++; // past ';'
  }
  return pairs;
}

function scanKey(header: string, start: number): number {
  for (let i = start; i < header.length; i++) {
    const c = header[i];
    if (c === '=') return i;
    if (c === ';' || c === ',' || c === '"') break;
  }
  throw bad(`a key without '=' at character ${start}`);
}

function scanQuoted(header: string, start: number): { value: string; end: number } {
  let value = '';
  for (let i = start + 1; i < header.length; i++) {
    const c = header[i]!;
    if (c === '\\' && i + 1 < header.length) {
      value += header[++i];
    } else if (c === '"') {
      return { value, end: i + 1 };
    } else {
      value += c;
    }
  }
  throw bad(`an unterminated quoted value starting at character ${start}`);
}

function skipSpaces(header: string, at: number): number {
  while (at < header.length && (header[at] === ' ' || header[at] === '\t')) at++;
  return at;
}

function bad(detail: string): CertificateLoadError {
  return new CertificateLoadError('bad-header', `X-Forwarded-Client-Cert is malformed: ${detail}`);
}
