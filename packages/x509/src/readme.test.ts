import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { createTestPki, decodeCertificate, prepareFacts, TrustStore } from './index.js';

/** The package README's example, run: what it says it gives, it gives. */
it('gives what the README example says', async () => {
  const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
  const pki = createTestPki();
  const root = pki.root();
  const leaf = pki.leaf(root, { subject: 'CN=client 01, O="Contoso, Inc."' });
  const certificate = decodeCertificate(leaf.der);
  expect(certificate.thumbprint).toMatch(/^[0-9A-F]{40}$/);
  expect(certificate.subjectName).toBe('CN=client 01, O="Contoso, Inc."');
  expect(readme).toContain(`certificate.subjectName; // '${certificate.subjectName}'`);
  const store = new TrustStore({ roots: [root.der] });
  await prepareFacts([certificate], [{ fact: 'chain-no-revocation', certificate: 'any' }], {
    trustStore: store,
  });
  expect(certificate.facts.chainNoRevocation).toBe(true);
  expect(readme).toContain('certificate.facts.chainNoRevocation; // true');
});
