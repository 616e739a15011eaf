import type { NamePlatform } from '../names/index.js';
import type { OidInfo } from './source-shape.js';

/**
 * Friendly names .NET gives the OIDs a certificate's `SignatureAlgorithm`, `PublicKey.Oid` and
 * `Extensions` show (OidLookup; x509-dotnet.md §2). `""` when .NET has none; Linux falls back to
 * OpenSSL's long names, listed separately.
 */
const FRIENDLY_NAMES: ReadonlyMap<string, string> = new Map([
  ['1.2.840.113549.1.1.1', 'RSA'],
  ['1.2.840.113549.1.1.2', 'md2RSA'],
  ['1.2.840.113549.1.1.4', 'md5RSA'],
  ['1.2.840.113549.1.1.5', 'sha1RSA'],
  ['1.2.840.113549.1.1.10', 'RSASSA-PSS'],
  ['1.2.840.113549.1.1.11', 'sha256RSA'],
  ['1.2.840.113549.1.1.12', 'sha384RSA'],
  ['1.2.840.113549.1.1.13', 'sha512RSA'],
  ['1.2.840.10045.2.1', 'ECC'],
  ['1.2.840.10045.4.1', 'sha1ECDSA'],
  ['1.2.840.10045.4.3.2', 'sha256ECDSA'],
  ['1.2.840.10045.4.3.3', 'sha384ECDSA'],
  ['1.2.840.10045.4.3.4', 'sha512ECDSA'],
  ['1.2.840.10040.4.1', 'DSA'],
  ['1.2.840.10040.4.3', 'sha1DSA'],
  ['2.5.29.14', 'Subject Key Identifier'],
  ['2.5.29.15', 'Key Usage'],
  ['2.5.29.17', 'Subject Alternative Name'],
  ['2.5.29.18', 'Issuer Alternative Name'],
  ['2.5.29.19', 'Basic Constraints'],
  ['2.5.29.30', 'Name Constraints'],
  ['2.5.29.31', 'CRL Distribution Points'],
  ['2.5.29.32', 'Certificate Policies'],
  ['2.5.29.35', 'Authority Key Identifier'],
  ['2.5.29.37', 'Enhanced Key Usage'],
  ['1.3.6.1.5.5.7.1.1', 'Authority Information Access'],
]);

const OPENSSL_NAMES: ReadonlyMap<string, string> = new Map([
  ['1.3.101.112', 'ED25519'],
  ['1.3.101.113', 'ED448'],
  ['2.16.840.1.101.3.4.3.2', 'dsa_with_SHA256'],
  ['1.3.6.1.4.1.11129.2.4.2', 'CT Precertificate SCTs'],
]);

/** An `OidInfo` with the friendly name the platform's .NET shows. */
export function oidInfo(value: string, platform: NamePlatform): OidInfo {
  const friendlyName =
    FRIENDLY_NAMES.get(value) ?? (platform === 'linux' ? OPENSSL_NAMES.get(value) : undefined) ?? '';
  return { value, friendlyName };
}

export const Oids = {
  rsa: '1.2.840.113549.1.1.1',
  ec: '1.2.840.10045.2.1',
  dsa: '1.2.840.10040.4.1',
  ed25519: '1.3.101.112',
  ed448: '1.3.101.113',
  subjectKeyIdentifier: '2.5.29.14',
  keyUsage: '2.5.29.15',
  subjectAltName: '2.5.29.17',
  issuerAltName: '2.5.29.18',
  basicConstraints: '2.5.29.19',
  crlDistributionPoints: '2.5.29.31',
  authorityKeyIdentifier: '2.5.29.35',
  extendedKeyUsage: '2.5.29.37',
  authorityInfoAccess: '1.3.6.1.5.5.7.1.1',
  userPrincipalName: '1.3.6.1.4.1.311.20.2.3',
  commonName: '2.5.4.3',
  organizationalUnit: '2.5.4.11',
  organization: '2.5.4.10',
  email: '1.2.840.113549.1.9.1',
} as const;
