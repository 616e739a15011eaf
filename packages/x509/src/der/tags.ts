/** Identifier octets of the universal ASN.1 types the reader knows (class universal, low tag form). */
export const Tag = {
  Boolean: 0x01,
  Integer: 0x02,
  BitString: 0x03,
  OctetString: 0x04,
  Null: 0x05,
  ObjectIdentifier: 0x06,
  Enumerated: 0x0a,
  Utf8String: 0x0c,
  Sequence: 0x30,
  Set: 0x31,
  NumericString: 0x12,
  PrintableString: 0x13,
  T61String: 0x14,
  VideotexString: 0x15,
  Ia5String: 0x16,
  UtcTime: 0x17,
  GeneralizedTime: 0x18,
  GraphicString: 0x19,
  VisibleString: 0x1a,
  GeneralString: 0x1b,
  UniversalString: 0x1c,
  BmpString: 0x1e,
} as const;

/** The identifier octet of a context-specific tag `[number]`, constructed or primitive. */
export function contextTag(number: number, constructed: boolean): number {
  return 0x80 | (constructed ? 0x20 : 0) | number;
}
