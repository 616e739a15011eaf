import type { CertificateFacts, CertificateSource } from './certificate-source.js';

/**
 * A compiled expression read a certificate verdict (`Verify()`, `VerifyNoRevocation()`) that the
 * caller did not prepare in `CertificateSource.facts`.
 *
 * Why a seam: a chain verdict depends on trust stores, revocation lists and the clock, none of
 * which the expression runtime owns. The compiled expression declares which facts it needs; the
 * caller (the policy engine, a test) computes them before evaluation, and the runtime only reads
 * them. A missing fact is therefore a defect of the caller, not a .NET condition: this is a plain
 * JavaScript error, never a `DotnetException`, so no C# `catch` in the policy can swallow it.
 */
export class FactNotPrepared extends Error {
  constructor(
    /** The fact that was read. */
    readonly fact: keyof CertificateFacts,
    /** The certificate whose fact was missing. */
    readonly certificate: CertificateSource,
  ) {
    super(
      `The certificate fact '${fact}' of ${certificate.thumbprint} was not prepared before evaluation; ` +
        'set certificate.facts before evaluating an expression that needs it.',
    );
    this.name = 'FactNotPrepared';
  }
}

/** Reads a prepared fact or throws `FactNotPrepared`. */
export function readFact(source: CertificateSource, fact: keyof CertificateFacts): boolean {
  const value = source.facts[fact];
  if (value === undefined) throw new FactNotPrepared(fact, source);
  return value;
}
