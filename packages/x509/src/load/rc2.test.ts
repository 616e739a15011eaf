import { describe, expect, it } from 'vitest';
import { decryptRc2Block, decryptRc2Cbc } from './rc2.js';

/** RFC 2268 §5 test vectors: key, effective bits, plaintext, ciphertext. */
const VECTORS: readonly [string, number, string, string][] = [
  ['0000000000000000', 63, '0000000000000000', 'ebb773f993278eff'],
  ['ffffffffffffffff', 64, 'ffffffffffffffff', '278b27e42e2f0d49'],
  ['3000000000000000', 64, '1000000000000001', '30649edf9be7d2c2'],
  ['88', 64, '0000000000000000', '61a8a244adacccf0'],
  ['88bca90e90875a', 64, '0000000000000000', '6ccf4308974c267f'],
  ['88bca90e90875a7f0f79c384627bafb2', 64, '0000000000000000', '1a807d272bbe5db1'],
  ['88bca90e90875a7f0f79c384627bafb2', 128, '0000000000000000', '2269552ab0f85ca6'],
];

const hex = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'hex'));

describe('RC2', () => {
  it.each(VECTORS)(
    'decrypts the RFC 2268 vector for key %s, %i effective bits',
    (key, bits, plain, cipher) => {
      expect(Buffer.from(decryptRc2Block(hex(key), bits, hex(cipher))).toString('hex')).toBe(plain);
    },
  );

  it('rejects ciphertext whose length or padding is wrong', () => {
    expect(decryptRc2Cbc(hex('88'), 64, new Uint8Array(8), new Uint8Array(7))).toBeNull();
    expect(decryptRc2Cbc(hex('88'), 64, new Uint8Array(8), new Uint8Array())).toBeNull();
    // The first vector's plaintext ends in 0x00, which is not valid PKCS#7 padding.
    expect(decryptRc2Cbc(hex('0000000000000000'), 63, new Uint8Array(8), hex('ebb773f993278eff'))).toBeNull();
  });
});
