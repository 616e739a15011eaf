/**
 * Size limits, checked before any decoding so that an oversized input costs one comparison.
 * Headers are small in practice (a 4 KB RSA certificate is about 6 KB of base64), so 64 KiB is
 * generous; files may hold CA bundles, so the default for loaders of files is larger.
 */
import { CertificateLoadError } from './errors.js';

/** Default limit for proxy headers, in characters of header text. */
export const DEFAULT_MAX_HEADER_LENGTH = 64 * 1024;

/** Default limit for PEM/base64 text, DER and PFX bytes given to the file loaders. */
export const DEFAULT_MAX_INPUT_LENGTH = 8 * 1024 * 1024;

/** Options shared by the text and byte loaders. */
export interface SizeLimitOptions {
  /** Largest accepted input, in characters (text) or bytes (binary). */
  readonly maxLength?: number;
}

/** Throws `too-large` when `length` exceeds `limit`. */
export function checkSize(length: number, limit: number, what: string, unit: 'characters' | 'bytes'): void {
  if (length > limit) {
    throw new CertificateLoadError(
      'too-large',
      `${what} is ${length} ${unit} long, over the limit of ${limit} ${unit}; it was not decoded`,
    );
  }
}
