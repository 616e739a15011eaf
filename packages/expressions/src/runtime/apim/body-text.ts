import { bigEndianUnicode, unicode, utf8 } from '../web/encoding/encodings.js';

/**
 * The text of body bytes as .NET's `StreamReader` reads them by default: a UTF-8, UTF-16 LE or
 * UTF-16 BE byte-order mark selects (and is dropped), UTF-8 otherwise. The message's charset is
 * not consulted.
 */
export function decodeBody(bytes: Uint8Array): string {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return utf8.decode(bytes, 3, bytes.length);
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return unicode.decode(bytes, 2, bytes.length);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return bigEndianUnicode.decode(bytes, 2, bytes.length);
  }
  return utf8.decode(bytes, 0, bytes.length);
}

/** UTF-8 bytes of a body given as text (no byte-order mark). */
export function encodeBody(text: string): Uint8Array {
  return utf8.encode(text, 0, text.length);
}
