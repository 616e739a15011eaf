import {
  checkTag,
  childrenOf,
  DerError,
  readBitString,
  readOid,
  readTlv,
  Tag,
  type Tlv,
} from '../der/index.js';
import type { NamePlatform } from '../names/index.js';
import { Oids, oidInfo } from './oids.js';
import type { PublicKeyInfo } from './source-shape.js';

const CURVE_BITS: ReadonlyMap<string, number> = new Map([
  ['1.2.840.10045.3.1.7', 256],
  ['1.3.132.0.34', 384],
  ['1.3.132.0.35', 521],
  ['1.3.132.0.10', 256],
  ['1.3.36.3.3.2.8.1.1.7', 256],
  ['1.3.36.3.3.2.8.1.1.11', 384],
  ['1.3.36.3.3.2.8.1.1.13', 512],
]);

/**
 * The SubjectPublicKeyInfo as .NET's `PublicKey` shows it: algorithm OID, key size in bits, the
 * subjectPublicKey BIT STRING's contents and the algorithm parameters' DER (empty when absent).
 * Throws `DerError` when malformed.
 */
export function readPublicKey(der: Uint8Array, spki: Tlv, platform: NamePlatform): PublicKeyInfo {
  const [algorithm, key] = childrenOf(der, spki);
  if (algorithm === undefined || key === undefined)
    throw new DerError(spki.offset, 'incomplete SubjectPublicKeyInfo');
  checkTag(algorithm, Tag.Sequence, 'AlgorithmIdentifier (SEQUENCE)');
  const oidTlv = readTlv(der, algorithm.start, algorithm.end);
  const oid = readOid(der, oidTlv);
  const parameters = oidTlv.end < algorithm.end ? readTlv(der, oidTlv.end, algorithm.end) : undefined;
  const encodedKeyValue = readBitString(der, key).bytes;
  return {
    algorithm: oidInfo(oid, platform),
    keySize: keySize(der, oid, parameters, encodedKeyValue),
    encodedKeyValue: encodedKeyValue.slice(),
    encodedParameters:
      parameters === undefined ? new Uint8Array(0) : der.slice(parameters.offset, parameters.end),
  };
}

function keySize(der: Uint8Array, oid: string, parameters: Tlv | undefined, key: Uint8Array): number {
  switch (oid) {
    case Oids.rsa: {
      const sequence = readTlv(key, 0);
      const modulus = readTlv(key, sequence.start, sequence.end);
      checkTag(modulus, Tag.Integer, 'RSA modulus (INTEGER)');
      return integerBits(key, modulus);
    }
    case Oids.ec: {
      if (parameters?.tag === Tag.ObjectIdentifier) {
        const bits = CURVE_BITS.get(readOid(der, parameters));
        if (bits !== undefined) return bits;
      }
      return ((key.length - 1) / 2) * 8;
    }
    case Oids.ed25519:
      return 256;
    case Oids.ed448:
      return 456;
    case Oids.dsa: {
      if (parameters?.tag !== Tag.Sequence) return 0;
      const p = readTlv(der, parameters.start, parameters.end);
      checkTag(p, Tag.Integer, 'DSA p (INTEGER)');
      return integerBits(der, p);
    }
    default:
      return key.length * 8;
  }
}

/** Bit length of a non-negative INTEGER's value. */
function integerBits(bytes: Uint8Array, tlv: Tlv): number {
  let start = tlv.start;
  while (start < tlv.end - 1 && bytes[start] === 0) start++;
  const first = bytes[start] ?? 0;
  return (tlv.end - start - 1) * 8 + (first === 0 ? 0 : 32 - Math.clz32(first));
}
