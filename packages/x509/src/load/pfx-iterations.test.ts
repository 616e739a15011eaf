import { describe, expect, it } from 'vitest';
import { codeOf } from './__fixtures__/fixtures.js';
import { checkIterations, encryptionIterations } from './pfx-iterations.js';

const hex = (text: string): Uint8Array => new Uint8Array(Buffer.from(text.replace(/\s/g, ''), 'hex'));

describe('encryptionIterations', () => {
  it('reads pkcs-12PbeParams', () => {
    // SEQUENCE { OCTET STRING 0102, INTEGER 2048 }
    expect(encryptionIterations('1.2.840.113549.1.12.1.6', hex('3008 04020102 02020800'))).toBe(2048);
  });

  it('reads the PBKDF2 iteration count inside PBES2-params', () => {
    // SEQUENCE { SEQUENCE { OID pbkdf2, SEQUENCE { OCTET STRING 01, INTEGER 100000 } }, SEQUENCE {} }
    const pbkdf2 = '0609 2a864886f70d01050c';
    const params = '3008 040101 0203 0186a0';
    const kdf = `3015 ${pbkdf2} ${params}`;
    expect(encryptionIterations('1.2.840.113549.1.5.13', hex(`3019 ${kdf} 3000`))).toBe(100_000);
  });

  it('returns null for other algorithms and other shapes', () => {
    expect(encryptionIterations('1.2.3', hex('3008 04020102 02020800'))).toBeNull();
    expect(encryptionIterations('1.2.840.113549.1.12.1.6', hex('0500'))).toBeNull();
    expect(encryptionIterations('1.2.840.113549.1.12.1.6', hex('3008 0402'))).toBeNull();
    expect(encryptionIterations('1.2.840.113549.1.12.1.6', hex('3007 04020102 0201ff'))).toBeNull();
  });

  it('checkIterations throws pfx-unsupported over the limit', () => {
    expect(codeOf(() => checkIterations(10, 5, 'x'))).toBe('pfx-unsupported');
    expect(codeOf(() => checkIterations(5, 5, 'x'))).toBe('no error');
  });
});
