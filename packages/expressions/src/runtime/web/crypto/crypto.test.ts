import { describe, expect, it } from 'vitest';
import { DotnetException } from '../../exceptions.js';
import { hashAlgorithmNamed, symmetricAlgorithmNamed } from './algorithm-names.js';
import { decryptNamed, encryptNamed, encryptWithKey } from './apim-encryption.js';
import { CipherMode } from './cipher-modes.js';
import { createHash } from './hash-algorithms.js';
import { HMACMD5, HMACSHA1, HMACSHA256, HMACSHA512 } from './hmac.js';
import { PaddingMode } from './padding.js';

// Expected values were established with Mono; messages are .NET Framework's (reference source)
// where Mono words them differently.

const utf8 = (text: string) => new TextEncoder().encode(text);
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const hex = (bytes: Uint8Array) =>
  [...bytes].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join('-');
const zeros = (n: number) => new Uint8Array(n);

function thrown(action: () => unknown): DotnetException {
  try {
    action();
  } catch (error) {
    if (error instanceof DotnetException) return error;
    throw error;
  }
  throw new Error('nothing was thrown');
}

describe('hash algorithms', () => {
  it.each([
    ['SHA256', 'ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='],
    ['SHA1', 'qZk+NkcGgWq6PiVxeFDCbJzQ2J0='],
    ['SHA384', 'ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn'],
    ['MD5', 'kAFQmDzST7DWlj99KOF/cg=='],
  ] as const)('%s of "abc"', (name, expected) => {
    expect(b64(createHash[name]().ComputeHash(utf8('abc')))).toBe(expected);
  });

  it('hashes in steps and reports the .NET type of Create()', () => {
    const sha = createHash.SHA256();
    const data = utf8('abc');
    sha.TransformBlock(data, 0, 2, null, 0);
    expect(hex(sha.TransformFinalBlock(data, 2, 1))).toBe('63');
    expect(b64(sha.Hash)).toBe('ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=');
    expect(createHash.SHA256().ToString()).toBe('System.Security.Cryptography.SHA256Managed');
    expect(createHash.SHA1().ToString()).toBe('System.Security.Cryptography.SHA1CryptoServiceProvider');
    expect(hashAlgorithmNamed('sha-512')?.HashSize).toBe(512);
    expect(hashAlgorithmNamed('nope')).toBeNull();
  });

  it('follows .NET’s state and argument rules', () => {
    const sha = createHash.SHA256();
    sha.TransformBlock(zeros(1), 0, 1, null, 0);
    expect(thrown(() => sha.Hash).type).toBe(
      'System.Security.Cryptography.CryptographicUnexpectedOperationException',
    );
    expect(thrown(() => createHash.SHA256().ComputeHash(zeros(3), 0, 4)).message).toBe('Value was invalid.');
    const disposed = createHash.SHA256();
    disposed.Dispose();
    expect(thrown(() => disposed.ComputeHash(zeros(1))).type).toBe('System.ObjectDisposedException');
  });
});

describe('HMAC', () => {
  const fox = utf8('The quick brown fox jumps over the lazy dog');
  it('computes the standard test values', () => {
    expect(
      hex(new HMACSHA256(utf8('key')).ComputeHash(fox))
        .replaceAll('-', '')
        .toLowerCase(),
    ).toBe('f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8');
    expect(
      hex(new HMACSHA1(utf8('key')).ComputeHash(fox))
        .replaceAll('-', '')
        .toLowerCase(),
    ).toBe('de7c9b85b8b78aa6bc8a7a36f70a90701c9db4d9');
    expect(
      hex(new HMACMD5(utf8('key')).ComputeHash(fox))
        .replaceAll('-', '')
        .toLowerCase(),
    ).toBe('80070713463e7749b90c2dc24911e275');
    expect(b64(new HMACSHA256(zeros(0)).ComputeHash(zeros(0)))).toBe(
      'thNnmggU2ex3L5XXeMNfxf8Wl8STcVZTxscSFEKSxa0=',
    );
  });

  it('hashes keys longer than a block, and makes random keys of a block', () => {
    const key = new Uint8Array(131).fill(0xaa);
    expect(
      b64(new HMACSHA256(key).ComputeHash(utf8('Test Using Larger Than Block-Size Key - Hash Key First'))),
    ).toBe('YOQxWR7gtn8Niiaqy/W3f44LxiE3KMUUBUYEDw7jf1Q=');
    expect(new HMACSHA256().Key.length).toBe(64);
    expect(new HMACSHA512().Key.length).toBe(128);
  });

  it('refuses a new key once hashing has started', () => {
    const hmac = new HMACSHA256(utf8('k'));
    hmac.TransformBlock(zeros(1), 0, 1, null, 0);
    expect(thrown(() => (hmac.Key = zeros(1))).message).toBe(
      'Hash key cannot be changed after the first write to the stream.',
    );
  });
});

describe('AES and API Management’s Encrypt/Decrypt', () => {
  const key = utf8('0123456789abcdef0123456789abcdef');
  const iv = utf8('abcdef9876543210');

  it('encrypts with CBC and PKCS #7 by default, and round-trips', () => {
    expect(b64(encryptNamed(utf8('Hello, APIM!'), 'Aes', key, iv))).toBe('00BBIXGBia+5KxfTXGqdVw==');
    expect(hex(encryptNamed(new Uint8Array([1, 2, 3]), 'Aes', zeros(16), zeros(16)))).toBe(
      'C1-B3-92-7C-67-51-2C-32-E2-D9-47-E7-8C-D3-D2-29',
    );
    expect(encryptNamed(zeros(16), 'Aes', zeros(16), zeros(16)).length).toBe(32);
    const cipher = encryptNamed(utf8('round trip ✓'), 'Aes', key, iv);
    expect(new TextDecoder().decode(decryptNamed(cipher, 'Aes', key, iv))).toBe('round trip ✓');
  });

  it('honours the algorithm’s mode and padding', () => {
    const zerosPadding = symmetricAlgorithmNamed('Aes')!;
    zerosPadding.Padding = PaddingMode.Zeros;
    expect(hex(encryptWithKey(new Uint8Array([1, 2, 3]), zerosPadding, zeros(16), zeros(16)))).toBe(
      '96-3C-CC-F6-3C-96-C0-F5-A4-91-7A-EF-95-46-8B-B7',
    );
    const cfb = symmetricAlgorithmNamed('Aes')!;
    cfb.Mode = CipherMode.CFB;
    expect(hex(encryptWithKey(new Uint8Array([1, 2, 3]), cfb, zeros(16), zeros(16)))).toBe(
      '67-75-30-38-BE-57-E5-83-C0-C5-C1-0E-51-DB-DA-06',
    );
    const rijndael = symmetricAlgorithmNamed('Rijndael')!;
    rijndael.Mode = CipherMode.CFB;
    expect(hex(encryptWithKey(new Uint8Array([1, 2, 3]), rijndael, zeros(16), zeros(16)))).toBe(
      '67-EB-48-D9-E2-87-21-36-85-41-F7-54-C7-39-26-23',
    );
  });

  it('fails as .NET Framework does', () => {
    expect(thrown(() => encryptNamed(zeros(1), 'Aes', zeros(15), zeros(16))).message).toBe(
      'Specified key is not a valid size for this algorithm.\r\nParameter name: key',
    );
    expect(thrown(() => decryptNamed(new Uint8Array([1, 2, 3]), 'Aes', zeros(16), zeros(16))).message).toBe(
      'The input data is not a complete block.',
    );
    expect(thrown(() => decryptNamed(zeros(16), 'Aes', zeros(16), zeros(16))).message).toBe(
      'Padding is invalid and cannot be removed.',
    );
    expect(thrown(() => encryptNamed(zeros(1), 'Nope', zeros(16), zeros(16))).type).toBe(
      'System.NullReferenceException',
    );
    expect(thrown(() => (symmetricAlgorithmNamed('Aes')!.Mode = CipherMode.CTS)).message).toBe(
      'Specified cipher mode is not valid for this algorithm.',
    );
  });

  it('creates the .NET Framework defaults', () => {
    const aes = symmetricAlgorithmNamed('Aes')!;
    expect(aes.ToString()).toBe('System.Security.Cryptography.AesCryptoServiceProvider');
    expect([aes.KeySize, aes.BlockSize, aes.FeedbackSize, aes.Key.length, aes.IV.length]).toEqual([
      256, 128, 8, 32, 16,
    ]);
    expect(symmetricAlgorithmNamed('Rijndael')!.FeedbackSize).toBe(128);
    expect(symmetricAlgorithmNamed('nope')).toBeNull();
  });
});
