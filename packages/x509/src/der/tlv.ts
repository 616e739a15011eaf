import { DerError } from './der-error.js';

/**
 * One DER element (tag-length-value) located in a buffer. Offsets are absolute positions in the
 * buffer: `offset` is the first identifier octet, `start`..`end` the contents.
 */
export interface Tlv {
  /** First identifier octet (class, constructed bit and, in low tag form, the tag number). */
  readonly tag: number;
  /** Tag number (differs from `tag & 0x1f` only in high tag form). */
  readonly tagNumber: number;
  readonly offset: number;
  readonly start: number;
  readonly end: number;
}

/**
 * Reads the element that begins at `offset` and must end by `limit` (exclusive). Strict DER:
 * definite lengths only, in their shortest form, and no element may run past `limit`.
 */
export function readTlv(bytes: Uint8Array, offset: number, limit: number = bytes.length): Tlv {
  if (limit > bytes.length) limit = bytes.length;
  if (offset >= limit) throw new DerError(offset, 'expected an element, found the end of the data');
  const tag = bytes[offset]!;
  let position = offset + 1;
  let tagNumber = tag & 0x1f;
  if (tagNumber === 0x1f) {
    tagNumber = 0;
    let first = true;
    for (;;) {
      if (position >= limit) throw new DerError(position, 'truncated high tag number');
      const byte = bytes[position]!;
      if (first && byte === 0x80) throw new DerError(position, 'high tag number has a leading zero');
      first = false;
      position++;
      tagNumber = tagNumber * 128 + (byte & 0x7f);
      if (tagNumber > 0x1fffff) throw new DerError(position, 'tag number too large');
      if ((byte & 0x80) === 0) break;
    }
    if (tagNumber < 0x1f) throw new DerError(offset, 'high tag form used for a low tag number');
  }
  if (position >= limit) throw new DerError(position, 'truncated length');
  const first = bytes[position++]!;
  let length: number;
  if (first < 0x80) {
    length = first;
  } else {
    const count = first & 0x7f;
    if (count === 0) throw new DerError(position - 1, 'indefinite length is not allowed in DER');
    if (count > 4) throw new DerError(position - 1, `length of ${count} octets is too large`);
    if (position + count > limit) throw new DerError(position, 'truncated length');
    if (bytes[position] === 0) throw new DerError(position, 'length has a leading zero octet');
    length = 0;
    for (let index = 0; index < count; index++) length = length * 256 + bytes[position++]!;
    if (length < 0x80) throw new DerError(position - count - 1, 'long form used for a short length');
  }
  const end = position + length;
  if (end > limit)
    throw new DerError(offset, `element of ${length} bytes runs past the end of its container`);
  return { tag, tagNumber, offset, start: position, end };
}

/** Reads an element and checks its identifier octet. */
export function expectTlv(bytes: Uint8Array, offset: number, limit: number, tag: number, what: string): Tlv {
  const tlv = readTlv(bytes, offset, limit);
  if (tlv.tag !== tag)
    throw new DerError(offset, `expected ${what} (tag 0x${hexByte(tag)}), found tag 0x${hexByte(tlv.tag)}`);
  return tlv;
}

/** The elements inside a constructed element, in order; the contents must be whole elements. */
export function childrenOf(bytes: Uint8Array, parent: Tlv): Tlv[] {
  if ((parent.tag & 0x20) === 0) throw new DerError(parent.offset, 'expected a constructed element');
  const children: Tlv[] = [];
  let position = parent.start;
  while (position < parent.end) {
    const child = readTlv(bytes, position, parent.end);
    children.push(child);
    position = child.end;
  }
  return children;
}

/** The whole element's bytes (identifier, length and contents), without copying. */
export function tlvBytes(bytes: Uint8Array, tlv: Tlv): Uint8Array {
  return bytes.subarray(tlv.offset, tlv.end);
}

/** The contents' bytes, without copying. */
export function contentBytes(bytes: Uint8Array, tlv: Tlv): Uint8Array {
  return bytes.subarray(tlv.start, tlv.end);
}

function hexByte(value: number): string {
  return value.toString(16).padStart(2, '0');
}
