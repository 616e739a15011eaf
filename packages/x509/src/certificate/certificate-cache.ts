import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { readTlv } from '../der/index.js';
import { type DecodeCertificateOptions, DecodedCertificate } from './decoded-certificate.js';

/**
 * A bounded cache of decoded certificates keyed by SHA-1 of the DER, so that a certificate seen
 * again (a client reconnecting) costs a hash and a lookup, and keeps the members already decoded.
 * A hit is confirmed by comparing the bytes, so that two certificates with colliding SHA-1 (a
 * chosen-prefix collision is practical) can never share an entry. Entries are per platform and
 * share their `facts` object between uses.
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
    const key = createHash('sha1').update(bytes).digest('hex');
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

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}

/** The process-wide cache `decodeCertificateCached` uses (Windows formatting, 1,000 entries). */
export const certificateCache: CertificateCache = new CertificateCache();

/** `decodeCertificate` through `certificateCache`. */
export function decodeCertificateCached(der: Uint8Array): DecodedCertificate {
  return certificateCache.decode(der);
}
