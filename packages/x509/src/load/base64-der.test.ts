import { describe, expect, it } from 'vitest';
import { base64, codeOf, fixtureDer, pemOf } from './__fixtures__/fixtures.js';
import { loadBase64Der } from './base64-der.js';

const leaf = fixtureDer('leaf.pem');

describe('loadBase64Der', () => {
  it('loads base64 DER on one line or wrapped', () => {
    expect(loadBase64Der(base64(leaf))).toEqual(leaf);
    expect(loadBase64Der(base64(leaf).replace(/.{1,76}/g, '$&\r\n'))).toEqual(leaf);
  });

  it('rejects URL-safe base64 (documented choice)', () => {
    const urlSafe = base64(leaf).replaceAll('+', '-').replaceAll('/', '_');
    expect(urlSafe).not.toBe(base64(leaf));
    expect(codeOf(() => loadBase64Der(urlSafe))).toBe('bad-base64');
  });

  it('points PEM input to the PEM loader', () => {
    expect(() => loadBase64Der(pemOf(leaf))).toThrow(/load it as PEM/);
  });

  it('reports truncated base64 and truncated DER', () => {
    const text = base64(leaf);
    expect(codeOf(() => loadBase64Der(text.slice(0, 101)))).toBe('truncated');
    expect(codeOf(() => loadBase64Der(text.slice(0, 100)))).toBe('truncated');
  });

  it('reports base64 that is not a certificate, empty input, the size limit', () => {
    expect(codeOf(() => loadBase64Der('aGVsbG8='))).toBe('not-a-certificate');
    expect(codeOf(() => loadBase64Der(''))).toBe('empty');
    expect(codeOf(() => loadBase64Der(base64(leaf), { maxLength: 10 }))).toBe('too-large');
    expect(codeOf(() => loadBase64Der(42 as unknown as string))).toBe('invalid-input');
  });
});
