import { md5, sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import type { CHash } from '@noble/hashes/utils.js';

/** An incremental hash computation (noble's hashers have this shape). */
export interface Digest {
  update(data: Uint8Array): unknown;
  digest(): Uint8Array;
}

/** A hash function the runtime computes with @noble/hashes: synchronous and available in every JavaScript runtime. */
export type HashFunction = CHash;

export type HashName = 'MD5' | 'SHA1' | 'SHA256' | 'SHA384' | 'SHA512';

export const hashFunctions: Readonly<Record<HashName, HashFunction>> = {
  MD5: md5,
  SHA1: sha1,
  SHA256: sha256,
  SHA384: sha384,
  SHA512: sha512,
};
