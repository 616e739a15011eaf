import type { MappedText } from '../named-values/mapped-text.js';

const NAMED: Readonly<Record<string, string>> = { quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' };
const REFERENCE = /&(quot|apos|lt|gt|amp|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});/y;

/** The character a reference such as `quot` or `#x41` stands for, or null when out of range. */
function referenced(name: string): string | null {
  const named = NAMED[name];
  if (named !== undefined) return named;
  const code = name.startsWith('#x')
    ? Number.parseInt(name.slice(2), 16)
    : Number.parseInt(name.slice(1), 10);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
}

/**
 * `source.slice(start, end)` with XML character references decoded, mapped back to the file:
 * every character of a decoded reference maps to the `&` that starts it, so `&quot;` (six
 * characters in the file) is one character of the result. Anything that is not a reference,
 * a bare `&` included, is copied as it is.
 */
export function decodeReferences(source: string, start: number, end: number): MappedText {
  let amp = source.indexOf('&', start);
  if (amp < 0 || amp >= end) {
    const offsets = new Int32Array(end - start + 1);
    for (let i = 0; i <= end - start; i++) offsets[i] = start + i;
    return { text: source.slice(start, end), offsets };
  }
  // A reference is longer than what it decodes to: the result is never longer than the source.
  const offsets = new Int32Array(end - start + 1);
  const parts: string[] = [];
  let count = 0;
  let i = start;
  while (amp >= 0 && amp < end) {
    parts.push(source.slice(i, amp));
    for (let k = i; k < amp; k++) offsets[count++] = k;
    REFERENCE.lastIndex = amp;
    const match = REFERENCE.exec(source);
    const char = match === null || amp + match[0].length > end ? null : referenced(match[1]!);
    if (match !== null && char !== null) {
      parts.push(char);
      for (let k = 0; k < char.length; k++) offsets[count++] = amp;
      i = amp + match[0].length;
    } else {
      parts.push('&');
      offsets[count++] = amp;
      i = amp + 1;
    }
    amp = source.indexOf('&', i);
  }
  parts.push(source.slice(i, end));
  for (let k = i; k < end; k++) offsets[count++] = k;
  offsets[count++] = end;
  return { text: parts.join(''), offsets: offsets.subarray(0, count) };
}

/** Offset of the first `&` in `[start, end)` that does not start a reference, or -1. */
export function findBareAmpersand(source: string, start: number, end: number): number {
  for (let i = source.indexOf('&', start); i >= 0 && i < end; i = source.indexOf('&', i + 1)) {
    REFERENCE.lastIndex = i;
    const match = REFERENCE.exec(source);
    if (match === null || i + match[0].length > end || referenced(match[1]!) === null) return i;
  }
  return -1;
}
