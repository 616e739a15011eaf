import { argumentNull, nullReference } from '../../exceptions.js';
import { symmetricAlgorithmNamed } from './algorithm-names.js';
import type { SymmetricAlgorithm } from './symmetric-algorithm.js';

/**
 * API Management's `Encrypt` and `Decrypt` extension methods on `byte[]`: the whole input through
 * an encryptor or decryptor of the algorithm, with the algorithm's mode and padding (CBC and
 * PKCS #7 unless changed). The name overloads create the algorithm as
 * `SymmetricAlgorithm.Create(name)` does ("Aes"); an unknown name gives no algorithm, hence a
 * null reference.
 */

function algorithmNamed(name: string | null): SymmetricAlgorithm {
  if (name === null) throw argumentNull('algName');
  const algorithm = symmetricAlgorithmNamed(name);
  if (algorithm === null) throw nullReference();
  return algorithm;
}

function run(
  encrypting: boolean,
  input: Uint8Array | null,
  algorithm: SymmetricAlgorithm | null,
  key?: Uint8Array | null,
  iv?: Uint8Array | null,
): Uint8Array {
  if (input === null) throw argumentNull('input');
  if (algorithm === null) throw nullReference();
  const transform = encrypting ? algorithm.CreateEncryptor(key, iv) : algorithm.CreateDecryptor(key, iv);
  try {
    return transform.TransformFinalBlock(input, 0, input.length);
  } finally {
    transform.Dispose();
  }
}

export function encryptNamed(
  input: Uint8Array | null,
  alg: string | null,
  key: Uint8Array | null,
  iv: Uint8Array | null,
) {
  if (input === null) throw argumentNull('input');
  const algorithm = algorithmNamed(alg);
  try {
    return run(true, input, algorithm, key, iv);
  } finally {
    algorithm.Dispose();
  }
}

export function decryptNamed(
  input: Uint8Array | null,
  alg: string | null,
  key: Uint8Array | null,
  iv: Uint8Array | null,
) {
  if (input === null) throw argumentNull('input');
  const algorithm = algorithmNamed(alg);
  try {
    return run(false, input, algorithm, key, iv);
  } finally {
    algorithm.Dispose();
  }
}

export function encryptWith(input: Uint8Array | null, alg: SymmetricAlgorithm | null): Uint8Array {
  return run(true, input, alg);
}

export function decryptWith(input: Uint8Array | null, alg: SymmetricAlgorithm | null): Uint8Array {
  return run(false, input, alg);
}

export function encryptWithKey(
  input: Uint8Array | null,
  alg: SymmetricAlgorithm | null,
  key: Uint8Array | null,
  iv: Uint8Array | null,
): Uint8Array {
  return run(true, input, alg, key, iv);
}

export function decryptWithKey(
  input: Uint8Array | null,
  alg: SymmetricAlgorithm | null,
  key: Uint8Array | null,
  iv: Uint8Array | null,
): Uint8Array {
  return run(false, input, alg, key, iv);
}
