import { hmac } from '@noble/hashes/hmac.js';
import { environment } from '../../environment.js';
import { argumentNull, nullReference } from '../../exceptions.js';
import { DOTNET_TYPE } from '../../values.js';
import { cryptographic } from './crypto-errors.js';
import { type Digest, type HashName, hashFunctions } from './digest.js';
import { HashAlgorithm } from './hash-algorithm.js';
import { randomBytes } from './random.js';

/**
 * `KeyedHashAlgorithm` and `HMAC` with their concrete classes. A parameterless constructor makes
 * a random key as long as the hash's block (64 bytes, 128 for SHA-384 and SHA-512), as .NET does.
 */
export abstract class KeyedHashAlgorithm extends HashAlgorithm {
  static override readonly [DOTNET_TYPE]: string = 'System.Security.Cryptography.KeyedHashAlgorithm';
}

export abstract class HMAC extends KeyedHashAlgorithm {
  static override readonly [DOTNET_TYPE]: string = 'System.Security.Cryptography.HMAC';
  #key: Uint8Array;
  HashName: string;

  constructor(
    protected readonly hashFunction: HashName,
    key: Uint8Array | null | undefined,
  ) {
    super();
    this.HashName = hashFunction;
    this.#key =
      key === undefined ? randomBytes(hashFunctions[hashFunction].blockLen) : checkedKey(key, 'key');
  }

  get HashSize(): number {
    return hashFunctions[this.hashFunction].outputLen * 8;
  }

  /** The block size of the underlying hash, in bytes (`BlockSizeValue`). */
  get blockSize(): number {
    return hashFunctions[this.hashFunction].blockLen;
  }

  get Key(): Uint8Array {
    this.checkDisposed();
    return this.#key.slice();
  }

  set Key(value: Uint8Array | null) {
    this.checkDisposed();
    if (this.state !== 0)
      throw cryptographic('Hash key cannot be changed after the first write to the stream.');
    this.#key = checkedKey(value, 'value');
  }

  protected start(): Digest {
    return hmac.create(hashFunctions[this.hashFunction], this.#key);
  }
}

/** A null key: .NET Framework fails on it with a null reference, modern .NET checks the argument. */
function checkedKey(key: Uint8Array | null, parameter: string): Uint8Array {
  if (key === null) throw environment().dotnet === 'framework' ? nullReference() : argumentNull(parameter);
  return key.slice();
}

export class HMACMD5 extends HMAC {
  static override readonly [DOTNET_TYPE] = 'System.Security.Cryptography.HMACMD5';
  constructor(key?: Uint8Array | null) {
    super('MD5', key);
  }
}
export class HMACSHA1 extends HMAC {
  static override readonly [DOTNET_TYPE] = 'System.Security.Cryptography.HMACSHA1';
  constructor(key?: Uint8Array | null) {
    super('SHA1', key);
  }
}
export class HMACSHA256 extends HMAC {
  static override readonly [DOTNET_TYPE] = 'System.Security.Cryptography.HMACSHA256';
  constructor(key?: Uint8Array | null) {
    super('SHA256', key);
  }
}
export class HMACSHA384 extends HMAC {
  static override readonly [DOTNET_TYPE] = 'System.Security.Cryptography.HMACSHA384';
  constructor(key?: Uint8Array | null) {
    super('SHA384', key);
  }
}
export class HMACSHA512 extends HMAC {
  static override readonly [DOTNET_TYPE] = 'System.Security.Cryptography.HMACSHA512';
  constructor(key?: Uint8Array | null) {
    super('SHA512', key);
  }
}
