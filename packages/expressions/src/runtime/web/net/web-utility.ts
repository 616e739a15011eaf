import { environment } from '../../environment.js';
import { argumentNull, argumentOutOfRange } from '../../exceptions.js';
import { decodeUtf8, encodeUtf8 } from '../encoding/utf8.js';
import { htmlEntity } from './html-entities.js';

/**
 * `System.Net.WebUtility`: form-style URL encoding (space as `+`, upper-case hex, UTF-8) and
 * HTML encoding and decoding as .NET Framework 4.5+ does them ("strict" Unicode conformance,
 * which modern .NET shares).
 */

const HEX = '0123456789ABCDEF';

/** Characters `UrlEncode` leaves alone besides letters and digits. */
const isUrlSafe = (byte: number) =>
  (byte >= 0x61 && byte <= 0x7a) ||
  (byte >= 0x41 && byte <= 0x5a) ||
  (byte >= 0x30 && byte <= 0x39) ||
  byte === 0x2d || // -
  byte === 0x5f || // _
  byte === 0x2e || // .
  byte === 0x21 || // !
  byte === 0x2a || // *
  byte === 0x28 || // (
  byte === 0x29; // )

function urlEncodeBytes(bytes: Uint8Array): Uint8Array {
  const out: number[] = [];
  for (const byte of bytes) {
    if (byte === 0x20) out.push(0x2b);
    else if (isUrlSafe(byte)) out.push(byte);
    else out.push(0x25, HEX.charCodeAt(byte >> 4), HEX.charCodeAt(byte & 15));
  }
  return Uint8Array.from(out);
}

function hexValue(unit: number): number {
  if (unit >= 0x30 && unit <= 0x39) return unit - 0x30;
  if (unit >= 0x61 && unit <= 0x66) return unit - 0x61 + 10;
  if (unit >= 0x41 && unit <= 0x46) return unit - 0x41 + 10;
  return -1;
}

function urlDecodeBytes(bytes: Uint8Array): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte === 0x2b) out.push(0x20);
    else if (byte === 0x25 && i + 2 < bytes.length) {
      const high = hexValue(bytes[i + 1]!);
      const low = hexValue(bytes[i + 2]!);
      if (high >= 0 && low >= 0) {
        out.push((high << 4) | low);
        i += 2;
      } else out.push(byte);
    } else out.push(byte);
  }
  return Uint8Array.from(out);
}

export function urlEncode(value: string | null): string | null {
  if (value === null) return null;
  const bytes = urlEncodeBytes(encodeUtf8(value));
  let text = '';
  for (let i = 0; i < bytes.length; i += 4096) text += String.fromCharCode(...bytes.subarray(i, i + 4096));
  return text;
}

/** `UrlDecode`: `%XX` escapes gather bytes decoded as UTF-8; other characters pass through. Malformed escapes stay as they are. */
export function urlDecode(value: string | null): string | null {
  if (value === null) return null;
  let text = '';
  const pending: number[] = [];
  const flush = () => {
    if (pending.length > 0)
      text += decodeUtf8(Uint8Array.from(pending), 0, pending.length, environment().dotnet);
    pending.length = 0;
  };
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit === 0x25 && i + 2 < value.length) {
      const high = hexValue(value.charCodeAt(i + 1));
      const low = hexValue(value.charCodeAt(i + 2));
      if (high >= 0 && low >= 0) {
        pending.push((high << 4) | low);
        i += 2;
        continue;
      }
    }
    flush();
    text += unit === 0x2b ? ' ' : value[i];
  }
  flush();
  return text;
}

/** The checks of `UrlEncodeToBytes`/`UrlDecodeToBytes`: a null array with a zero count gives null. */
function validBytes(value: Uint8Array | null, offset: number, count: number): value is Uint8Array {
  if (value === null && count === 0) return false;
  if (value === null) throw argumentNull('bytes');
  if (offset < 0 || offset > value.length) throw argumentOutOfRange('offset');
  if (count < 0 || offset + count > value.length) throw argumentOutOfRange('count');
  return true;
}

export function urlEncodeToBytes(value: Uint8Array | null, offset: number, count: number): Uint8Array | null {
  if (!validBytes(value, offset, count)) return null;
  return urlEncodeBytes(value.subarray(offset, offset + count));
}

export function urlDecodeToBytes(value: Uint8Array | null, offset: number, count: number): Uint8Array | null {
  if (!validBytes(value, offset, count)) return null;
  return urlDecodeBytes(value.subarray(offset, offset + count));
}

/**
 * `HtmlEncode`: `<`, `>`, `"`, `'`, `&` as entities, U+00A0 to U+00FF and characters beyond the
 * Basic Multilingual Plane as decimal references; an unpaired surrogate becomes U+FFFD.
 */
export function htmlEncode(value: string | null): string | null {
  if (value === null) return null;
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    switch (unit) {
      case 0x3c:
        out += '&lt;';
        continue;
      case 0x3e:
        out += '&gt;';
        continue;
      case 0x22:
        out += '&quot;';
        continue;
      case 0x27:
        out += '&#39;';
        continue;
      case 0x26:
        out += '&amp;';
        continue;
      default:
        break;
    }
    if (unit >= 0xa0 && unit < 0x100) out += `&#${unit};`;
    else if (unit >= 0xd800 && unit <= 0xdfff) {
      const next = value.charCodeAt(i + 1);
      if (unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        out += `&#${0x10000 + ((unit - 0xd800) << 10) + (next - 0xdc00)};`;
        i++;
      } else out += '\ufffd';
    } else out += value[i];
  }
  return out;
}

/** What `UInt32.TryParse` accepts for a decimal reference (`NumberStyles.Integer`), or null. */
function parseDecimal(text: string): number | null {
  const match = /^[\t\n\v\f\r ]*([+-]?)(\d+)[\t\n\v\f\r ]*$/.exec(text);
  if (match === null) return null;
  const value = Number(match[2]);
  if (value > 0xffffffff || (match[1] === '-' && value !== 0)) return null;
  return value;
}

function parseHex(text: string): number | null {
  if (!/^[0-9a-fA-F]+$/.test(text)) return null;
  const value = Number.parseInt(text, 16);
  return text.replace(/^0+/, '').length > 8 ? null : value;
}

/**
 * `HtmlDecode`: named entities of .NET's table and decimal or hexadecimal references to scalar
 * values, each up to the next `;`; an `&` followed by another `&` before any `;` is literal.
 * Anything not understood is kept as written.
 */
export function htmlDecode(value: string | null): string | null {
  if (value === null) return null;
  if (!value.includes('&')) return value;
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit === 0x26) {
      let end = i + 1;
      while (end < value.length && value[end] !== ';' && value[end] !== '&') end++;
      if (end < value.length && value[end] === ';') {
        const entity = value.slice(i + 1, end);
        if (entity.length > 1 && entity[0] === '#') {
          const code =
            entity[1] === 'x' || entity[1] === 'X'
              ? parseHex(entity.slice(2))
              : parseDecimal(entity.slice(1));
          if (code !== null && (code < 0xd800 || (code > 0xdfff && code <= 0x10ffff))) {
            out += String.fromCodePoint(code);
            i = end;
            continue;
          }
        } else {
          i = end;
          const named = htmlEntity(entity);
          out += named === undefined ? `&${entity};` : String.fromCharCode(named);
          continue;
        }
      }
    }
    out += value[i];
  }
  return out;
}
