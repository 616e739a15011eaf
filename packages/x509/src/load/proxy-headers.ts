/**
 * The forms in which proxies in front of a gateway forward the client's TLS certificate. Each
 * reader takes the header value (null when the header is absent) and returns the DER, or no
 * certificate with the reason when the proxy says the client sent none. Anything else that is
 * not a certificate throws `CertificateLoadError`.
 */
import { decodeBase64 } from './base64.js';
import { loadBase64Der } from './base64-der.js';
import { CertificateLoadError } from './errors.js';
import { checkSize, DEFAULT_MAX_HEADER_LENGTH } from './limits.js';
import { loadPem } from './pem.js';
import { type ClientCertificateResult, found, none } from './result.js';
import { decodeUrlEncoded } from './url-encoding.js';
import { firstXfccElement } from './xfcc.js';

const UNLIMITED = { maxLength: Number.POSITIVE_INFINITY };

/** Options for the single-header readers. */
export interface ProxyHeaderOptions {
  /** The header's name, for messages (defaults to the proxy's usual name). */
  readonly header?: string;
  /** Largest value accepted, in characters, checked before decoding. Default 64 KiB. */
  readonly maxLength?: number;
}

/** Checks type and size; returns the reason there is no certificate, or null when there is a value. */
function absent(value: string | null | undefined, name: string, options: ProxyHeaderOptions): string | null {
  if (value === null || value === undefined) {
    return `no ${name} header: the client sent no certificate, or the proxy forwarded none`;
  }
  if (typeof value !== 'string') {
    throw new CertificateLoadError('invalid-input', `header ${name} should be a string, got ${typeof value}`);
  }
  checkSize(value.length, options.maxLength ?? DEFAULT_MAX_HEADER_LENGTH, `header ${name}`, 'characters');
  if (value.trim().length === 0) return `${name} is empty: the client sent no certificate`;
  return null;
}

/** Azure App Service `X-ARR-ClientCert`: base64 of the DER. */
export function fromArrClientCert(
  value: string | null | undefined,
  options: ProxyHeaderOptions = {},
): ClientCertificateResult {
  const name = options.header ?? 'X-ARR-ClientCert';
  const reason = absent(value, name, options);
  if (reason !== null) return none(reason);
  return found(withHeader(name, () => loadBase64Der(value!, UNLIMITED)));
}

/**
 * Service Fabric reverse proxy `X-Client-Certificate`: base64 of the PEM text. Empty when the
 * client sent none. The first certificate is taken if the PEM holds several.
 */
export function fromServiceFabricClientCertificate(
  value: string | null | undefined,
  options: ProxyHeaderOptions = {},
): ClientCertificateResult {
  const name = options.header ?? 'X-Client-Certificate';
  const reason = absent(value, name, options);
  if (reason !== null) return none(reason);
  return found(
    withHeader(name, () => {
      const bytes = decodeBase64(value!, 'the base64 value');
      if (bytes[0] === 0x30) {
        throw new CertificateLoadError(
          'not-pem',
          'the decoded value is DER, but Service Fabric sends base64 of PEM',
        );
      }
      let pem: string;
      try {
        pem = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch (error) {
        throw new CertificateLoadError(
          'bad-header',
          'the decoded value is not text (base64 of PEM expected)',
          {
            cause: error,
          },
        );
      }
      if (bytes[0] === 0x30) {
        throw new CertificateLoadError(
          'not-pem',
          'the decoded value is DER, but Service Fabric sends base64 of PEM',
        );
      }
      return loadPem(pem, UNLIMITED)[0]!;
    }),
  );
}

/**
 * Envoy `X-Forwarded-Client-Cert`: the URL-encoded PEM in the `Cert` key of the first element
 * (the original client's certificate; see `xfcc.ts`). An element without `Cert` means Envoy was
 * not configured to forward it (`set_current_client_cert_details: { cert: true }`).
 */
export function fromEnvoyXfcc(
  value: string | null | undefined,
  options: ProxyHeaderOptions = {},
): ClientCertificateResult {
  const name = options.header ?? 'X-Forwarded-Client-Cert';
  const reason = absent(value, name, options);
  if (reason !== null) return none(reason);
  const element = withHeader(name, () => firstXfccElement(value!));
  const cert = element.get('cert');
  if (cert === undefined || cert.length === 0) {
    return none(
      `${name} has no Cert in its first element: Envoy forwards the certificate only with set_current_client_cert_details cert: true`,
    );
  }
  return found(
    withHeader(`${name} Cert`, () => loadPem(decodeUrlEncoded(cert, 'the Cert value'), UNLIMITED)[0]!),
  );
}

/**
 * nginx `$ssl_client_escaped_cert`: URL-encoded PEM (the unescaped, deprecated
 * `$ssl_client_cert` also loads, since it has nothing to decode). nginx sends an empty value, or
 * no header, when the client sent no certificate.
 */
export function fromNginxEscapedCert(
  value: string | null | undefined,
  options: ProxyHeaderOptions = {},
): ClientCertificateResult {
  const name = options.header ?? 'ssl-client-cert';
  const reason = absent(value, name, options);
  if (reason !== null) return none(reason);
  return found(withHeader(name, () => loadPem(decodeUrlEncoded(value!, 'the value'), UNLIMITED)[0]!));
}

function withHeader<T>(name: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof CertificateLoadError) throw error.withContext(`header ${name}`);
    throw error;
  }
}
