import { argumentOutOfRange } from '../exceptions.js';
import { DOTNET_TYPE } from '../values.js';
import { Oid } from '../web/crypto/oid.js';
import type { ExtensionInfo, PublicKeyInfo } from './certificate-source.js';

const X509 = 'System.Security.Cryptography.X509Certificates';

/** `X509Extension`: one extension of a certificate, as the certificate source describes it. */
export class X509Extension {
  static readonly [DOTNET_TYPE] = `${X509}.X509Extension`;

  constructor(readonly info: ExtensionInfo) {}

  get Oid(): Oid {
    return new Oid(this.info.oid.value, this.info.oid.friendlyName);
  }

  get Critical(): boolean {
    return this.info.critical;
  }

  get RawData(): Uint8Array {
    return Uint8Array.from(this.info.rawData);
  }

  /** `Format(multiLine)`: the source's multi-line text; single-line joins its lines with `, `. */
  Format(multiLine: boolean): string {
    if (multiLine) return this.info.formatted;
    return this.info.formatted
      .split(/\r?\n/)
      .filter((line) => line.length > 0)
      .join(', ');
  }

  ToString(): string {
    return X509Extension[DOTNET_TYPE];
  }
}

/** `X509ExtensionCollection`: the extensions in encoded order, by index or by OID. */
export class X509ExtensionCollection implements Iterable<X509Extension> {
  static readonly [DOTNET_TYPE] = `${X509}.X509ExtensionCollection`;
  readonly #items: readonly X509Extension[];

  constructor(extensions: readonly ExtensionInfo[]) {
    this.#items = extensions.map((info) => new X509Extension(info));
  }

  get Count(): number {
    return this.#items.length;
  }

  /** `this[int index]`: `ArgumentOutOfRangeException` outside the collection. */
  at(index: number): X509Extension {
    const item = this.#items[index];
    if (item === undefined) throw argumentOutOfRange('index');
    return item;
  }

  /** `this[string oid]`: the extension with that OID value or friendly name, or null. */
  named(oid: string | null): X509Extension | null {
    if (oid === null) return null;
    return (
      this.#items.find((item) => item.info.oid.value === oid || item.info.oid.friendlyName === oid) ?? null
    );
  }

  [Symbol.iterator](): Iterator<X509Extension> {
    return this.#items[Symbol.iterator]();
  }

  ToString(): string {
    return X509ExtensionCollection[DOTNET_TYPE];
  }
}

/** `AsnEncodedData` as `PublicKey` exposes it: an OID and DER bytes. */
export class AsnEncodedData {
  static readonly [DOTNET_TYPE] = 'System.Security.Cryptography.AsnEncodedData';

  constructor(
    readonly oid: Oid,
    readonly bytes: Uint8Array,
  ) {}

  get Oid(): Oid {
    return this.oid;
  }

  get RawData(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }

  /** `Format(false)`: the bytes as space-separated lower-case hex pairs, as Windows prints them. */
  Format(multiLine: boolean): string {
    void multiLine;
    return [...this.bytes].map((byte) => byte.toString(16).padStart(2, '0')).join(' ');
  }

  ToString(): string {
    return AsnEncodedData[DOTNET_TYPE];
  }
}

/** `PublicKey`: the certificate's key algorithm, key bytes and parameters. */
export class PublicKey {
  static readonly [DOTNET_TYPE] = `${X509}.PublicKey`;

  constructor(readonly info: PublicKeyInfo) {}

  get Oid(): Oid {
    return new Oid(this.info.algorithm.value, this.info.algorithm.friendlyName);
  }

  get EncodedKeyValue(): AsnEncodedData {
    return new AsnEncodedData(this.Oid, this.info.encodedKeyValue);
  }

  get EncodedParameters(): AsnEncodedData {
    return new AsnEncodedData(this.Oid, this.info.encodedParameters);
  }

  ToString(): string {
    return PublicKey[DOTNET_TYPE];
  }
}
