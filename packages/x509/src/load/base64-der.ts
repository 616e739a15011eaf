/** Base64 DER: one certificate as base64 text, with or without line breaks (see `base64.ts`). */
import { decodeBase64 } from './base64.js';
import { loadDer } from './der.js';
import { CertificateLoadError } from './errors.js';
import { checkSize, DEFAULT_MAX_INPUT_LENGTH, type SizeLimitOptions } from './limits.js';

/**
 * Decodes base64 text and checks that it holds one DER certificate. Throws `empty`,
 * `bad-base64`, `truncated`, `not-a-certificate`, `too-large`; PEM text gets a hint to use
 * `loadPem`.
 */
export function loadBase64Der(text: string, options: SizeLimitOptions = {}): Uint8Array {
  if (typeof text !== 'string') {
    throw new CertificateLoadError('invalid-input', `expected base64 text, got ${typeof text}`);
  }
  checkSize(text.length, options.maxLength ?? DEFAULT_MAX_INPUT_LENGTH, 'base64 input', 'characters');
  if (text.includes('-----BEGIN')) {
    throw new CertificateLoadError(
      'bad-base64',
      'the input is PEM text (it has a -----BEGIN line); load it as PEM',
    );
  }
  return loadDer(decodeBase64(text, 'the base64 input'), { maxLength: Number.POSITIVE_INFINITY });
}
