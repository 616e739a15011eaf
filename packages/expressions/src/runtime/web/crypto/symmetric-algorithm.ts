import { argument, argumentNull, notSupported } from '../../exceptions.js';
import { runtimeTypeNamed } from '../../type-resolver.js';
import { DOTNET_TYPE, tagArray } from '../../values.js';
import { CipherMode } from './cipher-modes.js';
import { CipherTransform } from './cipher-transform.js';
import { cryptographic, objectDisposed } from './crypto-errors.js';
import type { KeySizes } from './key-sizes.js';
import { PaddingMode } from './padding.js';
import { randomBytes } from './random.js';

const invalidKeySize = 'Specified key is not a valid size for this algorithm.';
const invalidIvSize =
  'Specified initialization vector (IV) does not match the block size for this algorithm.';
const invalidMode = 'Specified cipher mode is not valid for this algorithm.';

/**
 * `System.Security.Cryptography.SymmetricAlgorithm`: key, IV and settings with .NET's
 * validation, a key and IV generated on first use, and encryptors and decryptors over AES.
 */
export abstract class SymmetricAlgorithm {
  static readonly [DOTNET_TYPE]: string = 'System.Security.Cryptography.SymmetricAlgorithm';

  protected keyValue: Uint8Array | null = null;
  protected ivValue: Uint8Array | null = null;
  protected keySizeValue = 256;
  protected blockSizeValue = 128;
  protected feedbackSizeValue = 8;
  protected modeValue: number = CipherMode.CBC;
  protected paddingValue: number = PaddingMode.PKCS7;
  #disposed = false;

  protected abstract get legalKeySizes(): readonly KeySizes[];
  protected abstract get legalBlockSizes(): readonly KeySizes[];
  /** The cipher modes this implementation can run. */
  protected abstract get supportedModes(): readonly number[];

  get LegalKeySizes(): KeySizes[] {
    return tagArray([...this.legalKeySizes], runtimeTypeNamed('System.Security.Cryptography.KeySizes'));
  }
  get LegalBlockSizes(): KeySizes[] {
    return tagArray([...this.legalBlockSizes], runtimeTypeNamed('System.Security.Cryptography.KeySizes'));
  }

  ValidKeySize(bitLength: number): boolean {
    return this.legalKeySizes.some((sizes) => sizes.includes(bitLength));
  }

  get Key(): Uint8Array {
    if (this.keyValue === null) this.GenerateKey();
    return this.keyValue!.slice();
  }
  set Key(value: Uint8Array | null) {
    if (value === null) throw argumentNull('value');
    if (!this.ValidKeySize(value.length * 8)) throw cryptographic(invalidKeySize);
    this.keyValue = value.slice();
    this.keySizeValue = value.length * 8;
  }

  get IV(): Uint8Array {
    if (this.ivValue === null) this.GenerateIV();
    return this.ivValue!.slice();
  }
  set IV(value: Uint8Array | null) {
    if (value === null) throw argumentNull('value');
    if (value.length !== this.blockSizeValue / 8) throw cryptographic(invalidIvSize);
    this.ivValue = value.slice();
  }

  get KeySize(): number {
    return this.keySizeValue;
  }
  set KeySize(value: number) {
    if (!this.ValidKeySize(value)) throw cryptographic(invalidKeySize);
    this.keySizeValue = value;
    this.keyValue = null;
  }

  get BlockSize(): number {
    return this.blockSizeValue;
  }
  set BlockSize(value: number) {
    if (!this.legalBlockSizes.some((sizes) => sizes.includes(value)))
      throw cryptographic('Specified block size is not valid for this algorithm.');
    this.blockSizeValue = value;
    this.ivValue = null;
  }

  get FeedbackSize(): number {
    return this.feedbackSizeValue;
  }
  set FeedbackSize(value: number) {
    if (value <= 0 || value > this.blockSizeValue || value % 8 !== 0)
      throw cryptographic('Specified feedback size is invalid.');
    this.feedbackSizeValue = value;
  }

  get Mode(): number {
    return this.modeValue;
  }
  set Mode(value: number) {
    if (value < CipherMode.CBC || value > CipherMode.CFB) throw cryptographic(invalidMode);
    this.modeValue = value;
  }

  get Padding(): number {
    return this.paddingValue;
  }
  set Padding(value: number) {
    if (value < PaddingMode.None || value > PaddingMode.ISO10126)
      throw cryptographic('Specified padding mode is not valid for this algorithm.');
    this.paddingValue = value;
  }

  GenerateKey(): void {
    this.keyValue = randomBytes(this.keySizeValue / 8);
  }

  GenerateIV(): void {
    this.ivValue = randomBytes(this.blockSizeValue / 8);
  }

  CreateEncryptor(key?: Uint8Array | null, iv?: Uint8Array | null): CipherTransform {
    return this.#transform(true, key, iv);
  }

  CreateDecryptor(key?: Uint8Array | null, iv?: Uint8Array | null): CipherTransform {
    return this.#transform(false, key, iv);
  }

  #transform(
    encrypting: boolean,
    key: Uint8Array | null | undefined,
    iv: Uint8Array | null | undefined,
  ): CipherTransform {
    if (this.#disposed) throw objectDisposed();
    const explicit = key !== undefined;
    const useKey = explicit ? key : this.Key;
    const useIv = explicit ? iv : this.IV;
    if (useKey === null || useKey === undefined) throw argumentNull('key');
    if (!this.ValidKeySize(useKey.length * 8)) throw argument(invalidKeySize, 'key');
    if (useIv !== null && useIv !== undefined && useIv.length * 8 !== this.blockSizeValue)
      throw argument(invalidIvSize, 'iv');
    if (!this.supportedModes.includes(this.modeValue)) throw cryptographic(invalidMode);
    if (this.blockSizeValue !== 128)
      throw notSupported(
        `A block size of ${this.blockSizeValue} bits is not supported here: only AES's 128-bit blocks are.`,
      );
    let chain: Uint8Array;
    if (this.modeValue === CipherMode.ECB) chain = new Uint8Array(16);
    else if (useIv === null || useIv === undefined)
      throw cryptographic('The cipher mode specified requires that an initialization vector (IV) be used.');
    else chain = useIv.slice();
    if (this.modeValue === CipherMode.CFB && this.feedbackSizeValue !== 8 && this.feedbackSizeValue !== 128)
      throw cryptographic('Specified feedback size is invalid.');
    return new CipherTransform(encrypting, {
      key: useKey.slice(),
      iv: chain,
      mode: this.modeValue,
      padding: this.paddingValue,
      feedback: this.feedbackSizeValue / 8,
    });
  }

  Dispose(): void {
    this.keyValue = null;
    this.ivValue = null;
    this.#disposed = true;
  }

  Clear(): void {
    this.Dispose();
  }

  ToString(): string {
    return (this.constructor as unknown as Record<typeof DOTNET_TYPE, string>)[DOTNET_TYPE];
  }
}
