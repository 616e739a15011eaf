import { DOTNET_TYPE } from '../../values.js';
import { CipherMode } from './cipher-modes.js';
import { cryptographic } from './crypto-errors.js';
import { KeySizes } from './key-sizes.js';
import { SymmetricAlgorithm } from './symmetric-algorithm.js';

const aesKeySizes = [new KeySizes(128, 256, 64)];
const aesBlockSizes = [new KeySizes(128, 128, 0)];
const rijndaelBlockSizes = [new KeySizes(128, 256, 64)];

/** `System.Security.Cryptography.Aes`: 256-bit keys, 128-bit blocks, CBC and PKCS #7 by default. */
export abstract class Aes extends SymmetricAlgorithm {
  static override readonly [DOTNET_TYPE]: string = 'System.Security.Cryptography.Aes';
  protected get legalKeySizes() {
    return aesKeySizes;
  }
  protected get legalBlockSizes() {
    return aesBlockSizes;
  }
}

/** What `Aes.Create()` and `SymmetricAlgorithm.Create("Aes")` give on .NET Framework. */
export class AesCryptoServiceProvider extends Aes {
  static override readonly [DOTNET_TYPE] = 'System.Security.Cryptography.AesCryptoServiceProvider';
  protected get supportedModes() {
    return [CipherMode.CBC, CipherMode.ECB, CipherMode.CFB];
  }
}

export class AesManaged extends Aes {
  static override readonly [DOTNET_TYPE] = 'System.Security.Cryptography.AesManaged';
  protected get supportedModes() {
    return [CipherMode.CBC, CipherMode.ECB];
  }
  override set Mode(value: number) {
    // AesManaged refuses the feedback modes as soon as they are set.
    if (value !== CipherMode.CBC && value !== CipherMode.ECB)
      throw cryptographic('Specified cipher mode is not valid for this algorithm.');
    super.Mode = value;
  }
  override get Mode(): number {
    return super.Mode;
  }
}

/** `Rijndael`/`RijndaelManaged`: AES with a 128-bit block (the other Rijndael block sizes are not supported here). */
export abstract class Rijndael extends SymmetricAlgorithm {
  static override readonly [DOTNET_TYPE]: string = 'System.Security.Cryptography.Rijndael';
  protected get legalKeySizes() {
    return aesKeySizes;
  }
  protected get legalBlockSizes() {
    return rijndaelBlockSizes;
  }
}

export class RijndaelManaged extends Rijndael {
  static override readonly [DOTNET_TYPE] = 'System.Security.Cryptography.RijndaelManaged';
  constructor() {
    super();
    this.feedbackSizeValue = 128;
  }
  protected get supportedModes() {
    return [CipherMode.CBC, CipherMode.ECB, CipherMode.CFB];
  }
}
