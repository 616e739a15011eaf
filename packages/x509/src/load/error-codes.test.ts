/** Every error code has an input that produces it, through a public loader. */
import { describe, expect, it } from 'vitest';
import { fixtureBytes, fixtureDer } from './__fixtures__/fixtures.js';
import { loadBase64Der } from './base64-der.js';
import { clientCertificateFrom } from './client-certificate.js';
import { loadDer } from './der.js';
import { CertificateLoadError, type CertificateLoadErrorCode } from './errors.js';
import { loadPem } from './pem.js';
import { loadPfx } from './pfx.js';

const leaf = fixtureDer('leaf.pem');

/** One input per code; the Record type makes a new code without an example a compile error. */
const EXAMPLES: Readonly<Record<CertificateLoadErrorCode, () => unknown>> = {
  empty: () => loadPem('  '),
  'not-pem': () => loadPem('not a certificate'),
  'wrong-pem-label': () => loadPem('-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----'),
  'bad-base64': () => loadBase64Der('MII*'),
  'bad-url-encoding': () => clientCertificateFrom({ 'ssl-client-cert': '%G0' }, { source: 'nginx' }),
  'bad-header': () => clientCertificateFrom({ 'x-forwarded-client-cert': 'Cert="x' }, { source: 'envoy' }),
  'duplicate-header': () => clientCertificateFrom({ 'x-arr-clientcert': ['a', 'b'] }, { source: 'arr' }),
  truncated: () => loadDer(leaf.subarray(0, 100)),
  'not-a-certificate': () => loadBase64Der('MAA='),
  'pfx-password': () => loadPfx(fixtureBytes('aes256.pfx'), 'wrong'),
  'pfx-corrupt': () => loadPfx(leaf, 'secret'),
  'pfx-unsupported': () => loadPfx(signedDataPfx(), ''),
  'too-large': () => clientCertificateFrom({ 'x-arr-clientcert': 'A'.repeat(1 << 20) }, { source: 'arr' }),
  'invalid-input': () => loadPem(null as unknown as string),
};

/** A PFX whose authSafe is SignedData (public-key integrity mode), which is not supported. */
function signedDataPfx(): Uint8Array {
  // PFX { version 3, ContentInfo { signedData OID, [0] { SEQUENCE {} } } }
  const signedData = [
    0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02, 0xa0, 0x02, 0x30, 0x00,
  ];
  const contentInfo = [0x30, signedData.length, ...signedData];
  const body = [0x02, 0x01, 0x03, ...contentInfo];
  return new Uint8Array([0x30, body.length, ...body]);
}

describe('every CertificateLoadError code', () => {
  it.each(Object.entries(EXAMPLES))('%s', async (code, example) => {
    let thrown: unknown;
    try {
      await example();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CertificateLoadError);
    expect((thrown as CertificateLoadError).code).toBe(code);
    expect((thrown as CertificateLoadError).message.length).toBeGreaterThan(10);
  });

  it('keeps the code when context is added', () => {
    const error = new CertificateLoadError('truncated', 'cut short').withContext('PEM block 1');
    expect(error).toMatchObject({
      code: 'truncated',
      message: 'PEM block 1: cut short',
      name: 'CertificateLoadError',
    });
  });
});
