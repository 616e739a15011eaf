import { argument } from '../../exceptions.js';
import { DOTNET_TYPE } from '../../values.js';
import { HashAlgorithmName } from './hash-algorithm-name.js';

/** `RSASignaturePaddingMode` and `RSAEncryptionPaddingMode`. */
export const RSASignaturePaddingMode = { Pkcs1: 0, Pss: 1 } as const;
export const RSAEncryptionPaddingMode = { Pkcs1: 0, Oaep: 1 } as const;

/**
 * `RSASignaturePadding`: the padding of an RSA signature. Signing with certificate keys belongs
 * to the certificate part of the runtime; these are the values it takes.
 */
export class RSASignaturePadding {
  static readonly [DOTNET_TYPE] = 'System.Security.Cryptography.RSASignaturePadding';
  static readonly Pkcs1 = new RSASignaturePadding(RSASignaturePaddingMode.Pkcs1);
  static readonly Pss = new RSASignaturePadding(RSASignaturePaddingMode.Pss);

  private constructor(readonly Mode: number) {}

  ToString(): string {
    return this.Mode === RSASignaturePaddingMode.Pkcs1 ? 'Pkcs1' : 'Pss';
  }
  Equals(other: unknown): boolean {
    return other instanceof RSASignaturePadding && other.Mode === this.Mode;
  }
  GetHashCode(): number {
    return this.Mode;
  }
}

/** `RSAEncryptionPadding`: PKCS #1 v1.5, or OAEP with a hash algorithm. */
export class RSAEncryptionPadding {
  static readonly [DOTNET_TYPE] = 'System.Security.Cryptography.RSAEncryptionPadding';
  static readonly Pkcs1 = new RSAEncryptionPadding(RSAEncryptionPaddingMode.Pkcs1, HashAlgorithmName.Default);
  static readonly OaepSHA1 = new RSAEncryptionPadding(RSAEncryptionPaddingMode.Oaep, HashAlgorithmName.SHA1);
  static readonly OaepSHA256 = new RSAEncryptionPadding(
    RSAEncryptionPaddingMode.Oaep,
    HashAlgorithmName.SHA256,
  );
  static readonly OaepSHA384 = new RSAEncryptionPadding(
    RSAEncryptionPaddingMode.Oaep,
    HashAlgorithmName.SHA384,
  );
  static readonly OaepSHA512 = new RSAEncryptionPadding(
    RSAEncryptionPaddingMode.Oaep,
    HashAlgorithmName.SHA512,
  );

  private constructor(
    readonly Mode: number,
    readonly OaepHashAlgorithm: HashAlgorithmName,
  ) {}

  /** `RSAEncryptionPadding.CreateOaep(hashAlgorithm)`. */
  static CreateOaep(hashAlgorithm: HashAlgorithmName): RSAEncryptionPadding {
    if (hashAlgorithm.Name === null || hashAlgorithm.Name === '')
      throw argument('The hash algorithm name cannot be null or empty.', 'hashAlgorithm');
    return new RSAEncryptionPadding(RSAEncryptionPaddingMode.Oaep, hashAlgorithm);
  }

  ToString(): string {
    return (
      (this.Mode === RSAEncryptionPaddingMode.Pkcs1 ? 'Pkcs1' : 'Oaep') + (this.OaepHashAlgorithm.Name ?? '')
    );
  }
  Equals(other: unknown): boolean {
    return (
      other instanceof RSAEncryptionPadding &&
      other.Mode === this.Mode &&
      other.OaepHashAlgorithm.Equals(this.OaepHashAlgorithm)
    );
  }
  GetHashCode(): number {
    return this.Mode ^ this.OaepHashAlgorithm.GetHashCode();
  }
}
