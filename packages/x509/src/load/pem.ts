/**
 * PEM (RFC 7468): one certificate or a bundle. Tolerant of what people paste: CRLF or LF, a
 * byte-order mark, explanatory text before, between and after blocks (`openssl` writes
 * `subject=` lines there), indentation and trailing spaces, line breaks anywhere in the base64.
 * Strict about what matters: every block must be a certificate, and END must match BEGIN.
 */
import { decodeBase64 } from './base64.js';
import { loadDer } from './der.js';
import { CertificateLoadError } from './errors.js';
import { checkSize, DEFAULT_MAX_INPUT_LENGTH, type SizeLimitOptions } from './limits.js';

/** Labels that hold an X.509 certificate (RFC 7468 §5.1 and its legacy spellings, OpenSSL's trusted form). */
const CERTIFICATE_LABELS: ReadonlySet<string> = new Set([
  'CERTIFICATE',
  'X509 CERTIFICATE',
  'X.509 CERTIFICATE',
  'TRUSTED CERTIFICATE',
]);

const BEGIN = /-----BEGIN ([^\r\n-]*)-----/g;

/** Options for `loadPem`. */
export interface PemOptions extends SizeLimitOptions {
  /**
   * Skip blocks with other labels (a key in the same file as its certificate) instead of
   * throwing `wrong-pem-label`. At least one certificate must remain. Default false.
   */
  readonly skipOtherBlocks?: boolean;
}

/**
 * Returns the DER of every certificate in `text`, in order. Throws `empty`, `not-pem`,
 * `wrong-pem-label` (naming the label), `bad-base64`, `truncated`, `not-a-certificate` or
 * `too-large`; errors inside a block name the block (`PEM block 2 (CERTIFICATE): …`).
 */
export function loadPem(text: string, options: PemOptions = {}): Uint8Array[] {
  if (typeof text !== 'string') {
    throw new CertificateLoadError('invalid-input', `expected PEM text, got ${typeof text}`);
  }
  checkSize(text.length, options.maxLength ?? DEFAULT_MAX_INPUT_LENGTH, 'PEM input', 'characters');
  if (text.trim().length === 0) throw new CertificateLoadError('empty', 'the PEM input is empty');
  const certificates: Uint8Array[] = [];
  const skipped: string[] = [];
  let blockNumber = 0;
  BEGIN.lastIndex = 0;
  for (let begin = BEGIN.exec(text); begin !== null; begin = BEGIN.exec(text)) {
    blockNumber++;
    const label = begin[1]!;
    const endLine = `-----END ${label}-----`;
    const bodyStart = begin.index + begin[0].length;
    const endIndex = text.indexOf(endLine, bodyStart);
    const context = `PEM block ${blockNumber} (${label})`;
    if (endIndex < 0) {
      const nextBegin = text.indexOf('-----BEGIN ', bodyStart);
      const otherEnd = text.indexOf('-----END ', bodyStart);
      if (otherEnd >= 0 && (nextBegin < 0 || otherEnd < nextBegin)) {
        const found = text.slice(otherEnd).split(/\r?\n/, 1)[0]!.trim();
        throw new CertificateLoadError('not-pem', `${context}: ends with '${found}' instead of '${endLine}'`);
      }
      throw new CertificateLoadError(
        'truncated',
        `${context}: no '${endLine}' line; the PEM text was cut short`,
      );
    }
    const body = text.slice(bodyStart, endIndex);
    if (body.includes('-----BEGIN ')) {
      throw new CertificateLoadError(
        'not-pem',
        `${context}: a new -----BEGIN line appears before '${endLine}'`,
      );
    }
    BEGIN.lastIndex = endIndex + endLine.length;
    if (!CERTIFICATE_LABELS.has(label)) {
      if (options.skipOtherBlocks === true) {
        skipped.push(label);
        continue;
      }
      throw new CertificateLoadError(
        'wrong-pem-label',
        `${context}: the label is '${label}', expected 'CERTIFICATE'${hintFor(label)}`,
      );
    }
    try {
      certificates.push(
        loadDer(decodeBase64(body, 'the base64 body'), { maxLength: Number.POSITIVE_INFINITY }),
      );
    } catch (error) {
      if (error instanceof CertificateLoadError) throw error.withContext(context);
      throw error;
    }
  }
  if (blockNumber === 0) throw new CertificateLoadError('not-pem', describeNotPem(text));
  if (certificates.length === 0) {
    throw new CertificateLoadError(
      'wrong-pem-label',
      `the PEM input has no CERTIFICATE block, only ${skipped.map((l) => `'${l}'`).join(', ')}`,
    );
  }
  return certificates;
}

function hintFor(label: string): string {
  if (label.includes('PRIVATE KEY')) return ' (this is a private key, not a certificate)';
  if (label === 'PKCS7') return ' (a PKCS#7 bundle; convert it with openssl pkcs7 -print_certs)';
  if (label.includes('CERTIFICATE REQUEST')) return ' (a certificate signing request, not a certificate)';
  return '';
}

function describeNotPem(text: string): string {
  const trimmed = text.trim();
  if (/^MI[A-Za-z0-9+/]/.test(trimmed)) {
    return 'the input has no -----BEGIN CERTIFICATE----- line; it looks like bare base64 DER, load it as base64';
  }
  if (trimmed.includes('-----')) return 'the input has no well-formed -----BEGIN <label>----- line';
  return 'the input has no -----BEGIN CERTIFICATE----- line';
}
