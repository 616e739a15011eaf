import { DotnetException } from '../exceptions.js';
import type { CertificateSource } from './certificate-source.js';

/** Reads DER into a certificate source; throws .NET's `CryptographicException` for bad data. */
export type CertificateParser = (der: Uint8Array) => CertificateSource;

let installed: CertificateParser | null = null;

/**
 * Installs how `new X509Certificate2(byte[])` reads certificate bytes. The expression runtime
 * cannot parse DER itself; the certificate package (or the policy engine on its behalf) installs
 * its parser here once at start-up. `null` removes it. This is a process-wide hook; it may move
 * into the evaluation environment later.
 */
export function setCertificateParser(parse: CertificateParser | null): void {
  installed = parse;
}

/** Parses certificate bytes with the installed parser. */
export function parseCertificate(der: Uint8Array): CertificateSource {
  if (installed === null) {
    throw new DotnetException(
      'System.Security.Cryptography.CryptographicException',
      'Cannot read the certificate data: no certificate parser is installed (see setCertificateParser).',
    );
  }
  return installed(der);
}
