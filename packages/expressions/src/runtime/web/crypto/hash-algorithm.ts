import { argument, argumentNull, argumentOutOfRange, nullReference } from '../../exceptions.js';
import { DOTNET_TYPE } from '../../values.js';
import { cryptographicUnexpected, objectDisposed } from './crypto-errors.js';
import type { Digest } from './digest.js';

/**
 * `System.Security.Cryptography.HashAlgorithm`: `ComputeHash` in one call, or
 * `TransformBlock`/`TransformFinalBlock` in steps, with the state and disposal rules of .NET
 * Framework's implementation (which keyed algorithms share).
 */
export abstract class HashAlgorithm {
  static readonly [DOTNET_TYPE]: string = 'System.Security.Cryptography.HashAlgorithm';

  #digest: Digest | null = null;
  #hashValue: Uint8Array | null = null;
  /** 0 when no computation is in progress, 1 between `TransformBlock` and `TransformFinalBlock`. */
  protected state = 0;
  protected disposed = false;

  /** The size of the hash in bits. */
  abstract get HashSize(): number;
  /** Starts a new computation. */
  protected abstract start(): Digest;

  get InputBlockSize(): number {
    return 1;
  }
  get OutputBlockSize(): number {
    return 1;
  }
  get CanTransformMultipleBlocks(): boolean {
    return true;
  }
  get CanReuseTransform(): boolean {
    return true;
  }

  /** `Hash`: the value of the last completed computation. */
  get Hash(): Uint8Array {
    this.checkDisposed();
    if (this.state !== 0)
      throw cryptographicUnexpected('Hash must be finalized before the hash value is retrieved.');
    if (this.#hashValue === null) throw nullReference();
    return this.#hashValue.slice();
  }

  protected checkDisposed(): void {
    if (this.disposed) throw objectDisposed();
  }

  #update(data: Uint8Array): void {
    this.#digest ??= this.start();
    this.#digest.update(data);
    this.state = 1;
  }

  #finish(): Uint8Array {
    const digest = this.#digest ?? this.start();
    this.#digest = null;
    this.state = 0;
    this.#hashValue = digest.digest();
    return this.#hashValue.slice();
  }

  ComputeHash(buffer: Uint8Array | null, offset?: number, count?: number): Uint8Array {
    if (buffer === null) throw argumentNull('buffer');
    const start = offset ?? 0;
    const length = count ?? buffer.length;
    if (offset !== undefined) {
      if (start < 0) throw argumentOutOfRange('offset', 'Non-negative number required.');
      if (length < 0 || length > buffer.length) throw argument('Value was invalid.');
      if (buffer.length - length < start)
        throw argument(
          'Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.',
        );
    }
    this.checkDisposed();
    this.#update(buffer.subarray(start, start + length));
    return this.#finish();
  }

  TransformBlock(
    inputBuffer: Uint8Array | null,
    inputOffset: number,
    inputCount: number,
    outputBuffer: Uint8Array | null,
    outputOffset: number,
  ): number {
    checkTransformArguments(inputBuffer, inputOffset, inputCount);
    this.checkDisposed();
    const input = inputBuffer!.subarray(inputOffset, inputOffset + inputCount);
    this.#update(input);
    if (outputBuffer !== null && (outputBuffer !== inputBuffer || inputOffset !== outputOffset))
      outputBuffer.set(input, outputOffset);
    return inputCount;
  }

  TransformFinalBlock(inputBuffer: Uint8Array | null, inputOffset: number, inputCount: number): Uint8Array {
    checkTransformArguments(inputBuffer, inputOffset, inputCount);
    this.checkDisposed();
    const input = inputBuffer!.slice(inputOffset, inputOffset + inputCount);
    this.#update(input);
    this.#finish();
    return input;
  }

  /** `Initialize()`: abandons a computation in progress. */
  Initialize(): void {
    this.#digest = null;
    this.state = 0;
  }

  Dispose(): void {
    this.#hashValue = null;
    this.#digest = null;
    this.disposed = true;
  }

  Clear(): void {
    this.Dispose();
  }

  ToString(): string {
    return (this.constructor as unknown as Record<typeof DOTNET_TYPE, string>)[DOTNET_TYPE];
  }
}

function checkTransformArguments(buffer: Uint8Array | null, offset: number, count: number): void {
  if (buffer === null) throw argumentNull('inputBuffer');
  if (offset < 0) throw argumentOutOfRange('inputOffset', 'Non-negative number required.');
  if (count < 0 || count > buffer.length) throw argument('Value was invalid.');
  if (buffer.length - count < offset)
    throw argument(
      'Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.',
    );
}
