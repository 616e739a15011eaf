import { DerError, readString, readStringLenient, readTlv, STRING_TAGS } from '../der/index.js';
import { type NamePlatform, type Rdn, readName } from '../names/index.js';
import { type GeneralName, otherNameText, readGeneralNames } from './general-names.js';
import { Oids } from './oids.js';
import { X509NameType } from './source-shape.js';

/** What `GetNameInfo` reads: the name's DER slot and the alternative-name extension's value. */
export interface NameInfoInput {
  readonly der: Uint8Array;
  readonly nameOffset: number;
  readonly nameEnd: number;
  /** SAN (subject) or IAN (issuer) extension value, if the certificate has one. */
  readonly alternativeNames: Uint8Array | undefined;
  readonly platform: NamePlatform;
}

/**
 * `X509Certificate2.GetNameInfo(type, forIssuer)` (x509-dotnet.md §1.11). Attributes are searched
 * from the last-encoded RDN to the first (the order `Name` prints), and only string values count.
 * SimpleName: CN, OU, O, E; then Windows tries the first rfc822Name and then the first attribute,
 * Linux the reverse. Returns `""` when nothing is found or the data is malformed.
 */
export function nameInfo(type: number, input: NameInfoInput): string {
  switch (type) {
    case X509NameType.SimpleName: {
      const attributes = stringAttributes(input);
      for (const oid of [Oids.commonName, Oids.organizationalUnit, Oids.organization, Oids.email]) {
        const found = attributes.find((attribute) => attribute.oid === oid);
        if (found !== undefined) return found.text;
      }
      const email = firstAlternative(input, 'rfc822Name');
      const first = attributes[0]?.text;
      return (input.platform === 'windows' ? (email ?? first) : (first ?? email)) ?? '';
    }
    case X509NameType.EmailName:
      return (
        firstAlternative(input, 'rfc822Name') ??
        stringAttributes(input).find((attribute) => attribute.oid === Oids.email)?.text ??
        ''
      );
    case X509NameType.UpnName:
      for (const name of alternativeNames(input))
        if (name.kind === 'otherName' && name.typeId === Oids.userPrincipalName) {
          const text = otherNameText(input.alternativeNames!, name.value);
          if (text !== undefined) return text;
        }
      return '';
    case X509NameType.DnsName:
      return (
        firstAlternative(input, 'dNSName') ??
        stringAttributes(input).find((attribute) => attribute.oid === Oids.commonName)?.text ??
        ''
      );
    case X509NameType.DnsFromAlternativeName:
      return firstAlternative(input, 'dNSName') ?? '';
    case X509NameType.UrlName:
      return firstAlternative(input, 'uniformResourceIdentifier') ?? '';
    default:
      return '';
  }
}

interface AttributeString {
  readonly oid: string;
  readonly text: string;
}

function stringAttributes(input: NameInfoInput): AttributeString[] {
  let rdns: Rdn[];
  try {
    rdns = readName(input.der, input.nameOffset, input.nameEnd);
  } catch (error) {
    if (error instanceof DerError) return [];
    throw error;
  }
  const result: AttributeString[] = [];
  for (let index = rdns.length - 1; index >= 0; index--)
    for (const attribute of rdns[index]!) {
      if (!STRING_TAGS.has(attribute.value.tag)) continue;
      try {
        const text =
          input.platform === 'windows'
            ? readStringLenient(input.der, attribute.value)
            : readString(input.der, attribute.value);
        result.push({ oid: attribute.oid, text });
      } catch (error) {
        if (!(error instanceof DerError)) throw error;
      }
    }
  return result;
}

function alternativeNames(input: NameInfoInput): GeneralName[] {
  const value = input.alternativeNames;
  if (value === undefined) return [];
  try {
    const sequence = readTlv(value, 0);
    return readGeneralNames(value, sequence);
  } catch (error) {
    if (error instanceof DerError) return [];
    throw error;
  }
}

function firstAlternative(
  input: NameInfoInput,
  kind: 'rfc822Name' | 'dNSName' | 'uniformResourceIdentifier',
): string | undefined {
  for (const name of alternativeNames(input)) if (name.kind === kind) return name.text;
  return undefined;
}
