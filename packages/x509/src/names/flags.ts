/** `System.Security.Cryptography.X509Certificates.X500DistinguishedNameFlags`. */
export const X500DistinguishedNameFlags = {
  None: 0,
  Reversed: 0x1,
  UseSemicolons: 0x10,
  DoNotUsePlusSign: 0x20,
  DoNotUseQuotes: 0x40,
  UseCommas: 0x80,
  UseNewLines: 0x100,
  UseUTF8Encoding: 0x1000,
  UseT61Encoding: 0x2000,
  ForceUTF8Encoding: 0x4000,
} as const;

/** Every bit .NET accepts; any other makes it throw `ArgumentException`. */
const VALID_FLAGS = 0x71f1;

/** Thrown for flag bits .NET rejects (its `ArgumentException`). */
export class NameFlagsError extends Error {
  override readonly name = 'NameFlagsError';
  readonly flags: number;

  constructor(flags: number) {
    super(
      `Invalid X500DistinguishedNameFlags value 0x${flags.toString(16)}: unknown bits 0x${(flags & ~VALID_FLAGS).toString(16)}`,
    );
    this.flags = flags;
  }
}

/** Throws `NameFlagsError` unless `flags` is an integer made of known bits. */
export function checkFlags(flags: number): void {
  if (!Number.isInteger(flags) || flags < 0 || (flags & ~VALID_FLAGS) !== 0) throw new NameFlagsError(flags);
}

/**
 * Flags by name, as the vectors and C# write them: `"Reversed|UseCommas"`, `"None"`.
 * Unknown names throw `NameFlagsError`.
 */
export function parseFlags(text: string): number {
  let flags = 0;
  for (const part of text.split('|')) {
    const name = part.trim() as keyof typeof X500DistinguishedNameFlags;
    const value = X500DistinguishedNameFlags[name];
    if (value === undefined) throw new NameFlagsError(Number.NaN);
    flags |= value;
  }
  return flags;
}
