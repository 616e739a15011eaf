// The certificate port: how policy expressions see certificates without depending on a
// certificate parser. See certificate-source.ts.
export { type CertificateParser, parseCertificate, setCertificateParser } from './certificate-parser.js';
export {
  type CertificateFacts,
  type CertificateSource,
  type ExtensionInfo,
  type OidInfo,
  type PublicKeyInfo,
  X509NameType,
} from './certificate-source.js';
export { FactNotPrepared } from './fact-not-prepared.js';
export { type TestCertificateInit, testCertificate, testCertificates } from './test-certificate.js';
export { X500DistinguishedName } from './x500-distinguished-name.js';
export { sourceOfBytes, X509Certificate, X509ContentType } from './x509-certificate.js';
export { X509Certificate2 } from './x509-certificate2.js';
