import { argument, argumentNull, argumentOutOfRange, DotnetException, format } from '../../exceptions.js';
import type { Reference } from '../../values.js';
import { DOTNET_TYPE } from '../../values.js';
import { formatIPv6, parseIPv4, parseIPv6 } from './ip-syntax.js';

/** `System.Net.Sockets.AddressFamily` values the runtime produces. */
export const AddressFamily = { InterNetwork: 2, InterNetworkV6: 23 } as const;

const invalidAddress = 'An invalid IP address was specified.';

/** `System.Net.IPAddress`: four or sixteen bytes, and a scope id for IPv6. Immutable here. */
export class IPAddress {
  static readonly [DOTNET_TYPE] = 'System.Net.IPAddress';
  readonly #bytes: Uint8Array;
  readonly #scopeId: bigint;

  constructor(bytes: Uint8Array, scopeId = 0n) {
    this.#bytes = bytes;
    this.#scopeId = scopeId;
  }

  static readonly Any = IPAddress.v4(0, 0, 0, 0);
  static readonly Loopback = IPAddress.v4(127, 0, 0, 1);
  static readonly Broadcast = IPAddress.v4(255, 255, 255, 255);
  static readonly None = IPAddress.v4(255, 255, 255, 255);
  static readonly IPv6Any = new IPAddress(new Uint8Array(16));
  static readonly IPv6Loopback = new IPAddress(Uint8Array.from({ length: 16 }, (_, i) => (i === 15 ? 1 : 0)));
  static readonly IPv6None = new IPAddress(new Uint8Array(16));

  static v4(...bytes: number[]): IPAddress {
    return new IPAddress(Uint8Array.from(bytes));
  }

  /** `new IPAddress(byte[] address[, long scopeid])`. */
  static fromBytes(address: Uint8Array | null, scopeId?: bigint): IPAddress {
    if (address === null) throw argumentNull('address');
    if (address.length !== 4 && address.length !== 16) throw argument(invalidAddress, 'address');
    if (scopeId !== undefined) {
      if (address.length !== 16) throw argument(invalidAddress, 'address');
      if (scopeId < 0n || scopeId > 0xffffffffn) throw argumentOutOfRange('scopeid');
    }
    return new IPAddress(address.slice(), scopeId ?? 0n);
  }

  /** `new IPAddress(long newAddress)`: the bytes of an IPv4 address in memory (little-endian) order. */
  static fromLong(newAddress: bigint): IPAddress {
    if (newAddress < 0n || newAddress > 0xffffffffn) throw argumentOutOfRange('newAddress');
    const value = Number(newAddress);
    return IPAddress.v4(value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, value >>> 24);
  }

  /** The address, or null when `text` is not one (what `TryParse` reports). */
  static read(text: string): IPAddress | null {
    if (text.includes(':')) {
      const parts = parseIPv6(text);
      if (parts === null) return null;
      const bytes = new Uint8Array(16);
      parts.words.forEach((word, i) => {
        bytes[2 * i] = word >> 8;
        bytes[2 * i + 1] = word & 0xff;
      });
      const scope = parts.scope !== null && /^[0-9]+$/.test(parts.scope) ? BigInt(parts.scope) : 0n;
      if (scope > 0xffffffffn) return null;
      return new IPAddress(bytes, scope);
    }
    const v4 = parseIPv4(text);
    return v4 === null ? null : IPAddress.v4(...v4);
  }

  static Parse(ipString: string | null): IPAddress {
    if (ipString === null) throw argumentNull('ipString');
    const address = IPAddress.read(ipString);
    if (address === null) throw format(invalidAddress);
    return address;
  }

  static TryParse(ipString: string | null, address: Reference<IPAddress | null>): boolean {
    address.value = ipString === null ? null : IPAddress.read(ipString);
    return address.value !== null;
  }

  static IsLoopback(address: IPAddress | null): boolean {
    if (address === null) throw argumentNull('address');
    if (address.isV4) return address.#bytes[0] === 127;
    return address.#bytes.every((byte, i) => byte === (i === 15 ? 1 : 0));
  }

  get isV4(): boolean {
    return this.#bytes.length === 4;
  }

  get AddressFamily(): number {
    return this.isV4 ? AddressFamily.InterNetwork : AddressFamily.InterNetworkV6;
  }

  get ScopeId(): bigint {
    if (this.isV4)
      throw new DotnetException(
        'System.Net.Sockets.SocketException',
        'The attempted operation is not supported for the type of object referenced',
      );
    return this.#scopeId;
  }

  /** `Address` (obsolete): an IPv4 address as a little-endian number. */
  get Address(): bigint {
    if (!this.isV4)
      throw new DotnetException(
        'System.Net.Sockets.SocketException',
        'The attempted operation is not supported for the type of object referenced',
      );
    const b = this.#bytes;
    return BigInt((b[0]! | (b[1]! << 8) | (b[2]! << 16) | (b[3]! << 24)) >>> 0);
  }

  get IsIPv4MappedToIPv6(): boolean {
    return (
      !this.isV4 &&
      this.#bytes.subarray(0, 10).every((b) => b === 0) &&
      this.#bytes[10] === 0xff &&
      this.#bytes[11] === 0xff
    );
  }
  get IsIPv6LinkLocal(): boolean {
    return !this.isV4 && this.#bytes[0] === 0xfe && (this.#bytes[1]! & 0xc0) === 0x80;
  }
  get IsIPv6SiteLocal(): boolean {
    return !this.isV4 && this.#bytes[0] === 0xfe && (this.#bytes[1]! & 0xc0) === 0xc0;
  }
  get IsIPv6Multicast(): boolean {
    return !this.isV4 && this.#bytes[0] === 0xff;
  }
  get IsIPv6Teredo(): boolean {
    return (
      !this.isV4 &&
      this.#bytes[0] === 0x20 &&
      this.#bytes[1] === 0x01 &&
      this.#bytes[2] === 0 &&
      this.#bytes[3] === 0
    );
  }

  GetAddressBytes(): Uint8Array {
    return this.#bytes.slice();
  }

  MapToIPv6(): IPAddress {
    if (!this.isV4) return this;
    const bytes = new Uint8Array(16);
    bytes[10] = 0xff;
    bytes[11] = 0xff;
    bytes.set(this.#bytes, 12);
    return new IPAddress(bytes);
  }

  MapToIPv4(): IPAddress {
    if (this.isV4) return this;
    return new IPAddress(this.#bytes.slice(12));
  }

  ToString(): string {
    const b = this.#bytes;
    if (this.isV4) return `${b[0]}.${b[1]}.${b[2]}.${b[3]}`;
    const words = Array.from({ length: 8 }, (_, i) => (b[2 * i]! << 8) | b[2 * i + 1]!);
    return formatIPv6(words) + (this.#scopeId === 0n ? '' : `%${this.#scopeId}`);
  }

  Equals(other: unknown): boolean {
    return (
      other instanceof IPAddress &&
      other.#bytes.length === this.#bytes.length &&
      other.#bytes.every((byte, i) => byte === this.#bytes[i]) &&
      other.#scopeId === this.#scopeId
    );
  }

  /** .NET Framework's hash of an IPv4 address is its number; IPv6 hashes its text. */
  GetHashCode(): number {
    if (this.isV4) return Number(this.Address) | 0;
    let hash = 0;
    for (const char of this.ToString()) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
    return hash;
  }
}

/** `IPAddress.HostToNetworkOrder`/`NetworkToHostOrder` for int: a byte swap on little-endian machines. */
export function swapInt32(value: number): number {
  return (
    ((value & 0xff) << 24) | ((value & 0xff00) << 8) | ((value >>> 8) & 0xff00) | ((value >>> 24) & 0xff) | 0
  );
}

export function swapInt64(value: bigint): bigint {
  let result = 0n;
  let rest = BigInt.asUintN(64, value);
  for (let i = 0; i < 8; i++) {
    result = (result << 8n) | (rest & 0xffn);
    rest >>= 8n;
  }
  return BigInt.asIntN(64, result);
}

export function swapInt16(value: number): number {
  return ((((value & 0xff) << 8) | ((value >> 8) & 0xff)) << 16) >> 16;
}
