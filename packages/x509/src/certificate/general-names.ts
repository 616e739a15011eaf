import {
  checkTag,
  childrenOf,
  contentBytes,
  DerError,
  readOid,
  readString,
  readStringLenient,
  readTlv,
  Tag,
  type Tlv,
} from '../der/index.js';

/** One GeneralName (RFC 5280 §4.2.1.6), with the parts GetNameInfo and Format need. */
export type GeneralName =
  | { readonly kind: 'otherName'; readonly typeId: string; readonly value: Tlv }
  | { readonly kind: 'rfc822Name' | 'dNSName' | 'uniformResourceIdentifier'; readonly text: string }
  | { readonly kind: 'iPAddress'; readonly bytes: Uint8Array }
  | { readonly kind: 'directoryName'; readonly name: Tlv }
  | { readonly kind: 'registeredID'; readonly oid: string }
  | { readonly kind: 'x400Address' | 'ediPartyName'; readonly element: Tlv };

/** Reads a `GeneralNames` SEQUENCE; throws `DerError` when malformed. */
export function readGeneralNames(bytes: Uint8Array, sequence: Tlv): GeneralName[] {
  checkTag(sequence, Tag.Sequence, 'GeneralNames (SEQUENCE)');
  return childrenOf(bytes, sequence).map((element) => readGeneralName(bytes, element));
}

/** Reads one `GeneralName` element (context-specific tags [0]..[8]). */
export function readGeneralName(bytes: Uint8Array, element: Tlv): GeneralName {
  switch (element.tag) {
    case 0xa0: {
      const typeId = readTlv(bytes, element.start, element.end);
      const explicit = readTlv(bytes, typeId.end, element.end);
      if (explicit.tag !== 0xa0 || explicit.end !== element.end)
        throw new DerError(explicit.offset, 'otherName value must be [0] EXPLICIT');
      return {
        kind: 'otherName',
        typeId: readOid(bytes, typeId),
        value: readTlv(bytes, explicit.start, explicit.end),
      };
    }
    case 0x81:
      return { kind: 'rfc822Name', text: ia5(bytes, element) };
    case 0x82:
      return { kind: 'dNSName', text: ia5(bytes, element) };
    case 0x86:
      return { kind: 'uniformResourceIdentifier', text: ia5(bytes, element) };
    case 0x87:
      return { kind: 'iPAddress', bytes: contentBytes(bytes, element) };
    case 0xa4: {
      const name = readTlv(bytes, element.start, element.end);
      if (name.end !== element.end) throw new DerError(name.end, 'extra data after a directoryName');
      return { kind: 'directoryName', name };
    }
    case 0x88:
      return { kind: 'registeredID', oid: readOid(bytes, { ...element, tag: Tag.ObjectIdentifier }) };
    case 0xa3:
      return { kind: 'x400Address', element };
    case 0xa5:
      return { kind: 'ediPartyName', element };
    default:
      throw new DerError(element.offset, `unknown GeneralName tag 0x${element.tag.toString(16)}`);
  }
}

/** The text of an IA5String held under an implicit tag. */
function ia5(bytes: Uint8Array, element: Tlv): string {
  return readString(bytes, { ...element, tag: Tag.Ia5String });
}

/** The text of an otherName value when it is a string (a UPN is a UTF8String); else undefined. */
export function otherNameText(bytes: Uint8Array, value: Tlv): string | undefined {
  if (
    value.tag !== Tag.Utf8String &&
    value.tag !== Tag.Ia5String &&
    value.tag !== Tag.PrintableString &&
    value.tag !== Tag.BmpString
  )
    return undefined;
  return readStringLenient(bytes, value);
}

/** An IP address as Windows prints it: dotted IPv4, or eight colon-separated hex groups. */
export function ipAddressText(address: Uint8Array): string {
  if (address.length === 4) return Array.from(address).join('.');
  if (address.length === 16) {
    const groups: string[] = [];
    for (let index = 0; index < 16; index += 2)
      groups.push(((address[index]! << 8) | address[index + 1]!).toString(16));
    return groups.join(':');
  }
  return Array.from(address, (byte) => byte.toString(16).padStart(2, '0')).join(' ');
}
