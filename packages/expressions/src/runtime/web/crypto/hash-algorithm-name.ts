import { DOTNET_TYPE } from '../../values.js';

/** `System.Security.Cryptography.HashAlgorithmName`: a struct wrapping a name, compared ordinally. */
export class HashAlgorithmName {
  static readonly [DOTNET_TYPE] = 'System.Security.Cryptography.HashAlgorithmName';
  static readonly MD5 = new HashAlgorithmName('MD5');
  static readonly SHA1 = new HashAlgorithmName('SHA1');
  static readonly SHA256 = new HashAlgorithmName('SHA256');
  static readonly SHA384 = new HashAlgorithmName('SHA384');
  static readonly SHA512 = new HashAlgorithmName('SHA512');
  /** `default(HashAlgorithmName)`, whose name is null. */
  static readonly Default = new HashAlgorithmName(null);

  constructor(readonly Name: string | null) {}

  ToString(): string {
    return this.Name ?? '';
  }

  Equals(other: unknown): boolean {
    return other instanceof HashAlgorithmName && other.Name === this.Name;
  }

  GetHashCode(): number {
    let hash = 0;
    for (const char of this.Name ?? '') hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
    return hash;
  }
}
