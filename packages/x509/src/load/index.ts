/** Certificate loaders: PEM, DER, base64 DER, PFX, and the forms proxies forward. */
export { loadBase64Der } from './base64-der.js';
export {
  type ClientCertificateOptions,
  type ClientCertificateSourceKind,
  clientCertificateFrom,
  DEFAULT_CLIENT_CERTIFICATE_HEADERS,
} from './client-certificate.js';
export { loadDer } from './der.js';
export { CertificateLoadError, type CertificateLoadErrorCode } from './errors.js';
export type { HeaderSource } from './headers.js';
export {
  DEFAULT_MAX_HEADER_LENGTH,
  DEFAULT_MAX_INPUT_LENGTH,
  type SizeLimitOptions,
} from './limits.js';
export { loadPem, type PemOptions } from './pem.js';
export { loadPfx, type PfxContents, type PfxOptions } from './pfx.js';
export { DEFAULT_MAX_PFX_ITERATIONS } from './pfx-iterations.js';
export {
  fromArrClientCert,
  fromEnvoyXfcc,
  fromNginxEscapedCert,
  fromServiceFabricClientCertificate,
  type ProxyHeaderOptions,
} from './proxy-headers.js';
export type { ClientCertificateResult } from './result.js';
export { fromTlsSocket, type PeerCertificateSocket, type SocketSource } from './socket.js';
