import {
  type CertificateFacts,
  type CertificateSource,
  setCertificateParser,
} from '@apim-policy/expressions';
import { decodeCertificateCached, prepareFacts } from '@apim-policy/x509';
import { CertificateView } from '../certificates/certificate-view.js';
import { currentRun } from './current-run.js';

/**
 * A certificate an expression builds (`new X509Certificate2(Convert.FromBase64String(...))`, a
 * certificate forwarded by a front proxy): its facts cannot be prepared before the run, so they
 * are computed when read, against the trust settings of the run evaluating the expression. Only
 * the synchronous path is possible there (a cached verdict, or a chain check that needs no fetch);
 * otherwise the fact stays unprepared and `Verify()` fails the expression with `FactNotPrepared`.
 */
class BuiltCertificate extends CertificateView {
  override readonly facts: CertificateFacts;

  constructor(der: Uint8Array) {
    super(decodeCertificateCached(der));
    const computed: CertificateFacts = {};
    const compute = (fact: 'chain' | 'chain-no-revocation', key: keyof CertificateFacts) => {
      if (computed[key] !== undefined) return computed[key];
      const run = currentRun();
      if (run === null) return undefined;
      const target = { rawData: this.rawData, thumbprint: this.thumbprint, facts: computed };
      prepareFacts([target], [{ fact, certificate: 'any' }], {
        ...run.services.certificates,
        at: run.now(),
      }).catch((error: unknown) => {
        // The check needed a fetch: the fact stays unprepared and the read reports it; the
        // late verdict is recorded for the trace.
        run.note('message', `certificate check of ${this.thumbprint} failed: ${String(error)}`);
      });
      return computed[key];
    };
    this.facts = Object.defineProperties({} as CertificateFacts, {
      chain: { get: () => compute('chain', 'chain'), enumerable: true },
      chainNoRevocation: { get: () => compute('chain-no-revocation', 'chainNoRevocation'), enumerable: true },
    });
  }
}

let installed = false;

/** Installs the engine's parser for certificates expressions build from bytes (once per process). */
export function installCertificateParser(): void {
  if (installed) return;
  installed = true;
  setCertificateParser((der): CertificateSource => new BuiltCertificate(der));
}
