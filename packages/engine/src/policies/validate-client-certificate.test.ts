import type { TestCertificate } from '@apim-policy/x509';
import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../load/load-policy.js';
import type { Outcome } from '../outcome/types.js';
import type { DeploymentDescription } from '../run/description.js';
import { NOW, scenarioPki } from '../scenarios/client-certificates.test-support.js';
import { parseNameText, sameName } from './validate-client-certificate.js';

const URL = 'https://contoso.azure-api.net/echo/resource';
const setup = scenarioPki();
const { client, intermediate, rotated } = setup;
const valid = client.valid as TestCertificate;

async function run(
  policy: string,
  certificate: TestCertificate | null,
  deployment: DeploymentDescription = setup.deployment,
): Promise<Outcome> {
  const compiled = compilePolicy(
    `<policies><inbound>${policy}</inbound><backend><forward-request /></backend><outbound /><on-error /></policies>`,
    { deployment },
  );
  expect(compiled.diagnostics).toEqual([]);
  return compiled.run({ url: URL, certificate }, { now: NOW });
}

/** `admitted`, or the reason the request was refused. */
async function verdict(
  policy: string,
  certificate: TestCertificate | null,
  deployment?: DeploymentDescription,
): Promise<string> {
  const outcome = await run(policy, certificate, deployment);
  if (outcome.kind === 'forward') return 'admitted';
  expect(outcome.response.status).toBe(401);
  return outcome.lastError?.reason ?? 'no error';
}

const identity = (attributes: string) =>
  `<validate-client-certificate validate-revocation="false" validate-trust="false"><identities><identity ${attributes} /></identities></validate-client-certificate>`;

describe('validate-client-certificate checks, in order', () => {
  const all = '<validate-client-certificate />';
  it.each([
    ['valid', 'admitted'],
    ['missing', 'ClientCertificateNotFound'],
    ['unknown', 'admitted'],
    ['expired', 'ClientCertificateExpired'],
    ['not-yet-valid', 'ClientCertificateNotYetValid'],
    ['untrusted', 'ClientCertificateNotTrusted'],
    ['revoked', 'ClientCertificateRevoked'],
  ] as const)('with every default check, %s → %s', async (name, expected) => {
    expect(await verdict(all, client[name])).toBe(expected);
  });

  it('prefers the dates to trust: an expired certificate of an untrusted issuer is expired', async () => {
    const rogueExpired = setup.pki.leaf(setup.rogueRoot, { expired: true });
    expect(await verdict(all, rogueExpired)).toBe('ClientCertificateExpired');
  });

  it('answers 401 with the messages API Management gives', async () => {
    const missing = await run(all, null);
    if (missing.kind !== 'respond') throw new Error('expected a response');
    expect(JSON.parse(missing.response.body ?? '')).toEqual({
      statusCode: 401,
      message: 'Client certificate missing',
    });
    const untrusted = await run(all, client.untrusted);
    if (untrusted.kind !== 'respond') throw new Error('expected a response');
    expect(JSON.parse(untrusted.response.body ?? '')).toEqual({
      statusCode: 401,
      message: 'Invalid client certificate',
    });
    expect(untrusted.lastError).toMatchObject({
      source: 'validate-client-certificate',
      reason: 'ClientCertificateNotTrusted',
      message: 'A certificate chain could not be built to a trusted root authority.',
    });
    const revoked = await run(all, client.revoked);
    expect(revoked.lastError?.message).toBe('The certificate is revoked.');
  });

  it('reports an unknown revocation status when no CRL is available', async () => {
    const withoutCrls = { ...setup.deployment, crls: [] };
    const outcome = await run(all, valid, withoutCrls);
    expect(outcome.lastError).toMatchObject({
      reason: 'ClientCertificateRevocationStatusUnknown',
      message: 'The revocation function was unable to check revocation for the certificate.',
    });
    expect(
      await verdict('<validate-client-certificate validate-revocation="false" />', valid, withoutCrls),
    ).toBe('admitted');
  });

  it.each([
    ['validate-not-after', 'expired'],
    ['validate-not-before', 'not-yet-valid'],
    ['validate-trust', 'untrusted'],
    ['validate-revocation', 'revoked'],
  ] as const)('%s="false" lets the %s certificate through', async (attribute, name) => {
    expect(await verdict(`<validate-client-certificate ${attribute}="false" />`, client[name])).toBe(
      'admitted',
    );
  });
});

describe('validate-client-certificate identities', () => {
  it.each([
    [`thumbprint="${valid.thumbprint}"`, 'admitted'],
    [`thumbprint="\u200e${valid.thumbprint.toLowerCase().replace(/(..)/g, '$1 ')}"`, 'admitted'],
    [`thumbprint="${rotated.thumbprint}"`, 'ClientCertificateIdentityNotMatched'],
    [`serial-number="00${valid.serialNumber.toLowerCase()}"`, 'admitted'],
    ['common-name="CLIENT-01"', 'admitted'],
    ['common-name="client"', 'ClientCertificateIdentityNotMatched'],
    ['subject="CN=client-01, O=&quot;Contoso, Inc.&quot;, C=US"', 'admitted'],
    ['subject="cn=Client-01;o=Contoso\\, Inc.;c=us"', 'admitted'],
    ['subject="C=US, O=&quot;Contoso, Inc.&quot;, CN=client-01"', 'ClientCertificateIdentityNotMatched'],
    ['subject="CN=client-01, C=US"', 'ClientCertificateIdentityNotMatched'],
    ['issuer-subject="CN=Contoso Issuing CA, O=Contoso, C=US"', 'admitted'],
    ['issuer-subject="CN=Contoso Root CA, O=Contoso, C=US"', 'ClientCertificateIdentityNotMatched'],
    ['dns-name="API.contoso.com"', 'admitted'],
    ['dns-name="*.contoso.com"', 'ClientCertificateIdentityNotMatched'],
    ['dns-name="client-01"', 'ClientCertificateIdentityNotMatched'],
    [`issuer-thumbprint="${intermediate.thumbprint}"`, 'admitted'],
    [`issuer-thumbprint="${setup.root.thumbprint}"`, 'ClientCertificateIdentityNotMatched'],
    [`thumbprint="${valid.thumbprint}" common-name="client-01"`, 'admitted'],
    [`thumbprint="${valid.thumbprint}" common-name="someone-else"`, 'ClientCertificateIdentityNotMatched'],
    ['', 'ClientCertificateIdentityNotMatched'],
  ])('<identity %s> → %s', async (attributes, expected) => {
    expect(await verdict(identity(attributes), valid)).toBe(expected);
  });

  it('admits when any identity matches', async () => {
    const policy = `<validate-client-certificate validate-revocation="false" validate-trust="false"><identities>
      <identity thumbprint="${rotated.thumbprint}" />
      <identity common-name="client-01" dns-name="client01.contoso.com" />
    </identities></validate-client-certificate>`;
    const outcome = await run(policy, valid);
    expect(outcome.kind).toBe('forward');
    expect(outcome.trace.find((entry) => entry.policy === 'validate-client-certificate')?.data).toMatchObject(
      {
        thumbprint: valid.thumbprint,
        identity: 1,
      },
    );
    expect(await verdict(policy, client.unknown)).toBe('ClientCertificateIdentityNotMatched');
  });

  it('resolves issuer-certificate-id against the uploaded certificates', async () => {
    const policy = identity(`issuer-certificate-id="${intermediate.thumbprint}"`);
    const uploaded = { ...setup.deployment, certificates: [intermediate] };
    expect(await verdict(policy, valid, uploaded)).toBe('admitted');
    expect(await verdict(policy, client.untrusted, uploaded)).toBe('ClientCertificateIdentityNotMatched');
    // Not uploaded: nothing to resolve the id against.
    expect(await verdict(policy, valid, { ...setup.deployment, certificates: [] })).toBe(
      'ClientCertificateIdentityNotMatched',
    );
    // A certificate with the issuer's name but another key did not issue the leaf.
    const impostor = setup.pki.intermediate(setup.rogueRoot, {
      subject: 'CN=Contoso Issuing CA, O=Contoso, C=US',
    });
    const forged = identity(`issuer-certificate-id="${impostor.thumbprint}"`);
    expect(await verdict(forged, valid, { ...setup.deployment, certificates: [impostor] })).toBe(
      'ClientCertificateIdentityNotMatched',
    );
  });

  it('a self-signed certificate is its own issuer', async () => {
    const self = setup.pki.selfSigned({ subject: 'CN=self' });
    expect(await verdict(identity(`issuer-thumbprint="${self.thumbprint}"`), self)).toBe('admitted');
  });

  it('reports a subject that is not a distinguished name at load', () => {
    const compiled = compilePolicy(
      `<policies><inbound>${identity('subject="CN=&quot;open"')}</inbound></policies>`,
    );
    expect(compiled.ok).toBe(false);
    expect(compiled.diagnostics.map((diagnostic) => diagnostic.code)).toContain('invalid-policy-value');
  });
});

describe('validate-client-certificate ignore-error', () => {
  it('goes on, records the refusal in the trace and leaves LastError unset', async () => {
    const outcome = await run('<validate-client-certificate ignore-error="true" />', client.untrusted);
    expect(outcome.kind).toBe('forward');
    expect(outcome.lastError).toBeNull();
    const entry = outcome.trace.find((candidate) => candidate.policy === 'validate-client-certificate');
    expect(entry?.data).toMatchObject({ reason: 'ClientCertificateNotTrusted', ignored: true });
  });

  it('goes on without a certificate too', async () => {
    const outcome = await run('<validate-client-certificate ignore-error="true" />', null);
    expect(outcome.kind).toBe('forward');
    expect(outcome.trace.find((entry) => entry.policy === 'validate-client-certificate')?.data).toMatchObject(
      {
        reason: 'ClientCertificateNotFound',
      },
    );
  });
});

describe('on-error after a refusal', () => {
  it('sees the 401 and LastError', async () => {
    const compiled = compilePolicy(
      `<policies>
  <inbound><validate-client-certificate /></inbound>
  <backend><forward-request /></backend>
  <outbound />
  <on-error>
    <set-header name="X-Error" exists-action="override"><value>@(context.LastError.Reason + "/" + context.Response.StatusCode)</value></set-header>
  </on-error>
</policies>`,
      { deployment: setup.deployment },
    );
    const outcome = await compiled.run({ url: URL, certificate: client.expired }, { now: NOW });
    if (outcome.kind !== 'respond') throw new Error('expected a response');
    expect(outcome.response.headers['X-Error']).toEqual(['ClientCertificateExpired/401']);
  });
});

describe('parseNameText', () => {
  it('reads .NET names, quoted values and multi-valued RDNs', () => {
    expect(parseNameText('CN=a, O="Contoso, Inc.", OU=x + OU=y')).toEqual([
      [{ type: 'CN', value: 'a' }],
      [{ type: 'O', value: 'Contoso, Inc.' }],
      [
        { type: 'OU', value: 'x' },
        { type: 'OU', value: 'y' },
      ],
    ]);
    expect(parseNameText('  ')).toEqual([]);
    expect(parseNameText('CN="say ""hi"""')).toEqual([[{ type: 'CN', value: 'say "hi"' }]]);
    expect(parseNameText('ST=Wa, EMAIL=a@b')).toEqual([
      [{ type: 'S', value: 'Wa' }],
      [{ type: 'E', value: 'a@b' }],
    ]);
  });

  it('refuses what is not a name', () => {
    expect(parseNameText('just text')).toBeNull();
    expect(parseNameText('CN="open')).toBeNull();
    expect(parseNameText('CN="a" b')).toBeNull();
    expect(parseNameText('=x')).toBeNull();
  });

  it('compares names RDN by RDN, values ignoring case', () => {
    const name = (text: string) => parseNameText(text) ?? [];
    expect(sameName(name('CN=A, O=B'), name('cn=a;o=b'))).toBe(true);
    expect(sameName(name('CN=A, O=B'), name('O=B, CN=A'))).toBe(false);
    expect(sameName(name('OU=x + OU=y'), name('OU=y + OU=x'))).toBe(true);
    expect(sameName(name('CN=A'), name('CN=A, O=B'))).toBe(false);
  });
});
