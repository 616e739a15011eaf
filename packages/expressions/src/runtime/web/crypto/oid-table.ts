/**
 * Object identifiers and the friendly names Windows (CryptoAPI) gives them, which .NET
 * Framework's `Oid` looks up, with the group each belongs to (`OidGroup`).
 */

/** `System.Security.Cryptography.OidGroup`. */
export const OidGroup = {
  All: 0,
  HashAlgorithm: 1,
  EncryptionAlgorithm: 2,
  PublicKeyAlgorithm: 3,
  SignatureAlgorithm: 4,
  Attribute: 5,
  ExtensionOrAttribute: 6,
  EnhancedKeyUsage: 7,
  Policy: 8,
  Template: 9,
  KeyDerivationFunction: 10,
} as const;

const G = OidGroup;

// biome-ignore format: a data table
const entries: readonly (readonly [string, string, number])[] = [
  ['1.2.840.113549.2.5', 'md5', G.HashAlgorithm],
  ['1.3.14.3.2.26', 'sha1', G.HashAlgorithm],
  ['2.16.840.1.101.3.4.2.1', 'sha256', G.HashAlgorithm],
  ['2.16.840.1.101.3.4.2.2', 'sha384', G.HashAlgorithm],
  ['2.16.840.1.101.3.4.2.3', 'sha512', G.HashAlgorithm],
  ['1.2.840.113549.3.7', '3des', G.EncryptionAlgorithm],
  ['1.3.14.3.2.7', 'des', G.EncryptionAlgorithm],
  ['1.2.840.113549.3.2', 'rc2', G.EncryptionAlgorithm],
  ['2.16.840.1.101.3.4.1.2', 'aes128', G.EncryptionAlgorithm],
  ['2.16.840.1.101.3.4.1.22', 'aes192', G.EncryptionAlgorithm],
  ['2.16.840.1.101.3.4.1.42', 'aes256', G.EncryptionAlgorithm],
  ['1.2.840.113549.1.1.1', 'RSA', G.PublicKeyAlgorithm],
  ['1.2.840.113549.1.1.7', 'RSAES_OAEP', G.PublicKeyAlgorithm],
  ['1.2.840.10040.4.1', 'DSA', G.PublicKeyAlgorithm],
  ['1.2.840.10045.2.1', 'ECC', G.PublicKeyAlgorithm],
  ['1.2.840.10045.3.1.7', 'nistP256', G.PublicKeyAlgorithm],
  ['1.3.132.0.34', 'nistP384', G.PublicKeyAlgorithm],
  ['1.3.132.0.35', 'nistP521', G.PublicKeyAlgorithm],
  ['1.2.840.113549.1.1.4', 'md5RSA', G.SignatureAlgorithm],
  ['1.2.840.113549.1.1.5', 'sha1RSA', G.SignatureAlgorithm],
  ['1.2.840.113549.1.1.10', 'RSASSA-PSS', G.SignatureAlgorithm],
  ['1.2.840.113549.1.1.11', 'sha256RSA', G.SignatureAlgorithm],
  ['1.2.840.113549.1.1.12', 'sha384RSA', G.SignatureAlgorithm],
  ['1.2.840.113549.1.1.13', 'sha512RSA', G.SignatureAlgorithm],
  ['1.2.840.10040.4.3', 'sha1DSA', G.SignatureAlgorithm],
  ['1.2.840.10045.4.1', 'sha1ECDSA', G.SignatureAlgorithm],
  ['1.2.840.10045.4.3.2', 'sha256ECDSA', G.SignatureAlgorithm],
  ['1.2.840.10045.4.3.3', 'sha384ECDSA', G.SignatureAlgorithm],
  ['1.2.840.10045.4.3.4', 'sha512ECDSA', G.SignatureAlgorithm],
  ['2.5.4.3', 'CN', G.Attribute],
  ['2.5.4.4', 'SN', G.Attribute],
  ['2.5.4.5', 'SERIALNUMBER', G.Attribute],
  ['2.5.4.6', 'C', G.Attribute],
  ['2.5.4.7', 'L', G.Attribute],
  ['2.5.4.8', 'S', G.Attribute],
  ['2.5.4.9', 'STREET', G.Attribute],
  ['2.5.4.10', 'O', G.Attribute],
  ['2.5.4.11', 'OU', G.Attribute],
  ['2.5.4.12', 'T', G.Attribute],
  ['2.5.4.17', 'PostalCode', G.Attribute],
  ['2.5.4.42', 'G', G.Attribute],
  ['2.5.4.43', 'I', G.Attribute],
  ['1.2.840.113549.1.9.1', 'E', G.Attribute],
  ['0.9.2342.19200300.100.1.25', 'DC', G.Attribute],
  ['0.9.2342.19200300.100.1.1', 'UID', G.Attribute],
  ['2.5.29.14', 'Subject Key Identifier', G.ExtensionOrAttribute],
  ['2.5.29.15', 'Key Usage', G.ExtensionOrAttribute],
  ['2.5.29.17', 'Subject Alternative Name', G.ExtensionOrAttribute],
  ['2.5.29.18', 'Issuer Alternative Name', G.ExtensionOrAttribute],
  ['2.5.29.19', 'Basic Constraints', G.ExtensionOrAttribute],
  ['2.5.29.20', 'CRL Number', G.ExtensionOrAttribute],
  ['2.5.29.30', 'Name Constraints', G.ExtensionOrAttribute],
  ['2.5.29.31', 'CRL Distribution Points', G.ExtensionOrAttribute],
  ['2.5.29.32', 'Certificate Policies', G.ExtensionOrAttribute],
  ['2.5.29.35', 'Authority Key Identifier', G.ExtensionOrAttribute],
  ['2.5.29.36', 'Policy Constraints', G.ExtensionOrAttribute],
  ['2.5.29.37', 'Enhanced Key Usage', G.ExtensionOrAttribute],
  ['1.3.6.1.5.5.7.1.1', 'Authority Information Access', G.ExtensionOrAttribute],
  ['1.3.6.1.4.1.311.20.2', 'Certificate Template Name', G.ExtensionOrAttribute],
  ['1.3.6.1.4.1.311.21.7', 'Certificate Template Information', G.ExtensionOrAttribute],
  ['1.3.6.1.5.5.7.3.1', 'Server Authentication', G.EnhancedKeyUsage],
  ['1.3.6.1.5.5.7.3.2', 'Client Authentication', G.EnhancedKeyUsage],
  ['1.3.6.1.5.5.7.3.3', 'Code Signing', G.EnhancedKeyUsage],
  ['1.3.6.1.5.5.7.3.4', 'Secure Email', G.EnhancedKeyUsage],
  ['1.3.6.1.5.5.7.3.8', 'Time Stamping', G.EnhancedKeyUsage],
  ['1.3.6.1.5.5.7.3.9', 'OCSP Signing', G.EnhancedKeyUsage],
  ['1.3.6.1.4.1.311.20.2.2', 'Smart Card Logon', G.EnhancedKeyUsage],
  ['2.5.29.32.0', 'All issuance policies', G.Policy],
];

export interface OidInfo {
  readonly value: string;
  readonly friendlyName: string;
  readonly group: number;
}

const infos: readonly OidInfo[] = entries.map(([value, friendlyName, group]) => ({
  value,
  friendlyName,
  group,
}));

const inGroup = (info: OidInfo, group: number) => group === OidGroup.All || info.group === group;

/** The entry for a dotted value, within a group (`All` searches every group). */
export function oidByValue(value: string, group: number = OidGroup.All): OidInfo | undefined {
  return infos.find((info) => info.value === value && inGroup(info, group));
}

/** The entry for a friendly name, compared case-insensitively as CryptoAPI does. */
export function oidByFriendlyName(name: string, group: number = OidGroup.All): OidInfo | undefined {
  const lower = name.toLowerCase();
  return infos.find((info) => info.friendlyName.toLowerCase() === lower && inGroup(info, group));
}
