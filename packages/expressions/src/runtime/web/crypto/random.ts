import { argument, argumentNull, argumentOutOfRange } from '../../exceptions.js';
import { DOTNET_TYPE } from '../../values.js';

/** Fills `bytes` from the platform's cryptographic random source (Web Crypto, present in Node and edge runtimes). */
export function fillRandom(bytes: Uint8Array): Uint8Array {
  for (let at = 0; at < bytes.length; at += 65536)
    globalThis.crypto.getRandomValues(bytes.subarray(at, Math.min(bytes.length, at + 65536)));
  return bytes;
}

export function randomBytes(count: number): Uint8Array {
  return fillRandom(new Uint8Array(count));
}

/** `RandomNumberGenerator`, whose only implementation here is `RNGCryptoServiceProvider` (as `Create()` gives in .NET Framework). */
export abstract class RandomNumberGenerator {
  static readonly [DOTNET_TYPE]: string = 'System.Security.Cryptography.RandomNumberGenerator';

  GetBytes(data: Uint8Array | null, offset?: number, count?: number): void {
    if (data === null) throw argumentNull('data');
    const start = offset ?? 0;
    const length = count ?? data.length;
    if (start < 0) throw argumentOutOfRange('offset', 'Non-negative number required.');
    if (length < 0) throw argumentOutOfRange('count', 'Non-negative number required.');
    if (start + length > data.length)
      throw argument(
        'Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.',
      );
    fillRandom(data.subarray(start, start + length));
  }

  GetNonZeroBytes(data: Uint8Array | null): void {
    if (data === null) throw argumentNull('data');
    fillRandom(data);
    for (let i = 0; i < data.length; i++) {
      while (data[i] === 0) data[i] = randomBytes(1)[0]!;
    }
  }

  Dispose(): void {}

  ToString(): string {
    return (this.constructor as unknown as Record<typeof DOTNET_TYPE, string>)[DOTNET_TYPE];
  }
}

export class RNGCryptoServiceProvider extends RandomNumberGenerator {
  static override readonly [DOTNET_TYPE] = 'System.Security.Cryptography.RNGCryptoServiceProvider';
}
