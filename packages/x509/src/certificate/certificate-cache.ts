import { LRUCache } from 'lru-cache';
import { readTlv } from '../der/index.js';
import { type DecodeCertificateOptions, DecodedCertificate } from './decoded-certificate.js';

/**
 * A bounded cache of decoded certificates, so that a certificate seen again (a client
 * reconnecting) costs a lookup and a comparison, and keeps the members already decoded. The key
 * is the length of the DER and its last bytes: the end of the signature, which differs from one
 * certificate to the next, and costs nothing to read where a hash of the whole DER costs
 * microseconds. A hit is confirmed by comparing all the bytes, so two certificates can never share
 * an entry; certificates crafted with the same key only replace each other. Entries are per
 * platform and share their `facts` object between uses.
 */
export class CertificateCache {
  readonly #entries: LRUCache<string, DecodedCertificate>;
  readonly #options: DecodeCertificateOptions;

  constructor(maxEntries = 1000, options: DecodeCertificateOptions = {}) {
    this.#entries = new LRUCache({ max: maxEntries });
    this.#options = options;
  }

  /** The cached certificate for these bytes, decoding and caching it on a miss. */
  decode(der: Uint8Array): DecodedCertificate {
    const end = readTlv(der, 0).end;
    const bytes = end === der.length ? der : der.subarray(0, end);
    const key = keyOf(bytes);
    const cached = this.#entries.get(key);
    if (cached !== undefined && sameBytes(cached.rawData, bytes)) return cached;
    const decoded = new DecodedCertificate(bytes, this.#options);
    this.#entries.set(key, decoded);
    return decoded;
  }

  get size(): number {
    return this.#entries.size;
  }

  clear(): void {
    this.#entries.clear();
  }
}

/** How many trailing bytes of the DER go into the key. */
const KEY_TAIL = 24;

function keyOf(bytes: Uint8Array): string {
  const length = bytes.length;
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, length).toString(
    'latin1',
    Math.max(0, length - KEY_TAIL),
    length,
  );
  return `${length}:${tail}`;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}

/** The process-wide cache `decodeCertificateCached` uses (Windows formatting, 1,000 entries). */
export const certificateCache: CertificateCache = new CertificateCache();

/** `decodeCertificate` through `certificateCache`. */
export function decodeCertificateCached(der: Uint8Array): DecodedCertificate {
  return certificateCache.decode(der);
}
