import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestPki } from '@apim-policy/x509';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../context/memory-io.test-support.js';

const now = '2026-06-01T00:00:00Z';
const pki = createTestPki({ now: new Date(now) });
const root = pki.root({ subject: 'CN=Contoso Root CA' });
const client = pki.leaf(root, { subject: 'CN=client 01' });

/** The classic client-certificate policy (`VerifyNoRevocation`, thumbprint among the uploaded ones). */
const policy = readFileSync(
  new URL('../context/__fixtures__/classic-certificate-policy.xml', import.meta.url),
  'utf8',
);
const global = `<policies>
  <inbound><set-header name="x-global" exists-action="override"><value>yes</value></set-header></inbound>
  <backend><forward-request /></backend>
  <outbound />
  <on-error />
</policies>
`;
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'apim-run-'));
  writeFileSync(join(dir, 'api.xml'), policy);
  writeFileSync(join(dir, 'global.xml'), global);
  writeFileSync(join(dir, 'client.pem'), client.pem);
  writeFileSync(join(dir, 'root.pem'), root.pem);
  writeFileSync(
    join(dir, 'request.yaml'),
    'url: https://contoso.azure-api.net/echo\nheaders:\n  Accept: text/plain\ncertificate: client.pem\n',
  );
  writeFileSync(
    join(dir, 'broken.xml'),
    '<policies><inbound><set-header name="x" exists-action="sometimes" /></inbound></policies>',
  );
});

const certificateOptions = ['--deployment-cert', 'client.pem', '--ca', 'root.pem', '--now', now];

describe('apim-policy run', () => {
  it('answers 403 without a certificate', async () => {
    const ran = await runCli(['run', 'api.xml', ...certificateOptions], dir);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/^Respond 403 Invalid client certificate\n/);
    expect(ran.stdout).toContain('(api.xml:4:5)');
    expect(
      (await runCli(['run', 'api.xml', ...certificateOptions, '--expect-status', '200'], dir)).code,
    ).toBe(1);
  });

  it('forwards with a valid certificate from the request file, with the global scope', async () => {
    const ran = await runCli(
      [
        'run',
        'api.xml',
        '--request',
        'request.yaml',
        '--scope',
        'global.xml',
        ...certificateOptions,
        '--format',
        'json',
      ],
      dir,
    );
    expect(ran.code).toBe(0);
    const outcome = JSON.parse(ran.stdout);
    expect(outcome.kind).toBe('forward');
    expect(outcome.request.headers.Accept).toEqual(['text/plain']);
    expect(outcome.request.headers['x-global']).toEqual(['yes']);
    expect(outcome.trace.some((entry: { kind: string }) => entry.kind === 'condition')).toBe(true);
  });

  it("takes --named-values in Azure's list form (az apim nv list)", async () => {
    const fixtures = fileURLToPath(new URL('../lint/__fixtures__/named-values/', import.meta.url));
    const ran = await runCli(
      [
        'run',
        join(fixtures, 'policy.xml'),
        '--scope',
        'global.xml',
        '--named-values',
        join(fixtures, 'azure-list.json'),
        '--format',
        'json',
      ],
      dir,
    );
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    const outcome = JSON.parse(ran.stdout);
    expect(outcome.request.headers['X-Api-Key']).toEqual(['k-123']);
    expect(outcome.request.headers['X-Tenant']).toEqual(['contoso']);
  });

  it('exits 2 naming a named-values file of another shape', async () => {
    writeFileSync(join(dir, 'values-list.yaml'), '- just text\n');
    const ran = await runCli(['run', 'global.xml', '--named-values', 'values-list.yaml'], dir);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/^apim-policy: 'values-list\.yaml' must map named-value names to values/);
  });

  it('prints load errors with file, line and column, exit 1', async () => {
    const ran = await runCli(['run', 'broken.xml'], dir);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(/^broken\.xml:1:41 error invalid-attribute-value: /);
  });
});
