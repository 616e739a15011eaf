import { createHash } from 'node:crypto';
import {
  childrenOf,
  DerError,
  hexUpper,
  readIntegerBytes,
  readOid,
  readSmallInteger,
  readTime,
  readTlv,
} from '../der/index.js';
import { DistinguishedName, type NamePlatform, nameString } from '../names/index.js';
import { formatExtension } from './extension-format.js';
import { type RawExtension, readExtensions } from './extensions.js';
import { type CertificateLayout, readCertificateLayout } from './layout.js';
import { nameInfo } from './name-info.js';
import { Oids, oidInfo } from './oids.js';
import { readPublicKey } from './public-key.js';
import type {
  CertificateFacts,
  CertificateSourceShape,
  ExtensionInfo,
  OidInfo,
  PublicKeyInfo,
  X509NameType,
} from './source-shape.js';

export interface DecodeCertificateOptions {
  /** Whose .NET output to reproduce: Windows (default; the managed gateway) or Linux. */
  readonly platform?: NamePlatform;
  /** `FriendlyName`, set by a store or PFX; `""` otherwise. */
  readonly friendlyName?: string;
  /** Whether a private key came with the certificate (a PFX); false for a TLS client certificate. */
  readonly hasPrivateKey?: boolean;
}

/**
 * A certificate decoded lazily from its DER. Construction locates the top-level fields (one pass
 * over element headers, which rejects bytes that are not a certificate with a `DerError`) and
 * hashes the DER for the thumbprint; every other member is decoded on first read and kept.
 * Satisfies the expressions package's `CertificateSource` port.
 *
 * Members decoded on demand throw `DerError` when their part of the DER is malformed, except the
 * name strings and `nameInfo`, which return `""` as .NET does; call `check()` to decode every
 * member up front and surface such errors at load time.
 */
export class DecodedCertificate implements CertificateSourceShape {
  /** SHA-1 of the DER, upper-case hex. */
  readonly thumbprint: string;
  /** The certificate's DER (a copy; bytes after the certificate are dropped). */
  readonly rawData: Uint8Array;
  readonly friendlyName: string;
  readonly hasPrivateKey: boolean;
  readonly platform: NamePlatform;
  /** Chain verdicts prepared before evaluation (see `CertificateFacts`). */
  readonly facts: CertificateFacts = {};
  readonly #layout: CertificateLayout;
  #subject: DistinguishedName | undefined;
  #issuer: DistinguishedName | undefined;
  #subjectName: string | undefined;
  #issuerName: string | undefined;
  #serialNumber: string | undefined;
  #validity: readonly [number, number] | undefined;
  #version: number | undefined;
  #signatureAlgorithm: OidInfo | undefined;
  #publicKey: PublicKeyInfo | undefined;
  #rawExtensions: readonly RawExtension[] | undefined;
  #extensions: readonly ExtensionInfo[] | undefined;

  constructor(der: Uint8Array, options: DecodeCertificateOptions = {}) {
    this.#layout = readCertificateLayout(der);
    const bytes = der.subarray(0, this.#layout.end);
    this.rawData = new Uint8Array(bytes);
    this.thumbprint = createHash('sha1').update(bytes).digest('hex').toUpperCase();
    this.friendlyName = options.friendlyName ?? '';
    this.hasPrivateKey = options.hasPrivateKey ?? false;
    this.platform = options.platform ?? 'windows';
  }

  /** `SubjectName.Name` / `Subject`. */
  get subjectName(): string {
    this.#subjectName ??= this.#nameString(this.#layout.subject);
    return this.#subjectName;
  }

  /** `IssuerName.Name` / `Issuer`. */
  get issuerName(): string {
    this.#issuerName ??= this.#nameString(this.#layout.issuer);
    return this.#issuerName;
  }

  /** The subject as an `X500DistinguishedName` (`Decode(flags)`, `Format(multiLine)`, raw DER). */
  get subject(): DistinguishedName {
    this.#subject ??= this.#distinguishedName(this.#layout.subject);
    return this.#subject;
  }

  get issuer(): DistinguishedName {
    this.#issuer ??= this.#distinguishedName(this.#layout.issuer);
    return this.#issuer;
  }

  /** Upper-case hex of the serial's content octets, as encoded (keeps a `00` pad). */
  get serialNumber(): string {
    this.#serialNumber ??= hexUpper(this.serialNumberBytes);
    return this.#serialNumber;
  }

  /** `SerialNumberBytes`: big-endian, as encoded (a view into `rawData`). */
  get serialNumberBytes(): Uint8Array {
    return readIntegerBytes(this.rawData, this.#layout.serialNumber);
  }

  /** Start of validity, epoch milliseconds. */
  get notBefore(): number {
    return this.#readValidity()[0];
  }

  /** End of validity, epoch milliseconds. */
  get notAfter(): number {
    return this.#readValidity()[1];
  }

  /** 1, 2 or 3. */
  get version(): number {
    if (this.#version === undefined) {
      const explicit = this.#layout.version;
      if (explicit === undefined) this.#version = 1;
      else {
        const integer = readTlv(this.rawData, explicit.start, explicit.end);
        if (integer.end !== explicit.end) throw new DerError(integer.end, 'extra data after the version');
        const value = readSmallInteger(this.rawData, integer);
        if (value > 2) throw new DerError(integer.start, `unknown certificate version ${value + 1}`);
        this.#version = value + 1;
      }
    }
    return this.#version;
  }

  /** The outer signature algorithm (`SignatureAlgorithm`). */
  get signatureAlgorithm(): OidInfo {
    if (this.#signatureAlgorithm === undefined) {
      const algorithm = this.#layout.signatureAlgorithm;
      const oid = readTlv(this.rawData, algorithm.start, algorithm.end);
      this.#signatureAlgorithm = oidInfo(readOid(this.rawData, oid), this.platform);
    }
    return this.#signatureAlgorithm;
  }

  get publicKey(): PublicKeyInfo {
    this.#publicKey ??= readPublicKey(this.rawData, this.#layout.subjectPublicKeyInfo, this.platform);
    return this.#publicKey;
  }

  /**
   * Extensions in encoded order: OID, criticality, value and the lazily formatted text. An
   * unknown critical extension is listed like any other (`critical: true`): .NET loads such a
   * certificate and only chain building rejects it, which is the chain check's decision.
   */
  get extensions(): readonly ExtensionInfo[] {
    this.#extensions ??= this.rawExtensions.map((extension) => new LazyExtension(extension, this.platform));
    return this.#extensions;
  }

  /** Extensions without names or text, for chain checks. */
  get rawExtensions(): readonly RawExtension[] {
    const explicit = this.#layout.extensions;
    this.#rawExtensions ??= explicit === undefined ? [] : readExtensions(this.rawData, explicit);
    return this.#rawExtensions;
  }

  /** The DER of the subject Name (a view into `rawData`), for name chaining. */
  get subjectDer(): Uint8Array {
    return this.rawData.subarray(this.#layout.subject.offset, this.#layout.subject.end);
  }

  get issuerDer(): Uint8Array {
    return this.rawData.subarray(this.#layout.issuer.offset, this.#layout.issuer.end);
  }

  /** `GetNameInfo(type, forIssuer)`; `""` when nothing is found. */
  nameInfo(type: X509NameType, forIssuer: boolean): string {
    const name = forIssuer ? this.#layout.issuer : this.#layout.subject;
    const alternative = forIssuer ? Oids.issuerAltName : Oids.subjectAltName;
    let alternativeNames: Uint8Array | undefined;
    try {
      alternativeNames = this.rawExtensions.find((extension) => extension.oid === alternative)?.value;
    } catch (error) {
      if (!(error instanceof DerError)) throw error;
    }
    return nameInfo(type, {
      der: this.rawData,
      nameOffset: name.offset,
      nameEnd: name.end,
      alternativeNames,
      platform: this.platform,
    });
  }

  /** `GetCertHashString(algorithm)`: upper-case hex of the DER's hash (`sha1`, `sha256`, …). */
  certHashString(algorithm: 'sha1' | 'sha256' | 'sha384' | 'sha512'): string {
    if (algorithm === 'sha1') return this.thumbprint;
    return createHash(algorithm).update(this.rawData).digest('hex').toUpperCase();
  }

  /** Decodes every member, so that malformed parts throw their `DerError` now rather than later. */
  check(): this {
    void this.serialNumber;
    void this.notBefore;
    void this.version;
    void this.signatureAlgorithm;
    void this.publicKey;
    void this.rawExtensions;
    return this;
  }

  #nameString(slot: { readonly offset: number; readonly end: number }): string {
    return nameString(
      { bytes: this.rawData, offset: slot.offset, end: slot.end },
      { platform: this.platform },
    );
  }

  #distinguishedName(slot: { readonly offset: number; readonly end: number }): DistinguishedName {
    return new DistinguishedName(this.rawData.subarray(slot.offset, slot.end), { platform: this.platform });
  }

  #readValidity(): readonly [number, number] {
    if (this.#validity === undefined) {
      const validity = this.#layout.validity;
      const [notBefore, notAfter, extra] = childrenOf(this.rawData, validity);
      if (notBefore === undefined || notAfter === undefined || extra !== undefined)
        throw new DerError(validity.offset, 'Validity must hold notBefore and notAfter');
      this.#validity = [readTime(this.rawData, notBefore), readTime(this.rawData, notAfter)];
    }
    return this.#validity;
  }
}

/** An extension whose friendly name and `Format(true)` text are computed on first read. */
class LazyExtension implements ExtensionInfo {
  readonly critical: boolean;
  readonly rawData: Uint8Array;
  readonly #oid: string;
  readonly #platform: NamePlatform;
  #info: OidInfo | undefined;
  #formatted: string | undefined;

  constructor(extension: RawExtension, platform: NamePlatform) {
    this.#oid = extension.oid;
    this.critical = extension.critical;
    this.rawData = extension.value;
    this.#platform = platform;
  }

  get oid(): OidInfo {
    this.#info ??= oidInfo(this.#oid, this.#platform);
    return this.#info;
  }

  get formatted(): string {
    this.#formatted ??= formatExtension(this.#oid, this.rawData, true, this.#platform);
    return this.#formatted;
  }

  /** `Format(multiLine)`. */
  format(multiLine: boolean): string {
    return multiLine ? this.formatted : formatExtension(this.#oid, this.rawData, false, this.#platform);
  }
}

/** Decodes a certificate's DER lazily (see `DecodedCertificate`); throws `DerError` for non-certificates. */
export function decodeCertificate(der: Uint8Array, options?: DecodeCertificateOptions): DecodedCertificate {
  return new DecodedCertificate(der, options);
}
