// @apim-policy/x509: .NET-faithful certificates for API Management policies outside Azure.
// Decoding and .NET's formatting (certificate/, names/, der/), loaders for the forms proxies
// forward (load/), chain verification as Verify() and VerifyNoRevocation() do it (trust/,
// revocation/), the facts compiled policies need prepared (facts/), and a test PKI (pki/).

export {
  CertificateCache,
  type CertificateFacts,
  type CertificateSourceShape,
  certificateCache,
  type DecodeCertificateOptions,
  DecodedCertificate,
  decodeCertificate,
  decodeCertificateCached,
  type ExtensionInfo,
  formatExtension,
  type OidInfo,
  type PublicKeyInfo,
  X509NameType,
} from './certificate/index.js';
export { DerError } from './der/index.js';
export {
  type CertificateNeed,
  type FactTarget,
  type FactTargets,
  factKey,
  type PrepareFactsOptions,
  prepareFacts,
  prepareFactsNow,
} from './facts/prepare-facts.js';
export { VerdictCache } from './facts/verdict-cache.js';
export {
  CertificateLoadError,
  type CertificateLoadErrorCode,
  type ClientCertificateResult,
  clientCertificateFrom,
  fromArrClientCert,
  fromEnvoyXfcc,
  fromNginxEscapedCert,
  fromServiceFabricClientCertificate,
  fromTlsSocket,
  type HeaderSource,
  loadBase64Der,
  loadDer,
  loadPem,
  loadPfx,
  type PemOptions,
  type PfxContents,
  type PfxOptions,
  type SocketSource,
} from './load/index.js';
export {
  DistinguishedName,
  NameFlagsError,
  type NamePlatform,
  parseFlags,
  X500DistinguishedNameFlags,
} from './names/index.js';
export type { KeyAlgorithm } from './pki/keys.js';
export type { AttributeSpec, NameSpec } from './pki/names.js';
export {
  type CertificateOptions,
  createTestPki,
  type TestCertificate,
  type TestCrl,
  type TestPki,
  type TestPkiOptions,
  toPem,
} from './pki/test-pki.js';
export { CrlParseError, parseCrl } from './revocation/crl.js';
export { CrlStore } from './revocation/crl-store.js';
export type { CrlFetcher, OcspFetcher, RevocationOptions } from './revocation/types.js';
export type { ChainElement, ChainResult, ChainStatus, ChainStatusFlag } from './trust/chain-status.js';
export {
  CertificateParseError,
  type ParsedCertificate,
  parseCertificate,
} from './trust/parsed-certificate.js';
export { CertificateInputError } from './trust/pem.js';
export {
  defaultSignatureVerifier,
  NodeSignatureVerifier,
  type SignatureVerifier,
  WebCryptoSignatureVerifier,
} from './trust/signature-verifier.js';
export { systemRootStore, TrustStore } from './trust/trust-store.js';
export { type TimedChainResult, type VerifyChainOptions, verifyChain } from './trust/verify-chain.js';
