import { DerError } from './der-error.js';
import { Tag } from './tags.js';
import { contentBytes, type Tlv } from './tlv.js';

/** Dotted text of an OBJECT IDENTIFIER's contents (`1.2.840.113549.1.1.11`). */
export function readOid(bytes: Uint8Array, tlv: Tlv): string {
  checkTag(tlv, Tag.ObjectIdentifier, 'an OBJECT IDENTIFIER');
  if (tlv.start === tlv.end) throw new DerError(tlv.offset, 'empty OBJECT IDENTIFIER');
  const arcs: string[] = [];
  let position = tlv.start;
  while (position < tlv.end) {
    if (bytes[position] === 0x80) throw new DerError(position, 'OBJECT IDENTIFIER arc has a leading zero');
    let value = 0;
    let big: bigint | undefined;
    let byte: number;
    do {
      if (position >= tlv.end) throw new DerError(position, 'truncated OBJECT IDENTIFIER arc');
      byte = bytes[position++]!;
      if (big !== undefined) big = big * 128n + BigInt(byte & 0x7f);
      else if (value > 0x3ffffffffff) big = BigInt(value) * 128n + BigInt(byte & 0x7f);
      else value = value * 128 + (byte & 0x7f);
    } while ((byte & 0x80) !== 0);
    if (arcs.length === 0) {
      // The first subidentifier packs two arcs: 40 * first + second (first is 0, 1 or 2).
      if (big !== undefined) arcs.push('2', (big - 80n).toString());
      else if (value < 40) arcs.push('0', String(value));
      else if (value < 80) arcs.push('1', String(value - 40));
      else arcs.push('2', String(value - 80));
    } else {
      arcs.push(big !== undefined ? big.toString() : String(value));
    }
  }
  return arcs.join('.');
}

/**
 * The contents of an INTEGER, as encoded (big-endian two's complement). Non-minimal encodings
 * are accepted because .NET shows serial numbers exactly as encoded.
 */
export function readIntegerBytes(bytes: Uint8Array, tlv: Tlv): Uint8Array {
  checkTag(tlv, Tag.Integer, 'an INTEGER');
  if (tlv.start === tlv.end) throw new DerError(tlv.offset, 'empty INTEGER');
  return contentBytes(bytes, tlv);
}

/** A small non-negative INTEGER (versions, path lengths); rejects values above 2^31 - 1. */
export function readSmallInteger(bytes: Uint8Array, tlv: Tlv): number {
  const content = readIntegerBytes(bytes, tlv);
  if ((content[0]! & 0x80) !== 0)
    throw new DerError(tlv.start, 'negative INTEGER where a count was expected');
  if (content.length > 5 || (content.length === 5 && content[0] !== 0))
    throw new DerError(tlv.start, 'INTEGER too large');
  let value = 0;
  for (const byte of content) value = value * 256 + byte;
  if (value > 0x7fffffff) throw new DerError(tlv.start, 'INTEGER too large');
  return value;
}

/** A BIT STRING: its bytes (without the unused-bits octet) and how many trailing bits are unused. */
export interface BitString {
  readonly unusedBits: number;
  readonly bytes: Uint8Array;
}

export function readBitString(bytes: Uint8Array, tlv: Tlv): BitString {
  checkTag(tlv, Tag.BitString, 'a BIT STRING');
  if (tlv.start === tlv.end) throw new DerError(tlv.offset, 'BIT STRING without its unused-bits octet');
  const unusedBits = bytes[tlv.start]!;
  if (unusedBits > 7) throw new DerError(tlv.start, `BIT STRING with ${unusedBits} unused bits`);
  if (unusedBits > 0 && tlv.end - tlv.start === 1)
    throw new DerError(tlv.start, 'empty BIT STRING with unused bits');
  return { unusedBits, bytes: bytes.subarray(tlv.start + 1, tlv.end) };
}

/** A DER BOOLEAN (`00` or `FF`). */
export function readBoolean(bytes: Uint8Array, tlv: Tlv): boolean {
  checkTag(tlv, Tag.Boolean, 'a BOOLEAN');
  if (tlv.end - tlv.start !== 1) throw new DerError(tlv.offset, 'BOOLEAN must be one octet');
  const value = bytes[tlv.start]!;
  if (value !== 0 && value !== 0xff) throw new DerError(tlv.start, 'BOOLEAN must be 00 or FF in DER');
  return value === 0xff;
}

/** The contents of an OCTET STRING, without copying. */
export function readOctetString(bytes: Uint8Array, tlv: Tlv): Uint8Array {
  checkTag(tlv, Tag.OctetString, 'an OCTET STRING');
  return contentBytes(bytes, tlv);
}

/** Throws a `DerError` unless the element has the given identifier octet. */
export function checkTag(tlv: Tlv, tag: number, what: string): void {
  if (tlv.tag !== tag)
    throw new DerError(
      tlv.offset,
      `expected ${what} (tag 0x${tag.toString(16).padStart(2, '0')}), found tag 0x${tlv.tag.toString(16).padStart(2, '0')}`,
    );
}
