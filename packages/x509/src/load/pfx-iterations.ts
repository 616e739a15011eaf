/**
 * Iteration counts of a PFX's key derivations, read before any derivation runs, so that a
 * hostile PFX declaring billions of iterations is refused at once instead of spinning the CPU.
 * OpenSSL and Windows write 2,000 to 10,000; the default limit leaves ample room.
 */
import { readTlv } from './der-header.js';
import { CertificateLoadError } from './errors.js';
import { isPkcs12Pbe } from './pkcs12-pbe.js';

/** Default largest iteration count accepted for one key derivation (MAC, PBE, PBKDF2). */
export const DEFAULT_MAX_PFX_ITERATIONS = 600_000;

const PBES2 = '1.2.840.113549.1.5.13';
const SEQUENCE = 0x30;
const OCTET_STRING = 0x04;
const INTEGER = 0x02;
const OID = 0x06;

/** Throws `pfx-unsupported` when `iterations` exceeds `limit`. */
export function checkIterations(iterations: number, limit: number, what: string): void {
  if (iterations > limit) {
    throw new CertificateLoadError(
      'pfx-unsupported',
      `${what} asks for ${iterations} iterations, over the limit of ${limit}; raise maxIterations to load it`,
    );
  }
}

/**
 * The iteration count in the parameters of encryption algorithm `oid` (PKCS#12 PBE or PBES2 with
 * PBKDF2), or null when the parameters have another shape (the decryption then reports it).
 */
export function encryptionIterations(oid: string, parameters: Uint8Array): number | null {
  try {
    const outer = readTlv(parameters, 0);
    if (outer.tag !== SEQUENCE) return null;
    if (isPkcs12Pbe(oid)) {
      // pkcs-12PbeParams ::= SEQUENCE { salt OCTET STRING, iterations INTEGER }
      const salt = readTlv(parameters, outer.contentStart, outer.end);
      return salt.tag === OCTET_STRING ? readInteger(parameters, salt.end, outer.end) : null;
    }
    if (oid !== PBES2) return null;
    // PBES2-params ::= SEQUENCE { keyDerivationFunc SEQUENCE { OID, PBKDF2-params }, encryptionScheme }
    // PBKDF2-params ::= SEQUENCE { salt OCTET STRING, iterationCount INTEGER, … }
    const kdf = readTlv(parameters, outer.contentStart, outer.end);
    const kdfOid = readTlv(parameters, kdf.contentStart, kdf.end);
    const kdfParams = readTlv(parameters, kdfOid.end, kdf.end);
    if (kdf.tag !== SEQUENCE || kdfOid.tag !== OID || kdfParams.tag !== SEQUENCE) return null;
    const salt = readTlv(parameters, kdfParams.contentStart, kdfParams.end);
    return salt.tag === OCTET_STRING ? readInteger(parameters, salt.end, kdfParams.end) : null;
  } catch (error) {
    if (error instanceof CertificateLoadError) return null;
    throw error;
  }
}

/** A non-negative INTEGER at `offset`; null when it is not one or does not fit 48 bits. */
export function readInteger(der: Uint8Array, offset: number, limit: number): number | null {
  const tlv = readTlv(der, offset, limit);
  const length = tlv.end - tlv.contentStart;
  if (tlv.tag !== INTEGER || length < 1 || length > 6 || (der[tlv.contentStart]! & 0x80) !== 0) return null;
  let value = 0;
  for (let i = tlv.contentStart; i < tlv.end; i++) value = value * 256 + der[i]!;
  return value;
}
