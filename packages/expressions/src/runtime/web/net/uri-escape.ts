import { environment } from '../../environment.js';
import { argumentNull } from '../../exceptions.js';
import { encodeUtf8 } from '../encoding/utf8.js';
import { uriFormat } from './uri-errors.js';

/**
 * The escaping statics of `System.Uri`, as .NET Framework 4.5+ does them (RFC 3986), and the
 * byte-level helpers the URI parser shares.
 */

const HEX = '0123456789ABCDEF';

const isAlphaNumeric = (c: number) =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** RFC 3986 unreserved characters: letters, digits, `-`, `_`, `.`, `~`. */
export const isUnreserved = (c: number) =>
  isAlphaNumeric(c) || c === 0x2d || c === 0x5f || c === 0x2e || c === 0x7e;

/** RFC 3986 reserved characters: `:/?#[]@` and `!$&'()*+,;=`. */
export const isReserved = (c: number) => ":/?#[]@!$&'()*+,;=".includes(String.fromCharCode(c));

/**
 * Percent-encodes the characters of `text` that `keep` rejects, as UTF-8 with upper-case hex.
 * .NET Framework refuses an unpaired high surrogate ("invalid sequence"); an unpaired low
 * surrogate, and on modern .NET either kind, becomes U+FFFD.
 */
export function percentEscape(text: string, keep: (unit: number) => boolean): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80 && keep(unit)) {
      out += text[i];
      continue;
    }
    let end = i + 1;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) end = i + 2;
      else if (environment().dotnet === 'framework')
        throw uriFormat('There is an invalid sequence in the string.');
    }
    for (const byte of encodeUtf8(text, i, end)) out += `%${HEX[byte >> 4]}${HEX[byte & 15]}`;
    i = end - 1;
  }
  return out;
}

/** .NET Framework rejects strings longer than this in the escaping statics. */
const MAX_LENGTH = 32766;

function checkLength(text: string): void {
  if (environment().dotnet === 'framework' && text.length > MAX_LENGTH)
    throw uriFormat('The Uri string is too long.');
}

/** `Uri.EscapeDataString`: everything but unreserved characters. */
export function escapeDataString(stringToEscape: string | null): string {
  if (stringToEscape === null) throw argumentNull('stringToEscape');
  checkLength(stringToEscape);
  return percentEscape(stringToEscape, isUnreserved);
}

/** `Uri.EscapeUriString`: everything but unreserved and reserved characters. */
export function escapeUriString(stringToEscape: string | null): string {
  if (stringToEscape === null) throw argumentNull('stringToEscape');
  checkLength(stringToEscape);
  return percentEscape(stringToEscape, (c) => isUnreserved(c) || isReserved(c));
}

export function hexValue(unit: number): number {
  if (unit >= 0x30 && unit <= 0x39) return unit - 0x30;
  if (unit >= 0x61 && unit <= 0x66) return unit - 0x61 + 10;
  if (unit >= 0x41 && unit <= 0x46) return unit - 0x41 + 10;
  return -1;
}

/** The byte of a `%XX` escape at `index`, or -1. */
export function escapedByteAt(text: string, index: number): number {
  if (index + 2 >= text.length || text.charCodeAt(index) !== 0x25) return -1;
  const high = hexValue(text.charCodeAt(index + 1));
  const low = hexValue(text.charCodeAt(index + 2));
  return high < 0 || low < 0 ? -1 : (high << 4) | low;
}

/** The length of the well-formed UTF-8 sequence at `bytes[at]`, or 0. */
function sequenceLength(bytes: readonly number[], at: number): number {
  const lead = bytes[at]!;
  const needed =
    lead < 0x80 ? 0 : lead < 0xc2 ? -1 : lead < 0xe0 ? 1 : lead < 0xf0 ? 2 : lead < 0xf5 ? 3 : -1;
  if (needed < 0) return 0;
  if (at + needed >= bytes.length) return 0;
  for (let k = 1; k <= needed; k++) if ((bytes[at + k]! & 0xc0) !== 0x80) return 0;
  const second = bytes[at + 1] ?? 0;
  if (lead === 0xe0 && second < 0xa0) return 0;
  if (lead === 0xed && second >= 0xa0) return 0;
  if (lead === 0xf0 && second < 0x90) return 0;
  if (lead === 0xf4 && second >= 0x90) return 0;
  return needed + 1;
}

/**
 * Unescapes the `%XX` runs of `text` that `accept` allows (given the decoded character): bytes
 * forming well-formed UTF-8 become characters, other bytes keep their escape as written.
 */
export function percentUnescape(text: string, accept: (decoded: string) => boolean = () => true): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (escapedByteAt(text, i) < 0) {
      out += text[i];
      i++;
      continue;
    }
    const bytes: number[] = [];
    const sources: string[] = [];
    while (i < text.length) {
      const byte = escapedByteAt(text, i);
      if (byte < 0) break;
      bytes.push(byte);
      sources.push(text.slice(i, i + 3));
      i += 3;
    }
    for (let at = 0; at < bytes.length; ) {
      const length = sequenceLength(bytes, at);
      if (length === 0) {
        out += sources[at];
        at++;
        continue;
      }
      let code = length === 1 ? bytes[at]! : bytes[at]! & (0xff >> (length + 1));
      for (let k = 1; k < length; k++) code = (code << 6) | (bytes[at + k]! & 0x3f);
      const decoded = String.fromCodePoint(code);
      out += accept(decoded) ? decoded : sources.slice(at, at + length).join('');
      at += length;
    }
  }
  return out;
}

/** `Uri.UnescapeDataString`. */
export function unescapeDataString(stringToUnescape: string | null): string {
  if (stringToUnescape === null) throw argumentNull('stringToUnescape');
  return percentUnescape(stringToUnescape);
}
