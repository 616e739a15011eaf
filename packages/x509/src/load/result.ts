/** The result of looking for a client certificate in a request. */

/**
 * Either the certificate's DER, or `null` with the reason APIM would see no certificate (the
 * client sent none, the proxy forwarded none). The reason is for the trace. Malformed input is
 * not "no certificate": it throws `CertificateLoadError`.
 */
export type ClientCertificateResult =
  | { readonly der: Uint8Array }
  | { readonly der: null; readonly reason: string };

/** A found certificate. */
export function found(der: Uint8Array): ClientCertificateResult {
  return { der };
}

/** No certificate, and why. */
export function none(reason: string): ClientCertificateResult {
  return { der: null, reason };
}
