import {
  checkTag,
  childrenOf,
  DerError,
  readBoolean,
  readOctetString,
  readOid,
  readTlv,
  Tag,
  type Tlv,
} from '../der/index.js';

/** One extension located in a certificate: OID, criticality and its value's DER (the OCTET STRING contents). */
export interface RawExtension {
  readonly oid: string;
  readonly critical: boolean;
  readonly value: Uint8Array;
}

/**
 * The extensions of a certificate's `[3] EXPLICIT Extensions`, in encoded order. Unknown critical
 * extensions are returned like any other: .NET loads such certificates and only chain building
 * rejects them, so the decision belongs to the chain check. Throws `DerError` when malformed or
 * when an OID appears twice (RFC 5280 §4.2).
 */
export function readExtensions(der: Uint8Array, explicit: Tlv): RawExtension[] {
  const sequence = readTlv(der, explicit.start, explicit.end);
  checkTag(sequence, Tag.Sequence, 'Extensions (SEQUENCE)');
  if (sequence.end !== explicit.end) throw new DerError(sequence.end, 'extra data after the Extensions');
  const seen = new Set<string>();
  return childrenOf(der, sequence).map((extension) => {
    checkTag(extension, Tag.Sequence, 'an Extension (SEQUENCE)');
    const parts = childrenOf(der, extension);
    const oidTlv = parts[0];
    if (oidTlv === undefined) throw new DerError(extension.offset, 'empty Extension');
    const oid = readOid(der, oidTlv);
    if (seen.has(oid)) throw new DerError(extension.offset, `extension ${oid} appears twice`);
    seen.add(oid);
    let critical = false;
    let valueTlv = parts[1];
    if (valueTlv?.tag === Tag.Boolean) {
      critical = readBoolean(der, valueTlv);
      valueTlv = parts[2];
      if (parts.length !== 3) throw new DerError(extension.offset, 'an Extension has three fields at most');
    } else if (parts.length !== 2) {
      throw new DerError(extension.offset, 'an Extension needs an OID and a value');
    }
    if (valueTlv === undefined) throw new DerError(extension.offset, 'Extension without a value');
    return { oid, critical, value: readOctetString(der, valueTlv) };
  });
}
