import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestPki, decodeCertificate } from '@apim-policy/x509';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../context/memory-io.test-support.js';

const now = '2026-06-01T00:00:00Z';
const pki = createTestPki({ now: new Date(now) });
const root = pki.root({ subject: 'CN=Contoso Root CA' });
const client = pki.leaf(root, { subject: 'CN=client 01, O=Contoso' });
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'apim-eval-'));
  writeFileSync(join(dir, 'client.pem'), client.pem);
  writeFileSync(join(dir, 'client.der'), client.der);
  writeFileSync(join(dir, 'root.pem'), root.pem);
  writeFileSync(join(dir, 'broken.pem'), '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n');
  writeFileSync(join(dir, 'nv.yaml'), 'version: "2024-01-01"\n');
});

describe('apim-policy eval', () => {
  it('prints a value as .NET does', async () => {
    expect(await runCli(['eval', '@(1 + 1 == 2)'])).toMatchObject({ code: 0, stdout: 'True\n' });
    expect(
      await runCli([
        'eval',
        '@(context.Request.Headers.GetValueOrDefault("x-a", "none") + "&<")',
        '--header',
        'X-A: b',
      ]),
    ).toMatchObject({ code: 0, stdout: 'b&<\n' });
    expect(await runCli(['eval', '@(DateTime.UtcNow)', '--now', '2024-01-15T10:30:00Z'])).toMatchObject({
      stdout: '1/15/2024 10:30:00 AM\n',
    });
    expect(await runCli(['eval', '@((string)null)'])).toMatchObject({ code: 0, stdout: '\n' });
  });

  it('reads the client certificate and verifies it against --ca', async () => {
    const decoded = decodeCertificate(client.der);
    const thumbprint = await runCli(
      ['eval', '@(context.Request.Certificate.Thumbprint)', '--cert', 'client.der'],
      dir,
    );
    expect(thumbprint).toMatchObject({ code: 0, stdout: `${decoded.thumbprint}\n` });
    const name = await runCli(
      ['eval', '@(context.Request.Certificate.SubjectName.Name)', '--cert', 'client.pem'],
      dir,
    );
    expect(name.stdout).toBe('CN=client 01, O=Contoso\n');
    const verify = [
      'eval',
      '@(context.Request.Certificate.VerifyNoRevocation())',
      '--cert',
      'client.pem',
      '--now',
      now,
    ];
    expect((await runCli(verify, dir)).stdout).toBe('False\n');
    expect((await runCli([...verify, '--ca', 'root.pem'], dir)).stdout).toBe('True\n');
  });

  it('prints JSON with the .NET type', async () => {
    const ran = await runCli(
      [
        'eval',
        '@(context.Variables.GetValueOrDefault<string>("n") + "{{version}}")',
        '--var',
        'n=7',
        '--named-values',
        'nv.yaml',
        '--format',
        'json',
      ],
      dir,
    );
    expect(JSON.parse(ran.stdout)).toEqual({ value: '72024-01-01', type: 'System.String' });
    const number = await runCli([
      'eval',
      '@((int)context.Variables["n"] * 2)',
      '--var-json',
      'n=21',
      '--format',
      'json',
    ]);
    expect(JSON.parse(number.stdout)).toEqual({ value: 42, type: 'System.Int32' });
  });

  it('reports an exception with its .NET type, exit 1', async () => {
    const ran = await runCli(['eval', '@(context.Request.Certificate.Thumbprint)', '--format', 'json']);
    expect(ran.code).toBe(1);
    expect(JSON.parse(ran.stdout)).toEqual({
      error: {
        type: 'System.NullReferenceException',
        message: 'Object reference not set to an instance of an object.',
      },
    });
    const parse = await runCli(['eval', '@(int.Parse("x"))']);
    expect(parse).toMatchObject({
      code: 1,
      stderr: 'System.FormatException: Input string was not in a correct format.\n',
    });
  });

  it('reports compile errors at positions of the expression, exit 1', async () => {
    const ran = await runCli(['eval', '@{\n  var x = "a" & ;\n  return x;\n}']);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(/^expression:2:17 error /);
    expect(ran.stderr).toContain('> 2 |   var x = "a" & ;');
    const json = await runCli(['eval', '@(context.Nope)', '--format', 'json']);
    expect(JSON.parse(json.stdout).diagnostics[0]).toMatchObject({ file: 'expression', line: 1, column: 11 });
  });

  it('exits 2 with the file and why when a certificate cannot be read', async () => {
    const missing = await runCli(['eval', '@(1)', '--cert', 'nothing.pem'], dir);
    expect(missing).toMatchObject({
      code: 2,
      stderr: "apim-policy: Cannot read 'nothing.pem': no such file or directory (ENOENT).\n",
    });
    const broken = await runCli(['eval', '@(1)', '--ca', 'broken.pem'], dir);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^apim-policy: Cannot read the certificate broken\.pem: /);
    expect((await runCli(['eval', '@(1)', '--now', 'tomorrow'])).code).toBe(2);
  });

  it('exits 2 for text that is not an expression, rather than echo it', async () => {
    const ran = await runCli(['eval', 'hello']);
    expect(ran).toMatchObject({ code: 2, stdout: '' });
    expect(ran.stderr).toContain("'hello' is not a policy expression: write @(...) or @{...}");
  });

  it('prints its version', async () => {
    const ran = await runCli(['--version']);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
