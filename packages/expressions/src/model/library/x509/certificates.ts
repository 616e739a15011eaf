import { sourceOfBytes, X509Certificate } from '../../../runtime/x509/x509-certificate.js';
import { X509Certificate2 } from '../../../runtime/x509/x509-certificate2.js';
import type { MemberDeclaration } from '../../declaration.js';
import { jsMethod, jsProperty } from '../../implementation.js';
import { declareType } from '../../registry.js';
import { X509_NAMESPACE } from './names.js';

/** A property that the runtime never leaves null. */
const nonNull = (name: string): MemberDeclaration => ({ implementation: jsProperty(name), nonNull: true });

/**
 * `X509Certificate`: the base class's members over a certificate source (see
 * runtime/x509/certificate-source.ts). Constructors read DER through the installed certificate
 * parser; PFX, files and stores are not available to expressions here.
 */
declareType({
  name: `${X509_NAMESPACE}.X509Certificate`,
  kind: 'class',
  apim: 'all',
  test: (value) => value instanceof X509Certificate,
  members: {
    'new(byte[] data)': (data: Uint8Array | null) => new X509Certificate(sourceOfBytes(data)),
    'string Subject { get; }': nonNull('Subject'),
    'string Issuer { get; }': nonNull('Issuer'),
    'byte[] GetCertHash()': jsMethod('GetCertHash'),
    'string GetCertHashString()': jsMethod('GetCertHashString'),
    'string GetEffectiveDateString()': jsMethod('GetEffectiveDateString'),
    'string GetExpirationDateString()': jsMethod('GetExpirationDateString'),
    'string GetFormat()': jsMethod('GetFormat'),
    'string GetKeyAlgorithm()': jsMethod('GetKeyAlgorithm'),
    'byte[] GetKeyAlgorithmParameters()': jsMethod('GetKeyAlgorithmParameters'),
    'string GetKeyAlgorithmParametersString()': jsMethod('GetKeyAlgorithmParametersString'),
    'byte[] GetPublicKey()': jsMethod('GetPublicKey'),
    'string GetPublicKeyString()': jsMethod('GetPublicKeyString'),
    'byte[] GetRawCertData()': jsMethod('GetRawCertData'),
    'string GetRawCertDataString()': jsMethod('GetRawCertDataString'),
    'byte[] GetSerialNumber()': jsMethod('GetSerialNumber'),
    'string GetSerialNumberString()': jsMethod('GetSerialNumberString'),
    'byte[] Export(X509ContentType contentType)': jsMethod('Export'),
    'string ToString(bool fVerbose)': jsMethod('ToString'),
    'bool Equals(X509Certificate other)': jsMethod('Equals'),
  },
});

/**
 * `X509Certificate2` (`context.Request.Certificate`, `context.Deployment.Certificates`).
 * `Verify()` returns the chain verdict the caller prepared; an unprepared verdict throws the
 * plain error `FactNotPrepared` (see runtime/x509/fact-not-prepared.ts).
 */
declareType({
  name: `${X509_NAMESPACE}.X509Certificate2`,
  kind: 'class',
  base: `${X509_NAMESPACE}.X509Certificate`,
  apim: 'all',
  test: (value) => value instanceof X509Certificate2,
  members: {
    'new(byte[] rawData)': (rawData: Uint8Array | null) => new X509Certificate2(sourceOfBytes(rawData)),
    'string Thumbprint { get; }': nonNull('Thumbprint'),
    'string SerialNumber { get; }': nonNull('SerialNumber'),
    'X500DistinguishedName SubjectName { get; }': nonNull('SubjectName'),
    'X500DistinguishedName IssuerName { get; }': nonNull('IssuerName'),
    'DateTime NotBefore { get; }': jsProperty('NotBefore'),
    'DateTime NotAfter { get; }': jsProperty('NotAfter'),
    'int Version { get; }': jsProperty('Version'),
    'bool HasPrivateKey { get; }': jsProperty('HasPrivateKey'),
    'string FriendlyName { get; }': nonNull('FriendlyName'),
    'byte[] RawData { get; }': nonNull('RawData'),
    'Oid SignatureAlgorithm { get; }': nonNull('SignatureAlgorithm'),
    'X509ExtensionCollection Extensions { get; }': nonNull('Extensions'),
    'PublicKey PublicKey { get; }': nonNull('PublicKey'),
    'string GetNameInfo(X509NameType nameType, bool forIssuer)': jsMethod('GetNameInfo'),
    'bool Verify()': jsMethod('Verify'),
  },
});
