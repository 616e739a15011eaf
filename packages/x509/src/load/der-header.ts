/**
 * A minimal DER TLV header reader: enough to find where a certificate starts and ends and to
 * check its outline. Full decoding of certificate fields lives elsewhere in the package; the
 * loaders only need lengths, and must turn every malformed length into a typed error.
 */
import { CertificateLoadError } from './errors.js';

/** One tag-length-value header. */
export interface Tlv {
  /** The identifier octet (single-byte tags only; certificates use no others). */
  readonly tag: number;
  /** Offset of the first content byte. */
  readonly contentStart: number;
  /** Offset just past the last content byte. */
  readonly end: number;
}

/**
 * Reads the TLV header at `offset`. Throws `truncated` when the header or the declared content
 * runs past `limit`, and `not-a-certificate` for encodings DER forbids (indefinite length,
 * multi-byte tags, over-long length fields).
 */
export function readTlv(bytes: Uint8Array, offset: number, limit: number = bytes.length): Tlv {
  if (offset >= limit) {
    throw new CertificateLoadError('truncated', `DER ends at byte ${offset} where an element was expected`);
  }
  const tag = bytes[offset]!;
  if ((tag & 0x1f) === 0x1f) {
    throw new CertificateLoadError('not-a-certificate', `multi-byte ASN.1 tag at byte ${offset}`);
  }
  if (offset + 1 >= limit) {
    throw new CertificateLoadError(
      'truncated',
      `DER ends inside the header of the element at byte ${offset}`,
    );
  }
  const first = bytes[offset + 1]!;
  let length: number;
  let contentStart: number;
  if (first < 0x80) {
    length = first;
    contentStart = offset + 2;
  } else if (first === 0x80) {
    throw new CertificateLoadError(
      'not-a-certificate',
      `indefinite length at byte ${offset} (BER, not DER); a certificate is DER`,
    );
  } else {
    const count = first & 0x7f;
    if (count > 4) {
      throw new CertificateLoadError('not-a-certificate', `length field of ${count} bytes at byte ${offset}`);
    }
    if (offset + 2 + count > limit) {
      throw new CertificateLoadError(
        'truncated',
        `DER ends inside the length of the element at byte ${offset}`,
      );
    }
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[offset + 2 + i]!;
    contentStart = offset + 2 + count;
  }
  const end = contentStart + length;
  if (end > limit) {
    throw new CertificateLoadError(
      'truncated',
      `the element at byte ${offset} declares ${length} content bytes but only ${limit - contentStart} follow`,
    );
  }
  return { tag, contentStart, end };
}
