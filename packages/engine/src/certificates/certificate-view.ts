import type { CertificateFacts, CertificateSource } from '@apim-policy/expressions';
import type { DecodedCertificate } from '@apim-policy/x509';

/**
 * A certificate as one run sees it: the decoded certificate (shared, cached per DER) with facts of
 * its own, so that concurrent runs under different trust settings never read each other's
 * verdicts.
 */
export class CertificateView implements CertificateSource {
  readonly facts: CertificateFacts = {};

  constructor(readonly decoded: DecodedCertificate) {}

  get thumbprint(): string {
    return this.decoded.thumbprint;
  }
  get subjectName(): string {
    return this.decoded.subjectName;
  }
  get issuerName(): string {
    return this.decoded.issuerName;
  }
  get serialNumber(): string {
    return this.decoded.serialNumber;
  }
  get notBefore(): number {
    return this.decoded.notBefore;
  }
  get notAfter(): number {
    return this.decoded.notAfter;
  }
  get version(): number {
    return this.decoded.version;
  }
  get rawData(): Uint8Array {
    return this.decoded.rawData;
  }
  get hasPrivateKey(): boolean {
    return this.decoded.hasPrivateKey;
  }
  get friendlyName(): string {
    return this.decoded.friendlyName;
  }
  get signatureAlgorithm(): CertificateSource['signatureAlgorithm'] {
    return this.decoded.signatureAlgorithm;
  }
  get publicKey(): CertificateSource['publicKey'] {
    return this.decoded.publicKey;
  }
  get extensions(): CertificateSource['extensions'] {
    return this.decoded.extensions;
  }
  nameInfo(type: Parameters<CertificateSource['nameInfo']>[0], forIssuer: boolean): string {
    return this.decoded.nameInfo(type, forIssuer);
  }
}
