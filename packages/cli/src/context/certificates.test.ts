import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestPki } from '@apim-policy/x509';
import { beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../lint/usage-error.js';
import { readCrl } from './certificates.js';

const pki = createTestPki({ now: new Date('2026-06-01T00:00:00Z') });
const root = pki.root({ subject: 'CN=Contoso Root CA' });
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'apim-crl-'));
  const crl = pki.crl(root);
  writeFileSync(join(dir, 'root.crl'), crl.der);
  writeFileSync(join(dir, 'root.crl.pem'), crl.pem);
  writeFileSync(join(dir, 'garbage.crl'), new Uint8Array([0x30, 0x03, 0x02, 0x01]));
  writeFileSync(join(dir, 'bad-base64.pem'), '-----BEGIN X509 CRL-----\n#!\n-----END X509 CRL-----\n');
});

describe('readCrl', () => {
  it('reads a DER or PEM revocation list', async () => {
    expect(await readCrl(dir, 'root.crl')).toBeInstanceOf(Uint8Array);
    expect(await readCrl(dir, 'root.crl.pem')).toMatch(/^-----BEGIN X509 CRL-----/);
  });

  it('names the file of what is not a revocation list', async () => {
    await expect(readCrl(dir, 'garbage.crl')).rejects.toThrow(
      /^Cannot read the revocation list garbage\.crl: Not a CRL: /,
    );
    await expect(readCrl(dir, 'bad-base64.pem')).rejects.toThrow(
      new UsageError(
        'Cannot read the revocation list bad-base64.pem: PEM X509 CRL block is not valid base64',
      ),
    );
  });
});
