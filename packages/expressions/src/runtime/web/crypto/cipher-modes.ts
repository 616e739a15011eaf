import { cbc, cfb, ecb } from '@noble/ciphers/aes.js';

/**
 * AES in the cipher modes .NET's `Aes` implements (CBC, ECB, CFB with 8- or 128-bit feedback),
 * over whole segments, with the chaining state kept by the caller between calls. @noble/ciphers
 * refuses to reuse an instance, so each call makes a fresh one from the key and current state.
 */

/** `System.Security.Cryptography.CipherMode`. */
export const CipherMode = { CBC: 1, ECB: 2, OFB: 3, CFB: 4, CTS: 5 } as const;

export interface ModeState {
  readonly key: Uint8Array;
  readonly mode: number;
  /** Feedback size in bytes (CFB only). */
  readonly feedback: number;
  /** The chaining value: the IV, then the last ciphertext block. */
  chain: Uint8Array;
}

function xorByte(a: number, b: number): number {
  return (a ^ b) & 0xff;
}

/** Encrypts whole segments (16 bytes, or the feedback size in CFB). */
export function encryptSegments(state: ModeState, data: Uint8Array): Uint8Array {
  if (data.length === 0) return new Uint8Array(0);
  switch (state.mode) {
    case CipherMode.ECB:
      return ecb(state.key, { disablePadding: true }).encrypt(data);
    case CipherMode.CBC: {
      const out = cbc(state.key, state.chain, { disablePadding: true }).encrypt(data);
      state.chain = out.slice(out.length - 16);
      return out;
    }
    default:
      return state.feedback === 16 ? cfb128(state, data, true) : cfb8(state, data, true);
  }
}

/** Decrypts whole segments. */
export function decryptSegments(state: ModeState, data: Uint8Array): Uint8Array {
  if (data.length === 0) return new Uint8Array(0);
  switch (state.mode) {
    case CipherMode.ECB:
      return ecb(state.key, { disablePadding: true }).decrypt(data);
    case CipherMode.CBC: {
      const out = cbc(state.key, state.chain, { disablePadding: true }).decrypt(data);
      state.chain = data.slice(data.length - 16);
      return out;
    }
    default:
      return state.feedback === 16 ? cfb128(state, data, false) : cfb8(state, data, false);
  }
}

function cfb128(state: ModeState, data: Uint8Array, encrypting: boolean): Uint8Array {
  const cipher = cfb(state.key, state.chain);
  const out = encrypting ? cipher.encrypt(data) : cipher.decrypt(data);
  const ciphertext = encrypting ? out : data;
  state.chain = ciphertext.slice(ciphertext.length - 16);
  return out;
}

/** CFB with 8-bit feedback: each byte is XORed with the first byte of E(shift register). */
function cfb8(state: ModeState, data: Uint8Array, encrypting: boolean): Uint8Array {
  const out = new Uint8Array(data.length);
  const register = state.chain.slice();
  for (let i = 0; i < data.length; i++) {
    const stream = ecb(state.key, { disablePadding: true }).encrypt(register)[0]!;
    out[i] = xorByte(data[i]!, stream);
    const cipherByte = encrypting ? out[i]! : data[i]!;
    register.copyWithin(0, 1);
    register[15] = cipherByte;
  }
  state.chain = register;
  return out;
}
