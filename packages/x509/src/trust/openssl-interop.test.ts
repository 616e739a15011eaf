/**
 * Interoperability with certificates as people make them with the `openssl` command line, and the
 * reverse: OpenSSL accepts the test PKI's chains. Skipped (with a message) when openssl is missing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestPki } from '../pki/test-pki.js';
import { TrustStore } from './trust-store.js';
import { verifyChain } from './verify-chain.js';

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'pipe' });
    return true;
  } catch (error) {
    if (error instanceof Error) return false;
    throw error;
  }
}

const available = hasOpenssl();
if (!available) console.warn('openssl is not installed: skipping the OpenSSL interoperability tests');

describe.skipIf(!available)('OpenSSL interoperability', () => {
  const dir = mkdtempSync(join(tmpdir(), 'x509-openssl-'));
  const run = (...args: string[]): string =>
    execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' }).toString();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('verifies a chain made with openssl req / openssl x509 -req', async () => {
    writeFileSync(
      join(dir, 'ca.ext'),
      'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\nsubjectKeyIdentifier=hash\n',
    );
    writeFileSync(join(dir, 'leaf.ext'), 'basicConstraints=CA:FALSE\nextendedKeyUsage=clientAuth\n');
    run(
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'ca.key',
      '-x509',
      '-days',
      '365',
      '-subj',
      '/C=US/O=Contoso/CN=Contoso Root',
      '-out',
      'ca.pem',
    );
    run(
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'client.key',
      '-subj',
      '/O=Contoso/CN=client 01',
      '-out',
      'client.csr',
    );
    run(
      'x509',
      '-req',
      '-in',
      'client.csr',
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-days',
      '30',
      '-extfile',
      'leaf.ext',
      '-out',
      'client.pem',
    );
    const ca = readFileSync(join(dir, 'ca.pem'), 'utf8');
    const client = readFileSync(join(dir, 'client.pem'), 'utf8');
    const clientDer = new Uint8Array(Buffer.from(client.replace(/-----[^-]+-----|\s/g, ''), 'base64'));
    const trustStore = new TrustStore({ roots: [ca] });
    const result = await verifyChain(clientDer, { trustStore, checkRevocation: false });
    expect(result.status).toEqual([]);
    expect(result.elements).toHaveLength(2);
    const untrusted = await verifyChain(clientDer, { trustStore: new TrustStore(), checkRevocation: false });
    expect(untrusted.status.map((s) => s.status)).toEqual(['PartialChain']);

    run(
      'req',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-384',
      '-nodes',
      '-keyout',
      'self.key',
      '-x509',
      '-days',
      '1',
      '-subj',
      '/CN=self',
      '-out',
      'self.pem',
    );
    const self = readFileSync(join(dir, 'self.pem'), 'utf8');
    const selfDer = new Uint8Array(Buffer.from(self.replace(/-----[^-]+-----|\s/g, ''), 'base64'));
    const selfResult = await verifyChain(selfDer, { trustStore, checkRevocation: false });
    expect(selfResult.status.map((s) => s.status)).toEqual(['UntrustedRoot']);
    const uploaded = await verifyChain(selfDer, { trustStore: new TrustStore({ roots: [self] }) });
    expect(uploaded.valid).toBe(true);
  });

  it('openssl verify accepts the test PKI chains and CRLs', () => {
    for (const keyAlgorithm of ['ec-p256', 'rsa-2048', 'ed25519'] as const) {
      const pki = createTestPki({ keyAlgorithm });
      const { root, intermediate, leaf } = pki.chain({
        leaf: { subject: 'CN="quoted, ""name""" + OU="a+b", O=Contoso' },
      });
      writeFileSync(join(dir, 'root.pem'), root.pem);
      writeFileSync(join(dir, 'inter.pem'), intermediate.pem);
      writeFileSync(join(dir, 'leaf.pem'), leaf.pem);
      writeFileSync(join(dir, 'crls.pem'), pki.crl(root).pem + pki.crl(intermediate).pem);
      const out = run(
        'verify',
        '-CAfile',
        'root.pem',
        '-untrusted',
        'inter.pem',
        '-crl_check_all',
        '-CRLfile',
        'crls.pem',
        'leaf.pem',
      );
      expect(out.trim()).toBe('leaf.pem: OK');
      const subject = run('x509', '-in', 'leaf.pem', '-noout', '-subject', '-nameopt', 'RFC2253');
      // RFC 2253 output reverses the attributes of a multi-valued RDN too: the set holds CN, then OU.
      expect(subject.trim()).toBe('subject=OU=a\\+b+CN=quoted\\, \\"name\\",O=Contoso');
    }
  });
});
