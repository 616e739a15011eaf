/**
 * UTF-16 as .NET's `UnicodeEncoding` does it with its default fallbacks: unpaired surrogates
 * become U+FFFD both ways, and a trailing odd byte decodes to U+FFFD.
 */

const REPLACEMENT = 0xfffd;

/** `text` with every unpaired surrogate replaced by U+FFFD, as .NET's encoders see it. */
export function wellFormed(text: string, start = 0, end = text.length): string {
  let result = '';
  let from = start;
  for (let i = start; i < end; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xd800 || unit > 0xdfff) continue;
    if (unit <= 0xdbff && i + 1 < end) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    result += `${text.slice(from, i)}\ufffd`;
    from = i + 1;
  }
  return result + text.slice(from, end);
}

export function encodeUtf16(text: string, bigEndian: boolean, start = 0, end = text.length): Uint8Array {
  const clean = wellFormed(text, start, end);
  const bytes = new Uint8Array(clean.length * 2);
  for (let i = 0; i < clean.length; i++) {
    const unit = clean.charCodeAt(i);
    bytes[2 * i + (bigEndian ? 1 : 0)] = unit & 0xff;
    bytes[2 * i + (bigEndian ? 0 : 1)] = unit >> 8;
  }
  return bytes;
}

export function decodeUtf16(bytes: Uint8Array, bigEndian: boolean, start = 0, end = bytes.length): string {
  const units: number[] = [];
  for (let i = start; i + 1 < end; i += 2) {
    const a = bytes[i]!;
    const b = bytes[i + 1]!;
    units.push(bigEndian ? (a << 8) | b : (b << 8) | a);
  }
  let text = '';
  for (let i = 0; i < units.length; i += 4096) text += String.fromCharCode(...units.slice(i, i + 4096));
  text = wellFormed(text);
  return (end - start) % 2 === 1 ? `${text}\ufffd` : text;
}

export function encodeUtf32(text: string, bigEndian: boolean, start = 0, end = text.length): Uint8Array {
  const clean = wellFormed(text, start, end);
  const codes: number[] = [];
  for (let i = 0; i < clean.length; i++) {
    const unit = clean.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      codes.push(0x10000 + ((unit - 0xd800) << 10) + (clean.charCodeAt(i + 1) - 0xdc00));
      i++;
    } else codes.push(unit);
  }
  const bytes = new Uint8Array(codes.length * 4);
  const view = new DataView(bytes.buffer);
  codes.forEach((code, i) => {
    view.setUint32(i * 4, code, !bigEndian);
  });
  return bytes;
}

/** Decodes UTF-32: surrogate code points, values above U+10FFFF and a trailing partial unit become U+FFFD. */
export function decodeUtf32(bytes: Uint8Array, bigEndian: boolean, start = 0, end = bytes.length): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let text = '';
  let i = start;
  for (; i + 3 < end; i += 4) {
    const code = view.getUint32(i, !bigEndian);
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) text += String.fromCharCode(REPLACEMENT);
    else text += String.fromCodePoint(code);
  }
  return i < end ? `${text}\ufffd` : text;
}
