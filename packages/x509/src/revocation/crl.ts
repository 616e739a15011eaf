/**
 * Certificate revocation lists (RFC 5280 §5): the fields needed to decide whether a certificate is
 * revoked, sliced from the DER once.
 */
import {
  children,
  contents,
  DerError,
  expectTlv,
  readOid,
  readTime,
  readTlv,
  type Tlv,
  toHex,
  whole,
} from '../trust/der.js';
import { nameKey } from '../trust/name-key.js';
import { type AlgorithmIdentifier, algorithm } from '../trust/parsed-certificate.js';

/** Thrown for bytes that are not a CRL. */
export class CrlParseError extends Error {
  override readonly name = 'CrlParseError';
}

/** Which certificates a CRL covers (from its issuingDistributionPoint). */
export type CrlScope = 'all' | 'end-entity' | 'ca';

export interface ParsedCrl {
  readonly der: Uint8Array;
  readonly tbs: Uint8Array;
  readonly tbsSignatureAlgorithm: AlgorithmIdentifier;
  readonly signatureAlgorithm: AlgorithmIdentifier;
  readonly signature: Uint8Array;
  readonly issuer: Uint8Array;
  readonly issuerKey: string;
  readonly thisUpdate: number;
  readonly nextUpdate: number | undefined;
  /** Revoked serials (upper-case hex content octets) → revocation date. */
  readonly revoked: ReadonlyMap<string, number>;
  readonly authorityKeyId: string | undefined;
  readonly scope: CrlScope;
  /** Why this CRL cannot be used to decide anything (delta CRL, unknown critical extension...). */
  readonly unusable: string | undefined;
}

const REASON_CODE = '2.5.29.21';
const INVALIDITY_DATE = '2.5.29.24';
const CRL_NUMBER = '2.5.29.20';
const AKI = '2.5.29.35';
const IDP = '2.5.29.28';
const FRESHEST = '2.5.29.46';
const AIA = '1.3.6.1.5.5.7.1.1';
const REMOVE_FROM_CRL = 8;

/** Parses a DER CRL; throws `CrlParseError` for anything else. */
export function parseCrl(der: Uint8Array): ParsedCrl {
  try {
    return parse(der);
  } catch (error) {
    if (error instanceof DerError) throw new CrlParseError(`Not a CRL: ${error.message}`);
    throw error;
  }
}

function parse(input: Uint8Array): ParsedCrl {
  const outer = expectTlv(input, 0, input.length, 0x30, 'CertificateList');
  const der = input.subarray(0, outer.end);
  const [tbsTlv, sigAlgTlv, sigTlv] = children(der, outer);
  if (tbsTlv?.tag !== 0x30 || sigAlgTlv === undefined || sigTlv?.tag !== 0x03) {
    throw new DerError('a CertificateList has a TBSCertList, an algorithm and a signature');
  }
  const parts = children(der, tbsTlv);
  let index = 0;
  if (parts[0]?.tag === 0x02) index++;
  const tbsSignatureAlgorithm = algorithm(der, required(parts[index++], 'signature'));
  const issuerTlv = required(parts[index++], 'issuer');
  if (issuerTlv.tag !== 0x30) throw new DerError('issuer must be a Name');
  const thisUpdate = readTime(der, required(parts[index++], 'thisUpdate'));
  let nextUpdate: number | undefined;
  const maybeNext = parts[index];
  if (maybeNext !== undefined && (maybeNext.tag === 0x17 || maybeNext.tag === 0x18)) {
    nextUpdate = readTime(der, maybeNext);
    index++;
  }
  const revoked = new Map<string, number>();
  let unusable: string | undefined;
  let authorityKeyId: string | undefined;
  let scope: CrlScope = 'all';
  for (; index < parts.length; index++) {
    const part = parts[index]!;
    if (part.tag === 0x30) {
      for (const entry of children(der, part)) {
        const [serial, date, extensions] = children(der, entry);
        if (serial?.tag !== 0x02 || date === undefined)
          throw new DerError('malformed revoked certificate entry');
        let skip = false;
        if (extensions !== undefined) {
          for (const ext of extensionList(der, extensions)) {
            if (ext.oid === REASON_CODE) {
              const reason = readTlv(ext.value, 0);
              if (ext.value[reason.contentStart] === REMOVE_FROM_CRL) skip = true;
            } else if (ext.critical && ext.oid !== INVALIDITY_DATE) {
              unusable ??= `unsupported critical CRL entry extension ${ext.oid}`;
            }
          }
        }
        if (!skip) revoked.set(toHex(contents(der, serial)), readTime(der, date));
      }
    } else if (part.tag === 0xa0) {
      const list = expectTlv(der, part.contentStart, part.end, 0x30, 'crlExtensions');
      for (const ext of extensionList(der, list)) {
        if (ext.oid === AKI) {
          const seq = expectTlv(ext.value, 0, ext.value.length, 0x30, 'AuthorityKeyIdentifier');
          for (const field of children(ext.value, seq)) {
            if (field.tag === 0x80) authorityKeyId = toHex(contents(ext.value, field));
          }
        } else if (ext.oid === IDP) {
          const result = issuingDistributionPoint(ext.value);
          if (typeof result === 'string') unusable ??= result;
          else scope = result;
        } else if (ext.critical && ext.oid !== CRL_NUMBER && ext.oid !== FRESHEST && ext.oid !== AIA) {
          unusable ??= `unsupported critical CRL extension ${ext.oid}`;
        }
      }
    } else {
      throw new DerError('unexpected field in TBSCertList');
    }
  }
  if (sigTlv.end - sigTlv.contentStart < 1 || der[sigTlv.contentStart] !== 0) {
    throw new DerError('signatureValue must be a BIT STRING with no unused bits');
  }
  const issuer = whole(der, issuerTlv);
  return {
    der,
    tbs: whole(der, tbsTlv),
    tbsSignatureAlgorithm,
    signatureAlgorithm: algorithm(der, sigAlgTlv),
    signature: der.subarray(sigTlv.contentStart + 1, sigTlv.end),
    issuer,
    issuerKey: nameKey(issuer),
    thisUpdate,
    nextUpdate,
    revoked,
    authorityKeyId,
    scope,
    unusable,
  };
}

function required(tlv: Tlv | undefined, what: string): Tlv {
  if (tlv === undefined) throw new DerError(`missing ${what}`);
  return tlv;
}

interface CrlExtension {
  readonly oid: string;
  readonly critical: boolean;
  readonly value: Uint8Array;
}

function extensionList(der: Uint8Array, list: Tlv): CrlExtension[] {
  if (list.tag !== 0x30) throw new DerError('extensions must be a SEQUENCE');
  return children(der, list).map((ext) => {
    const fields = children(der, ext);
    const oid = readOid(der, required(fields[0], 'extnID'));
    let critical = false;
    let value = fields[1];
    if (value?.tag === 0x01) {
      critical = der[value.contentStart] !== 0;
      value = fields[2];
    }
    if (value?.tag !== 0x04) throw new DerError('extnValue must be an OCTET STRING');
    return { oid, critical, value: contents(der, value) };
  });
}

/** The scope an issuingDistributionPoint gives, or why the CRL cannot be used. */
function issuingDistributionPoint(value: Uint8Array): CrlScope | string {
  const seq = expectTlv(value, 0, value.length, 0x30, 'IssuingDistributionPoint');
  let scope: CrlScope = 'all';
  for (const field of children(value, seq)) {
    const on = value[field.contentStart] !== 0;
    if (!on) continue;
    if (field.tag === 0x81) scope = 'end-entity';
    else if (field.tag === 0x82) scope = 'ca';
    else if (field.tag === 0x83) return 'partitioned CRLs (onlySomeReasons) are not supported';
    else if (field.tag === 0x84) return 'indirect CRLs are not supported';
    else if (field.tag === 0x85) return 'CRL covers attribute certificates only';
  }
  return scope;
}
