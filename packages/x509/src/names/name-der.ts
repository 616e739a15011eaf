import { checkTag, childrenOf, DerError, readOid, readTlv, Tag, type Tlv } from '../der/index.js';

/** One AttributeTypeAndValue of a name: its type and where its value's element lies. */
export interface NameAttribute {
  readonly oid: string;
  readonly value: Tlv;
}

/** A relative distinguished name: its attributes in the order encoded inside the SET. */
export type Rdn = readonly NameAttribute[];

/**
 * The RDNs of the DER `Name` (SEQUENCE OF SET OF AttributeTypeAndValue) at `offset`, in encoding
 * order. Sets are not required to be sorted: .NET prints them as encoded. Throws `DerError` for
 * malformed input, including bytes between the end of the name and `limit`.
 */
export function readName(bytes: Uint8Array, offset = 0, limit: number = bytes.length): Rdn[] {
  const name = readTlv(bytes, offset, limit);
  checkTag(name, Tag.Sequence, 'a Name (SEQUENCE)');
  if (name.end !== limit) throw new DerError(name.end, 'extra data after the Name');
  const rdns: Rdn[] = [];
  for (const set of childrenOf(bytes, name)) {
    checkTag(set, Tag.Set, 'a RelativeDistinguishedName (SET)');
    const attributes: NameAttribute[] = [];
    for (const pair of childrenOf(bytes, set)) {
      checkTag(pair, Tag.Sequence, 'an AttributeTypeAndValue (SEQUENCE)');
      const type = readTlv(bytes, pair.start, pair.end);
      const value = readTlv(bytes, type.end, pair.end);
      if (value.end !== pair.end) throw new DerError(value.end, 'extra data after an attribute value');
      attributes.push({ oid: readOid(bytes, type), value });
    }
    if (attributes.length === 0) throw new DerError(set.offset, 'empty RelativeDistinguishedName');
    rdns.push(attributes);
  }
  return rdns;
}
