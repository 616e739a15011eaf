// The classic client-certificate policy of API Management (policy.xml), run outside Azure on five
// requests: certificates from a throw-away test PKI, made fresh on every run. Run with
// `pnpm demo` from the repository root, or `node demo.js` here after `pnpm build`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadPolicy, printOutcome } from '@apim-policy/engine';
import { createTestPki } from '@apim-policy/x509';

const now = Date.UTC(2026, 5, 1);
const day = 86_400_000;
const pki = createTestPki({ now: new Date(now) });
const root = pki.root({ subject: 'CN=Contoso Root CA, O=Contoso' });
const valid = pki.leaf(root, { subject: 'CN=client 01, O=Contoso' });
const unknown = pki.leaf(root, { subject: 'CN=client 02, O=Contoso' });
const expired = pki.leaf(root, {
  subject: 'CN=client 03, O=Contoso',
  notBefore: new Date(now - 400 * day),
  notAfter: new Date(now - day),
});
const untrusted = pki.leaf(pki.root({ subject: 'CN=Somebody Else Root CA' }), { subject: 'CN=client 04' });

// The same certificates as files, for trying the command line on this policy (see README.md).
const pkiDirectory = new URL('pki/', import.meta.url);
mkdirSync(pkiDirectory, { recursive: true });
const files = {
  'root.pem': root,
  'client-01.pem': valid,
  'client-02.pem': unknown,
  'client-03.pem': expired,
  'client-04.pem': untrusted,
};
for (const [name, certificate] of Object.entries(files))
  writeFileSync(new URL(name, pkiDirectory), certificate.pem);
const crl = pki.crl(root);
writeFileSync(new URL('root.crl', pkiDirectory), crl.pem);

const file = new URL('policy.xml', import.meta.url);
const policy = await loadPolicy(readFileSync(file, 'utf8'), {
  file: 'policy.xml',
  deployment: {
    // The certificates uploaded to the instance (context.Deployment.Certificates): every client
    // certificate but "client 02", so that Verify() alone rejects the expired and the untrusted one.
    certificates: [valid, expired, untrusted],
    // The CA certificates uploaded to the instance, which Verify() trusts, and the root's
    // revocation list (Verify() checks revocation; VerifyNoRevocation() would not).
    ca: { roots: [root] },
    crls: [crl.der],
  },
});
if (!policy.ok) {
  for (const diagnostic of policy.diagnostics) console.error(diagnostic.message);
  process.exit(1);
}

const requests = [
  ['valid: CN=client 01, trusted, in its dates, uploaded', valid],
  ['missing: no client certificate', null],
  ['unknown: CN=client 02, trusted but not uploaded', unknown],
  ['expired: CN=client 03, uploaded, expired yesterday', expired],
  ['untrusted: CN=client 04, uploaded, issued by a root the instance does not trust', untrusted],
];

console.log(
  `policy.xml: ${policy.diagnostics.length} diagnostics; the test PKI's clock: ${new Date(now).toISOString()}`,
);
for (const [title, certificate] of requests) {
  const outcome = await policy.run(
    { method: 'GET', url: 'https://contoso.azure-api.net/orders/42', certificate },
    { now },
  );
  console.log(`\n=== ${title}`);
  console.log(printOutcome(outcome));
}
