/**
 * Revocation status of one certificate, as .NET's chain engine decides it: a usable source that
 * lists the serial → revoked; a usable source that does not → good; no usable source → unknown
 * (which makes `Verify()` false). Supplied CRLs are consulted first, then OCSP, then the CRL
 * distribution points.
 */
import type { ParsedCertificate } from '../trust/parsed-certificate.js';
import { KeyUsageBit } from '../trust/parsed-certificate.js';
import { pemBlocks } from '../trust/pem.js';
import { signatureScheme } from '../trust/signature-scheme.js';
import type { SignatureVerifier } from '../trust/signature-verifier.js';
import type { TimeWindow } from '../trust/time-window.js';
import { CrlParseError, type ParsedCrl, parseCrl } from './crl.js';
import type { RevocationOptions, RevocationState } from './types.js';

/** What a revocation check needs besides the certificate and its issuer. */
export interface RevocationContext {
  readonly options: RevocationOptions;
  readonly verifier: SignatureVerifier;
  readonly window: TimeWindow;
}

type CrlVerdict = 'good' | 'revoked' | { readonly unusable: string };

const signatureMemo = new WeakMap<ParsedCrl, WeakMap<ParsedCertificate, boolean>>();

/**
 * `checkRevocation` answering synchronously when it can: no fetcher is configured and the
 * supplied CRLs' signatures check synchronously (or are memoised). Otherwise a promise.
 */
export function checkRevocationNow(
  certificate: ParsedCertificate,
  issuer: ParsedCertificate,
  context: RevocationContext,
): RevocationState | Promise<RevocationState> {
  const { options } = context;
  if (options.fetchOcsp !== undefined || options.fetchCrl !== undefined)
    return checkRevocation(certificate, issuer, context);
  const reasons: string[] = [];
  const crls = [...(options.crls?.forIssuer(certificate.issuerKey) ?? [])];
  for (let index = 0; index < crls.length; index++) {
    const verdict = applyCrl(crls[index] as ParsedCrl, certificate, issuer, context);
    // A signature check that goes asynchronous: the rest is decided by the asynchronous path.
    if (verdict instanceof Promise) return checkRevocation(certificate, issuer, context);
    if (typeof verdict === 'string') return decided(verdict, 'a supplied CRL');
    reasons.push(verdict.unusable);
  }
  if (reasons.length === 0) reasons.push('no CRL or OCSP source is available for this certificate');
  return {
    state: 'unknown',
    offline: false,
    information: `Revocation status unknown: ${reasons.join('; ')}`,
  };
}

/** The revocation status of `certificate`, whose issuer (already verified) is `issuer`. */
export async function checkRevocation(
  certificate: ParsedCertificate,
  issuer: ParsedCertificate,
  context: RevocationContext,
): Promise<RevocationState> {
  const { options } = context;
  const reasons: string[] = [];
  for (const crl of options.crls?.forIssuer(certificate.issuerKey) ?? []) {
    const verdict = await applyCrl(crl, certificate, issuer, context);
    if (typeof verdict === 'string') return decided(verdict, 'a supplied CRL');
    reasons.push(verdict.unusable);
  }
  let offline = false;
  if (options.fetchOcsp !== undefined && certificate.ocspUrls.length > 0) {
    try {
      const answer = await options.fetchOcsp({
        certificate: certificate.der,
        issuer: issuer.der,
        serialNumber: certificate.serial,
        urls: certificate.ocspUrls,
        at: context.window.at,
      });
      if (answer.status !== 'unknown') return decided(answer.status, 'OCSP');
      reasons.push('the OCSP responder does not know the certificate');
    } catch (error) {
      if (!(error instanceof Error)) throw error;
      offline = true;
      reasons.push(`OCSP failed: ${error.message}`);
    }
  }
  if (options.fetchCrl !== undefined) {
    for (const url of certificate.crlUrls) {
      try {
        const crl = parseFetched(await options.fetchCrl(url));
        const verdict = await applyCrl(crl, certificate, issuer, context);
        if (typeof verdict === 'string') return decided(verdict, url);
        reasons.push(`${url}: ${verdict.unusable}`);
      } catch (error) {
        if (!(error instanceof Error)) throw error;
        offline = true;
        reasons.push(`${url}: ${error.message}`);
      }
    }
  }
  if (reasons.length === 0) reasons.push('no CRL or OCSP source is available for this certificate');
  return { state: 'unknown', offline, information: `Revocation status unknown: ${reasons.join('; ')}` };
}

function decided(state: 'good' | 'revoked', source: string): RevocationState {
  return {
    state,
    offline: false,
    information: state === 'revoked' ? `The certificate is revoked (${source})` : `Not revoked (${source})`,
  };
}

function parseFetched(bytes: Uint8Array): ParsedCrl {
  if (bytes[0] === 0x30) return parseCrl(bytes);
  const blocks = pemBlocks(Buffer.from(bytes).toString('latin1'), 'X509 CRL');
  if (blocks[0] === undefined) throw new CrlParseError('the response is neither a DER nor a PEM CRL');
  return parseCrl(blocks[0]);
}

/** A supplied or fetched CRL's verdict; synchronous when the signature check is. */
function applyCrl(
  crl: ParsedCrl,
  certificate: ParsedCertificate,
  issuer: ParsedCertificate,
  context: RevocationContext,
): CrlVerdict | Promise<CrlVerdict> {
  if (crl.unusable !== undefined) return { unusable: crl.unusable };
  if (crl.issuerKey !== certificate.issuerKey) return { unusable: 'the CRL is from another issuer' };
  const isCa = certificate.basicConstraints?.ca === true;
  if ((crl.scope === 'ca' && !isCa) || (crl.scope === 'end-entity' && isCa)) {
    return { unusable: 'the CRL does not cover this kind of certificate' };
  }
  if (
    crl.authorityKeyId !== undefined &&
    issuer.subjectKeyId !== undefined &&
    crl.authorityKeyId !== issuer.subjectKeyId
  ) {
    return { unusable: 'the CRL was signed by another key of the issuer' };
  }
  if (issuer.keyUsage !== undefined && (issuer.keyUsage & KeyUsageBit.cRLSign) === 0) {
    return { unusable: 'the issuer may not sign CRLs (keyUsage lacks cRLSign)' };
  }
  const { window } = context;
  window.observe(crl.thisUpdate);
  if (window.at < crl.thisUpdate) return { unusable: 'the CRL is not yet valid' };
  if (crl.nextUpdate !== undefined) {
    window.observe(crl.nextUpdate + 1);
    if (window.at > crl.nextUpdate) return { unusable: 'the CRL has expired (nextUpdate passed)' };
  }
  const verdict = (valid: boolean): CrlVerdict =>
    !valid
      ? { unusable: 'the CRL signature does not verify with the issuer key' }
      : crl.revoked.has(certificate.serial)
        ? 'revoked'
        : 'good';
  const valid = crlSignatureValid(crl, issuer, context.verifier);
  return typeof valid === 'boolean' ? verdict(valid) : valid.then(verdict);
}

function crlSignatureValid(
  crl: ParsedCrl,
  issuer: ParsedCertificate,
  verifier: SignatureVerifier,
): boolean | Promise<boolean> {
  let perIssuer = signatureMemo.get(crl);
  const known = perIssuer?.get(issuer);
  if (known !== undefined) return known;
  const remember = (valid: boolean): boolean => {
    if (perIssuer === undefined) {
      perIssuer = new WeakMap();
      signatureMemo.set(crl, perIssuer);
    }
    perIssuer.set(issuer, valid);
    return valid;
  };
  const scheme = signatureScheme(crl.signatureAlgorithm);
  const sameAlgorithm = Buffer.compare(crl.signatureAlgorithm.der, crl.tbsSignatureAlgorithm.der) === 0;
  if (typeof scheme === 'string' || !sameAlgorithm) return remember(false);
  const valid = verifier.verify(scheme, crl.tbs, crl.signature, issuer);
  return typeof valid === 'boolean' ? remember(valid) : valid.then(remember);
}
