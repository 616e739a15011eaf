import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPolicy } from '@apim-policy/engine';
import { createTestPki, decodeCertificate, loadPfx } from '@apim-policy/x509';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBinary } from './binary.test-support.js';

const now = '2026-06-01T00:00:00Z';
const pki = createTestPki({ now: new Date(now) });
const root = pki.root({ subject: 'CN=Contoso Root CA' });
const client = pki.leaf(root, { subject: 'CN=client 01, O=Contoso' });
/** The classic client-certificate policy (`VerifyNoRevocation`, thumbprint among the uploaded ones). */
const policy = readFileSync(
  new URL('../context/__fixtures__/classic-certificate-policy.xml', import.meta.url),
  'utf8',
);
const global = `<policies>
  <inbound><set-header name="x-global" exists-action="override"><value>@("g" + "1")</value></set-header></inbound>
  <backend><forward-request /></backend>
  <outbound />
  <on-error />
</policies>
`;
// Inside the package, so that a compiled module's `@apim-policy/engine` import resolves.
const dir = resolve(import.meta.dirname, '../../.binary-test');
const certificates = ['--deployment-cert', 'client.pem', '--ca', 'root.pem', '--now', now];

beforeAll(() => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'api.xml'), policy);
  writeFileSync(join(dir, 'global.xml'), global);
  writeFileSync(join(dir, 'client.pem'), client.pem);
  writeFileSync(join(dir, 'root.pem'), root.pem);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the apim-policy binary', () => {
  it('has --help with examples for every command', () => {
    for (const command of ['eval', 'run', 'compile', 'format']) {
      const ran = runBinary([command, '--help'], dir);
      expect(ran.status, command).toBe(0);
      expect(ran.stdout, command).toContain(`Usage: apim-policy ${command}`);
      expect(ran.stdout, command).toContain(`$ apim-policy ${command} `);
    }
  });

  it('eval: certificate values, Verify() with and without --ca, errors', () => {
    const thumbprint = decodeCertificate(client.der).thumbprint;
    expect(
      runBinary(['eval', '@(context.Request.Certificate.Thumbprint)', '--cert', 'client.pem'], dir).stdout,
    ).toBe(`${thumbprint}\n`);
    expect(
      runBinary(['eval', '@(context.Request.Certificate.SubjectName.Name)', '--cert', 'client.pem'], dir)
        .stdout,
    ).toBe('CN=client 01, O=Contoso\n');
    const verify = [
      'eval',
      '@(context.Request.Certificate.VerifyNoRevocation())',
      '--cert',
      'client.pem',
      '--now',
      now,
    ];
    expect(runBinary(verify, dir).stdout).toBe('False\n');
    expect(runBinary([...verify, '--ca', 'root.pem', '--format', 'json'], dir).stdout).toBe(
      '{"value":true,"type":"System.Boolean"}\n',
    );
    const thrown = runBinary(['eval', '@(context.Request.Certificate.Thumbprint)', '--format', 'json'], dir);
    expect(thrown.status).toBe(1);
    expect(JSON.parse(thrown.stdout).error.type).toBe('System.NullReferenceException');
    const invalid = runBinary(['eval', '@(1 +)'], dir);
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toMatch(/^expression:1:\d+ error /);
    expect(runBinary(['eval', '@(1)', '--cert', 'missing.pem'], dir).status).toBe(2);
  });

  it('eval: a PFX client certificate, whose reader the binary loads on first use', async () => {
    const pfx = fileURLToPath(new URL('./__fixtures__/client-aes256.pfx', import.meta.url));
    const { certificate } = await loadPfx(new Uint8Array(readFileSync(pfx)), 'secret');
    const thumbprint = decodeCertificate(certificate).thumbprint;
    const args = ['eval', '@(context.Request.Certificate.Thumbprint)', '--cert', pfx, '--cert-password'];
    // Twice: the second run takes the bundle's code from the cache the first one left.
    for (const run of [1, 2]) {
      const ran = runBinary([...args, 'secret'], dir);
      expect(ran.stderr, `run ${run}`).toBe('');
      expect(ran.stdout, `run ${run}`).toBe(`${thumbprint}\n`);
    }
    expect(runBinary([...args, 'wrong'], dir).status).toBe(2);
  });

  it('run: 403 without a certificate, forward with one, JSON, --scope with <base/>', () => {
    const denied = runBinary(['run', 'api.xml', ...certificates], dir);
    expect(denied.status).toBe(0);
    expect(denied.stdout).toMatch(/^Respond 403 Invalid client certificate\n/);
    const allowed = runBinary(
      [
        'run',
        'api.xml',
        '--scope',
        'global.xml',
        '--cert',
        'client.pem',
        ...certificates,
        '--format',
        'json',
      ],
      dir,
    );
    expect(allowed.status).toBe(0);
    const outcome = JSON.parse(allowed.stdout);
    expect(outcome.kind).toBe('forward');
    expect(outcome.request.headers['x-global']).toEqual(['g1']);
    expect(runBinary(['run', 'api.xml', ...certificates, '--expect-status', '200'], dir).status).toBe(1);
  });

  it("compile: the module runs without code generation and gives loadPolicy's outcome", async () => {
    const compiled = runBinary(['compile', 'api.xml', '--scope', 'global.xml', '--out', 'policy.mjs'], dir);
    expect(compiled).toMatchObject({ status: 0, stderr: '' });
    writeFileSync(
      join(dir, 'runner.mjs'),
      `import { readFileSync } from 'node:fs';
let blocked = false;
try { new Function('return 1'); } catch { blocked = true; }
const { run } = await import('./policy.mjs');
const deployment = { certificates: [readFileSync('client.pem', 'utf8')], ca: { roots: [readFileSync('root.pem', 'utf8')] } };
const outcomes = [];
for (const certificate of [null, readFileSync('client.pem', 'utf8')])
  outcomes.push(await run({ url: 'https://contoso.azure-api.net/echo', certificate }, { now: Date.parse('${now}'), deployment, requestId: '00000000-0000-0000-0000-000000000001' }));
process.stdout.write(JSON.stringify({ blocked, outcomes }));
`,
    );
    const ran = spawnSync(process.execPath, ['--disallow-code-generation-from-strings', 'runner.mjs'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(ran.stderr).toBe('');
    const { blocked, outcomes } = JSON.parse(ran.stdout);
    expect(blocked).toBe(true);
    const loaded = await loadPolicy(policy, {
      file: 'api.xml',
      scope: 'api',
      parents: [{ scope: 'global', source: { text: global, file: 'global.xml' } }],
    });
    const deployment = { certificates: [client.pem], ca: { roots: [root.pem] } };
    const expected = [];
    for (const certificate of [null, client.pem])
      expected.push(
        await loaded.run(
          { url: 'https://contoso.azure-api.net/echo', certificate },
          { now: Date.parse(now), deployment, requestId: '00000000-0000-0000-0000-000000000001' },
        ),
      );
    expect(outcomes).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(outcomes[0].response.status).toBe(403);
    expect(outcomes[1].kind).toBe('forward');
  });

  it('format: both directions and --check', () => {
    writeFileSync(
      join(dir, 'raw.xml'),
      '<set-variable name="a" value="@(context.Request.Headers.GetValueOrDefault("a","") == "b" && 1 < 2)" />\n',
    );
    const xml = runBinary(['format', 'raw.xml', '--to', 'xml', '--out', 'escaped.xml'], dir);
    expect(xml.status).toBe(0);
    expect(readFileSync(join(dir, 'escaped.xml'), 'utf8')).toBe(
      '<set-variable name="a" value="@(context.Request.Headers.GetValueOrDefault(&quot;a&quot;,&quot;&quot;) == &quot;b&quot; &amp;&amp; 1 &lt; 2)" />\n',
    );
    expect(runBinary(['format', 'escaped.xml', '--to', 'rawxml'], dir).stdout).toBe(
      readFileSync(join(dir, 'raw.xml'), 'utf8'),
    );
    expect(runBinary(['format', 'escaped.xml', '--to', 'xml', '--check'], dir).status).toBe(0);
    expect(runBinary(['format', 'raw.xml', '--to', 'xml', '--check'], dir).status).toBe(1);
  });
});
