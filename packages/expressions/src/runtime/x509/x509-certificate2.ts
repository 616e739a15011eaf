import { DotnetException } from '../exceptions.js';
import type { DateTime } from '../time/date-time.js';
import { DOTNET_TYPE } from '../values.js';
import { Oid } from '../web/crypto/oid.js';
import { hexSpaced, localDateTime, newLine } from './certificate-text.js';
import { readFact } from './fact-not-prepared.js';
import { X500DistinguishedName } from './x500-distinguished-name.js';
import { X509Certificate } from './x509-certificate.js';
import { PublicKey, X509ExtensionCollection } from './x509-extension.js';

/** The `GetNameInfo` lines `ToString(true)` prints under a name, in .NET's order. */
const NAME_LINES: readonly [number, string][] = [
  [0, 'Simple Name'],
  [1, 'Email Name'],
  [2, 'UPN Name'],
  [3, 'DNS Name'],
];

/**
 * `System.Security.Cryptography.X509Certificates.X509Certificate2` over a `CertificateSource`.
 * Properties are computed from the source on each read: dates are local times in the
 * evaluation's time zone, which is only known during evaluation.
 */
export class X509Certificate2 extends X509Certificate {
  static override readonly [DOTNET_TYPE]: string =
    'System.Security.Cryptography.X509Certificates.X509Certificate2';
  #subjectName: X500DistinguishedName | undefined;
  #issuerName: X500DistinguishedName | undefined;

  get Thumbprint(): string {
    return this.source.thumbprint;
  }

  get SerialNumber(): string {
    return this.source.serialNumber;
  }

  get SubjectName(): X500DistinguishedName {
    this.#subjectName ??= new X500DistinguishedName(this.source.subjectName);
    return this.#subjectName;
  }

  get IssuerName(): X500DistinguishedName {
    this.#issuerName ??= new X500DistinguishedName(this.source.issuerName);
    return this.#issuerName;
  }

  /** Local time (Kind Local) in the gateway's time zone. */
  get NotBefore(): DateTime {
    return localDateTime(this.source.notBefore);
  }

  /** Local time (Kind Local) in the gateway's time zone. */
  get NotAfter(): DateTime {
    return localDateTime(this.source.notAfter);
  }

  get Version(): number {
    return this.source.version;
  }

  get HasPrivateKey(): boolean {
    return this.source.hasPrivateKey;
  }

  get FriendlyName(): string {
    return this.source.friendlyName;
  }

  /** A copy of the DER, as .NET returns. */
  get RawData(): Uint8Array {
    return this.source.rawData.slice();
  }

  /** `Extensions`, in encoded order. */
  get Extensions(): X509ExtensionCollection {
    return new X509ExtensionCollection(this.source.extensions);
  }

  get PublicKey(): PublicKey {
    return new PublicKey(this.source.publicKey);
  }

  get SignatureAlgorithm(): Oid {
    const algorithm = this.source.signatureAlgorithm;
    return new Oid(algorithm.value, algorithm.friendlyName);
  }

  GetNameInfo(nameType: number, forIssuer: boolean): string {
    const source = this.source;
    if (!Number.isInteger(nameType) || nameType < 0 || nameType > 5) {
      throw new DotnetException(
        'System.Security.Cryptography.CryptographicException',
        'Invalid X509NameType.',
      );
    }
    return source.nameInfo(nameType as 0 | 1 | 2 | 3 | 4 | 5, forIssuer);
  }

  /** `Verify()`: the chain verdict the caller prepared (see `FactNotPrepared`). */
  Verify(): boolean {
    return readFact(this.source, 'chain');
  }

  /** API Management's `VerifyNoRevocation()` extension: the prepared verdict without revocation. */
  verifyNoRevocation(): boolean {
    return readFact(this.source, 'chainNoRevocation');
  }

  /**
   * `ToString()` and `ToString(false)` are the base class's `ToString(true)` listing;
   * `ToString(true)` adds version, name details, algorithms, public key and extensions.
   */
  override ToString(verbose = false): string {
    if (this.sourceOrNull === null) return X509Certificate2[DOTNET_TYPE];
    return verbose ? this.#longListing() : this.shortListing();
  }

  #longListing(): string {
    const nl = newLine();
    const source = this.source;
    const names = (name: string, forIssuer: boolean): string => {
      let text = `  ${name}`;
      for (const [type, label] of NAME_LINES) {
        const value = source.nameInfo(type as 0 | 1 | 2 | 3, forIssuer);
        if (value.length > 0) text += `${nl}  ${label}: ${value}`;
      }
      return text;
    };
    const key = source.publicKey;
    let text =
      `[Version]${nl}  V${source.version}${nl}${nl}` +
      `[Subject]${nl}${names(source.subjectName, false)}${nl}${nl}` +
      `[Issuer]${nl}${names(source.issuerName, true)}${nl}${nl}` +
      `[Serial Number]${nl}  ${source.serialNumber}${nl}${nl}` +
      `[Not Before]${nl}  ${localDateTime(source.notBefore).ToString()}${nl}${nl}` +
      `[Not After]${nl}  ${localDateTime(source.notAfter).ToString()}${nl}${nl}` +
      `[Thumbprint]${nl}  ${source.thumbprint}${nl}${nl}` +
      `[Signature Algorithm]${nl}  ${source.signatureAlgorithm.friendlyName}(${source.signatureAlgorithm.value})${nl}${nl}` +
      `[Public Key]${nl}  Algorithm: ${key.algorithm.friendlyName}${nl}  Length: ${key.keySize}` +
      `${nl}  Key Blob: ${hexSpaced(key.encodedKeyValue)}${nl}  Parameters: ${hexSpaced(key.encodedParameters)}`;
    if (source.extensions.length > 0) {
      text += `${nl}${nl}[Extensions]`;
      for (const extension of source.extensions) {
        text += `${nl}* ${extension.oid.friendlyName}(${extension.oid.value}):${nl}  ${extension.formatted}`;
      }
    }
    return text + nl;
  }
}
