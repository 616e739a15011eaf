import { describe, expect, it } from 'vitest';
import { base64, codeOf, fixtureDer, fixtureText, pemOf, subjectOf } from './__fixtures__/fixtures.js';
import { loadPem } from './pem.js';

const leaf = fixtureDer('leaf.pem');
const ca = fixtureDer('ca.pem');

describe('loadPem', () => {
  it('loads one certificate', () => {
    const [der, ...rest] = loadPem(fixtureText('leaf.pem'));
    expect(rest).toEqual([]);
    expect(der).toEqual(leaf);
  });

  it('loads a bundle in order, with openssl subject= lines between blocks', () => {
    const certificates = loadPem(fixtureText('bundle-with-text.pem'));
    expect(certificates).toEqual([leaf, ca]);
    expect(certificates.map(subjectOf)).toEqual([
      'O=Contoso\nCN=client 01',
      'C=US\nO=Contoso\nCN=Loader Test CA',
    ]);
  });

  it('tolerates CRLF, a byte-order mark, indentation, tabs and odd line lengths', () => {
    expect(loadPem(pemOf(leaf, '\r\n'))).toEqual([leaf]);
    expect(loadPem(`\uFEFF${pemOf(leaf)}`)).toEqual([leaf]);
    const body = base64(leaf);
    const ragged = `  -----BEGIN CERTIFICATE-----\n\t${body.slice(0, 10)}\n   ${body.slice(10, 100)}  \n${body.slice(100)}\n\t-----END CERTIFICATE-----  \n\n`;
    expect(loadPem(ragged)).toEqual([leaf]);
    expect(loadPem(`-----BEGIN CERTIFICATE-----${body}-----END CERTIFICATE-----`)).toEqual([leaf]);
  });

  it('accepts the legacy certificate labels', () => {
    for (const label of ['X509 CERTIFICATE', 'X.509 CERTIFICATE', 'TRUSTED CERTIFICATE']) {
      const text = pemOf(leaf).replaceAll('CERTIFICATE', label);
      expect(loadPem(text), label).toEqual([leaf]);
    }
  });

  it('names a wrong label, with a hint', () => {
    const key = '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n-----END PRIVATE KEY-----\n';
    expect(codeOf(() => loadPem(key))).toBe('wrong-pem-label');
    expect(() => loadPem(key)).toThrow(/label is 'PRIVATE KEY'.*private key, not a certificate/);
    expect(() => loadPem(pemOf(leaf) + key)).toThrow(/PEM block 2 \(PRIVATE KEY\)/);
    expect(() => loadPem(key.replaceAll('PRIVATE KEY', 'CERTIFICATE REQUEST'))).toThrow(/signing request/);
  });

  it('can skip other blocks when asked, but still needs a certificate', () => {
    const key = '-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----\n';
    expect(loadPem(key + pemOf(leaf), { skipOtherBlocks: true })).toEqual([leaf]);
    expect(codeOf(() => loadPem(key, { skipOtherBlocks: true }))).toBe('wrong-pem-label');
  });

  it('reports text without PEM armour, with a hint for bare base64', () => {
    expect(codeOf(() => loadPem('hello'))).toBe('not-pem');
    expect(() => loadPem(base64(leaf))).toThrow(/bare base64 DER/);
    expect(codeOf(() => loadPem('-----BEGIN CERT'))).toBe('not-pem');
  });

  it('reports a missing or mismatched END line', () => {
    const text = pemOf(leaf);
    expect(codeOf(() => loadPem(text.slice(0, text.indexOf('-----END'))))).toBe('truncated');
    expect(codeOf(() => loadPem(text.replace('END CERTIFICATE', 'END X509 CERTIFICATE')))).toBe('not-pem');
    expect(() => loadPem(text.replace('END CERTIFICATE', 'END CRL'))).toThrow(/-----END CRL-----/);
    const nested = text.replace('-----END', `${pemOf(ca)}-----END`);
    expect(codeOf(() => loadPem(nested))).toBe('not-pem');
  });

  it('reports errors inside a block with the block number', () => {
    const broken = `${pemOf(leaf)}${pemOf(ca).replace(/\n[^\n]*\n-----END/, '\n-----END')}`;
    expect(codeOf(() => loadPem(broken))).toBe('truncated');
    expect(() => loadPem(broken)).toThrow(/^PEM block 2 \(CERTIFICATE\): /);
    expect(codeOf(() => loadPem(pemOf(leaf).replace('MII', 'M*I')))).toBe('bad-base64');
    expect(codeOf(() => loadPem('-----BEGIN CERTIFICATE-----\nBAA=\n-----END CERTIFICATE-----'))).toBe(
      'not-a-certificate',
    );
    expect(codeOf(() => loadPem('-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----'))).toBe('empty');
  });

  it('reports empty input and the size limit', () => {
    expect(codeOf(() => loadPem(''))).toBe('empty');
    expect(codeOf(() => loadPem(' \r\n\t'))).toBe('empty');
    expect(codeOf(() => loadPem(pemOf(leaf), { maxLength: 100 }))).toBe('too-large');
    expect(codeOf(() => loadPem(undefined as unknown as string))).toBe('invalid-input');
  });
});
