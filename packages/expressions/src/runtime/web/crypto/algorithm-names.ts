import { invalidCast, notSupported } from '../../exceptions.js';
import { AesCryptoServiceProvider, AesManaged, RijndaelManaged } from './aes.js';
import type { HashName } from './digest.js';
import type { HashAlgorithm } from './hash-algorithm.js';
import {
  createHash,
  hashFamilyOf,
  SHA1Managed,
  SHA256Managed,
  SHA384Managed,
  SHA512Managed,
} from './hash-algorithms.js';
import { HMACMD5, HMACSHA1, HMACSHA256, HMACSHA384, HMACSHA512 } from './hmac.js';
import type { SymmetricAlgorithm } from './symmetric-algorithm.js';

/**
 * The algorithm names `CryptoConfig` resolves for the `Create(string)` factories of .NET
 * Framework (compared case-insensitively). Unknown names give null, as in .NET.
 */

const ns = 'system.security.cryptography.';

const hashes = new Map<string, () => HashAlgorithm>();
const family = (name: HashName, aliases: readonly string[]) => {
  for (const alias of aliases) hashes.set(alias, createHash[name]);
};
family('SHA1', [
  'sha',
  'sha1',
  `${ns}sha1`,
  `${ns}hashalgorithm`,
  `${ns}sha1cryptoserviceprovider`,
  'http://www.w3.org/2000/09/xmldsig#sha1',
]);
family('MD5', ['md5', `${ns}md5`, `${ns}md5cryptoserviceprovider`]);
family('SHA256', ['sha256', 'sha-256', `${ns}sha256`, 'http://www.w3.org/2001/04/xmlenc#sha256']);
family('SHA384', ['sha384', 'sha-384', `${ns}sha384`, 'http://www.w3.org/2001/04/xmldsig-more#sha384']);
family('SHA512', ['sha512', 'sha-512', `${ns}sha512`, 'http://www.w3.org/2001/04/xmlenc#sha512']);
const managed: readonly [string, () => HashAlgorithm][] = [
  [`${ns}sha1managed`, () => new SHA1Managed()],
  [`${ns}sha256managed`, () => new SHA256Managed()],
  [`${ns}sha384managed`, () => new SHA384Managed()],
  [`${ns}sha512managed`, () => new SHA512Managed()],
];
for (const [name, create] of managed) hashes.set(name, create);

const hmacs = new Map<string, () => HashAlgorithm>();
const keyed: readonly [string, () => HashAlgorithm][] = [
  ['hmacmd5', () => new HMACMD5()],
  ['hmacsha1', () => new HMACSHA1()],
  ['hmacsha256', () => new HMACSHA256()],
  ['hmacsha384', () => new HMACSHA384()],
  ['hmacsha512', () => new HMACSHA512()],
];
for (const [name, create] of keyed) {
  hmacs.set(name, create);
  hmacs.set(`${ns}${name}`, create);
}
hmacs.set(`${ns}hmac`, () => new HMACSHA1());
hmacs.set(`${ns}keyedhashalgorithm`, () => new HMACSHA1());

/** `HashAlgorithm.Create(hashName)`: hash and keyed-hash names. */
export function hashAlgorithmNamed(name: string): HashAlgorithm | null {
  const key = name.toLowerCase();
  return (hashes.get(key) ?? hmacs.get(key))?.() ?? null;
}

/** `KeyedHashAlgorithm.Create(algName)` and `HMAC.Create(algorithmName)`. */
export function keyedHashAlgorithmNamed(name: string): HashAlgorithm | null {
  return hmacs.get(name.toLowerCase())?.() ?? null;
}

/** `MD5.Create(name)`, `SHA256.Create(name)`, ...: a name of another family fails the cast .NET makes. */
export function familyHashNamed(familyName: HashName, name: string): HashAlgorithm | null {
  const found = hashes.get(name.toLowerCase());
  if (found === undefined) return null;
  const made = found();
  if (hashFamilyOf(made) !== familyName)
    throw invalidCast(made.ToString(), `System.Security.Cryptography.${familyName}`);
  return made;
}

const symmetric = new Map<string, () => SymmetricAlgorithm>([
  ['aes', () => new AesCryptoServiceProvider()],
  [`${ns}aes`, () => new AesCryptoServiceProvider()],
  ['aescryptoserviceprovider', () => new AesCryptoServiceProvider()],
  [`${ns}aescryptoserviceprovider`, () => new AesCryptoServiceProvider()],
  ['aesmanaged', () => new AesManaged()],
  [`${ns}aesmanaged`, () => new AesManaged()],
  ['rijndael', () => new RijndaelManaged()],
  [`${ns}rijndael`, () => new RijndaelManaged()],
  [`${ns}rijndaelmanaged`, () => new RijndaelManaged()],
  [`${ns}symmetricalgorithm`, () => new RijndaelManaged()],
  ['http://www.w3.org/2001/04/xmlenc#aes128-cbc', () => new RijndaelManaged()],
  ['http://www.w3.org/2001/04/xmlenc#aes192-cbc', () => new RijndaelManaged()],
  ['http://www.w3.org/2001/04/xmlenc#aes256-cbc', () => new RijndaelManaged()],
]);

/** Symmetric algorithms .NET has that this runtime does not implement. */
const unimplemented = new Set([
  'des',
  `${ns}des`,
  '3des',
  'tripledes',
  'triple des',
  `${ns}tripledes`,
  'rc2',
  `${ns}rc2`,
]);

/** `SymmetricAlgorithm.Create(algName)`. */
export function symmetricAlgorithmNamed(name: string): SymmetricAlgorithm | null {
  const key = name.toLowerCase();
  if (unimplemented.has(key))
    throw notSupported(`The symmetric algorithm '${name}' is not supported here; use AES (Aes, Rijndael).`);
  return symmetric.get(key)?.() ?? null;
}
