import { DerError } from './der-error.js';
import { Tag } from './tags.js';
import type { Tlv } from './tlv.js';

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Tags of the character string types `readString` decodes. */
export const STRING_TAGS: ReadonlySet<number> = new Set([
  Tag.Utf8String,
  Tag.NumericString,
  Tag.PrintableString,
  Tag.T61String,
  Tag.Ia5String,
  Tag.VisibleString,
  Tag.UniversalString,
  Tag.BmpString,
]);

/**
 * Text of a character string element, checked as .NET's `AsnCharacterStringEncodings` checks it:
 * PrintableString, NumericString, IA5String and VisibleString accept only their character sets,
 * UTF8String must be valid UTF-8, BMPString is UCS-2 big-endian, UniversalString UCS-4
 * big-endian; a T61String is read as UTF-8 when valid, otherwise as ISO-8859-1. Throws a
 * `DerError` for a byte outside the type's set or for a type that is not a character string.
 */
export function readString(bytes: Uint8Array, tlv: Tlv): string {
  const { start, end } = tlv;
  switch (tlv.tag) {
    case Tag.Utf8String:
      return decodeUtf8(bytes, start, end);
    case Tag.PrintableString:
      return decodeAscii(bytes, start, end, isPrintable, 'PrintableString');
    case Tag.Ia5String:
      return decodeAscii(bytes, start, end, (byte) => byte < 0x80, 'IA5String');
    case Tag.NumericString:
      return decodeAscii(
        bytes,
        start,
        end,
        (byte) => byte === 0x20 || (byte >= 0x30 && byte <= 0x39),
        'NumericString',
      );
    case Tag.VisibleString:
      return decodeAscii(bytes, start, end, (byte) => byte >= 0x20 && byte < 0x7f, 'VisibleString');
    case Tag.T61String: {
      const content = bytes.subarray(start, end);
      try {
        return utf8Strict.decode(content);
      } catch (error) {
        if (!(error instanceof TypeError)) throw error;
        return latin1(bytes, start, end);
      }
    }
    case Tag.BmpString:
      return decodeUcs(bytes, start, end, 2, 'BMPString');
    case Tag.UniversalString:
      return decodeUcs(bytes, start, end, 4, 'UniversalString');
    default:
      throw new DerError(
        tlv.offset,
        `tag 0x${tlv.tag.toString(16).padStart(2, '0')} is not a character string`,
      );
  }
}

/**
 * Like `readString`, but never rejects a character: bytes outside a string type's set are read
 * as ISO-8859-1 and invalid UTF-8 becomes U+FFFD. Windows' crypt32 shows such names instead of
 * failing (x509-dotnet.md §1.7). Non-string tags still throw.
 */
export function readStringLenient(bytes: Uint8Array, tlv: Tlv): string {
  switch (tlv.tag) {
    case Tag.Utf8String:
      return utf8Lenient.decode(bytes.subarray(tlv.start, tlv.end));
    case Tag.PrintableString:
    case Tag.Ia5String:
    case Tag.NumericString:
    case Tag.VisibleString:
      return latin1(bytes, tlv.start, tlv.end);
    case Tag.BmpString:
    case Tag.UniversalString:
      if ((tlv.end - tlv.start) % (tlv.tag === Tag.BmpString ? 2 : 4) !== 0)
        return latin1(bytes, tlv.start, tlv.end);
      return readString(bytes, tlv);
    default:
      return readString(bytes, tlv);
  }
}

function isPrintable(byte: number): boolean {
  // A-Z a-z 0-9 space ' ( ) + , - . / : = ?
  return (
    (byte >= 0x41 && byte <= 0x5a) ||
    (byte >= 0x61 && byte <= 0x7a) ||
    (byte >= 0x30 && byte <= 0x39) ||
    byte === 0x20 ||
    (byte >= 0x27 && byte <= 0x29) ||
    (byte >= 0x2b && byte <= 0x2f) ||
    byte === 0x3a ||
    byte === 0x3d ||
    byte === 0x3f
  );
}

function decodeUtf8(bytes: Uint8Array, start: number, end: number): string {
  try {
    return utf8Strict.decode(bytes.subarray(start, end));
  } catch (error) {
    if (error instanceof TypeError) throw new DerError(start, 'UTF8String is not valid UTF-8');
    throw error;
  }
}

function decodeAscii(
  bytes: Uint8Array,
  start: number,
  end: number,
  allowed: (byte: number) => boolean,
  what: string,
): string {
  let text = '';
  for (let position = start; position < end; position++) {
    const byte = bytes[position]!;
    if (!allowed(byte))
      throw new DerError(
        position,
        `byte 0x${byte.toString(16).padStart(2, '0')} is not allowed in a ${what}`,
      );
    text += String.fromCharCode(byte);
  }
  return text;
}

function latin1(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let position = start; position < end; position++) text += String.fromCharCode(bytes[position]!);
  return text;
}

function decodeUcs(bytes: Uint8Array, start: number, end: number, width: 2 | 4, what: string): string {
  if ((end - start) % width !== 0)
    throw new DerError(start, `${what} length ${end - start} is not a multiple of ${width}`);
  let text = '';
  for (let position = start; position < end; position += width) {
    let code = 0;
    for (let index = 0; index < width; index++) code = code * 256 + bytes[position + index]!;
    if (width === 4 && (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)))
      throw new DerError(position, `${what} character U+${code.toString(16)} is not a Unicode scalar value`);
    text += width === 2 ? String.fromCharCode(code) : String.fromCodePoint(code);
  }
  return text;
}
