/**
 * The keys .NET prints before `=` (x509-dotnet.md §1.3). The first table is .NET's own OID table,
 * used on every platform; Windows prints `OID.<dotted>` for anything else. .NET on Linux asks
 * OpenSSL for a long name first (`OBJ_nid2ln`); the second table holds the names OpenSSL 3.0
 * gives for the attribute types seen in certificates (read off `openssl asn1parse -genstr OID:x`).
 */
const DOTNET_NAMES: ReadonlyMap<string, string> = new Map([
  ['2.5.4.3', 'CN'],
  ['2.5.4.6', 'C'],
  ['2.5.4.7', 'L'],
  ['2.5.4.8', 'S'],
  ['2.5.4.10', 'O'],
  ['2.5.4.11', 'OU'],
  ['1.2.840.113549.1.9.1', 'E'],
  ['0.9.2342.19200300.100.1.25', 'DC'],
  ['2.5.4.4', 'SN'],
  ['2.5.4.5', 'SERIALNUMBER'],
  ['2.5.4.9', 'STREET'],
  ['2.5.4.12', 'T'],
  ['2.5.4.13', 'Description'],
  ['2.5.4.17', 'PostalCode'],
  ['2.5.4.18', 'POBox'],
  ['2.5.4.20', 'Phone'],
  ['2.5.4.24', 'X21Address'],
  ['2.5.4.42', 'G'],
  ['2.5.4.43', 'I'],
  ['2.5.4.46', 'dnQualifier'],
  ['2.23.133.2.1', 'TPMManufacturer'],
  ['2.23.133.2.2', 'TPMModel'],
  ['2.23.133.2.3', 'TPMVersion'],
]);

const OPENSSL_LONG_NAMES: ReadonlyMap<string, string> = new Map([
  ['2.5.4.14', 'searchGuide'],
  ['2.5.4.15', 'businessCategory'],
  ['2.5.4.16', 'postalAddress'],
  ['2.5.4.19', 'physicalDeliveryOfficeName'],
  ['2.5.4.23', 'facsimileTelephoneNumber'],
  ['2.5.4.26', 'registeredAddress'],
  ['2.5.4.41', 'name'],
  ['2.5.4.44', 'generationQualifier'],
  ['2.5.4.45', 'x500UniqueIdentifier'],
  ['2.5.4.51', 'houseIdentifier'],
  ['2.5.4.54', 'dmdName'],
  ['2.5.4.65', 'pseudonym'],
  ['2.5.4.72', 'role'],
  ['2.5.4.97', 'organizationIdentifier'],
  ['2.5.4.98', 'countryCode3c'],
  ['2.5.4.99', 'countryCode3n'],
  ['2.5.4.100', 'dnsName'],
  ['0.9.2342.19200300.100.1.1', 'userId'],
  ['0.9.2342.19200300.100.1.3', 'rfc822Mailbox'],
  ['1.2.840.113549.1.9.2', 'unstructuredName'],
  ['1.2.840.113549.1.9.8', 'unstructuredAddress'],
  ['1.3.6.1.4.1.311.60.2.1.1', 'jurisdictionLocalityName'],
  ['1.3.6.1.4.1.311.60.2.1.2', 'jurisdictionStateOrProvinceName'],
  ['1.3.6.1.4.1.311.60.2.1.3', 'jurisdictionCountryName'],
]);

/** Which .NET platform's output to reproduce. */
export type NamePlatform = 'windows' | 'linux';

/** The key printed for an attribute type: a friendly name, else `OID.` and the dotted OID. */
export function attributeKey(oid: string, platform: NamePlatform): string {
  const known = DOTNET_NAMES.get(oid) ?? (platform === 'linux' ? OPENSSL_LONG_NAMES.get(oid) : undefined);
  return known ?? `OID.${oid}`;
}
