/**
 * The parts of a certificate that chain verification reads, sliced from the DER once. Views into
 * the original bytes; nothing is re-encoded.
 */
import { hash } from 'node:crypto';
import {
  bytesEqual,
  children,
  contents,
  DerError,
  expectTlv,
  readOid,
  readTime,
  readTlv,
  type Tlv,
  toHex,
  whole,
} from './der.js';
import { nameKey, nameKeyCached } from './name-key.js';

/** An AlgorithmIdentifier: OID and the DER of its parameters (empty when absent). */
export interface AlgorithmIdentifier {
  readonly oid: string;
  readonly parameters: Uint8Array;
  /** The whole AlgorithmIdentifier TLV. */
  readonly der: Uint8Array;
}

/** One extension as encoded. */
export interface RawExtension {
  readonly oid: string;
  readonly critical: boolean;
  /** Contents of extnValue (the extension's own DER). */
  readonly value: Uint8Array;
}

export interface BasicConstraints {
  readonly ca: boolean;
  /** Undefined when absent (no limit). */
  readonly pathLength: number | undefined;
}

/** Certificate fields chain verification uses. */
export interface ParsedCertificate {
  readonly der: Uint8Array;
  /** Upper-case hex SHA-1 of the DER (.NET's Thumbprint). */
  readonly thumbprint: string;
  readonly tbs: Uint8Array;
  readonly version: number;
  /** Upper-case hex of the serial's content octets, as encoded. */
  readonly serial: string;
  readonly tbsSignatureAlgorithm: AlgorithmIdentifier;
  readonly signatureAlgorithm: AlgorithmIdentifier;
  /** The signature BIT STRING contents without the unused-bits byte. */
  readonly signature: Uint8Array;
  readonly issuer: Uint8Array;
  readonly subject: Uint8Array;
  /** Comparison keys (see `nameKey`). */
  readonly issuerKey: string;
  readonly subjectKey: string;
  readonly notBefore: number;
  readonly notAfter: number;
  /** DER of SubjectPublicKeyInfo. */
  readonly spki: Uint8Array;
  readonly extensions: readonly RawExtension[];
  readonly basicConstraints: BasicConstraints | undefined;
  /** KeyUsage bits as a number (bit 0 = digitalSignature = 0x1), undefined when absent. */
  readonly keyUsage: number | undefined;
  readonly subjectKeyId: string | undefined;
  readonly authorityKeyId: string | undefined;
  /** URIs of the CRL distribution points (full names only). */
  readonly crlUrls: readonly string[];
  /** OCSP responder URIs from Authority Information Access. */
  readonly ocspUrls: readonly string[];
  /** OIDs of extensions whose value could not be decoded. */
  readonly malformedExtensions: readonly string[];
  /** Subject and issuer names are byte-identical or canonically equal. */
  readonly selfIssued: boolean;
}

/** KeyUsage bits (RFC 5280 §4.2.1.3), as stored in `ParsedCertificate.keyUsage`. */
export const KeyUsageBit = {
  digitalSignature: 1 << 0,
  keyCertSign: 1 << 5,
  cRLSign: 1 << 6,
} as const;

export const OID = {
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  subjectKeyId: '2.5.29.14',
  authorityKeyId: '2.5.29.35',
  crlDistributionPoints: '2.5.29.31',
  authorityInfoAccess: '1.3.6.1.5.5.7.1.1',
  ocsp: '1.3.6.1.5.5.7.48.1',
} as const;

/** Thrown for bytes that are not an X.509 certificate. */
export class CertificateParseError extends Error {
  override readonly name = 'CertificateParseError';
}

/** Parses the DER of a certificate. Throws `CertificateParseError` for anything else. */
export function parseCertificate(der: Uint8Array): ParsedCertificate {
  try {
    return parse(der);
  } catch (error) {
    if (error instanceof DerError)
      throw new CertificateParseError(`Not an X.509 certificate: ${error.message}`);
    throw error;
  }
}

function parse(input: Uint8Array): ParsedCertificate {
  const outer = expectTlv(input, 0, input.length, 0x30, 'Certificate');
  const der = outer.end === input.length ? input : input.subarray(0, outer.end);
  const [tbsTlv, sigAlgTlv, sigTlv, extra] = children(der, outer);
  if (tbsTlv === undefined || sigAlgTlv === undefined || sigTlv === undefined || extra !== undefined) {
    throw new DerError('a Certificate has exactly three parts');
  }
  if (tbsTlv.tag !== 0x30) throw new DerError('TBSCertificate must be a SEQUENCE');
  if (sigTlv.tag !== 0x03 || sigTlv.end - sigTlv.contentStart < 1 || der[sigTlv.contentStart] !== 0) {
    throw new DerError('signatureValue must be a BIT STRING with no unused bits');
  }
  const parts = children(der, tbsTlv);
  let index = 0;
  let version = 1;
  if (parts[0]?.tag === 0xa0) {
    const versionTlv = expectTlv(der, parts[0].contentStart, parts[0].end, 0x02, 'version');
    version = (der[versionTlv.end - 1] ?? 0) + 1;
    index = 1;
  }
  const serialTlv = need(parts[index++], 0x02, 'serialNumber');
  const tbsSigAlg = algorithm(der, need(parts[index++], 0x30, 'signature'));
  const issuerTlv = need(parts[index++], 0x30, 'issuer');
  const validity = need(parts[index++], 0x30, 'validity');
  const subjectTlv = need(parts[index++], 0x30, 'subject');
  const spkiTlv = need(parts[index++], 0x30, 'subjectPublicKeyInfo');
  let extensionsTlv: Tlv | undefined;
  for (; index < parts.length; index++) {
    const part = parts[index]!;
    if (part.tag === 0xa3) extensionsTlv = expectTlv(der, part.contentStart, part.end, 0x30, 'extensions');
    else if (part.tag !== 0x81 && part.tag !== 0x82) throw new DerError('unexpected field in TBSCertificate');
  }
  const [notBeforeTlv, notAfterTlv] = children(der, validity);
  if (notBeforeTlv === undefined || notAfterTlv === undefined) throw new DerError('validity needs two times');

  const extensions: RawExtension[] = [];
  if (extensionsTlv !== undefined) {
    for (const ext of children(der, extensionsTlv)) {
      const fields = children(der, ext);
      const oid = readOid(der, need(fields[0], 0x06, 'extnID'));
      let critical = false;
      let valueTlv = fields[1];
      if (valueTlv?.tag === 0x01) {
        critical = der[valueTlv.contentStart] !== 0;
        valueTlv = fields[2];
      }
      extensions.push({ oid, critical, value: contents(der, need(valueTlv, 0x04, 'extnValue')) });
    }
  }
  return new Parsed(der, {
    thumbprint: hash('sha1', der, 'hex').toUpperCase(),
    tbs: whole(der, tbsTlv),
    version,
    serialBytes: contents(der, serialTlv),
    tbsSignatureAlgorithm: tbsSigAlg,
    signatureAlgorithm: algorithm(der, sigAlgTlv),
    signature: der.subarray(sigTlv.contentStart + 1, sigTlv.end),
    issuer: whole(der, issuerTlv),
    subject: whole(der, subjectTlv),
    notBefore: readTime(der, notBeforeTlv),
    notAfter: readTime(der, notAfterTlv),
    spki: whole(der, spkiTlv),
    extensions,
  });
}

interface EagerFields {
  readonly thumbprint: string;
  readonly tbs: Uint8Array;
  readonly version: number;
  readonly serialBytes: Uint8Array;
  readonly tbsSignatureAlgorithm: AlgorithmIdentifier;
  readonly signatureAlgorithm: AlgorithmIdentifier;
  readonly signature: Uint8Array;
  readonly issuer: Uint8Array;
  readonly subject: Uint8Array;
  readonly notBefore: number;
  readonly notAfter: number;
  readonly spki: Uint8Array;
  readonly extensions: readonly RawExtension[];
}

/**
 * A parsed certificate. What every verification needs is read eagerly; what only some need (the
 * subject's comparison key, revocation URLs, the serial's text) is computed on first use, because
 * a client certificate's first verification should cost little more than its signature checks.
 */
class Parsed implements ParsedCertificate {
  readonly thumbprint: string;
  readonly tbs: Uint8Array;
  readonly version: number;
  readonly tbsSignatureAlgorithm: AlgorithmIdentifier;
  readonly signatureAlgorithm: AlgorithmIdentifier;
  readonly signature: Uint8Array;
  readonly issuer: Uint8Array;
  readonly subject: Uint8Array;
  readonly issuerKey: string;
  readonly notBefore: number;
  readonly notAfter: number;
  readonly spki: Uint8Array;
  readonly extensions: readonly RawExtension[];
  readonly #serialBytes: Uint8Array;
  readonly #decoded: DecodedExtensions;
  #serial: string | undefined;
  #subjectKey: string | undefined;

  constructor(
    readonly der: Uint8Array,
    fields: EagerFields,
  ) {
    this.thumbprint = fields.thumbprint;
    this.tbs = fields.tbs;
    this.version = fields.version;
    this.tbsSignatureAlgorithm = fields.tbsSignatureAlgorithm;
    this.signatureAlgorithm = fields.signatureAlgorithm;
    this.signature = fields.signature;
    this.issuer = fields.issuer;
    this.subject = fields.subject;
    this.issuerKey = nameKeyCached(fields.issuer);
    this.notBefore = fields.notBefore;
    this.notAfter = fields.notAfter;
    this.spki = fields.spki;
    this.extensions = fields.extensions;
    this.#serialBytes = fields.serialBytes;
    this.#decoded = decodeExtensions(fields.extensions, false);
  }

  get serial(): string {
    this.#serial ??= toHex(this.#serialBytes);
    return this.#serial;
  }

  get subjectKey(): string {
    this.#subjectKey ??= bytesEqual(this.issuer, this.subject) ? this.issuerKey : nameKey(this.subject);
    return this.#subjectKey;
  }

  get selfIssued(): boolean {
    return this.subjectKey === this.issuerKey;
  }

  get basicConstraints(): BasicConstraints | undefined {
    return this.#decoded.basicConstraints;
  }

  get keyUsage(): number | undefined {
    return this.#decoded.keyUsage;
  }

  get subjectKeyId(): string | undefined {
    return this.#decoded.subjectKeyId;
  }

  get authorityKeyId(): string | undefined {
    return this.#decoded.authorityKeyId;
  }

  get malformedExtensions(): readonly string[] {
    return this.#decoded.malformedExtensions;
  }

  get crlUrls(): readonly string[] {
    this.#decodeLocations();
    return this.#decoded.crlUrls;
  }

  get ocspUrls(): readonly string[] {
    this.#decodeLocations();
    return this.#decoded.ocspUrls;
  }

  #locationsDecoded = false;

  #decodeLocations(): void {
    if (this.#locationsDecoded) return;
    this.#locationsDecoded = true;
    const locations = decodeExtensions(this.extensions, true);
    this.#decoded.crlUrls = locations.crlUrls;
    this.#decoded.ocspUrls = locations.ocspUrls;
    this.#decoded.malformedExtensions.push(...locations.malformedExtensions);
  }
}

function need(tlv: Tlv | undefined, tag: number, what: string): Tlv {
  if (tlv === undefined || tlv.tag !== tag) throw new DerError(`missing or malformed ${what}`);
  return tlv;
}

/** Reads an AlgorithmIdentifier SEQUENCE. */
export function algorithm(der: Uint8Array, tlv: Tlv): AlgorithmIdentifier {
  if (tlv.tag !== 0x30) throw new DerError('AlgorithmIdentifier must be a SEQUENCE');
  const [oidTlv, params] = children(der, tlv);
  if (oidTlv === undefined) throw new DerError('empty AlgorithmIdentifier');
  return {
    oid: readOid(der, oidTlv),
    parameters: params === undefined ? new Uint8Array(0) : whole(der, params),
    der: whole(der, tlv),
  };
}

interface DecodedExtensions {
  basicConstraints: BasicConstraints | undefined;
  keyUsage: number | undefined;
  subjectKeyId: string | undefined;
  authorityKeyId: string | undefined;
  crlUrls: string[];
  ocspUrls: string[];
  malformedExtensions: string[];
}

/** Decodes the constraint extensions, or (with `locations`) only the CRL and OCSP URLs. */
function decodeExtensions(extensions: readonly RawExtension[], locations: boolean): DecodedExtensions {
  const out: DecodedExtensions = {
    basicConstraints: undefined,
    keyUsage: undefined,
    subjectKeyId: undefined,
    authorityKeyId: undefined,
    crlUrls: [],
    ocspUrls: [],
    malformedExtensions: [],
  };
  for (const ext of extensions) {
    const isLocation = ext.oid === OID.crlDistributionPoints || ext.oid === OID.authorityInfoAccess;
    if (isLocation !== locations) continue;
    try {
      decodeExtension(ext, out);
    } catch (error) {
      if (!(error instanceof DerError)) throw error;
      out.malformedExtensions.push(ext.oid);
    }
  }
  return out;
}

function decodeExtension(ext: RawExtension, out: DecodedExtensions): void {
  const v = ext.value;
  switch (ext.oid) {
    case OID.basicConstraints: {
      const seq = expectTlv(v, 0, v.length, 0x30, 'BasicConstraints');
      let ca = false;
      let pathLength: number | undefined;
      for (const field of children(v, seq)) {
        if (field.tag === 0x01) ca = v[field.contentStart] !== 0;
        else if (field.tag === 0x02) pathLength = smallInteger(v, field);
        else throw new DerError('unexpected field in BasicConstraints');
      }
      out.basicConstraints = { ca, pathLength };
      return;
    }
    case OID.keyUsage: {
      const bits = expectTlv(v, 0, v.length, 0x03, 'KeyUsage');
      let usage = 0;
      for (let i = bits.contentStart + 1, shift = 0; i < bits.end && shift < 16; i++, shift += 8) {
        const byte = v[i]!;
        for (let bit = 0; bit < 8; bit++) if (byte & (0x80 >> bit)) usage |= 1 << (shift + bit);
      }
      out.keyUsage = usage;
      return;
    }
    case OID.subjectKeyId:
      out.subjectKeyId = toHex(contents(v, expectTlv(v, 0, v.length, 0x04, 'SubjectKeyIdentifier')));
      return;
    case OID.authorityKeyId: {
      const seq = expectTlv(v, 0, v.length, 0x30, 'AuthorityKeyIdentifier');
      for (const field of children(v, seq))
        if (field.tag === 0x80) out.authorityKeyId = toHex(contents(v, field));
      return;
    }
    case OID.crlDistributionPoints: {
      const seq = expectTlv(v, 0, v.length, 0x30, 'CRLDistributionPoints');
      for (const point of children(v, seq)) {
        for (const field of children(v, point)) {
          if (field.tag !== 0xa0) continue;
          for (const pointName of children(v, field)) {
            if (pointName.tag !== 0xa0) continue;
            for (const general of children(v, pointName)) {
              if (general.tag === 0x86) out.crlUrls.push(ascii(contents(v, general)));
            }
          }
        }
      }
      return;
    }
    case OID.authorityInfoAccess: {
      const seq = expectTlv(v, 0, v.length, 0x30, 'AuthorityInfoAccess');
      for (const access of children(v, seq)) {
        const [method, location] = children(v, access);
        if (method === undefined || location === undefined) throw new DerError('malformed AccessDescription');
        if (readOid(v, method) === OID.ocsp && location.tag === 0x86)
          out.ocspUrls.push(ascii(contents(v, location)));
      }
      return;
    }
    default:
      return;
  }
}

function smallInteger(bytes: Uint8Array, tlv: Tlv): number {
  const length = tlv.end - tlv.contentStart;
  if (length < 1 || length > 4 || (bytes[tlv.contentStart]! & 0x80) !== 0) {
    throw new DerError('integer out of range');
  }
  let value = 0;
  for (let i = tlv.contentStart; i < tlv.end; i++) value = value * 256 + bytes[i]!;
  return value;
}

function ascii(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes);
}

/** Reads a TLV header only to check that `der` starts with a SEQUENCE; used by PEM sniffing. */
export function looksLikeDer(der: Uint8Array): boolean {
  try {
    return readTlv(der, 0).tag === 0x30;
  } catch (error) {
    if (error instanceof DerError) return false;
    throw error;
  }
}
