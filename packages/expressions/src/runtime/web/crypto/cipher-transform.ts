import { environment } from '../../environment.js';
import { argument, argumentNull, argumentOutOfRange } from '../../exceptions.js';
import { DOTNET_TYPE } from '../../values.js';
import { CipherMode, decryptSegments, encryptSegments, type ModeState } from './cipher-modes.js';
import { objectDisposed } from './crypto-errors.js';
import { pad, partialBlock, removesPadding, unpad } from './padding.js';

export interface TransformSettings {
  readonly key: Uint8Array;
  readonly iv: Uint8Array;
  readonly mode: number;
  readonly padding: number;
  /** Feedback size in bytes, for CFB. */
  readonly feedback: number;
}

/**
 * The `ICryptoTransform` that `CreateEncryptor` and `CreateDecryptor` return: whole blocks with
 * `TransformBlock`, the rest (padded or unpadded) with `TransformFinalBlock`, after which it can
 * be reused from the IV. Decryption holds back its last block until the end when the padding has
 * to be removed, as .NET does.
 */
export class CipherTransform {
  static readonly [DOTNET_TYPE] = 'System.Security.Cryptography.CryptoAPITransform';
  readonly #state: ModeState;
  #held: Uint8Array | null = null;
  #disposed = false;

  constructor(
    readonly encrypting: boolean,
    readonly settings: TransformSettings,
  ) {
    this.#state = this.#fresh();
  }

  #fresh(): ModeState {
    const { key, iv, mode, feedback } = this.settings;
    return { key, mode, feedback, chain: iv.slice() };
  }

  /**
   * The size of a segment, which padding completes: the block, or on modern .NET the feedback
   * size in CFB (.NET Framework's CryptoAPI transforms pad CFB to whole blocks too).
   */
  get InputBlockSize(): number {
    return this.settings.mode === CipherMode.CFB && environment().dotnet === 'core'
      ? this.settings.feedback
      : 16;
  }
  get OutputBlockSize(): number {
    return this.InputBlockSize;
  }
  get CanTransformMultipleBlocks(): boolean {
    return true;
  }
  get CanReuseTransform(): boolean {
    return true;
  }

  #check(buffer: Uint8Array | null, offset: number, count: number): Uint8Array {
    if (this.#disposed) throw objectDisposed();
    if (buffer === null) throw argumentNull('inputBuffer');
    if (offset < 0) throw argumentOutOfRange('inputOffset', 'Non-negative number required.');
    if (count < 0 || count > buffer.length) throw argument('Value was invalid.', 'inputCount');
    if (buffer.length - count < offset)
      throw argument(
        'Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.',
      );
    return buffer.subarray(offset, offset + count);
  }

  TransformBlock(
    inputBuffer: Uint8Array | null,
    inputOffset: number,
    inputCount: number,
    outputBuffer: Uint8Array | null,
    outputOffset: number,
  ): number {
    const input = this.#check(inputBuffer, inputOffset, inputCount);
    if (outputBuffer === null) throw argumentNull('outputBuffer');
    if (input.length % this.InputBlockSize !== 0) throw argument('Value was invalid.', 'inputCount');
    let output: Uint8Array;
    if (this.encrypting) output = encryptSegments(this.#state, input);
    else {
      const data = this.#withHeld(input);
      let ready = data;
      if (removesPadding(this.settings.padding) && data.length > 0) {
        ready = data.subarray(0, data.length - this.InputBlockSize);
        this.#held = data.slice(data.length - this.InputBlockSize);
      }
      output = decryptSegments(this.#state, ready);
    }
    if (outputOffset < 0 || outputBuffer.length - outputOffset < output.length)
      throw argument(
        'Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.',
      );
    outputBuffer.set(output, outputOffset);
    return output.length;
  }

  TransformFinalBlock(inputBuffer: Uint8Array | null, inputOffset: number, inputCount: number): Uint8Array {
    const input = this.#check(inputBuffer, inputOffset, inputCount);
    const size = this.InputBlockSize;
    try {
      if (this.encrypting) return encryptSegments(this.#state, pad(input, size, this.settings.padding));
      const data = this.#withHeld(input);
      if (data.length % size !== 0) throw partialBlock();
      return unpad(decryptSegments(this.#state, data), size, this.settings.padding);
    } finally {
      this.#reset();
    }
  }

  #withHeld(input: Uint8Array): Uint8Array {
    const held = this.#held;
    this.#held = null;
    if (held === null) return input;
    const data = new Uint8Array(held.length + input.length);
    data.set(held);
    data.set(input, held.length);
    return data;
  }

  #reset(): void {
    this.#held = null;
    const fresh = this.#fresh();
    this.#state.chain = fresh.chain;
  }

  Dispose(): void {
    this.#disposed = true;
  }

  ToString(): string {
    return CipherTransform[DOTNET_TYPE];
  }
}
