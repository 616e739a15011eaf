import { checkTag, DerError, readTlv, Tag, type Tlv } from '../der/index.js';

/** Where each top-level field of a certificate lies in its DER (absolute offsets). */
export interface CertificateLayout {
  /** End of the certificate; later bytes are ignored, as .NET ignores them. */
  readonly end: number;
  readonly tbs: Tlv;
  /** `[0] EXPLICIT Version`, absent for v1. */
  readonly version: Tlv | undefined;
  readonly serialNumber: Tlv;
  readonly issuer: Tlv;
  readonly validity: Tlv;
  readonly subject: Tlv;
  readonly subjectPublicKeyInfo: Tlv;
  /** `[3] EXPLICIT Extensions`, absent before v3. */
  readonly extensions: Tlv | undefined;
  readonly signatureAlgorithm: Tlv;
  readonly signatureValue: Tlv;
}

/**
 * Locates the fields of an X.509 certificate with one pass over element headers, without decoding
 * any value. Throws `DerError` when the bytes are not a certificate's structure.
 */
export function readCertificateLayout(der: Uint8Array): CertificateLayout {
  const certificate = readTlv(der, 0);
  checkTag(certificate, Tag.Sequence, 'a Certificate (SEQUENCE)');
  const tbs = readTlv(der, certificate.start, certificate.end);
  checkTag(tbs, Tag.Sequence, 'a TBSCertificate (SEQUENCE)');
  const signatureAlgorithm = readTlv(der, tbs.end, certificate.end);
  checkTag(signatureAlgorithm, Tag.Sequence, 'the signatureAlgorithm (SEQUENCE)');
  const signatureValue = readTlv(der, signatureAlgorithm.end, certificate.end);
  checkTag(signatureValue, Tag.BitString, 'the signatureValue (BIT STRING)');
  if (signatureValue.end !== certificate.end)
    throw new DerError(signatureValue.end, 'extra data inside the Certificate after the signature');

  let position = tbs.start;
  const next = (): Tlv => {
    const tlv = readTlv(der, position, tbs.end);
    position = tlv.end;
    return tlv;
  };
  let first = next();
  let version: Tlv | undefined;
  if (first.tag === 0xa0) {
    version = first;
    first = next();
  }
  const serialNumber = first;
  checkTag(serialNumber, Tag.Integer, 'the serialNumber (INTEGER)');
  checkTag(next(), Tag.Sequence, 'the TBS signature algorithm (SEQUENCE)');
  const issuer = next();
  checkTag(issuer, Tag.Sequence, 'the issuer Name (SEQUENCE)');
  const validity = next();
  checkTag(validity, Tag.Sequence, 'the Validity (SEQUENCE)');
  const subject = next();
  checkTag(subject, Tag.Sequence, 'the subject Name (SEQUENCE)');
  const subjectPublicKeyInfo = next();
  checkTag(subjectPublicKeyInfo, Tag.Sequence, 'the SubjectPublicKeyInfo (SEQUENCE)');
  let extensions: Tlv | undefined;
  let lastNumber = 0;
  while (position < tbs.end) {
    const optional = next();
    const number = optional.tag & 0x1f;
    const expected = number === 3 ? 0xa3 : number === 1 || number === 2 ? optional.tag : -1;
    if ((optional.tag & 0xc0) !== 0x80 || optional.tag !== expected || number <= lastNumber)
      throw new DerError(
        optional.offset,
        `unexpected field with tag 0x${optional.tag.toString(16)} in the TBSCertificate`,
      );
    lastNumber = number;
    if (number === 3) extensions = optional;
  }
  return {
    end: certificate.end,
    tbs,
    version,
    serialNumber,
    issuer,
    validity,
    subject,
    subjectPublicKeyInfo,
    extensions,
    signatureAlgorithm,
    signatureValue,
  };
}
