import { encodeUtf8 } from '../encoding/utf8.js';
import { escapedByteAt, percentUnescape } from './uri-escape.js';

/**
 * How `System.Uri` keeps and shows the text of its components. Parsing keeps the characters as
 * written, except that escapes of characters that never need escaping (`%41` → `A`) are
 * decoded and a `%` that starts no escape becomes `%25`. Then:
 *
 * - the escaped view (`AbsoluteUri`, `AbsolutePath`, `Query`, ...) escapes spaces, `"`, `<`, `>`,
 *   `\`, `^`, `` ` ``, `{`, `|`, `}`, control characters and non-ASCII characters (as UTF-8);
 * - the display view (`ToString()`) decodes escapes except those of characters that would change
 *   the meaning of the URI (`%2F`, `%3F`, `%23`, `%25`, ...) or are control characters;
 * - the unescaped view (`LocalPath`) decodes every escape.
 */

const HEX = '0123456789ABCDEF';

/** Characters whose escapes parsing decodes: RFC 3986 unreserved ones and `!'()*:`. */
const isDecodedOnParse = (c: number) =>
  (c >= 0x30 && c <= 0x39) ||
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x61 && c <= 0x7a) ||
  "-._~!'()*:".includes(String.fromCharCode(c));

/** Literal characters the escaped view escapes. */
const needsEscape = (c: number) => c <= 0x20 || c >= 0x7f || '"<>\\^`{|}'.includes(String.fromCharCode(c));

/** Characters whose escapes the display view keeps. */
const keptEscaped = (c: number) => c < 0x20 || c === 0x7f || '#$&+,/;=?@%\\'.includes(String.fromCharCode(c));

/** The stored form of a component as written. */
export function normalizeComponent(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit !== 0x25) {
      out += text[i];
      continue;
    }
    const byte = escapedByteAt(text, i);
    if (byte < 0) out += '%25';
    else {
      out += isDecodedOnParse(byte) ? String.fromCharCode(byte) : text.slice(i, i + 3);
      i += 2;
    }
  }
  return out;
}

/** The escaped view of a stored component. */
export function escapedView(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (!needsEscape(unit)) {
      out += text[i];
      continue;
    }
    let end = i + 1;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) end++;
    }
    for (const byte of encodeUtf8(text, i, end)) out += `%${HEX[byte >> 4]}${HEX[byte & 15]}`;
    i = end - 1;
  }
  return out;
}

/** The display view of a stored component. */
export function displayView(text: string): string {
  return percentUnescape(text, (decoded) => decoded.length > 1 || !keptEscaped(decoded.charCodeAt(0)));
}

/** The unescaped view of a stored component. */
export function unescapedView(text: string): string {
  return percentUnescape(text);
}

/** Whether a segment is `.` or `..`, also when written with `%2E`. */
function dots(segment: string): number {
  const plain = segment.replace(/%2e/gi, '.');
  return plain === '.' ? 1 : plain === '..' ? 2 : 0;
}

/** Removes `.` and `..` segments from an absolute path (RFC 3986 §5.2.4). */
export function removeDotSegments(path: string): string {
  const input = path.split('/');
  const output: string[] = [];
  for (let i = 0; i < input.length; i++) {
    const segment = input[i]!;
    const kind = dots(segment);
    const last = i === input.length - 1;
    if (kind === 1) {
      if (last) output.push('');
    } else if (kind === 2) {
      if (output.length > 1) output.pop();
      if (last) output.push('');
    } else output.push(segment);
  }
  const joined = output.join('/');
  return joined.startsWith('/') ? joined : `/${joined}`;
}
