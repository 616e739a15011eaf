/**
 * Certificate input for the trust store and verification: DER bytes, or PEM text holding one or
 * more `CERTIFICATE` blocks.
 */

/** DER bytes, or PEM text with one or more certificates. */
export type CertificateInput = Uint8Array | string;

/** Thrown for certificate input that is neither DER nor PEM certificates. */
export class CertificateInputError extends Error {
  override readonly name = 'CertificateInputError';
}

const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;

/** The DER of every PEM block labelled `label` in `text`. */
export function pemBlocks(text: string, label: string): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (const match of text.matchAll(BLOCK)) {
    if (match[1] !== label) continue;
    const body = (match[2] ?? '').replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body) || body.length % 4 !== 0) {
      throw new CertificateInputError(`PEM ${label} block is not valid base64`);
    }
    out.push(new Uint8Array(Buffer.from(body, 'base64')));
  }
  return out;
}

/** DER certificates of an input; throws `CertificateInputError` when a string holds none. */
export function certificatesOf(input: CertificateInput): Uint8Array[] {
  if (typeof input !== 'string') return [input];
  const blocks = pemBlocks(input, 'CERTIFICATE');
  if (blocks.length === 0) throw new CertificateInputError('No "BEGIN CERTIFICATE" block found in PEM text');
  return blocks;
}
