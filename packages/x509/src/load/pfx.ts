/**
 * PFX / PKCS#12 with a password: the certificates (leaf and the chain in the bags) and whether a
 * private key is present. Structure and the integrity MAC go through pkijs; PBES2 encryption
 * (OpenSSL 3's AES-256 default) through pkijs too; the older PKCS#12 PBE schemes (RC2, 3DES:
 * `openssl pkcs12 -legacy`, Windows exports) through `pkcs12-pbe.ts`. Private keys are not
 * returned, only their presence; a key is decrypted (and dropped) only to check the password of
 * a PFX that has no MAC.
 */
import { createPrivateKey } from 'node:crypto';
import type { EncryptedData, PFX, SafeBag, SafeContents } from 'pkijs';
import { loadDer } from './der.js';
import { readTlv } from './der-header.js';
import { CertificateLoadError, describeThrown } from './errors.js';
import { checkSize, DEFAULT_MAX_INPUT_LENGTH, type SizeLimitOptions } from './limits.js';
import { checkIterations, DEFAULT_MAX_PFX_ITERATIONS, encryptionIterations } from './pfx-iterations.js';
import { decryptPkcs12Pbe, isPkcs12Pbe } from './pkcs12-pbe.js';

const DATA = '1.2.840.113549.1.7.1';
const ENCRYPTED_DATA = '1.2.840.113549.1.7.6';
const KEY_BAG = '1.2.840.113549.1.12.10.1.1';
const SHROUDED_KEY_BAG = '1.2.840.113549.1.12.10.1.2';
const CERT_BAG = '1.2.840.113549.1.12.10.1.3';
const SAFE_CONTENTS_BAG = '1.2.840.113549.1.12.10.1.6';
const X509_CERTIFICATE = '1.2.840.113549.1.9.22.1';
const FRIENDLY_NAME = '1.2.840.113549.1.9.20';
const LOCAL_KEY_ID = '1.2.840.113549.1.9.21';

/** What a PFX holds, as far as certificate loading needs it. */
export interface PfxContents {
  /** DER of every X.509 certificate in the PFX, in bag order (leaf and chain alike). */
  readonly certificates: readonly Uint8Array[];
  /**
   * The certificate the private key belongs to (same `localKeyId` attribute), else the first
   * certificate: the one `new X509Certificate2(pfxBytes, password)` represents.
   */
  readonly certificate: Uint8Array;
  /** A key bag (plain or shrouded) is present. */
  readonly hasPrivateKey: boolean;
  /** The `friendlyName` bag attribute of `certificate`, `""` when absent. */
  readonly friendlyName: string;
}

/** Options for `loadPfx`. */
export interface PfxOptions extends SizeLimitOptions {
  /**
   * Largest iteration count accepted for one key derivation (MAC, PBE, PBKDF2), checked before
   * deriving; more gives `pfx-unsupported`. Default `DEFAULT_MAX_PFX_ITERATIONS` (600,000).
   */
  readonly maxIterations?: number;
}

interface CertificateEntry {
  readonly der: Uint8Array;
  readonly localKeyId: string | null;
  readonly friendlyName: string;
}

interface Collected {
  readonly certificates: CertificateEntry[];
  readonly keyIds: (string | null)[];
  /**
   * Set when no MAC vouched for the password: a PFX without a MAC may keep its certificates
   * unencrypted, so only the shrouded key can tell a wrong password, as it does for .NET.
   */
  readonly keyPassword: string | null;
  readonly maxIterations: number;
}

/**
 * Reads a PFX protected by `password`. Throws `empty`, `too-large`, `pfx-corrupt`,
 * `pfx-password` (MAC or decryption fails), `pfx-unsupported` (public-key integrity or
 * encryption, unknown algorithms) or `not-a-certificate` (a certificate bag that is not X.509).
 */
export async function loadPfx(
  bytes: Uint8Array,
  password: string,
  options: PfxOptions = {},
): Promise<PfxContents> {
  if (!(bytes instanceof Uint8Array)) {
    throw new CertificateLoadError(
      'invalid-input',
      `expected PFX bytes as a Uint8Array, got ${typeof bytes}`,
    );
  }
  if (typeof password !== 'string') {
    throw new CertificateLoadError(
      'invalid-input',
      `expected the PFX password as a string, got ${typeof password}`,
    );
  }
  checkSize(bytes.length, options.maxLength ?? DEFAULT_MAX_INPUT_LENGTH, 'PFX input', 'bytes');
  if (bytes.length === 0) throw new CertificateLoadError('empty', 'the PFX input is empty');
  const maxIterations = options.maxIterations ?? DEFAULT_MAX_PFX_ITERATIONS;
  const passwordBytes = new TextEncoder().encode(password);
  // pkijs (with asn1js) is a large library that only PFX files need: loaded on the first one, so
  // that importing this package (and every engine or command-line process) does not pay for it.
  pkijs ??= await import('pkijs');
  const pfx = parsePfx(bytes);
  const macVerified = await verifyMac(pfx, passwordBytes, maxIterations);
  const collected: Collected = {
    certificates: [],
    keyIds: [],
    keyPassword: macVerified ? null : password,
    maxIterations,
  };
  for (const [index, info] of authenticatedSafe(pfx).entries()) {
    const safe = { password, passwordBytes, macVerified, index, maxIterations };
    const plain = await openSafe(info.contentType, info.content, safe);
    collectBags(parseSafeContents(plain, `safe ${index + 1}`).safeBags, collected, 0);
  }
  return summarise(collected);
}

let pkijs: typeof import('pkijs') | undefined;

/** pkijs, loaded by `loadPfx` before any of the functions below runs. */
function library(): typeof import('pkijs') {
  if (pkijs === undefined) throw new Error('pkijs is used before loadPfx loaded it');
  return pkijs;
}

function parsePfx(bytes: Uint8Array): PFX {
  if (bytes[0] !== 0x30) {
    throw new CertificateLoadError('pfx-corrupt', 'a PFX starts with a SEQUENCE (0x30); this input does not');
  }
  try {
    const pfx = library().PFX.fromBER(toArrayBuffer(bytes));
    if (pfx.version !== 3) {
      throw new CertificateLoadError('pfx-unsupported', `PFX version ${pfx.version}; only version 3 exists`);
    }
    return pfx;
  } catch (error) {
    if (error instanceof CertificateLoadError) throw error;
    throw new CertificateLoadError('pfx-corrupt', `not a PKCS#12 structure: ${describeThrown(error)}`, {
      cause: error,
    });
  }
}

/** Checks the password MAC when there is one; returns whether one was checked. */
async function verifyMac(pfx: PFX, password: Uint8Array, maxIterations: number): Promise<boolean> {
  if (pfx.authSafe.contentType !== DATA) {
    throw new CertificateLoadError(
      'pfx-unsupported',
      `PFX integrity mode ${pfx.authSafe.contentType} (public-key signed) is not supported; only password integrity is`,
    );
  }
  const macData = pfx.macData;
  if (macData === undefined) return false;
  checkIterations(macData.iterations ?? 1, maxIterations, 'the PFX MAC');
  const crypto = library().getCrypto(true);
  let verified: boolean;
  try {
    const hash = crypto.getAlgorithmByOID(macData.mac.digestAlgorithm.algorithmId, true, 'digestAlgorithm');
    verified = await crypto.verifyDataStampedWithPassword({
      password: toArrayBuffer(password),
      hashAlgorithm: hash.name,
      salt: toArrayBuffer(macData.macSalt.valueBlock.valueHexView),
      iterationCount: macData.iterations ?? 1,
      contentToVerify: toArrayBuffer(octetStringValue(pfx.authSafe.content, 'authSafe')),
      signatureToVerify: toArrayBuffer(macData.mac.digest.valueBlock.valueHexView),
    });
  } catch (error) {
    if (error instanceof CertificateLoadError) throw error;
    throw new CertificateLoadError('pfx-unsupported', `cannot check the PFX MAC: ${describeThrown(error)}`, {
      cause: error,
    });
  }
  if (!verified) {
    throw new CertificateLoadError(
      'pfx-password',
      'the PFX password is wrong (the integrity MAC does not match; a damaged file looks the same)',
    );
  }
  return true;
}

interface SafeInfo {
  readonly contentType: string;
  readonly content: unknown;
}

function authenticatedSafe(pfx: PFX): SafeInfo[] {
  try {
    const safe = octetStringValue(pfx.authSafe.content, 'authSafe');
    const parsed = library().AuthenticatedSafe.fromBER(toArrayBuffer(safe));
    return parsed.safeContents.map((info) => ({
      contentType: info.contentType,
      content: info.content as unknown,
    }));
  } catch (error) {
    if (error instanceof CertificateLoadError) throw error;
    throw new CertificateLoadError(
      'pfx-corrupt',
      `the PFX authenticated safe is malformed: ${describeThrown(error)}`,
      {
        cause: error,
      },
    );
  }
}

/** What opening one safe needs to know. */
interface SafeContext {
  readonly password: string;
  readonly passwordBytes: Uint8Array;
  readonly macVerified: boolean;
  readonly index: number;
  readonly maxIterations: number;
}

async function openSafe(contentType: string, content: unknown, context: SafeContext): Promise<Uint8Array> {
  const { password, passwordBytes, macVerified, index } = context;
  if (contentType === DATA) return octetStringValue(content, `safe ${index + 1}`);
  if (contentType !== ENCRYPTED_DATA) {
    throw new CertificateLoadError(
      'pfx-unsupported',
      `safe ${index + 1} has content type ${contentType}; only plain and password-encrypted safes are supported`,
    );
  }
  let encrypted: EncryptedData;
  try {
    encrypted = new (library().EncryptedData)({ schema: content });
  } catch (error) {
    throw new CertificateLoadError(
      'pfx-corrupt',
      `safe ${index + 1} is malformed: ${describeThrown(error)}`,
      {
        cause: error,
      },
    );
  }
  const algorithm = encrypted.encryptedContentInfo.contentEncryptionAlgorithm;
  checkAlgorithmIterations(algorithm, context.maxIterations, `safe ${index + 1}`);
  const wrongPassword = (detail: string): CertificateLoadError =>
    macVerified
      ? new CertificateLoadError(
          'pfx-corrupt',
          `safe ${index + 1} does not decrypt although the MAC matched: ${detail}`,
        )
      : new CertificateLoadError(
          'pfx-password',
          `the PFX password is wrong (safe ${index + 1} does not decrypt)`,
        );
  if (isPkcs12Pbe(algorithm.algorithmId)) {
    const { salt, iterations } = pbeParameters(algorithm.algorithmParams as unknown, index);
    const ciphertext = new Uint8Array(encrypted.encryptedContentInfo.getEncryptedContent());
    const result = decryptPkcs12Pbe(algorithm.algorithmId, password, salt, iterations, ciphertext);
    if (result.ok) return result.plaintext;
    if (result.reason === 'unsupported') throw new CertificateLoadError('pfx-unsupported', result.detail);
    throw wrongPassword(result.detail);
  }
  try {
    return new Uint8Array(await encrypted.decrypt({ password: toArrayBuffer(passwordBytes) }));
  } catch (error) {
    const detail = describeThrown(error);
    if (/unknown|unsupported|not supported/i.test(detail)) {
      throw new CertificateLoadError(
        'pfx-unsupported',
        `safe ${index + 1} uses encryption ${algorithm.algorithmId}, which is not supported: ${detail}`,
        { cause: error },
      );
    }
    throw wrongPassword(detail);
  }
}

/** Refuses an encryption algorithm whose key derivation asks for too many iterations. */
function checkAlgorithmIterations(
  algorithm: { readonly algorithmId: string; readonly algorithmParams?: unknown },
  maxIterations: number,
  what: string,
): void {
  const params: unknown = algorithm.algorithmParams;
  if (!isBerEncodable(params)) return;
  const iterations = encryptionIterations(algorithm.algorithmId, new Uint8Array(params.toBER(false)));
  if (iterations !== null) checkIterations(iterations, maxIterations, what);
}

/** pkcs-12PbeParams ::= SEQUENCE { salt OCTET STRING, iterations INTEGER }. */
function pbeParameters(params: unknown, index: number): { salt: Uint8Array; iterations: number } {
  const corrupt = (): CertificateLoadError =>
    new CertificateLoadError('pfx-corrupt', `safe ${index + 1} has malformed PBE parameters`);
  if (!isBerEncodable(params)) throw corrupt();
  const der = new Uint8Array(params.toBER(false));
  try {
    const sequence = readTlv(der, 0);
    const salt = readTlv(der, sequence.contentStart, sequence.end);
    const count = readTlv(der, salt.end, sequence.end);
    if (sequence.tag !== 0x30 || salt.tag !== 0x04 || count.tag !== 0x02) throw corrupt();
    const length = count.end - count.contentStart;
    if (length < 1 || length > 4 || (der[count.contentStart]! & 0x80) !== 0) throw corrupt();
    let iterations = 0;
    for (let i = count.contentStart; i < count.end; i++) iterations = iterations * 256 + der[i]!;
    if (iterations < 1) throw corrupt();
    return { salt: der.slice(salt.contentStart, salt.end), iterations };
  } catch (error) {
    if (error instanceof CertificateLoadError) throw corrupt();
    throw error;
  }
}

function parseSafeContents(plain: Uint8Array, where: string): SafeContents {
  try {
    return library().SafeContents.fromBER(toArrayBuffer(plain));
  } catch (error) {
    throw new CertificateLoadError(
      'pfx-corrupt',
      `${where} does not hold SafeContents: ${describeThrown(error)}`,
      {
        cause: error,
      },
    );
  }
}

function collectBags(bags: readonly SafeBag[], collected: Collected, depth: number): void {
  for (const bag of bags) {
    const attributes = readAttributes(bag);
    switch (bag.bagId) {
      case KEY_BAG:
        collected.keyIds.push(attributes.localKeyId);
        break;
      case SHROUDED_KEY_BAG:
        if (collected.keyPassword !== null)
          checkKeyPassword(bag.bagValue, collected.keyPassword, collected.maxIterations);
        collected.keyIds.push(attributes.localKeyId);
        break;
      case CERT_BAG:
        collected.certificates.push({ der: certificateFromBag(bag.bagValue), ...attributes });
        break;
      case SAFE_CONTENTS_BAG:
        if (depth > 8 || !(bag.bagValue instanceof library().SafeContents)) {
          throw new CertificateLoadError('pfx-corrupt', 'nested SafeContents bags are malformed or too deep');
        }
        collectBags(bag.bagValue.safeBags, collected, depth + 1);
        break;
      default:
        // CRL and secret bags carry nothing a certificate loader reports.
        break;
    }
  }
}

/**
 * Decrypts a shrouded key with node:crypto only to learn whether the password opens it; the key
 * is dropped at once. Used only for PFX files without a MAC.
 */
function checkKeyPassword(value: unknown, password: string, maxIterations: number): void {
  if (!(value instanceof library().PKCS8ShroudedKeyBag)) {
    throw new CertificateLoadError('pfx-corrupt', 'a shrouded key bag is malformed');
  }
  checkAlgorithmIterations(value.encryptionAlgorithm, maxIterations, 'the private key');
  const der = Buffer.from(value.toSchema().toBER(false));
  try {
    createPrivateKey({ key: der, format: 'der', type: 'pkcs8', passphrase: password });
  } catch (error) {
    throw new CertificateLoadError(
      'pfx-password',
      'the PFX password is wrong (the PFX has no MAC and its private key does not decrypt)',
      { cause: error },
    );
  }
}

function certificateFromBag(value: unknown): Uint8Array {
  if (!(value instanceof library().CertBag))
    throw new CertificateLoadError('pfx-corrupt', 'a certificate bag is malformed');
  if (value.certId !== X509_CERTIFICATE) {
    throw new CertificateLoadError(
      'not-a-certificate',
      `a certificate bag holds type ${value.certId}, not an X.509 certificate`,
    );
  }
  try {
    return loadDer(octetStringValue(value.certValue, 'certificate bag'), {
      maxLength: Number.POSITIVE_INFINITY,
    });
  } catch (error) {
    if (error instanceof CertificateLoadError) throw error.withContext('PFX certificate bag');
    throw error;
  }
}

function readAttributes(bag: SafeBag): { localKeyId: string | null; friendlyName: string } {
  let localKeyId: string | null = null;
  let friendlyName = '';
  for (const attribute of bag.bagAttributes ?? []) {
    const first: unknown = attribute.values[0];
    if (!isBerEncodable(first)) continue;
    const der = new Uint8Array(first.toBER(false));
    if (attribute.type === LOCAL_KEY_ID) localKeyId = Buffer.from(der).toString('hex');
    if (attribute.type === FRIENDLY_NAME) friendlyName = decodeBmpString(der);
  }
  return { localKeyId, friendlyName };
}

function decodeBmpString(der: Uint8Array): string {
  try {
    const tlv = readTlv(der, 0);
    if (tlv.tag !== 0x1e || (tlv.end - tlv.contentStart) % 2 !== 0) return '';
    let text = '';
    for (let i = tlv.contentStart; i < tlv.end; i += 2)
      text += String.fromCharCode((der[i]! << 8) | der[i + 1]!);
    return text;
  } catch (error) {
    if (error instanceof CertificateLoadError) return '';
    throw error;
  }
}

function summarise(collected: Collected): PfxContents {
  const first = collected.certificates[0];
  if (first === undefined) throw new CertificateLoadError('empty', 'the PFX holds no certificate');
  const keyIds = new Set(collected.keyIds.filter((id): id is string => id !== null));
  const owner =
    collected.certificates.find((c) => c.localKeyId !== null && keyIds.has(c.localKeyId)) ?? first;
  return {
    certificates: collected.certificates.map((c) => c.der),
    certificate: owner.der,
    hasPrivateKey: collected.keyIds.length > 0,
    friendlyName: owner.friendlyName,
  };
}

interface BerEncodable {
  toBER(sizeOnly?: boolean): ArrayBuffer;
}

function isBerEncodable(value: unknown): value is BerEncodable {
  return typeof value === 'object' && value !== null && typeof (value as BerEncodable).toBER === 'function';
}

/** The contents of an asn1js OCTET STRING (primitive or constructed), as pkijs hands them out. */
function octetStringValue(value: unknown, where: string): Uint8Array {
  const candidate = value as { getValue?: unknown; valueBlock?: { valueHexView?: unknown } } | null;
  if (candidate !== null && typeof candidate === 'object' && typeof candidate.getValue === 'function') {
    const result: unknown = (candidate.getValue as () => unknown).call(candidate);
    if (result instanceof ArrayBuffer) return new Uint8Array(result);
  }
  throw new CertificateLoadError('pfx-corrupt', `${where} is not an OCTET STRING`);
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
