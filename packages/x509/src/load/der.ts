/**
 * DER certificates: check the outline of an X.509 `Certificate` and cut it out of its input.
 *
 * Like .NET (`CertificateWithTrailingDataCanBeRead`), bytes after the certificate are ignored and
 * the result covers only the certificate, so the thumbprint is the hash of the certificate alone.
 */
import { readTlv } from './der-header.js';
import { CertificateLoadError } from './errors.js';
import { checkSize, DEFAULT_MAX_INPUT_LENGTH, type SizeLimitOptions } from './limits.js';

const SEQUENCE = 0x30;
const INTEGER = 0x02;
const BIT_STRING = 0x03;
const VERSION_TAG = 0xa0;

/**
 * Returns the DER of the certificate at the start of `bytes` (a copy, without trailing data).
 * Throws `empty`, `truncated`, `not-a-certificate` or `too-large`.
 *
 * The check is structural: Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm,
 * signatureValue }, where tbsCertificate starts with an optional `[0]` version, a serial
 * INTEGER and then five SEQUENCEs (algorithm, issuer, validity, subject, public key). It tells
 * a certificate from a key, a CRL or a PKCS#7 blob; field contents are decoded elsewhere.
 */
export function loadDer(bytes: Uint8Array, options: SizeLimitOptions = {}): Uint8Array {
  if (!(bytes instanceof Uint8Array)) {
    throw new CertificateLoadError('invalid-input', `expected DER as a Uint8Array, got ${typeof bytes}`);
  }
  checkSize(bytes.length, options.maxLength ?? DEFAULT_MAX_INPUT_LENGTH, 'DER input', 'bytes');
  if (bytes.length === 0) throw new CertificateLoadError('empty', 'the DER input is empty');
  const outer = bytes[0]!;
  if (outer !== SEQUENCE) throw new CertificateLoadError('not-a-certificate', describeWrongStart(bytes));
  const certificate = readTlv(bytes, 0);
  checkOutline(bytes, certificate.contentStart, certificate.end);
  return new Uint8Array(bytes.subarray(0, certificate.end));
}

function checkOutline(bytes: Uint8Array, start: number, end: number): void {
  const tbs = expect(bytes, start, end, SEQUENCE, 'tbsCertificate');
  const algorithm = expect(bytes, tbs.end, end, SEQUENCE, 'signatureAlgorithm');
  const signature = expect(bytes, algorithm.end, end, BIT_STRING, 'signatureValue');
  if (signature.end !== end) {
    throw new CertificateLoadError(
      'not-a-certificate',
      'the certificate SEQUENCE has extra elements after signatureValue',
    );
  }
  let at = tbs.contentStart;
  if (at < tbs.end && bytes[at] === VERSION_TAG) at = readTlv(bytes, at, tbs.end).end;
  at = expect(bytes, at, tbs.end, INTEGER, 'serialNumber').end;
  for (const field of ['signature', 'issuer', 'validity', 'subject', 'subjectPublicKeyInfo']) {
    at = expect(bytes, at, tbs.end, SEQUENCE, field).end;
  }
}

function expect(bytes: Uint8Array, offset: number, limit: number, tag: number, field: string) {
  if (offset >= limit) {
    throw new CertificateLoadError(
      'not-a-certificate',
      `${field} is missing (an X.509 certificate needs it)`,
    );
  }
  const found = bytes[offset]!;
  if (found !== tag) {
    throw new CertificateLoadError(
      'not-a-certificate',
      `${field} should have tag 0x${hex(tag)} but byte ${offset} is 0x${hex(found)}`,
    );
  }
  return readTlv(bytes, offset, limit);
}

/** A message for input that does not start with a SEQUENCE, with a hint when it is text. */
function describeWrongStart(bytes: Uint8Array): string {
  const head = String.fromCharCode(...bytes.subarray(0, 16));
  if (head.startsWith('-----BEGIN') || head.trimStart().startsWith('-----')) {
    return 'the input is PEM text, not DER; load it as PEM';
  }
  if (head.startsWith('MI')) return 'the input looks like base64 text, not DER; load it as base64';
  return `a DER certificate starts with a SEQUENCE (0x30), this input starts with 0x${hex(bytes[0]!)}`;
}

function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0');
}
