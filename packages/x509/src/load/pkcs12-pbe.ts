/**
 * PKCS#12's own password-based encryption (RFC 7292 appendix B and C): the key derivation
 * function and the `pbeWithSHAAnd…` schemes. pkijs implements PBES2 (what OpenSSL 3 writes by
 * default) but not these, which `openssl pkcs12 -legacy`, OpenSSL 1.x and Windows' default
 * export use for the certificate bag (40-bit RC2) and the key bag (3DES).
 */
import { createDecipheriv, createHash } from 'node:crypto';
import { decryptRc2Cbc } from './rc2.js';

/** The PKCS#12 PBE schemes, by OID (RFC 7292 appendix C). */
const SCHEMES: ReadonlyMap<string, PbeScheme> = new Map([
  [
    '1.2.840.113549.1.12.1.3',
    { name: 'pbeWithSHAAnd3-KeyTripleDES-CBC', keyLength: 24, cipher: 'des-ede3-cbc' },
  ],
  [
    '1.2.840.113549.1.12.1.4',
    { name: 'pbeWithSHAAnd2-KeyTripleDES-CBC', keyLength: 16, cipher: 'des-ede-cbc' },
  ],
  ['1.2.840.113549.1.12.1.5', { name: 'pbeWithSHAAnd128BitRC2-CBC', keyLength: 16, cipher: 'rc2' }],
  ['1.2.840.113549.1.12.1.6', { name: 'pbeWithSHAAnd40BitRC2-CBC', keyLength: 5, cipher: 'rc2' }],
]);

interface PbeScheme {
  readonly name: string;
  /** Key length in bytes (for RC2 also the effective key length). */
  readonly keyLength: number;
  readonly cipher: 'des-ede3-cbc' | 'des-ede-cbc' | 'rc2';
}

/** Whether `oid` is one of the PKCS#12 PBE schemes this module decrypts. */
export function isPkcs12Pbe(oid: string): boolean {
  return SCHEMES.has(oid);
}

/** The password as PKCS#12 wants it: UTF-16 big-endian with a two-byte terminator. */
export function bmpPassword(password: string): Uint8Array {
  const out = new Uint8Array(password.length * 2 + 2);
  for (let i = 0; i < password.length; i++) {
    const unit = password.charCodeAt(i);
    out[2 * i] = unit >> 8;
    out[2 * i + 1] = unit & 0xff;
  }
  return out;
}

/**
 * RFC 7292 B.2 with SHA-1: derives `length` bytes of purpose `id` (1 key, 2 IV, 3 MAC key).
 */
export function pkcs12Kdf(
  password: Uint8Array,
  salt: Uint8Array,
  iterations: number,
  id: 1 | 2 | 3,
  length: number,
): Uint8Array {
  const u = 20;
  const v = 64;
  const d = new Uint8Array(v).fill(id);
  const s = repeatTo(salt, v * Math.ceil(salt.length / v));
  const p = repeatTo(password, v * Math.ceil(password.length / v));
  const i = new Uint8Array(s.length + p.length);
  i.set(s);
  i.set(p, s.length);
  const out = new Uint8Array(length);
  for (let produced = 0; produced < length; produced += u) {
    let a = createHash('sha1').update(d).update(i).digest();
    for (let round = 1; round < iterations; round++) a = createHash('sha1').update(a).digest();
    out.set(a.subarray(0, Math.min(u, length - produced)), produced);
    if (produced + u >= length) break;
    const b = repeatTo(a, v);
    for (let block = 0; block < i.length; block += v) {
      let carry = 1;
      for (let k = v - 1; k >= 0; k--) {
        const sum = i[block + k]! + b[k]! + carry;
        i[block + k] = sum & 0xff;
        carry = sum >> 8;
      }
    }
  }
  return out;
}

function repeatTo(source: Uint8Array, length: number): Uint8Array {
  const out = new Uint8Array(length);
  if (source.length === 0) return out;
  for (let k = 0; k < length; k++) out[k] = source[k % source.length]!;
  return out;
}

/** Result of a PKCS#12 PBE decryption. */
export type PbeResult =
  | { readonly ok: true; readonly plaintext: Uint8Array }
  | { readonly ok: false; readonly reason: 'bad-padding' | 'unsupported'; readonly detail: string };

/** Decrypts `ciphertext` with scheme `oid`; a failed padding check means a wrong password. */
export function decryptPkcs12Pbe(
  oid: string,
  password: string,
  salt: Uint8Array,
  iterations: number,
  ciphertext: Uint8Array,
): PbeResult {
  const scheme = SCHEMES.get(oid);
  if (scheme === undefined) return { ok: false, reason: 'unsupported', detail: `unknown PBE scheme ${oid}` };
  const bmp = bmpPassword(password);
  const key = pkcs12Kdf(bmp, salt, iterations, 1, scheme.keyLength);
  const iv = pkcs12Kdf(bmp, salt, iterations, 2, 8);
  if (scheme.cipher === 'rc2') {
    const plaintext = decryptRc2Cbc(key, scheme.keyLength * 8, iv, ciphertext);
    return plaintext === null
      ? { ok: false, reason: 'bad-padding', detail: `${scheme.name} decryption failed` }
      : { ok: true, plaintext };
  }
  try {
    const decipher = createDecipheriv(scheme.cipher, key, iv);
    const plaintext = Buffer.concat([decipher.update(ciphertext), decipher.final()]);
    return { ok: true, plaintext: new Uint8Array(plaintext) };
  } catch (error) {
    // OpenSSL reports a wrong key only as "bad decrypt" (padding); that is the one failure here.
    return { ok: false, reason: 'bad-padding', detail: `${scheme.name} decryption failed: ${String(error)}` };
  }
}
