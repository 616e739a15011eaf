import {
  type CertificateSource,
  compileExpression,
  createContext,
  DotnetException,
  testCertificates,
} from '@apim-policy/expressions';
import { describe, expect, it } from 'vitest';
import { locateCorpus } from './locate.js';
import { classify, hasErrors, runCorpus } from './run.js';

/**
 * Every certificate expression of the corpus, compiled and evaluated against a request that
 * presents a client certificate (trusted or not) and a deployment holding it, with the facts the
 * expression declares it needs prepared. Nothing may fail with anything but a .NET exception: not
 * a defect, not an unprepared fact.
 */
const directory = locateCorpus();

function prepare(certificates: readonly CertificateSource[], trusted: boolean): void {
  for (const certificate of certificates) {
    certificate.facts.chain = trusted;
    certificate.facts.chainNoRevocation = trusted;
  }
}

describe.skipIf(directory === null)('certificate expressions of the corpus', () => {
  const expressions =
    directory === null
      ? []
      : classify(runCorpus(directory)).plain.filter(
          (outcome) => !hasErrors(outcome) && /Certificate|Thumbprint|X509/.test(outcome.text),
        );

  it('are there to evaluate', () => {
    expect(expressions.length).toBeGreaterThan(20);
  });

  it.each(expressions.map((outcome) => [`${outcome.file}:${outcome.line}`, outcome] as const))(
    '%s evaluates with its facts prepared',
    (_, outcome) => {
      const compiled = compileExpression(outcome.text);
      for (const trusted of [true, false]) {
        const client = testCertificates.client01();
        const deployed = [testCertificates.client01(), testCertificates.contosoRoot()];
        // Prepare what the expression declares it needs (here: every certificate it can see).
        if (compiled.needs.length > 0) prepare([client, ...deployed], trusted);
        const context = createContext({
          request: { method: 'GET', certificate: client, headers: { 'X-ARR-ClientCert': 'MIIB' } },
          deployment: { certificates: deployed },
        });
        try {
          compiled.evaluate(context, { now: Date.UTC(2024, 5, 1) });
        } catch (error) {
          // Policies may throw .NET exceptions (missing variables, casts); that is their outcome.
          if (!(error instanceof DotnetException)) throw error;
        }
      }
    },
  );
});
