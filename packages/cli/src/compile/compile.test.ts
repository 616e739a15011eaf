import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadPolicy } from '@apim-policy/engine';
import { createTestPki } from '@apim-policy/x509';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../context/memory-io.test-support.js';

const now = Date.UTC(2026, 5, 1);
const pki = createTestPki({ now: new Date(now) });
const root = pki.root({ subject: 'CN=Contoso Root CA' });
const client = pki.leaf(root, { subject: 'CN=client 01' });
const policy = `<policies>
  <inbound>
    <base />
    <set-variable name="who" value="@(context.Request.Certificate?.SubjectName.Name ?? "nobody")" />
    <choose>
      <when condition="@(context.Request.Certificate == null || !context.Request.Certificate.VerifyNoRevocation())">
        <return-response><set-status code="403" reason="{{reason}}" /></return-response>
      </when>
    </choose>
  </inbound>
</policies>
`;
// Inside the package, so that the module's `@apim-policy/engine` import resolves.
const dir = resolve(import.meta.dirname, '../../.compile-test');

beforeAll(() => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'api.xml'), policy);
  writeFileSync(join(dir, 'values.json'), '{ "reason": "Invalid client certificate" }');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('apim-policy compile', () => {
  it('writes a module that runs as loadPolicy does', async () => {
    const ran = await runCli(
      ['compile', 'api.xml', '--named-values', 'values.json', '--out', 'policy.mjs'],
      dir,
    );
    expect(ran).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const module = (await import(pathToFileURL(join(dir, 'policy.mjs')).href)) as {
      run: (request: object, options: object) => Promise<{ trace: unknown[] }>;
    };
    const loaded = await loadPolicy(policy, {
      file: 'api.xml',
      namedValues: { reason: 'Invalid client certificate' },
    });
    const deployment = { ca: { roots: [root.pem] } };
    for (const certificate of [null, client.pem]) {
      const request = { url: 'https://contoso.azure-api.net/echo', certificate };
      const compiled = await module.run(request, {
        now,
        deployment,
        requestId: '00000000-0000-0000-0000-000000000001',
      });
      const expected = await loaded.run(request, {
        now,
        deployment: { ca: { roots: [root.pem] } },
        requestId: '00000000-0000-0000-0000-000000000001',
      });
      expect(JSON.stringify(compiled)).toBe(JSON.stringify(expected));
    }
  });

  it('prints the diagnostics of a policy that does not load, exit 1', async () => {
    writeFileSync(
      join(dir, 'broken.xml'),
      '<policies><inbound><set-variable name="x" value="@(nope)" /></inbound></policies>',
    );
    const ran = await runCli(['compile', 'broken.xml'], dir);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(/^broken\.xml:1:52 error /);
  });
});
