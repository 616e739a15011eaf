/**
 * A test PKI: root and intermediate CAs, client leaves and CRLs, made synchronously with Node's
 * crypto and a small DER writer so that every byte is under the test's control (names with awkward
 * quoting, missing CA flags, unknown critical extensions, broken signatures). Keys are cached per
 * process, so dozens of certificates per test file cost milliseconds.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  bitString,
  boolean,
  concat,
  context,
  integer,
  octetString,
  oid,
  sequence,
  time,
  tlv,
} from './der-writer.js';
import { cachedKeyPair, type KeyAlgorithm, signatureAlgorithm, signWith, type TestKeyPair } from './keys.js';
import { encodeName, type NameSpec } from './names.js';

const DAY = 86_400_000;

/** A KeyUsage bit name (RFC 5280 §4.2.1.3). */
export type KeyUsageName =
  | 'digitalSignature'
  | 'nonRepudiation'
  | 'keyEncipherment'
  | 'dataEncipherment'
  | 'keyAgreement'
  | 'keyCertSign'
  | 'cRLSign';

const KEY_USAGE_BITS: readonly KeyUsageName[] = [
  'digitalSignature',
  'nonRepudiation',
  'keyEncipherment',
  'dataEncipherment',
  'keyAgreement',
  'keyCertSign',
  'cRLSign',
];

const EKU: Readonly<Record<string, string>> = {
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
  codeSigning: '1.3.6.1.5.5.7.3.3',
  emailProtection: '1.3.6.1.5.5.7.3.4',
};

/** Subject alternative names. */
export interface SubjectAltNames {
  readonly dns?: readonly string[];
  readonly email?: readonly string[];
  readonly uri?: readonly string[];
  /** IPv4 dotted or IPv6 text. */
  readonly ip?: readonly string[];
  /** Microsoft UPN (otherName 1.3.6.1.4.1.311.20.2.3). */
  readonly upn?: readonly string[];
}

/** An extension written as given. */
export interface CustomExtension {
  readonly oid: string;
  readonly critical: boolean;
  /** DER of the extension value (inside extnValue). */
  readonly value: Uint8Array;
}

/** What a certificate should look like; every field has a sensible default. */
export interface CertificateOptions {
  /** .NET-style text (`CN=client, O="Contoso, Inc."`) or explicit RDNs in encoding order. */
  readonly subject?: string | NameSpec;
  /** Serial content octets as hex (kept as given, so `00`-padded or negative serials are possible). */
  readonly serialNumber?: string;
  readonly notBefore?: Date;
  readonly notAfter?: Date;
  /** Validity ended a day before the PKI's clock. */
  readonly expired?: boolean;
  /** Validity starts a day after the PKI's clock. */
  readonly notYetValid?: boolean;
  /** Key algorithm for this certificate's own key (default: the PKI's). */
  readonly keyAlgorithm?: KeyAlgorithm;
  /** basicConstraints: `false` omits it; default cA=true for CAs, omitted for leaves. */
  readonly basicConstraints?:
    | false
    | { readonly ca: boolean; readonly pathLength?: number; readonly critical?: boolean };
  /** keyUsage bits, or `false` to omit. */
  readonly keyUsage?: readonly KeyUsageName[] | false;
  /** Extended key usages: names (`clientAuth`, `serverAuth`...) or OIDs; `false` to omit. */
  readonly extendedKeyUsage?: readonly string[] | false;
  readonly subjectAltNames?: SubjectAltNames;
  /** CRL distribution point URLs; default one per issuer (`http://pki.test/crl/<issuer serial>.crl`). */
  readonly crlUrls?: readonly string[] | false;
  /** OCSP responder URLs for Authority Information Access. */
  readonly ocspUrls?: readonly string[];
  readonly extensions?: readonly CustomExtension[];
  /** Flip a bit of the signature so that it no longer verifies. */
  readonly corruptSignature?: boolean;
  /** Sign with this certificate's key instead of the issuer's (a forged issuer name). */
  readonly signedWith?: TestCertificate;
  /** X.509 version (default 3; 1 drops every extension). */
  readonly version?: 1 | 3;
}

/** A certificate the PKI made. */
export interface TestCertificate {
  readonly der: Uint8Array;
  readonly pem: string;
  /** Upper-case SHA-1 hex of the DER. */
  readonly thumbprint: string;
  /** Serial content octets, upper-case hex. */
  readonly serialNumber: string;
  /** DER of the subject name. */
  readonly subject: Uint8Array;
  readonly keys: TestKeyPair;
  /** The issuer, undefined for self-signed certificates. */
  readonly issuer: TestCertificate | undefined;
  /** The CRL URL certificates issued by this one carry by default. */
  readonly crlUrl: string;
}

export interface CrlOptions {
  /** Certificates to list (default: every certificate revoked through `revoke`). */
  readonly revoked?: readonly TestCertificate[];
  readonly thisUpdate?: Date;
  readonly nextUpdate?: Date | null;
  /** Sign with another certificate's key. */
  readonly signedWith?: TestCertificate;
  readonly corruptSignature?: boolean;
}

export interface TestCrl {
  readonly der: Uint8Array;
  readonly pem: string;
  /** The URL the issuer's certificates point at. */
  readonly url: string;
}

export interface TestPkiOptions {
  /** Default key algorithm (EC P-256). */
  readonly keyAlgorithm?: KeyAlgorithm;
  /** The clock validity periods are made around (default: now). */
  readonly now?: Date;
  /** Default validity length in days (default 365). */
  readonly validityDays?: number;
}

export interface TestPki {
  readonly now: Date;
  /** A self-signed root CA. */
  root(options?: CertificateOptions): TestCertificate;
  /** An intermediate CA issued by `issuer`. */
  intermediate(issuer: TestCertificate, options?: CertificateOptions): TestCertificate;
  /** An end-entity (client) certificate issued by `issuer`. */
  leaf(issuer: TestCertificate, options?: CertificateOptions): TestCertificate;
  /** A self-signed end-entity certificate. */
  selfSigned(options?: CertificateOptions): TestCertificate;
  /** Root → intermediate → leaf in one call. */
  chain(options?: {
    root?: CertificateOptions;
    intermediate?: CertificateOptions;
    leaf?: CertificateOptions;
  }): {
    root: TestCertificate;
    intermediate: TestCertificate;
    leaf: TestCertificate;
  };
  /** Marks a certificate revoked; `crl(issuer)` lists it. */
  revoke(certificate: TestCertificate): void;
  /** A CRL signed by `issuer`. */
  crl(issuer: TestCertificate, options?: CrlOptions): TestCrl;
}

/** Creates a test PKI. */
export function createTestPki(options: TestPkiOptions = {}): TestPki {
  const now = options.now ?? new Date();
  const defaultAlgorithm = options.keyAlgorithm ?? 'ec-p256';
  const validityDays = options.validityDays ?? 365;
  const keyCounters = new Map<KeyAlgorithm, number>();
  const revoked = new Map<TestCertificate, TestCertificate[]>();
  let counter = 0;

  const nextKey = (algorithm: KeyAlgorithm): TestKeyPair => {
    const index = keyCounters.get(algorithm) ?? 0;
    keyCounters.set(algorithm, index + 1);
    return cachedKeyPair(algorithm, index);
  };

  const make = (
    kind: 'root' | 'intermediate' | 'leaf' | 'self-signed',
    issuer: TestCertificate | undefined,
    certificate: CertificateOptions,
  ): TestCertificate => {
    counter++;
    const isCa = kind === 'root' || kind === 'intermediate';
    const keys = nextKey(certificate.keyAlgorithm ?? defaultAlgorithm);
    const subject = encodeName(certificate.subject ?? defaultSubject(kind, counter));
    const issuerName = issuer?.subject ?? subject;
    const signer = certificate.signedWith?.keys ?? issuer?.keys ?? keys;
    const serial = certificate.serialNumber ?? randomSerial();
    const [notBefore, notAfter] = validity(now, validityDays, certificate);
    const sigAlg = signatureAlgorithm(signer.algorithm);
    const skiBytes = createHash('sha1').update(keys.spki).digest();
    const extensions: Uint8Array[] = [];
    if (certificate.version !== 1) {
      const bc = certificate.basicConstraints ?? (isCa ? { ca: true } : false);
      if (bc !== false) {
        const fields: Uint8Array[] = [];
        if (bc.ca) fields.push(boolean(true));
        if (bc.pathLength !== undefined) fields.push(integer(bc.pathLength));
        extensions.push(extension('2.5.29.19', bc.critical ?? true, sequence(...fields)));
      }
      const usage =
        certificate.keyUsage ??
        (isCa ? ['digitalSignature', 'keyCertSign', 'cRLSign'] : ['digitalSignature']);
      if (usage !== false) extensions.push(extension('2.5.29.15', true, keyUsage(usage)));
      const eku = certificate.extendedKeyUsage ?? (isCa ? false : ['clientAuth']);
      if (eku !== false) {
        extensions.push(
          extension('2.5.29.37', false, sequence(...eku.map((name) => oid(EKU[name] ?? name)))),
        );
      }
      if (certificate.subjectAltNames !== undefined) {
        extensions.push(extension('2.5.29.17', false, altNames(certificate.subjectAltNames)));
      }
      extensions.push(extension('2.5.29.14', false, octetString(skiBytes)));
      if (issuer !== undefined) {
        const aki = createHash('sha1').update(issuer.keys.spki).digest();
        extensions.push(extension('2.5.29.35', false, sequence(context(0, false, aki))));
      }
      const crlUrls = certificate.crlUrls ?? (issuer === undefined ? false : [issuer.crlUrl]);
      if (crlUrls !== false && crlUrls.length > 0) {
        const points = crlUrls.map((url) =>
          sequence(context(0, true, context(0, true, tlv(0x86, new TextEncoder().encode(url))))),
        );
        extensions.push(extension('2.5.29.31', false, sequence(...points)));
      }
      if (certificate.ocspUrls !== undefined && certificate.ocspUrls.length > 0) {
        const access = certificate.ocspUrls.map((url) =>
          sequence(oid('1.3.6.1.5.5.7.48.1'), tlv(0x86, new TextEncoder().encode(url))),
        );
        extensions.push(extension('1.3.6.1.5.5.7.1.1', false, sequence(...access)));
      }
      for (const custom of certificate.extensions ?? []) {
        extensions.push(extension(custom.oid, custom.critical, custom.value));
      }
    }
    const tbsParts = [
      ...(certificate.version === 1 ? [] : [context(0, true, integer(2))]),
      integer(Buffer.from(serial, 'hex')),
      sigAlg,
      issuerName,
      sequence(time(notBefore), time(notAfter)),
      subject,
      keys.spki,
    ];
    if (extensions.length > 0) tbsParts.push(context(3, true, sequence(...extensions)));
    const tbs = sequence(...tbsParts);
    const signature = signWith(signer, tbs);
    if (certificate.corruptSignature === true) signature[signature.length - 1]! ^= 0x01;
    const der = sequence(tbs, sigAlg, bitString(signature));
    const thumbprint = createHash('sha1').update(der).digest('hex').toUpperCase();
    return {
      der,
      pem: toPem(der, 'CERTIFICATE'),
      thumbprint,
      serialNumber: serial.toUpperCase(),
      subject,
      keys,
      issuer,
      crlUrl: `http://pki.test/crl/${serial.toUpperCase()}.crl`,
    };
  };

  const pki: TestPki = {
    now,
    root: (certificate = {}) => make('root', undefined, certificate),
    intermediate: (issuer, certificate = {}) => make('intermediate', issuer, certificate),
    leaf: (issuer, certificate = {}) => make('leaf', issuer, certificate),
    selfSigned: (certificate = {}) => make('self-signed', undefined, certificate),
    chain: (parts = {}) => {
      const root = pki.root(parts.root);
      const intermediate = pki.intermediate(root, parts.intermediate);
      const leaf = pki.leaf(intermediate, parts.leaf);
      return { root, intermediate, leaf };
    },
    revoke: (certificate) => {
      if (certificate.issuer === undefined)
        throw new Error('A self-signed certificate cannot be revoked by a CRL');
      const list = revoked.get(certificate.issuer) ?? [];
      list.push(certificate);
      revoked.set(certificate.issuer, list);
    },
    crl: (issuer, crlOptions = {}) =>
      makeCrl(now, issuer, crlOptions.revoked ?? revoked.get(issuer) ?? [], crlOptions),
  };
  return pki;
}

function makeCrl(
  now: Date,
  issuer: TestCertificate,
  list: readonly TestCertificate[],
  options: CrlOptions,
): TestCrl {
  const signer = options.signedWith?.keys ?? issuer.keys;
  const sigAlg = signatureAlgorithm(signer.algorithm);
  const thisUpdate = options.thisUpdate ?? new Date(now.getTime() - DAY);
  const nextUpdate =
    options.nextUpdate === undefined ? new Date(now.getTime() + 7 * DAY) : options.nextUpdate;
  const entries = list.map((certificate) =>
    sequence(integer(Buffer.from(certificate.serialNumber, 'hex')), time(thisUpdate)),
  );
  const aki = createHash('sha1').update(issuer.keys.spki).digest();
  const tbs = sequence(
    integer(1),
    sigAlg,
    issuer.subject,
    time(thisUpdate),
    ...(nextUpdate === null ? [] : [time(nextUpdate)]),
    ...(entries.length > 0 ? [sequence(...entries)] : []),
    context(
      0,
      true,
      sequence(
        extension('2.5.29.35', false, sequence(context(0, false, aki))),
        extension('2.5.29.20', false, integer(1)),
      ),
    ),
  );
  const signature = signWith(signer, tbs);
  if (options.corruptSignature === true) signature[signature.length - 1]! ^= 0x01;
  const der = sequence(tbs, sigAlg, bitString(signature));
  return { der, pem: toPem(der, 'X509 CRL'), url: issuer.crlUrl };
}

function defaultSubject(kind: string, counter: number): string {
  switch (kind) {
    case 'root':
      return `CN=Test Root CA ${counter}, O=Test PKI`;
    case 'intermediate':
      return `CN=Test Intermediate CA ${counter}, O=Test PKI`;
    default:
      return `CN=client ${counter}, O=Test PKI`;
  }
}

function validity(now: Date, days: number, options: CertificateOptions): [Date, Date] {
  const t = now.getTime();
  if (options.expired === true) return [new Date(t - (days + 1) * DAY), new Date(t - DAY)];
  if (options.notYetValid === true) return [new Date(t + DAY), new Date(t + (days + 1) * DAY)];
  return [options.notBefore ?? new Date(t - DAY), options.notAfter ?? new Date(t + days * DAY)];
}

function randomSerial(): string {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0]! & 0x7f) | 0x10;
  return bytes.toString('hex').toUpperCase();
}

function extension(id: string, critical: boolean, value: Uint8Array): Uint8Array {
  return sequence(oid(id), ...(critical ? [boolean(true)] : []), octetString(value));
}

function keyUsage(names: readonly KeyUsageName[]): Uint8Array {
  let bits = 0;
  for (const name of names) bits |= 1 << KEY_USAGE_BITS.indexOf(name);
  const first = bitReverse(bits & 0xff);
  const second = bitReverse((bits >> 8) & 0xff);
  const bytes = second !== 0 ? [first, second] : [first];
  const last = bytes[bytes.length - 1]!;
  let unused = 0;
  while (unused < 7 && last !== 0 && (last & (1 << unused)) === 0) unused++;
  return tlv(0x03, Uint8Array.from([unused, ...bytes]));
}

function bitReverse(byte: number): number {
  let out = 0;
  for (let i = 0; i < 8; i++) if (byte & (1 << i)) out |= 0x80 >> i;
  return out;
}

function altNames(names: SubjectAltNames): Uint8Array {
  const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
  const parts: Uint8Array[] = [];
  for (const upn of names.upn ?? []) {
    parts.push(
      context(0, true, concat([oid('1.3.6.1.4.1.311.20.2.3'), context(0, true, tlv(0x0c, encode(upn)))])),
    );
  }
  for (const email of names.email ?? []) parts.push(context(1, false, encode(email)));
  for (const dns of names.dns ?? []) parts.push(context(2, false, encode(dns)));
  for (const uri of names.uri ?? []) parts.push(context(6, false, encode(uri)));
  for (const ip of names.ip ?? []) parts.push(context(7, false, ipBytes(ip)));
  return sequence(...parts);
}

function ipBytes(text: string): Uint8Array {
  if (text.includes('.')) return Uint8Array.from(text.split('.').map(Number));
  const [head = '', tail = ''] = text.split('::');
  const groups = (part: string): number[] =>
    part === '' ? [] : part.split(':').map((g) => Number.parseInt(g, 16));
  const left = groups(head);
  const right = groups(tail);
  const all = text.includes('::')
    ? [...left, ...new Array(8 - left.length - right.length).fill(0), ...right]
    : left;
  return Uint8Array.from(all.flatMap((group: number) => [group >> 8, group & 0xff]));
}

/** PEM text of DER bytes. */
export function toPem(der: Uint8Array, label: string): string {
  const body = Buffer.from(der).toString('base64').replace(/.{64}/g, '$&\n').replace(/\n$/, '');
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;
}
