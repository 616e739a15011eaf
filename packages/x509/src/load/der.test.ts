import { describe, expect, it } from 'vitest';
import { codeOf, fixtureDer, subjectOf } from './__fixtures__/fixtures.js';
import { loadDer } from './der.js';
import { CertificateLoadError } from './errors.js';

const leaf = fixtureDer('leaf.pem');
const rsa = fixtureDer('rsa.pem');

describe('loadDer', () => {
  it('returns a copy of a DER certificate', () => {
    const der = loadDer(leaf);
    expect(der).toEqual(leaf);
    expect(der).not.toBe(leaf);
    expect(subjectOf(der)).toBe('O=Contoso\nCN=client 01');
    expect(subjectOf(loadDer(rsa))).toBe('CN=rsa self-signed');
  });

  it('returns a plain Uint8Array for a Buffer, not a view of it', () => {
    const der = loadDer(Buffer.from(leaf));
    expect(der.constructor).toBe(Uint8Array);
    expect(der).toEqual(leaf);
  });

  it('ignores trailing data, as .NET does, so the hash covers only the certificate', () => {
    const withTrailer = new Uint8Array([...leaf, 0x00, 0x01, 0x02]);
    expect(loadDer(withTrailer)).toEqual(leaf);
  });

  it('rejects empty input', () => {
    expect(codeOf(() => loadDer(new Uint8Array()))).toBe('empty');
  });

  it('reports truncation wherever the bytes end', () => {
    for (const cut of [1, 2, 3, 10, leaf.length / 2, leaf.length - 1]) {
      expect(
        codeOf(() => loadDer(leaf.subarray(0, Math.floor(cut)))),
        `cut at ${cut}`,
      ).toBe('truncated');
    }
  });

  it('names what it found when the input is not DER', () => {
    const pem = new TextEncoder().encode('-----BEGIN CERTIFICATE-----\nMIIB');
    expect(() => loadDer(pem)).toThrow(/PEM text, not DER/);
    const b64 = new TextEncoder().encode('MIIBWDCB/wIUPAt+');
    expect(() => loadDer(b64)).toThrow(/base64/);
    expect(() => loadDer(new Uint8Array([0x04, 0x00]))).toThrow(/starts with 0x04/);
  });

  it('tells a certificate from other DER structures', () => {
    // An empty SEQUENCE, a PKCS#8-like SEQUENCE { INTEGER, SEQUENCE, OCTET STRING }, indefinite length.
    expect(codeOf(() => loadDer(new Uint8Array([0x30, 0x00])))).toBe('not-a-certificate');
    const pkcs8Like = new Uint8Array([0x30, 0x0a, 0x02, 0x01, 0x00, 0x30, 0x00, 0x04, 0x03, 1, 2, 3]);
    expect(codeOf(() => loadDer(pkcs8Like))).toBe('not-a-certificate');
    expect(codeOf(() => loadDer(new Uint8Array([0x30, 0x80, 0x00, 0x00])))).toBe('not-a-certificate');
    // The leaf's outer header is 30 82 LL LL; grow the length by two for an appended NULL.
    const length = ((leaf[2]! << 8) | leaf[3]!) + 2;
    const withExtraElement = new Uint8Array([
      0x30,
      0x82,
      length >> 8,
      length & 0xff,
      ...leaf.subarray(4),
      0x05,
      0x00,
    ]);
    expect(leaf[1]).toBe(0x82);
    expect(codeOf(() => loadDer(withExtraElement))).toBe('not-a-certificate');
  });

  it('applies the size limit before reading', () => {
    expect(codeOf(() => loadDer(leaf, { maxLength: 100 }))).toBe('too-large');
  });

  it('rejects non-bytes from untyped callers', () => {
    expect(codeOf(() => loadDer('MII' as unknown as Uint8Array))).toBe('invalid-input');
  });

  it('throws CertificateLoadError with a stable code and a message', () => {
    try {
      loadDer(new Uint8Array([0x30, 0x05, 0x02]));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CertificateLoadError);
      expect((error as CertificateLoadError).code).toBe('truncated');
      expect((error as CertificateLoadError).message).toMatch(/declares 5 content bytes/);
    }
  });
});
