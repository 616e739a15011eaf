/**
 * A minimal DER reader for the structures chain verification needs (certificates, CRLs). It only
 * slices tag-length-value triples; no value is copied. Kept local to verification so that chain
 * checks stay a few microseconds of parsing on top of the signature checks themselves.
 */

/** Thrown when bytes are not the DER structure a caller expected. */
export class DerError extends Error {
  override readonly name = 'DerError';
}

/** One DER element: its tag byte, where its contents lie, and where the whole TLV ends. */
export interface Tlv {
  readonly tag: number;
  /** Offset of the first byte of the TLV (the tag). */
  readonly start: number;
  /** Offset of the first content byte. */
  readonly contentStart: number;
  /** Offset just past the last content byte. */
  readonly end: number;
}

/** Reads the TLV at `offset` of `bytes`, within `limit` (exclusive). */
export function readTlv(bytes: Uint8Array, offset: number, limit: number = bytes.length): Tlv {
  if (offset >= limit) throw new DerError(`DER: expected an element at offset ${offset}, found the end`);
  const tag = bytes[offset]!;
  if ((tag & 0x1f) === 0x1f) throw new DerError(`DER: multi-byte tags are not supported (offset ${offset})`);
  let cursor = offset + 1;
  if (cursor >= limit) throw new DerError(`DER: truncated length at offset ${cursor}`);
  const first = bytes[cursor++]!;
  let length: number;
  if (first < 0x80) {
    length = first;
  } else {
    const count = first & 0x7f;
    if (count === 0) throw new DerError(`DER: indefinite length at offset ${offset}`);
    if (count > 4) throw new DerError(`DER: length too large at offset ${offset}`);
    if (cursor + count > limit) throw new DerError(`DER: truncated length at offset ${cursor}`);
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[cursor++]!;
  }
  const end = cursor + length;
  if (end > limit) throw new DerError(`DER: element at offset ${offset} runs past its container`);
  return { tag, start: offset, contentStart: cursor, end };
}

/** Reads a TLV and requires its tag. */
export function expectTlv(bytes: Uint8Array, offset: number, limit: number, tag: number, what: string): Tlv {
  const tlv = readTlv(bytes, offset, limit);
  if (tlv.tag !== tag) {
    throw new DerError(`DER: expected ${what} (tag 0x${hex2(tag)}), found tag 0x${hex2(tlv.tag)}`);
  }
  return tlv;
}

/** The children of a constructed element. */
export function children(bytes: Uint8Array, parent: Tlv): Tlv[] {
  const out: Tlv[] = [];
  let offset = parent.contentStart;
  while (offset < parent.end) {
    const child = readTlv(bytes, offset, parent.end);
    out.push(child);
    offset = child.end;
  }
  return out;
}

/** The contents of an element, as a view (no copy). */
export function contents(bytes: Uint8Array, tlv: Tlv): Uint8Array {
  return bytes.subarray(tlv.contentStart, tlv.end);
}

/** The whole TLV, as a view (no copy). */
export function whole(bytes: Uint8Array, tlv: Tlv): Uint8Array {
  return bytes.subarray(tlv.start, tlv.end);
}

/** Dotted text of an OBJECT IDENTIFIER element. */
export function readOid(bytes: Uint8Array, tlv: Tlv): string {
  if (tlv.tag !== 0x06)
    throw new DerError(`DER: expected an OBJECT IDENTIFIER, found tag 0x${hex2(tlv.tag)}`);
  if (tlv.end === tlv.contentStart) throw new DerError('DER: empty OBJECT IDENTIFIER');
  const length = tlv.end - tlv.contentStart;
  // Certificate extensions are nearly all 2.5.29.x and name attributes 2.5.4.x: answer those from
  // tables, and other short OIDs (algorithms, access methods) from a memo of their bytes.
  if (length === 3 && bytes[tlv.contentStart] === 0x55) {
    const arc = bytes[tlv.contentStart + 1];
    const last = bytes[tlv.contentStart + 2]!;
    if (last < 0x80) {
      if (arc === 0x1d) return ID_CE[last]!;
      if (arc === 0x04) return ID_AT[last]!;
    }
  }
  if (length > OID_MEMO_MAX_LENGTH) return decodeOid(bytes, tlv);
  let memoKey = '';
  for (let i = tlv.contentStart; i < tlv.end; i++) memoKey += String.fromCharCode(bytes[i]!);
  let text = OID_MEMO.get(memoKey);
  if (text === undefined) {
    text = decodeOid(bytes, tlv);
    if (OID_MEMO.size >= OID_MEMO_LIMIT) OID_MEMO.clear();
    OID_MEMO.set(memoKey, text);
  }
  return text;
}

const OID_MEMO_MAX_LENGTH = 16;
const OID_MEMO_LIMIT = 512;
const OID_MEMO = new Map<string, string>();

function decodeOid(bytes: Uint8Array, tlv: Tlv): string {
  const parts: number[] = [];
  let value = 0;
  for (let i = tlv.contentStart; i < tlv.end; i++) {
    const byte = bytes[i]!;
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) {
      if (parts.length === 0) {
        const first = value < 80 ? Math.floor(value / 40) : 2;
        parts.push(first, value - first * 40);
      } else {
        parts.push(value);
      }
      value = 0;
    }
  }
  return parts.join('.');
}

/** Upper-case hex of bytes. */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += HEX[byte]!;
  return out;
}

const ID_CE: string[] = Array.from({ length: 128 }, (_, i) => `2.5.29.${i}`);
const ID_AT: string[] = Array.from({ length: 128 }, (_, i) => `2.5.4.${i}`);

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).toUpperCase().padStart(2, '0'));

function hex2(value: number): string {
  return HEX[value & 0xff]!;
}

/** Reads a UTCTime (0x17) or GeneralizedTime (0x18) as milliseconds since the epoch. */
export function readTime(bytes: Uint8Array, tlv: Tlv): number {
  const length = tlv.end - tlv.contentStart;
  const digits = (at: number, count: number): number => {
    let value = 0;
    for (let i = 0; i < count; i++) {
      const digit = (bytes[tlv.contentStart + at + i] ?? 0) - 0x30;
      if (digit < 0 || digit > 9)
        throw new DerError(`DER: malformed time "${latin1(bytes.subarray(tlv.contentStart, tlv.end))}"`);
      value = value * 10 + digit;
    }
    return value;
  };
  let year: number;
  let offset: number;
  if (tlv.tag === 0x17) {
    if ((length !== 13 && length !== 11) || bytes[tlv.end - 1] !== 0x5a) {
      throw new DerError(`DER: malformed UTCTime "${latin1(bytes.subarray(tlv.contentStart, tlv.end))}"`);
    }
    const yy = digits(0, 2);
    year = yy < 50 ? 2000 + yy : 1900 + yy;
    offset = 2;
  } else if (tlv.tag === 0x18) {
    if (length < 15 || bytes[tlv.end - 1] !== 0x5a) {
      throw new DerError(
        `DER: malformed GeneralizedTime "${latin1(bytes.subarray(tlv.contentStart, tlv.end))}"`,
      );
    }
    year = digits(0, 4);
    offset = 4;
  } else {
    throw new DerError(`DER: expected a time, found tag 0x${hex2(tlv.tag)}`);
  }
  const month = digits(offset, 2);
  const day = digits(offset + 2, 2);
  const hour = digits(offset + 4, 2);
  const minute = digits(offset + 6, 2);
  const second = length === 11 ? 0 : digits(offset + 8, 2);
  let ms = 0;
  if (tlv.tag === 0x18 && length > 15) {
    if (bytes[tlv.contentStart + 14] !== 0x2e || length > 25)
      throw new DerError('DER: malformed GeneralizedTime fraction');
    const fraction = length - 16;
    ms = Math.floor((digits(15, fraction) / 10 ** fraction) * 1000);
  }
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
    throw new DerError('DER: time out of range');
  }
  return Date.UTC(year, month - 1, day, hour, minute, second, ms);
}

/** Bytes as ISO-8859-1 text. */
export function latin1(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += String.fromCharCode(byte);
  return out;
}

/** Whether two byte ranges are equal. */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
