/**
 * Name chaining compares an issuer name with a subject name. Byte-identical names match; names
 * that differ only in string type, letter case or surrounding/repeated spaces also match (RFC 5280
 * §7.1, as OpenSSL's canonical form does), so a CA re-encoded by another tool still chains.
 */
import { children, latin1, readOid, readTlv, type Tlv, toHex } from './der.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf16be = new TextDecoder('utf-16be', { fatal: true });

const MEMO_LIMIT = 1024;
const memo = new Map<string, string>();

/**
 * `nameKey`, remembered for the last names asked (up to 1024, keyed by their bytes): for issuer
 * names, which repeat across every certificate a CA issues.
 */
export function nameKeyCached(der: Uint8Array): string {
  const bytes = Buffer.from(der.buffer, der.byteOffset, der.byteLength).toString('latin1');
  let key = memo.get(bytes);
  if (key === undefined) {
    key = nameKey(der);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(bytes, key);
  }
  return key;
}

/** A comparison key for a DER `Name`: equal keys mean the names chain. Never throws. */
export function nameKey(der: Uint8Array): string {
  try {
    const name = readTlv(der, 0);
    if (name.tag !== 0x30 || name.end !== der.length) return `raw:${toHex(der)}`;
    const rdns: string[] = [];
    for (const rdn of children(der, name)) {
      if (rdn.tag !== 0x31) return `raw:${toHex(der)}`;
      const attributes: string[] = [];
      for (const attribute of children(der, rdn)) {
        const [type, value] = children(der, attribute);
        if (type === undefined || value === undefined) return `raw:${toHex(der)}`;
        attributes.push(`${readOid(der, type)}=${canonicalValue(der, value)}`);
      }
      attributes.sort();
      rdns.push(attributes.join('+'));
    }
    return rdns.join(',');
  } catch (error) {
    if (error instanceof Error) return `raw:${toHex(der)}`;
    throw error;
  }
}

function canonicalValue(der: Uint8Array, value: Tlv): string {
  const text = decodeString(der, value);
  if (text === null) return `#${toHex(der.subarray(value.start, value.end))}`;
  const canonical = text.trim().replace(/\s+/g, ' ').toLowerCase();
  // Length-prefixed, so that no value can imitate a separator.
  return `${canonical.length}:${canonical}`;
}

function decodeString(der: Uint8Array, value: Tlv): string | null {
  const body = der.subarray(value.contentStart, value.end);
  switch (value.tag) {
    case 0x0c:
      return utf8.decode(body);
    case 0x13:
    case 0x16:
    case 0x14:
    case 0x12:
      return latin1(body);
    case 0x1e:
      return utf16be.decode(body);
    default:
      return null;
  }
}
