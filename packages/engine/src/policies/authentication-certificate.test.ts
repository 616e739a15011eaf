import { createTestPki } from '@apim-policy/x509';
import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../load/load-policy.js';
import type { Outcome } from '../outcome/types.js';

const URL = 'https://contoso.azure-api.net/echo/resource';
const pki = createTestPki({ now: new Date(0) });
const backendCertificate = pki.selfSigned({ subject: 'CN=gateway-to-backend' });
const clientCertificate = pki.selfSigned({ subject: 'CN=caller' });

async function run(inbound: string, variables: Record<string, unknown> = {}): Promise<Outcome> {
  const compiled = compilePolicy(
    `<policies><inbound>${inbound}</inbound><backend><forward-request /></backend><outbound /><on-error /></policies>`,
    { deployment: { certificates: [backendCertificate] } },
  );
  expect(compiled.diagnostics).toEqual([]);
  return compiled.run({ url: URL, certificate: clientCertificate }, { now: 0, variables });
}

function entryOf(outcome: Outcome) {
  const entry = outcome.trace.find((candidate) => candidate.policy === 'authentication-certificate');
  if (entry === undefined) throw new Error('no trace entry');
  return entry;
}

describe('authentication-certificate', () => {
  it('records an uploaded certificate chosen by thumbprint', async () => {
    const outcome = await run(
      `<authentication-certificate thumbprint="${backendCertificate.thumbprint.toLowerCase()}" />`,
    );
    expect(outcome.kind).toBe('forward');
    expect(entryOf(outcome).data).toEqual({
      kind: 'thumbprint',
      thumbprint: backendCertificate.thumbprint.toLowerCase(),
      found: true,
    });
  });

  it('records a certificate-id that matches no uploaded certificate as not found', async () => {
    const outcome = await run('<authentication-certificate certificate-id="backend-cert" />');
    expect(outcome.kind).toBe('forward');
    expect(entryOf(outcome).detail).toBe(
      'backend certificate by certificate-id backend-cert (no uploaded certificate matches)',
    );
  });

  it('records a certificate given as bytes by an expression, with its password', async () => {
    const outcome = await run(
      '<authentication-certificate body="@((byte[])context.Variables["pfx"])" password="@("secret")" />',
      { pfx: new Uint8Array([0x30, 0x82, 0x01, 0x00]) },
    );
    expect(entryOf(outcome).detail).toBe('backend certificate from body (4 bytes, with password)');
    expect(entryOf(outcome).data).toEqual({ kind: 'body', password: true });
  });

  it('leaves the caller certificate as it is', async () => {
    const outcome = await run(
      `<authentication-certificate thumbprint="${backendCertificate.thumbprint}" />
       <set-header name="X-Caller" exists-action="override"><value>@(context.Request.Certificate.Thumbprint)</value></set-header>`,
    );
    if (outcome.kind !== 'forward') throw new Error('expected a forward');
    expect(outcome.request.headers['X-Caller']).toEqual([clientCertificate.thumbprint]);
  });

  it.each([
    ['<authentication-certificate />', 'exactly one of thumbprint, certificate-id and body'],
    ['<authentication-certificate thumbprint="AB" certificate-id="x" />', 'exactly one of'],
    ['<authentication-certificate thumbprint="AB" password="p" />', 'a password goes only with body'],
  ])('refuses %s at load', (policy, message) => {
    const compiled = compilePolicy(`<policies><inbound>${policy}</inbound></policies>`);
    expect(compiled.ok).toBe(false);
    expect(compiled.diagnostics.map((diagnostic) => diagnostic.message).join('\n')).toContain(message);
  });
});
