import { environment } from '../environment.js';
import { argument, argumentNull, DotnetException, format as formatError } from '../exceptions.js';
import { DOTNET_TYPE } from '../values.js';

const INVALID_FORMAT = 'Format String can be only "D", "d", "N", "n", "P", "p", "B", "b", "X" or "x".';
const INVALID_LENGTH = 'Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).';
const INVALID_CHAR = 'Guid string should only contain hexadecimal characters.';
const DASHES = 'Dashes are in the wrong position for GUID parsing.';
const UNRECOGNIZED = 'Unrecognized Guid format.';
const BRACES =
  "Could not find a brace, or the length between the previous token and the brace was zero (i.e., '0x,'etc.).";

const hex = (byte: number) => byte.toString(16).padStart(2, '0');

/**
 * `System.Guid`: 16 bytes in .NET's `ToByteArray` order, where the first three fields are
 * little-endian (`00112233-4455-6677-8899-aabbccddeeff` is stored 33 22 11 00 55 44 77 66 88
 * ...). Immutable.
 */
export class Guid {
  static readonly [DOTNET_TYPE] = 'System.Guid';

  readonly #bytes: Uint8Array;

  /** From the 16 bytes of `ToByteArray` (copied). */
  constructor(bytes: ArrayLike<number>) {
    this.#bytes = Uint8Array.from(bytes);
  }

  static readonly Empty = new Guid(new Uint8Array(16));

  /** `Guid.NewGuid()`: random bytes from the environment, marked version 4, RFC 4122 variant. */
  static newGuid(): Guid {
    const bytes = Uint8Array.from(environment().newGuid());
    bytes[7] = (bytes[7]! & 0x0f) | 0x40;
    bytes[8] = (bytes[8]! & 0x3f) | 0x80;
    return new Guid(bytes);
  }

  /** `new Guid(byte[] b)`. */
  static fromBytes(bytes: Uint8Array | null): Guid {
    if (bytes === null) throw argumentNull('b');
    if (bytes.length !== 16) throw argument('Byte array for GUID must be exactly 16 bytes long.', 'b');
    return new Guid(bytes);
  }

  /** `new Guid(int a, short b, short c, byte d, ..., byte k)`. */
  static fromFields(a: number, b: number, c: number, rest: ArrayLike<number>): Guid {
    const bytes = new Uint8Array(16);
    const view = new DataView(bytes.buffer);
    view.setInt32(0, a, true);
    view.setInt16(4, b, true);
    view.setInt16(6, c, true);
    for (let i = 0; i < 8; i++) bytes[8 + i] = rest[i]!;
    return new Guid(bytes);
  }

  ToByteArray(): Uint8Array {
    return Uint8Array.from(this.#bytes);
  }

  /** The 32 hex digits in display order. */
  get #digits(): string {
    const b = this.#bytes;
    const order = [3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15];
    return order.map((i) => hex(b[i]!)).join('');
  }

  /** `ToString(format)`: `D` (default), `N`, `B`, `P` or `X`, always lower-case hex. */
  ToString(format: string | null = null): string {
    const d = this.#digits;
    const dashed = `${d.slice(0, 8)}-${d.slice(8, 12)}-${d.slice(12, 16)}-${d.slice(16, 20)}-${d.slice(20)}`;
    switch (format === null || format.length === 0 ? 'D' : format) {
      case 'D':
      case 'd':
        return dashed;
      case 'N':
      case 'n':
        return d;
      case 'B':
      case 'b':
        return `{${dashed}}`;
      case 'P':
      case 'p':
        return `(${dashed})`;
      case 'X':
      case 'x': {
        const tail = Array.from({ length: 8 }, (_, i) => `0x${d.slice(16 + i * 2, 18 + i * 2)}`).join(',');
        return `{0x${d.slice(0, 8)},0x${d.slice(8, 12)},0x${d.slice(12, 16)},{${tail}}}`;
      }
      default:
        throw formatError(INVALID_FORMAT);
    }
  }

  Equals(other: unknown): boolean {
    return other instanceof Guid && other.#digits === this.#digits;
  }

  /** .NET Framework's field mix; modern .NET XORs the four 32-bit words. */
  GetHashCode(): number {
    const view = new DataView(this.#bytes.buffer, this.#bytes.byteOffset, 16);
    if (environment().dotnet === 'core') {
      return (
        view.getInt32(0, true) ^ view.getInt32(4, true) ^ view.getInt32(8, true) ^ view.getInt32(12, true)
      );
    }
    const a = view.getInt32(0, true);
    const b = view.getInt16(4, true);
    const c = view.getUint16(6, true);
    return a ^ ((b << 16) | c) ^ ((this.#bytes[10]! << 24) | this.#bytes[15]!);
  }

  /** Compares field by field as unsigned numbers, as .NET does. */
  CompareTo(other: unknown): number {
    if (other === null) return 1;
    if (!(other instanceof Guid)) throw argument('Object must be of type GUID.', 'value');
    const x = this.#digits;
    const y = other.#digits;
    return x < y ? -1 : x > y ? 1 : 0;
  }
}

type GuidOutcome = Guid | string;

function fromHexDigits(digits: string): Guid {
  const bytes = new Uint8Array(16);
  const order = [3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15];
  order.forEach((target, i) => {
    bytes[target] = Number.parseInt(digits.slice(i * 2, i * 2 + 2), 16);
  });
  return new Guid(bytes);
}

const isHex = (text: string) => /^[0-9a-fA-F]*$/.test(text);

function parseDashed(text: string): GuidOutcome {
  let start = 0;
  if (text[0] === '{' || text[0] === '(') {
    if (text.length !== 38 || text[37] !== (text[0] === '{' ? '}' : ')')) return INVALID_LENGTH;
    start = 1;
  } else if (text.length !== 36) return INVALID_LENGTH;
  if ([8, 13, 18, 23].some((i) => text[i + start] !== '-')) return DASHES;
  const groups = [
    text.slice(start, start + 8),
    text.slice(start + 9, start + 13),
    text.slice(start + 14, start + 18),
    text.slice(start + 19, start + 23),
    text.slice(start + 24, start + 36),
  ];
  // .NET reads the first four groups with a required length (a bad digit is an invalid
  // character) and the last one up to its first non-digit (then the length is wrong).
  if (!groups.slice(0, 4).every(isHex)) return INVALID_CHAR;
  if (!isHex(groups[4]!)) return INVALID_LENGTH;
  return fromHexDigits(groups.join(''));
}

function parsePlain(text: string): GuidOutcome {
  if (text.length !== 32) return INVALID_LENGTH;
  if (!isHex(text)) return INVALID_CHAR;
  return fromHexDigits(text);
}

/** `{0xdddddddd,0xdddd,0xdddd,{0xdd,...}}`. */
function parseHexPrefixed(text: string): GuidOutcome {
  const match =
    /^\{0[xX]([0-9a-fA-F]{1,8}),0[xX]([0-9a-fA-F]{1,4}),0[xX]([0-9a-fA-F]{1,4}),\{((?:0[xX][0-9a-fA-F]{1,2},){7}0[xX][0-9a-fA-F]{1,2})\}\}$/.exec(
      text.replace(/\s/g, ''),
    );
  if (match === null) return BRACES;
  const bytes = match[4]!.split(',').map((part) => part.slice(2).padStart(2, '0'));
  return fromHexDigits(
    match[1]!.padStart(8, '0') + match[2]!.padStart(4, '0') + match[3]!.padStart(4, '0') + bytes.join(''),
  );
}

function parseAny(input: string): GuidOutcome {
  const text = input.trim();
  if (text.length === 0) return UNRECOGNIZED;
  if (text.includes('-')) return parseDashed(text);
  if (text.includes('{')) return parseHexPrefixed(text);
  return parsePlain(text);
}

function parseExactOutcome(input: string, format: string): GuidOutcome {
  const text = input.trim();
  switch (format) {
    case 'N':
    case 'n':
      return text.includes('-') || text.includes('{') || text.includes('(') ? UNRECOGNIZED : parsePlain(text);
    case 'D':
    case 'd':
      return /^[{(]/.test(text) ? UNRECOGNIZED : text.includes('-') ? parseDashed(text) : UNRECOGNIZED;
    case 'B':
    case 'b':
      return text.startsWith('{') && text.includes('-') ? parseDashed(text) : UNRECOGNIZED;
    case 'P':
    case 'p':
      return text.startsWith('(') && text.includes('-') ? parseDashed(text) : UNRECOGNIZED;
    case 'X':
    case 'x':
      return text.includes('-') ? UNRECOGNIZED : parseHexPrefixed(text);
    default:
      throw formatError(INVALID_FORMAT);
  }
}

/** `Guid.Parse(input)` / `new Guid(string)`: any of the five formats, around white space. */
export function parseGuid(input: string | null, parameter = 'input'): Guid {
  if (input === null) throw argumentNull(parameter);
  const outcome = parseAny(input);
  if (typeof outcome === 'string') throw formatError(outcome);
  return outcome;
}

export function tryParseGuid(input: string | null): Guid | null {
  if (input === null) return null;
  const outcome = parseAny(input);
  return typeof outcome === 'string' ? null : outcome;
}

/** `Guid.ParseExact(input, format)`. */
export function parseGuidExact(input: string | null, format: string | null): Guid {
  if (input === null) throw argumentNull('input');
  if (format === null) throw argumentNull('format');
  if (format.length !== 1) throw formatError(INVALID_FORMAT);
  const outcome = parseExactOutcome(input, format);
  if (typeof outcome === 'string') throw formatError(outcome);
  return outcome;
}

export function tryParseGuidExact(input: string | null, format: string | null): Guid | null {
  if (input === null || format === null || format.length !== 1) return null;
  try {
    const outcome = parseExactOutcome(input, format);
    return typeof outcome === 'string' ? null : outcome;
  } catch (error) {
    // TryParseExact reports a bad input or format as false, as .NET does; defects propagate.
    if (error instanceof DotnetException) return null;
    throw error;
  }
}
