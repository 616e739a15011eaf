import { environment } from '../environment.js';
import { argument, DotnetException } from '../exceptions.js';
import { DOTNET_TYPE } from '../values.js';
import { parseCertificate } from './certificate-parser.js';
import type { CertificateSource } from './certificate-source.js';
import { bytesOfHex, hexUpper, invalidHandle, localDateTime, newLine } from './certificate-text.js';

/** `System.Security.Cryptography.X509Certificates.X509ContentType`. */
export const X509ContentType = {
  Unknown: 0,
  Cert: 1,
  SerializedCert: 2,
  Pfx: 3,
  Pkcs12: 3,
  SerializedStore: 4,
  Pkcs7: 5,
  Authenticode: 6,
} as const;

/**
 * The certificate source behind certificate bytes, as `new X509Certificate(byte[])` reads them:
 * .NET Framework makes an empty certificate of null or empty data (its members then throw),
 * modern .NET rejects it.
 */
export function sourceOfBytes(rawData: Uint8Array | null): CertificateSource | null {
  if (rawData === null || rawData.length === 0) {
    if (environment().dotnet === 'core') throw argument('Array may not be empty or null.', 'rawData');
    return null;
  }
  return parseCertificate(rawData);
}

/**
 * `System.Security.Cryptography.X509Certificates.X509Certificate`: the members .NET declares on
 * the base class, over a `CertificateSource`. A null source is .NET's empty certificate.
 */
export class X509Certificate {
  static readonly [DOTNET_TYPE]: string = 'System.Security.Cryptography.X509Certificates.X509Certificate';
  readonly #source: CertificateSource | null;

  constructor(source: CertificateSource | null) {
    this.#source = source;
  }

  /** The source, or .NET's exception for an empty certificate. */
  get source(): CertificateSource {
    if (this.#source === null) throw invalidHandle();
    return this.#source;
  }

  /** The source, or null for an empty certificate. */
  get sourceOrNull(): CertificateSource | null {
    return this.#source;
  }

  get Subject(): string {
    return this.source.subjectName;
  }

  get Issuer(): string {
    return this.source.issuerName;
  }

  /** The 20 bytes of the SHA-1 thumbprint. */
  GetCertHash(): Uint8Array {
    return bytesOfHex(this.source.thumbprint);
  }

  GetCertHashString(): string {
    return this.source.thumbprint;
  }

  /** `NotBefore` in the current culture, local time. */
  GetEffectiveDateString(): string {
    return localDateTime(this.source.notBefore).ToString();
  }

  /** `NotAfter` in the current culture, local time. */
  GetExpirationDateString(): string {
    return localDateTime(this.source.notAfter).ToString();
  }

  GetFormat(): string {
    return 'X509';
  }

  GetKeyAlgorithm(): string {
    return this.source.publicKey.algorithm.value;
  }

  GetKeyAlgorithmParameters(): Uint8Array {
    return this.source.publicKey.encodedParameters.slice();
  }

  GetKeyAlgorithmParametersString(): string {
    return hexUpper(this.source.publicKey.encodedParameters);
  }

  GetPublicKey(): Uint8Array {
    return this.source.publicKey.encodedKeyValue.slice();
  }

  GetPublicKeyString(): string {
    return hexUpper(this.source.publicKey.encodedKeyValue);
  }

  GetRawCertData(): Uint8Array {
    return this.source.rawData.slice();
  }

  GetRawCertDataString(): string {
    return hexUpper(this.source.rawData);
  }

  /** The serial's bytes in little-endian order (reversed from `GetSerialNumberString`). */
  GetSerialNumber(): Uint8Array {
    return bytesOfHex(this.source.serialNumber).reverse();
  }

  GetSerialNumberString(): string {
    return this.source.serialNumber;
  }

  /**
   * `Export(contentType)`. Only `Cert` (the DER) is produced here; PFX and Windows serialised
   * forms need key material and stores this runtime does not have.
   */
  Export(contentType: number): Uint8Array {
    const source = this.source;
    if (contentType === X509ContentType.Cert) return source.rawData.slice();
    if (contentType < 1 || contentType > 6 || !Number.isInteger(contentType)) {
      throw new DotnetException(
        'System.Security.Cryptography.CryptographicException',
        'Invalid content type.',
      );
    }
    throw new DotnetException(
      'System.Security.Cryptography.CryptographicException',
      'Exporting a certificate in this format is not supported by this runtime.',
    );
  }

  /**
   * `ToString()` is `ToString(false)`: the type name for a plain `X509Certificate`;
   * `ToString(true)` lists subject, issuer, serial number, dates and thumbprint.
   */
  ToString(verbose = false): string {
    if (!verbose || this.#source === null) return (this.constructor as typeof X509Certificate)[DOTNET_TYPE];
    return this.shortListing();
  }

  /** .NET's `X509Certificate.ToString(true)` body. */
  protected shortListing(): string {
    const nl = newLine();
    const source = this.source;
    return (
      `[Subject]${nl}  ${source.subjectName}${nl}${nl}` +
      `[Issuer]${nl}  ${source.issuerName}${nl}${nl}` +
      `[Serial Number]${nl}  ${source.serialNumber}${nl}${nl}` +
      `[Not Before]${nl}  ${localDateTime(source.notBefore).ToString()}${nl}${nl}` +
      `[Not After]${nl}  ${localDateTime(source.notAfter).ToString()}${nl}${nl}` +
      `[Thumbprint]${nl}  ${source.thumbprint}${nl}`
    );
  }

  /** .NET: same issuer and same serial number (not the thumbprint); two empty certificates are equal. */
  Equals(other: unknown): boolean {
    if (!(other instanceof X509Certificate)) return false;
    const mine = this.#source;
    const theirs = other.#source;
    if (mine === null || theirs === null) return mine === theirs;
    return mine.issuerName === theirs.issuerName && mine.serialNumber === theirs.serialNumber;
  }

  /** .NET: the first four thumbprint bytes as a big-endian int; 0 for an empty certificate. */
  GetHashCode(): number {
    const source = this.#source;
    if (source === null) return 0;
    return Number.parseInt(source.thumbprint.slice(0, 8), 16) | 0;
  }
}
