/**
 * One entry for every place a gateway can find the client's certificate: a proxy header or the
 * TLS connection itself.
 */
import { CertificateLoadError } from './errors.js';
import { type HeaderSource, readHeader, singleValue } from './headers.js';
import { DEFAULT_MAX_HEADER_LENGTH } from './limits.js';
import {
  fromArrClientCert,
  fromEnvoyXfcc,
  fromNginxEscapedCert,
  fromServiceFabricClientCertificate,
} from './proxy-headers.js';
import type { ClientCertificateResult } from './result.js';
import { fromTlsSocket, type SocketSource } from './socket.js';

/** Where the certificate comes from. */
export type ClientCertificateSourceKind = 'arr' | 'service-fabric' | 'envoy' | 'nginx' | 'socket';

/** Options for `clientCertificateFrom`. */
export interface ClientCertificateOptions {
  readonly source: ClientCertificateSourceKind;
  /** Header name, for proxies configured with another one (see `DEFAULT_CLIENT_CERTIFICATE_HEADERS`). */
  readonly header?: string;
  /** Largest header accepted, in characters, checked before decoding. Default 64 KiB. */
  readonly maxHeaderLength?: number;
}

/** The header each proxy uses by default. nginx has no fixed name; ingress-nginx uses `ssl-client-cert`. */
export const DEFAULT_CLIENT_CERTIFICATE_HEADERS: Readonly<
  Record<Exclude<ClientCertificateSourceKind, 'socket'>, string>
> = {
  arr: 'X-ARR-ClientCert',
  'service-fabric': 'X-Client-Certificate',
  envoy: 'X-Forwarded-Client-Cert',
  nginx: 'ssl-client-cert',
};

/**
 * The client's certificate as DER, or null with the reason APIM would see none. Throws
 * `CertificateLoadError` for malformed input (`too-large`, `bad-base64`, `not-pem`, …).
 */
export function clientCertificateFrom(
  input: HeaderSource | SocketSource,
  options: ClientCertificateOptions,
): ClientCertificateResult {
  const source = (options as Partial<ClientCertificateOptions> | undefined)?.source;
  if (source === 'socket') return fromTlsSocket(input as SocketSource);
  if (source === undefined || !Object.hasOwn(DEFAULT_CLIENT_CERTIFICATE_HEADERS, source)) {
    throw new CertificateLoadError('invalid-input', `unknown client certificate source '${String(source)}'`);
  }
  const name = options.header ?? DEFAULT_CLIENT_CERTIFICATE_HEADERS[source];
  const maxLength = options.maxHeaderLength ?? DEFAULT_MAX_HEADER_LENGTH;
  const values = readHeader(input as HeaderSource, name, maxLength);
  const headerOptions = { header: name, maxLength };
  switch (source) {
    case 'arr':
      return fromArrClientCert(singleValue(values, name), headerOptions);
    case 'service-fabric':
      return fromServiceFabricClientCertificate(singleValue(values, name), headerOptions);
    case 'envoy':
      // Repeated XFCC lines are one list of elements, as HTTP joins repeated headers.
      return fromEnvoyXfcc(values.length === 0 ? null : values.join(','), headerOptions);
    case 'nginx':
      return fromNginxEscapedCert(singleValue(values, name), headerOptions);
  }
}
