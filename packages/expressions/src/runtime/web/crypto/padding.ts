import { cryptographic } from './crypto-errors.js';
import { randomBytes } from './random.js';

/** `System.Security.Cryptography.PaddingMode`. */
export const PaddingMode = { None: 1, PKCS7: 2, Zeros: 3, ANSIX923: 4, ISO10126: 5 } as const;

const invalidPadding = () => cryptographic('Padding is invalid and cannot be removed.');
export const partialBlock = () => cryptographic('The input data is not a complete block.');

/** Pads the final data of an encryption to whole blocks of `size` bytes. */
export function pad(data: Uint8Array, size: number, mode: number): Uint8Array {
  const remainder = data.length % size;
  if (mode === PaddingMode.None) {
    if (remainder !== 0) throw partialBlock();
    return data;
  }
  if (mode === PaddingMode.Zeros) {
    if (remainder === 0) return data;
    const out = new Uint8Array(data.length + size - remainder);
    out.set(data);
    return out;
  }
  const count = size - remainder;
  const out = new Uint8Array(data.length + count);
  out.set(data);
  if (mode === PaddingMode.PKCS7) out.fill(count, data.length);
  else if (mode === PaddingMode.ISO10126) out.set(randomBytes(count - 1), data.length);
  out[out.length - 1] = count;
  return out;
}

/** Whether decryption removes padding (so must hold back the last block until the end). */
export function removesPadding(mode: number): boolean {
  return mode === PaddingMode.PKCS7 || mode === PaddingMode.ANSIX923 || mode === PaddingMode.ISO10126;
}

/** Removes the padding of decrypted final data, checking it as .NET does. */
export function unpad(data: Uint8Array, size: number, mode: number): Uint8Array {
  if (!removesPadding(mode) || data.length === 0) return data;
  const count = data[data.length - 1]!;
  if (count === 0 || count > size || count > data.length) throw invalidPadding();
  const start = data.length - count;
  for (let i = start; i < data.length - 1; i++) {
    if (mode === PaddingMode.PKCS7 && data[i] !== count) throw invalidPadding();
    if (mode === PaddingMode.ANSIX923 && data[i] !== 0) throw invalidPadding();
  }
  return data.slice(0, start);
}
