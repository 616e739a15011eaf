import { decodeName, formatName, type NameFormatOptions, nameString } from './format-name.js';

/**
 * `X500DistinguishedName` over DER: `name` is computed on first read and kept, like .NET's
 * `Name`. The bytes are not copied; callers pass a buffer they will not change.
 */
export class DistinguishedName {
  readonly rawData: Uint8Array;
  readonly #options: NameFormatOptions;
  #name: string | undefined;

  constructor(rawData: Uint8Array, options: NameFormatOptions = {}) {
    this.rawData = rawData;
    this.#options = options;
  }

  /** `Name`: `Decode(Reversed)`, `""` for malformed DER. */
  get name(): string {
    this.#name ??= nameString({ bytes: this.rawData }, this.#options);
    return this.#name;
  }

  /** `Decode(flags)`; throws `NameFlagsError` for unknown flag bits. */
  decode(flags: number): string {
    return decodeName({ bytes: this.rawData }, flags, this.#options);
  }

  /** `Format(multiLine)`. */
  format(multiLine: boolean): string {
    return formatName({ bytes: this.rawData }, multiLine, this.#options);
  }
}
