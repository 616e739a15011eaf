/**
 * Distinguished names for test certificates, written either as .NET prints them
 * (`CN=client, O="Contoso, Inc.", C=US`: last-encoded RDN first, `""` doubles a quote, ` + ` joins
 * a multi-valued RDN) or as an explicit list of RDNs in encoding order with a chosen string type,
 * for cases a string cannot express (T61String, BMPString, unsorted sets).
 */
import { ascii, sequence, set, tlv, oid as writeOid } from './der-writer.js';

/** ASN.1 string types a test value can be encoded with. */
export type StringEncoding = 'utf8' | 'printable' | 'ia5' | 'bmp' | 't61' | 'numeric';

/** One attribute: a short name (`CN`, `O`, `S`/`ST`, `E`...) or a dotted OID, and its value. */
export interface AttributeSpec {
  readonly type: string;
  readonly value: string;
  readonly encoding?: StringEncoding;
}

/** RDNs in encoding order (first = outermost, usually `C`); an array is a multi-valued RDN. */
export type NameSpec = readonly (AttributeSpec | readonly AttributeSpec[])[];

/** Thrown for a name a test cannot encode. */
export class TestNameError extends Error {
  override readonly name = 'TestNameError';
}

const OIDS: Readonly<Record<string, string>> = {
  CN: '2.5.4.3',
  SN: '2.5.4.4',
  SERIALNUMBER: '2.5.4.5',
  C: '2.5.4.6',
  L: '2.5.4.7',
  S: '2.5.4.8',
  ST: '2.5.4.8',
  STREET: '2.5.4.9',
  O: '2.5.4.10',
  OU: '2.5.4.11',
  T: '2.5.4.12',
  G: '2.5.4.42',
  I: '2.5.4.43',
  E: '1.2.840.113549.1.9.1',
  DC: '0.9.2342.19200300.100.1.25',
  POSTALCODE: '2.5.4.17',
};

const PRINTABLE = /^[A-Za-z0-9 '()+,\-./:=?]*$/;

/** The DER of a name given as a .NET-style string or as a `NameSpec`. */
export function encodeName(name: string | NameSpec): Uint8Array {
  const spec = typeof name === 'string' ? parseDotNetName(name) : name;
  return sequence(
    ...spec.map((rdn) => {
      const attributes = Array.isArray(rdn) ? (rdn as readonly AttributeSpec[]) : [rdn as AttributeSpec];
      // Written in the given order, not DER-sorted, so tests can build unsorted sets too.
      return set(...attributes.map(encodeAttribute));
    }),
  );
}

function encodeAttribute(attribute: AttributeSpec): Uint8Array {
  const key = attribute.type.toUpperCase().replace(/^OID\./, '');
  const dotted = OIDS[key] ?? (/^\d+(\.\d+)+$/.test(key) ? key : undefined);
  if (dotted === undefined) throw new TestNameError(`Unknown attribute type "${attribute.type}"`);
  const encoding =
    attribute.encoding ??
    (key === 'E' || key === 'DC' ? 'ia5' : PRINTABLE.test(attribute.value) ? 'printable' : 'utf8');
  return sequence(writeOid(dotted), encodeString(attribute.value, encoding));
}

function encodeString(value: string, encoding: StringEncoding): Uint8Array {
  switch (encoding) {
    case 'utf8':
      return tlv(0x0c, new TextEncoder().encode(value));
    case 'printable':
      return tlv(0x13, ascii(value));
    case 'ia5':
      return tlv(0x16, ascii(value));
    case 'numeric':
      return tlv(0x12, ascii(value));
    case 't61':
      return tlv(0x14, new TextEncoder().encode(value));
    case 'bmp': {
      const bytes = new Uint8Array(value.length * 2);
      for (let i = 0; i < value.length; i++) {
        bytes[i * 2] = value.charCodeAt(i) >> 8;
        bytes[i * 2 + 1] = value.charCodeAt(i) & 0xff;
      }
      return tlv(0x1e, bytes);
    }
  }
}

/**
 * Parses a name as .NET prints it: RDNs separated by `,` (or `;`), printed last-encoded first;
 * attributes of one RDN joined by `+`; values optionally in double quotes with `""` for a quote.
 */
export function parseDotNetName(text: string): NameSpec {
  const rdns: AttributeSpec[][] = [[]];
  let i = 0;
  const fail = (why: string): never => {
    throw new TestNameError(`Cannot parse name "${text}" at ${i}: ${why}`);
  };
  while (i < text.length) {
    while (text[i] === ' ') i++;
    const equals = text.indexOf('=', i);
    if (equals < 0) fail('expected KEY=value');
    const type = text.slice(i, equals).trim();
    if (type === '') fail('empty attribute type');
    i = equals + 1;
    while (text[i] === ' ') i++;
    let value = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) fail('unterminated quoted value');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += text[i++];
      }
      while (text[i] === ' ') i++;
    } else {
      let end = i;
      while (end < text.length && text[end] !== ',' && text[end] !== ';' && text[end] !== '+') end++;
      value = text.slice(i, end).trim();
      i = end;
    }
    rdns[rdns.length - 1]!.push({ type, value });
    if (i >= text.length) break;
    const separator = text[i++];
    if (separator === '+') continue;
    if (separator === ',' || separator === ';') rdns.push([]);
    else fail(`unexpected "${separator}"`);
  }
  if (rdns.some((rdn) => rdn.length === 0)) fail('empty RDN');
  // .NET prints the last-encoded RDN first.
  return rdns.reverse().map((rdn) => (rdn.length === 1 ? rdn[0]! : rdn));
}
