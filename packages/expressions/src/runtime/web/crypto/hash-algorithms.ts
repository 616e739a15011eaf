import { DOTNET_TYPE } from '../../values.js';
import { type Digest, type HashName, hashFunctions } from './digest.js';
import { HashAlgorithm } from './hash-algorithm.js';

/** A hash algorithm of a fixed function: the concrete classes differ only by .NET type name. */
abstract class FixedHashAlgorithm extends HashAlgorithm {
  protected abstract readonly hashName: HashName;
  get HashSize(): number {
    return hashFunctions[this.hashName].outputLen * 8;
  }
  protected start(): Digest {
    return hashFunctions[this.hashName].create();
  }
}

// The abstract .NET classes (`SHA256`, `MD5`, ...) are declared in the model with these runtime
// classes as their implementations' results; `instanceof` tests use the family markers below.

export class MD5CryptoServiceProvider extends FixedHashAlgorithm {
  static override readonly [DOTNET_TYPE] = 'System.Security.Cryptography.MD5CryptoServiceProvider';
  protected readonly hashName = 'MD5';
}
export class SHA1CryptoServiceProvider extends FixedHashAlgorithm {
  static override readonly [DOTNET_TYPE] = 'System.Security.Cryptography.SHA1CryptoServiceProvider';
  protected readonly hashName = 'SHA1';
}
export class SHA1Managed extends FixedHashAlgorithm {
  static override readonly [DOTNET_TYPE] = 'System.Security.Cryptography.SHA1Managed';
  protected readonly hashName = 'SHA1';
}
export class SHA256Managed extends FixedHashAlgorithm {
  static override readonly [DOTNET_TYPE] = 'System.Security.Cryptography.SHA256Managed';
  protected readonly hashName = 'SHA256';
}
export class SHA384Managed extends FixedHashAlgorithm {
  static override readonly [DOTNET_TYPE] = 'System.Security.Cryptography.SHA384Managed';
  protected readonly hashName = 'SHA384';
}
export class SHA512Managed extends FixedHashAlgorithm {
  static override readonly [DOTNET_TYPE] = 'System.Security.Cryptography.SHA512Managed';
  protected readonly hashName = 'SHA512';
}

/** Which hash family (`MD5`, `SHA1`, ...) an instance belongs to, for the model's type tests. */
export function hashFamilyOf(value: unknown): HashName | null {
  if (value instanceof MD5CryptoServiceProvider) return 'MD5';
  if (value instanceof SHA1CryptoServiceProvider || value instanceof SHA1Managed) return 'SHA1';
  if (value instanceof SHA256Managed) return 'SHA256';
  if (value instanceof SHA384Managed) return 'SHA384';
  if (value instanceof SHA512Managed) return 'SHA512';
  return null;
}

/** `MD5.Create()`, `SHA256.Create()`, ...: .NET Framework's default implementation of each family. */
export const createHash: Readonly<Record<HashName, () => HashAlgorithm>> = {
  MD5: () => new MD5CryptoServiceProvider(),
  SHA1: () => new SHA1CryptoServiceProvider(),
  SHA256: () => new SHA256Managed(),
  SHA384: () => new SHA384Managed(),
  SHA512: () => new SHA512Managed(),
};
