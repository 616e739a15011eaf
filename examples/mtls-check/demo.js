// The classic mutual-TLS condition of API Management policies, compiled once and evaluated
// against client certificates from a test PKI: a pinned one, an unpinned one, one from an
// untrusted CA, an expired one, and none. Run with `pnpm demo` after `pnpm build`.
import { compileExpression, createContext, toDotnetString } from '@apim-policy/expressions';
import { createTestPki, decodeCertificate, prepareFacts, TrustStore } from '@apim-policy/x509';

const condition = `@(context.Request.Certificate == null
    || !context.Request.Certificate.VerifyNoRevocation()
    || !context.Deployment.Certificates.Any(c => c.Value.Thumbprint == context.Request.Certificate.Thumbprint))`;

const rejects = compileExpression(condition, { expectedType: 'bool' });
console.log('The condition that rejects a request:');
console.log(condition);
console.log(`\nIt needs these certificate facts prepared: ${JSON.stringify(rejects.needs)}\n`);

const now = Date.UTC(2026, 5, 1);
const pki = createTestPki({ now: new Date(now) });
const root = pki.root({ subject: 'CN=Contoso Root CA, O=Contoso' });
const pinned = pki.leaf(root, { subject: 'CN=client 01, O="Contoso, Inc."' });
const unpinned = pki.leaf(root, { subject: 'CN=client 02, O=Contoso' });
const expired = pki.leaf(root, { subject: 'CN=client 03, O=Contoso', notAfter: new Date(now - 86_400_000) });
const stranger = pki.leaf(pki.root({ subject: 'CN=Someone Else' }), { subject: 'CN=client 04' });
const trustStore = new TrustStore({ roots: [root.der] });

async function check(title, certificate) {
  const request = certificate === null ? null : decodeCertificate(certificate.der);
  const deployed = [decodeCertificate(pinned.der)];
  if (request !== null) await prepareFacts({ request }, rejects.needs, { trustStore, at: now });
  const context = createContext({
    request: { certificate: request },
    deployment: { certificates: deployed },
  });
  const rejected = rejects.evaluate(context, { now });
  const subject = request === null ? '(no certificate)' : request.subjectName;
  console.log(`${rejected ? 'REJECTED' : 'accepted'}  ${title.padEnd(26)} ${subject}`);
}

await check('pinned and trusted', pinned);
await check('trusted but not pinned', unpinned);
await check('expired', expired);
await check('from an untrusted CA', stranger);
await check('no client certificate', null);

const thumbprint = compileExpression(
  '@(context.Request.Certificate.Thumbprint + " " + context.Request.Certificate.NotAfter.ToString("yyyy-MM-dd"))',
);
const context = createContext({ request: { certificate: decodeCertificate(pinned.der) } });
console.log(
  `\nThumbprint and expiry, as .NET prints them: ${toDotnetString(thumbprint.evaluate(context, { now }))}`,
);
