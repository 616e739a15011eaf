/**
 * Strict standard base64 (RFC 4648 §4), as .NET's `Convert.FromBase64String` reads it: ASCII
 * whitespace anywhere is ignored, padding is optional but only at the end.
 *
 * URL-safe base64 (`-` and `_`) is rejected with a message saying so: no proxy this package
 * reads sends it, .NET rejects it too, and accepting it would let two spellings of one header
 * reach a policy.
 */
import { CertificateLoadError } from './errors.js';

const WHITESPACE = /[ \t\r\n\f\v]/g;
const ALPHABET = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes base64 text; throws `empty`, `bad-base64` or `truncated`. */
export function decodeBase64(text: string, what = 'base64 text'): Uint8Array {
  const compact = text.replace(WHITESPACE, '');
  if (compact.length === 0) throw new CertificateLoadError('empty', `${what} is empty`);
  if (!ALPHABET.test(compact))
    throw new CertificateLoadError('bad-base64', describeBadCharacter(compact, what));
  const padding = compact.endsWith('==') ? 2 : compact.endsWith('=') ? 1 : 0;
  if (padding > 0 && compact.length % 4 !== 0) {
    throw new CertificateLoadError(
      'bad-base64',
      `${what} has '=' padding but its length (${compact.length}) is not a multiple of 4`,
    );
  }
  if (compact.length % 4 === 1) {
    throw new CertificateLoadError(
      'truncated',
      `${what} ends in the middle of a 4-character group (${compact.length} characters); it was cut short`,
    );
  }
  const bytes = Buffer.from(compact, 'base64');
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function describeBadCharacter(compact: string, what: string): string {
  if (/[-_]/.test(compact) && /^[A-Za-z0-9\-_]*={0,2}$/.test(compact)) {
    return `${what} is URL-safe base64 ('-' or '_'); only standard base64 ('+' and '/') is accepted`;
  }
  const index = compact.search(/[^A-Za-z0-9+/=]/);
  if (index >= 0) {
    const code = compact.charCodeAt(index);
    const shown =
      code >= 0x20 && code < 0x7f
        ? `'${compact[index]}'`
        : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    return `${what} contains ${shown}, which is not a base64 character`;
  }
  return `${what} has '=' padding before its end`;
}
