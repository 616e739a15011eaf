import { latin1BestFit } from './latin1-best-fit.js';

/**
 * The single-byte encodings .NET offers without extra providers: US-ASCII, ISO-8859-1 and
 * Windows-1252. Characters they cannot encode become `?` (one per UTF-16 code unit, so a
 * surrogate pair is `??`); .NET Framework first tries its "best fit" table for ISO-8859-1 and
 * Windows-1252 (`Ā` → `A`). Bytes ASCII cannot decode become `?`.
 */
export interface SingleByteCharset {
  /** The byte of a code unit, or undefined when the charset has none. */
  readonly byteOf: (unit: number) => number | undefined;
  /** The code unit of a byte (`?` where none). */
  readonly unitOf: (byte: number) => number;
  /** Whether unencodable characters get .NET Framework's best-fit replacement. */
  readonly bestFit: boolean;
}

export const ascii: SingleByteCharset = {
  byteOf: (unit) => (unit < 0x80 ? unit : undefined),
  unitOf: (byte) => (byte < 0x80 ? byte : 0x3f),
  bestFit: false,
};

export const latin1: SingleByteCharset = {
  byteOf: (unit) => (unit < 0x100 ? unit : undefined),
  unitOf: (byte) => byte,
  bestFit: true,
};

/** Windows-1252 bytes 0x80 to 0x9F; the five undefined ones map to the C1 control of the same value, as in .NET. */
// biome-ignore format: a data table
const cp1252High: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];
const cp1252Reverse = new Map(cp1252High.map((unit, i) => [unit, 0x80 + i] as const));

export const windows1252: SingleByteCharset = {
  byteOf: (unit) => {
    if (unit < 0x80 || (unit >= 0xa0 && unit < 0x100)) return unit;
    return cp1252Reverse.get(unit);
  },
  unitOf: (byte) => (byte >= 0x80 && byte < 0xa0 ? cp1252High[byte - 0x80]! : byte),
  bestFit: true,
};

export function encodeSingleByte(
  charset: SingleByteCharset,
  text: string,
  bestFit: boolean,
  start = 0,
  end = text.length,
): Uint8Array {
  const bytes = new Uint8Array(end - start);
  for (let i = start; i < end; i++) {
    const unit = text.charCodeAt(i);
    let byte = charset.byteOf(unit);
    if (byte === undefined && bestFit && charset.bestFit) {
      const fit = latin1BestFit(unit);
      if (fit !== undefined) byte = charset.byteOf(fit) ?? fit;
    }
    bytes[i - start] = byte ?? 0x3f;
  }
  return bytes;
}

export function decodeSingleByte(
  charset: SingleByteCharset,
  bytes: Uint8Array,
  start = 0,
  end = bytes.length,
): string {
  let text = '';
  const units: number[] = [];
  for (let i = start; i < end; i++) {
    units.push(charset.unitOf(bytes[i]!));
    if (units.length === 4096) {
      text += String.fromCharCode(...units);
      units.length = 0;
    }
  }
  return text + String.fromCharCode(...units);
}
