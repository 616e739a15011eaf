/**
 * UTF-8 as .NET's `UTF8Encoding` does it with its default replacement fallbacks: unpaired
 * surrogates encode as U+FFFD, and invalid byte sequences decode to U+FFFD. How many U+FFFD an
 * invalid sequence becomes differs between .NET Framework and modern .NET, so decoding takes the
 * flavour to reproduce.
 */

const REPLACEMENT = 0xfffd;

/** The number of bytes `encodeUtf8` produces for `text[start, end)`. */
export function utf8ByteCount(text: string, start = 0, end = text.length): number {
  let count = 0;
  for (let i = start; i < end; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) count += 1;
    else if (unit < 0x800) count += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < end && isLowSurrogate(text.charCodeAt(i + 1))) {
      count += 4;
      i++;
    } else count += 3;
  }
  return count;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Encodes `text[start, end)`; unpaired surrogates become EF BF BD. */
export function encodeUtf8(text: string, start = 0, end = text.length): Uint8Array {
  const bytes = new Uint8Array(utf8ByteCount(text, start, end));
  let at = 0;
  for (let i = start; i < end; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) {
      const next = i + 1 < end ? text.charCodeAt(i + 1) : 0;
      if (code <= 0xdbff && isLowSurrogate(next)) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else code = REPLACEMENT;
    }
    if (code < 0x80) bytes[at++] = code;
    else if (code < 0x800) {
      bytes[at++] = 0xc0 | (code >> 6);
      bytes[at++] = 0x80 | (code & 0x3f);
    } else if (code < 0x10000) {
      bytes[at++] = 0xe0 | (code >> 12);
      bytes[at++] = 0x80 | ((code >> 6) & 0x3f);
      bytes[at++] = 0x80 | (code & 0x3f);
    } else {
      bytes[at++] = 0xf0 | (code >> 18);
      bytes[at++] = 0x80 | ((code >> 12) & 0x3f);
      bytes[at++] = 0x80 | ((code >> 6) & 0x3f);
      bytes[at++] = 0x80 | (code & 0x3f);
    }
  }
  return bytes;
}

/** The continuation bytes a lead byte announces, or -1 when it cannot start a sequence. */
function trailingCount(lead: number): number {
  if (lead < 0x80) return 0;
  if (lead < 0xc2) return -1;
  if (lead < 0xe0) return 1;
  if (lead < 0xf0) return 2;
  if (lead < 0xf5) return 3;
  return -1;
}

/** Whether the second byte of a sequence is allowed after its lead (no overlong form, surrogate or value above U+10FFFF). */
function secondByteValid(lead: number, second: number): boolean {
  if (lead === 0xe0) return second >= 0xa0;
  if (lead === 0xed) return second < 0xa0;
  if (lead === 0xf0) return second >= 0x90;
  if (lead === 0xf4) return second < 0x90;
  return true;
}

/**
 * Decodes `bytes[start, end)`.
 *
 * - Modern .NET (`core`) replaces each maximal subpart of an ill-formed sequence with one
 *   U+FFFD, as Unicode recommends and as `TextDecoder` does: `E0 80 80` is three U+FFFD.
 * - .NET Framework accepts the second byte of a sequence before checking it, so a lead byte and
 *   a bad second byte become one U+FFFD: `E0 80 80` is two.
 *
 * Lead bytes C0, C1 and F5 to FF, stray continuation bytes, and truncated sequences behave
 * alike in both.
 */
export function decodeUtf8(
  bytes: Uint8Array,
  start = 0,
  end = bytes.length,
  flavour: 'framework' | 'core' = 'framework',
): string {
  const units: number[] = [];
  let text = '';
  const flush = () => {
    text += String.fromCharCode(...units);
    units.length = 0;
  };
  let i = start;
  while (i < end) {
    const lead = bytes[i]!;
    const needed = trailingCount(lead);
    if (needed === 0) {
      units.push(lead);
      i++;
    } else if (needed < 0) {
      units.push(REPLACEMENT);
      i++;
    } else {
      let code = lead & (0x3f >> needed);
      let j = i + 1;
      let valid = true;
      for (let k = 0; k < needed; k++, j++) {
        const next = j < end ? bytes[j]! : -1;
        if (next < 0 || (next & 0xc0) !== 0x80) {
          valid = false;
          break;
        }
        if (k === 0 && !secondByteValid(lead, next)) {
          valid = false;
          // .NET Framework has already consumed the second byte into the bad sequence.
          if (flavour === 'framework') j++;
          break;
        }
        code = (code << 6) | (next & 0x3f);
      }
      if (!valid) {
        units.push(REPLACEMENT);
        i = j;
      } else {
        if (code >= 0x10000) {
          code -= 0x10000;
          units.push(0xd800 + (code >> 10), 0xdc00 + (code & 0x3ff));
        } else units.push(code);
        i = j;
      }
    }
    if (units.length > 4096) flush();
  }
  flush();
  return text;
}

/** The number of UTF-16 code units `decodeUtf8` produces. */
export function utf8CharCount(
  bytes: Uint8Array,
  start = 0,
  end = bytes.length,
  flavour: 'framework' | 'core' = 'framework',
): number {
  return decodeUtf8(bytes, start, end, flavour).length;
}
