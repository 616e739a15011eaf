import { DOTNET_TYPE } from '../../values.js';

/** `System.Security.Cryptography.KeySizes`: the legal sizes of a key or block, in bits. */
export class KeySizes {
  static readonly [DOTNET_TYPE] = 'System.Security.Cryptography.KeySizes';
  constructor(
    readonly MinSize: number,
    readonly MaxSize: number,
    readonly SkipSize: number,
  ) {}

  includes(bits: number): boolean {
    if (bits < this.MinSize || bits > this.MaxSize) return false;
    return this.SkipSize === 0 ? bits === this.MinSize : (bits - this.MinSize) % this.SkipSize === 0;
  }

  ToString(): string {
    return KeySizes[DOTNET_TYPE];
  }
}
