/**
 * Maps a certificate's signature AlgorithmIdentifier to a signature scheme a crypto primitive can
 * run: RSA PKCS#1 v1.5, RSA-PSS, ECDSA or EdDSA, with its hash.
 */
import { children, DerError, readOid, readTlv, type Tlv } from './der.js';
import type { AlgorithmIdentifier } from './parsed-certificate.js';

export type HashName = 'sha1' | 'sha224' | 'sha256' | 'sha384' | 'sha512';

export type SignatureScheme =
  | { readonly kind: 'rsa-pkcs1'; readonly hash: HashName }
  | { readonly kind: 'rsa-pss'; readonly hash: HashName; readonly saltLength: number }
  | { readonly kind: 'ecdsa'; readonly hash: HashName }
  | { readonly kind: 'eddsa'; readonly curve: 'ed25519' | 'ed448' };

const HASHES: Readonly<Record<string, HashName>> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.4': 'sha224',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

const FIXED: Readonly<Record<string, SignatureScheme>> = {
  '1.2.840.113549.1.1.5': { kind: 'rsa-pkcs1', hash: 'sha1' },
  '1.2.840.113549.1.1.14': { kind: 'rsa-pkcs1', hash: 'sha224' },
  '1.2.840.113549.1.1.11': { kind: 'rsa-pkcs1', hash: 'sha256' },
  '1.2.840.113549.1.1.12': { kind: 'rsa-pkcs1', hash: 'sha384' },
  '1.2.840.113549.1.1.13': { kind: 'rsa-pkcs1', hash: 'sha512' },
  '1.2.840.10045.4.1': { kind: 'ecdsa', hash: 'sha1' },
  '1.2.840.10045.4.3.1': { kind: 'ecdsa', hash: 'sha224' },
  '1.2.840.10045.4.3.2': { kind: 'ecdsa', hash: 'sha256' },
  '1.2.840.10045.4.3.3': { kind: 'ecdsa', hash: 'sha384' },
  '1.2.840.10045.4.3.4': { kind: 'ecdsa', hash: 'sha512' },
  '1.3.101.112': { kind: 'eddsa', curve: 'ed25519' },
  '1.3.101.113': { kind: 'eddsa', curve: 'ed448' },
};

const RSA_PSS = '1.2.840.113549.1.1.10';
const MGF1 = '1.2.840.113549.1.1.8';

/** The scheme for an AlgorithmIdentifier, or a reason it cannot be used. */
export function signatureScheme(algorithm: AlgorithmIdentifier): SignatureScheme | string {
  const fixed = FIXED[algorithm.oid];
  if (fixed !== undefined) return fixed;
  if (algorithm.oid !== RSA_PSS) return `unsupported signature algorithm ${algorithm.oid}`;
  try {
    return pssScheme(algorithm.parameters);
  } catch (error) {
    if (error instanceof DerError) return `malformed RSASSA-PSS parameters: ${error.message}`;
    throw error;
  }
}

function pssScheme(params: Uint8Array): SignatureScheme | string {
  let hash: HashName = 'sha1';
  let mgfHash: HashName = 'sha1';
  let saltLength = 20;
  if (params.length > 0) {
    const seq = readTlv(params, 0);
    if (seq.tag !== 0x30) return 'RSASSA-PSS parameters must be a SEQUENCE';
    for (const field of children(params, seq)) {
      const inner = readTlv(params, field.contentStart, field.end);
      if (field.tag === 0xa0) {
        const found = hashOf(params, inner);
        if (found === undefined) return 'unsupported RSASSA-PSS hash';
        hash = found;
      } else if (field.tag === 0xa1) {
        const [mgfOid, mgfParams] = children(params, inner);
        if (mgfOid === undefined || readOid(params, mgfOid) !== MGF1 || mgfParams === undefined) {
          return 'unsupported RSASSA-PSS mask generation function';
        }
        const found = hashOf(params, mgfParams);
        if (found === undefined) return 'unsupported RSASSA-PSS MGF1 hash';
        mgfHash = found;
      } else if (field.tag === 0xa2) {
        if (inner.tag !== 0x02 || inner.end - inner.contentStart > 2) return 'bad RSASSA-PSS salt length';
        saltLength = 0;
        for (let i = inner.contentStart; i < inner.end; i++) saltLength = saltLength * 256 + params[i]!;
      }
    }
  }
  if (mgfHash !== hash)
    return 'RSASSA-PSS with an MGF1 hash different from the message hash is not supported';
  return { kind: 'rsa-pss', hash, saltLength };
}

function hashOf(bytes: Uint8Array, algorithmTlv: Tlv): HashName | undefined {
  const [oid] = children(bytes, algorithmTlv);
  return oid === undefined ? undefined : HASHES[readOid(bytes, oid)];
}
