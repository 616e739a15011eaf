import { type DecodedCertificate, decodeCertificateCached, loadBase64Der, loadPem } from '@apim-policy/x509';

/**
 * A certificate as callers give it: DER bytes, PEM text (the first certificate), base64 DER, a
 * decoded certificate, or anything with a `der` field (the test PKI's certificates).
 */
export type CertificateInput = Uint8Array | string | DecodedCertificate | { readonly der: Uint8Array };

/** The DER of a certificate input. */
export function derOf(input: CertificateInput): Uint8Array {
  if (input instanceof Uint8Array) return input;
  if (typeof input === 'string') {
    if (input.includes('-----BEGIN')) {
      const [first] = loadPem(input);
      if (first === undefined) throw new Error('The PEM text holds no certificate');
      return first;
    }
    return loadBase64Der(input);
  }
  if ('der' in input) return input.der;
  return input.rawData;
}

/** A certificate input decoded (cached per DER: decoding the same certificate twice costs nothing). */
export function decodeInput(input: CertificateInput): DecodedCertificate {
  return decodeCertificateCached(derOf(input));
}
