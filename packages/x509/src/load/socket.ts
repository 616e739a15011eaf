/**
 * The peer certificate of a Node TLS connection. A server that wants client certificates the way
 * APIM's "negotiate client certificate" does uses `requestCert: true` and
 * `rejectUnauthorized: false`: the certificate reaches the policy whether or not it chains to
 * anything, and the policy decides (`Verify()`).
 */
import { loadDer } from './der.js';
import { CertificateLoadError } from './errors.js';
import { type ClientCertificateResult, found, none } from './result.js';

/** What is needed of a `tls.TLSSocket`: `getPeerCertificate(true)`. */
export interface PeerCertificateSocket {
  getPeerCertificate(detailed: true): object | null;
}

/** A `TLSSocket`, or an object with one in `socket` (Node's `IncomingMessage`). */
export type SocketSource = PeerCertificateSocket | { readonly socket: unknown };

/** DER of the client's certificate from `socket.getPeerCertificate(true).raw`. */
export function fromTlsSocket(source: SocketSource): ClientCertificateResult {
  const socket = findSocket(source);
  if (socket === null) return none('the connection is not TLS: there is no peer certificate');
  let peer: object | null;
  try {
    peer = socket.getPeerCertificate(true);
  } catch (error) {
    throw new CertificateLoadError('invalid-input', `getPeerCertificate failed: ${String(error)}`, {
      cause: error,
    });
  }
  const raw = peer === null ? undefined : (peer as { raw?: unknown }).raw;
  if (raw === undefined || raw === null) return none('the client sent no certificate on the TLS connection');
  if (!(raw instanceof Uint8Array)) {
    throw new CertificateLoadError('invalid-input', 'getPeerCertificate(true).raw is not a Buffer');
  }
  try {
    return found(loadDer(raw, { maxLength: Number.POSITIVE_INFINITY }));
  } catch (error) {
    if (error instanceof CertificateLoadError) throw error.withContext('TLS peer certificate');
    throw error;
  }
}

function findSocket(source: SocketSource): PeerCertificateSocket | null {
  if (typeof source !== 'object' || source === null) {
    throw new CertificateLoadError('invalid-input', 'expected a TLS socket or a request with a socket');
  }
  if (hasPeerCertificate(source)) return source;
  const inner = (source as { socket?: unknown }).socket;
  return hasPeerCertificate(inner) ? inner : null;
}

function hasPeerCertificate(value: unknown): value is PeerCertificateSocket {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { getPeerCertificate?: unknown }).getPeerCertificate === 'function'
  );
}
