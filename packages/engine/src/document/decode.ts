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
  if (source.indexOf('&', start) < 0 || source.indexOf('&', start) >= end) {
    const offsets = new Int32Array(end - start + 1);
    for (let i = 0; i <= end - start; i++) offsets[i] = start + i;
    return { text: source.slice(start, end), offsets };
  }
  let text = '';
  const offsets: number[] = [];
  let i = start;
  while (i < end) {
    if (source.charCodeAt(i) === 38) {
      REFERENCE.lastIndex = i;
      const match = REFERENCE.exec(source);
      const char = match === null || i + match[0].length > end ? null : referenced(match[1]!);
      if (match !== null && char !== null) {
        text += char;
        for (let k = 0; k < char.length; k++) offsets.push(i);
        i += match[0].length;
        continue;
      }
    }
    text += source[i];
    offsets.push(i);
    i++;
  }
  offsets.push(end);
  return { text, offsets: Int32Array.from(offsets) };
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
