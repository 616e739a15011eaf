/**
 * Base64 decoding for API Management's string helpers: the standard and URL-safe alphabets,
 * padding optional. Returns null for text that is not base64, as the helpers then give null.
 */
export function decodeBase64(text: string, urlSafe: boolean): Uint8Array | null {
  const alphabet = urlSafe
    ? 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    : 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let body = text;
  if (!urlSafe) {
    if (body.length % 4 !== 0) return null;
  }
  body = body.replace(/={1,2}$/, '');
  if (body.length % 4 === 1) return null;
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of body) {
    const digit = alphabet.indexOf(ch);
    if (digit < 0) return null;
    buffer = (buffer << 6) | digit;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return Uint8Array.from(bytes);
}

/** UTF-8 text of bytes; null when they are not valid UTF-8. */
export function utf8Text(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    if (error instanceof TypeError) return null;
    throw error;
  }
}

/** ISO-8859-1 text of bytes: each byte one character. */
export function latin1Text(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}
