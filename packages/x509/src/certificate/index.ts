/** Lazily decoded certificates in the form .NET shows them (the `CertificateSource` port). */
export { CertificateCache, certificateCache, decodeCertificateCached } from './certificate-cache.js';
export {
  type DecodeCertificateOptions,
  DecodedCertificate,
  decodeCertificate,
} from './decoded-certificate.js';
export { formatExtension } from './extension-format.js';
export { type RawExtension, readExtensions } from './extensions.js';
export { type GeneralName, readGeneralNames } from './general-names.js';
export { type CertificateLayout, readCertificateLayout } from './layout.js';
export { oidInfo } from './oids.js';
export {
  type CertificateFacts,
  type CertificateSourceShape,
  type ExtensionInfo,
  type OidInfo,
  type PublicKeyInfo,
  X509NameType,
} from './source-shape.js';
