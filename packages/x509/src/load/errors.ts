/**
 * The one error type every loader throws. Callers (the engine, a user's test) switch on `code`,
 * which is stable; `message` is for people and says what was found and what was expected.
 */

/** Why certificate input could not be turned into DER. */
export type CertificateLoadErrorCode =
  /** The input is empty or only whitespace. */
  | 'empty'
  /** Text was expected to be PEM but has no `-----BEGIN …-----` line, or its armour is broken. */
  | 'not-pem'
  /** A PEM block has a label other than `CERTIFICATE` (for example `PRIVATE KEY`). */
  | 'wrong-pem-label'
  /** Base64 text has characters outside the standard alphabet, or misplaced padding. */
  | 'bad-base64'
  /** Percent-encoded text (Envoy, nginx) has a malformed `%` escape. */
  | 'bad-url-encoding'
  /** A proxy header is syntactically malformed (for example an unterminated quote in XFCC). */
  | 'bad-header'
  /** The same certificate header appears more than once. */
  | 'duplicate-header'
  /** The data ends before the structure it started (DER length, base64 group, PEM END line). */
  | 'truncated'
  /** The bytes are well-formed but are not an X.509 certificate. */
  | 'not-a-certificate'
  /** The PFX password is wrong (integrity check or decryption failed). */
  | 'pfx-password'
  /** The PFX is not a well-formed PKCS#12 structure. */
  | 'pfx-corrupt'
  /** The PFX uses a protection mode or algorithm this loader does not implement. */
  | 'pfx-unsupported'
  /** The input exceeds the configured size limit; nothing was decoded. */
  | 'too-large'
  /** The argument has the wrong type at run time (for callers without TypeScript). */
  | 'invalid-input';

/** A certificate input that cannot be loaded. Thrown by every loader; never anything else. */
export class CertificateLoadError extends Error {
  override readonly name = 'CertificateLoadError';

  constructor(
    readonly code: CertificateLoadErrorCode,
    message: string,
    options?: { readonly cause?: unknown },
  ) {
    super(message, options);
  }

  /** The same error with `context` put in front of the message (`PEM block 2: …`). */
  withContext(context: string): CertificateLoadError {
    return new CertificateLoadError(this.code, `${context}: ${this.message}`, { cause: this.cause });
  }
}

/** Text of an unknown thrown value, for messages. */
export function describeThrown(thrown: unknown): string {
  return thrown instanceof Error ? thrown.message : String(thrown);
}
