import { environment } from '../../environment.js';
import { DOTNET_TYPE } from '../../values.js';
import {
  ascii,
  decodeSingleByte,
  encodeSingleByte,
  latin1,
  type SingleByteCharset,
  windows1252,
} from './single-byte.js';
import { decodeUtf8, encodeUtf8, utf8ByteCount } from './utf8.js';
import { decodeUtf16, decodeUtf32, encodeUtf16, encodeUtf32 } from './utf16.js';

/**
 * `System.Text.Encoding` and the concrete encodings .NET has without extra providers. Each
 * works on ranges of a string or byte array; the argument checks of the public methods are in
 * `encoding-methods.ts`.
 */
export abstract class Encoding {
  static readonly [DOTNET_TYPE]: string = 'System.Text.Encoding';

  abstract readonly CodePage: number;
  abstract readonly EncodingName: string;
  abstract readonly IsSingleByte: boolean;

  abstract encode(text: string, start: number, end: number): Uint8Array;
  abstract decode(bytes: Uint8Array, start: number, end: number): string;
  /** `GetMaxByteCount` for a valid count. */
  abstract maxByteCount(charCount: number): number;
  /** `GetMaxCharCount` for a valid count. */
  abstract maxCharCount(byteCount: number): number;

  get WebName(): string {
    return this.names.web;
  }
  get BodyName(): string {
    return this.names.body;
  }
  get HeaderName(): string {
    return this.names.header;
  }
  /** The Windows code page closest to this encoding (1200 for the Unicode encodings, 1252 for the Western ones). */
  get WindowsCodePage(): number {
    return this.IsSingleByte ? 1252 : 1200;
  }

  protected abstract get names(): { web: string; body: string; header: string };

  byteCount(text: string, start: number, end: number): number {
    return this.encode(text, start, end).length;
  }

  preamble(): Uint8Array {
    return new Uint8Array(0);
  }

  ToString(): string {
    return (this.constructor as unknown as Record<typeof DOTNET_TYPE, string>)[DOTNET_TYPE];
  }

  /** Same code page (and, for the Unicode encodings, same byte-order mark and byte order), as .NET compares encodings. */
  Equals(other: unknown): boolean {
    return other instanceof Encoding && other.constructor === this.constructor && other.key() === this.key();
  }

  GetHashCode(): number {
    return this.CodePage;
  }

  protected key(): string {
    return String(this.CodePage);
  }
}

export class UTF8Encoding extends Encoding {
  static override readonly [DOTNET_TYPE] = 'System.Text.UTF8Encoding';
  readonly CodePage = 65001;
  readonly EncodingName = 'Unicode (UTF-8)';
  readonly IsSingleByte = false;

  constructor(readonly emitIdentifier: boolean) {
    super();
  }

  protected get names() {
    return { web: 'utf-8', body: 'utf-8', header: 'utf-8' };
  }
  encode(text: string, start: number, end: number): Uint8Array {
    return encodeUtf8(text, start, end);
  }
  override byteCount(text: string, start: number, end: number): number {
    return utf8ByteCount(text, start, end);
  }
  decode(bytes: Uint8Array, start: number, end: number): string {
    return decodeUtf8(bytes, start, end, environment().dotnet);
  }
  maxByteCount(charCount: number): number {
    return (charCount + 1) * 3;
  }
  maxCharCount(byteCount: number): number {
    return byteCount + 1;
  }
  override preamble(): Uint8Array {
    return this.emitIdentifier ? Uint8Array.of(0xef, 0xbb, 0xbf) : new Uint8Array(0);
  }
  protected override key(): string {
    return `65001/${this.emitIdentifier}`;
  }
}

export class UnicodeEncoding extends Encoding {
  static override readonly [DOTNET_TYPE] = 'System.Text.UnicodeEncoding';
  readonly IsSingleByte = false;

  constructor(
    readonly bigEndian: boolean,
    readonly byteOrderMark: boolean,
  ) {
    super();
  }

  get CodePage(): number {
    return this.bigEndian ? 1201 : 1200;
  }
  get EncodingName(): string {
    return this.bigEndian ? 'Unicode (Big-Endian)' : 'Unicode';
  }
  protected get names() {
    // .NET Framework names big-endian UTF-16 after its byte-order mark.
    const name = this.bigEndian
      ? environment().dotnet === 'framework'
        ? 'unicodeFFFE'
        : 'utf-16BE'
      : 'utf-16';
    return { web: name, body: name, header: name };
  }
  encode(text: string, start: number, end: number): Uint8Array {
    return encodeUtf16(text, this.bigEndian, start, end);
  }
  decode(bytes: Uint8Array, start: number, end: number): string {
    return decodeUtf16(bytes, this.bigEndian, start, end);
  }
  maxByteCount(charCount: number): number {
    return (charCount + 1) * 2;
  }
  maxCharCount(byteCount: number): number {
    return (byteCount >> 1) + (byteCount & 1) + 1;
  }
  override preamble(): Uint8Array {
    if (!this.byteOrderMark) return new Uint8Array(0);
    return this.bigEndian ? Uint8Array.of(0xfe, 0xff) : Uint8Array.of(0xff, 0xfe);
  }
  protected override key(): string {
    return `${this.CodePage}/${this.byteOrderMark}`;
  }
}

export class UTF32Encoding extends Encoding {
  static override readonly [DOTNET_TYPE] = 'System.Text.UTF32Encoding';
  readonly IsSingleByte = false;

  constructor(
    readonly bigEndian: boolean,
    readonly byteOrderMark: boolean,
  ) {
    super();
  }

  get CodePage(): number {
    return this.bigEndian ? 12001 : 12000;
  }
  get EncodingName(): string {
    return this.bigEndian ? 'Unicode (UTF-32 Big-Endian)' : 'Unicode (UTF-32)';
  }
  protected get names() {
    const name = this.bigEndian ? 'utf-32BE' : 'utf-32';
    return { web: name, body: name, header: name };
  }
  encode(text: string, start: number, end: number): Uint8Array {
    return encodeUtf32(text, this.bigEndian, start, end);
  }
  decode(bytes: Uint8Array, start: number, end: number): string {
    return decodeUtf32(bytes, this.bigEndian, start, end);
  }
  maxByteCount(charCount: number): number {
    return (charCount + 1) * 4;
  }
  maxCharCount(byteCount: number): number {
    return (byteCount >> 1) + 2;
  }
  override preamble(): Uint8Array {
    if (!this.byteOrderMark) return new Uint8Array(0);
    return this.bigEndian ? Uint8Array.of(0, 0, 0xfe, 0xff) : Uint8Array.of(0xff, 0xfe, 0, 0);
  }
  protected override key(): string {
    return `${this.CodePage}/${this.byteOrderMark}`;
  }
}

/** The single-byte encodings share everything but their charset and names. */
abstract class SingleByteEncoding extends Encoding {
  readonly IsSingleByte = true;
  protected abstract readonly charset: SingleByteCharset;

  encode(text: string, start: number, end: number): Uint8Array {
    return encodeSingleByte(this.charset, text, environment().dotnet === 'framework', start, end);
  }
  override byteCount(_text: string, start: number, end: number): number {
    return end - start;
  }
  decode(bytes: Uint8Array, start: number, end: number): string {
    return decodeSingleByte(this.charset, bytes, start, end);
  }
  maxByteCount(charCount: number): number {
    return charCount + 1;
  }
  maxCharCount(byteCount: number): number {
    return byteCount;
  }
}

export class ASCIIEncoding extends SingleByteEncoding {
  static override readonly [DOTNET_TYPE] = 'System.Text.ASCIIEncoding';
  readonly CodePage = 20127;
  readonly EncodingName = 'US-ASCII';
  protected readonly charset = ascii;
  protected get names() {
    return { web: 'us-ascii', body: 'us-ascii', header: 'us-ascii' };
  }
}

export class Latin1Encoding extends SingleByteEncoding {
  static override readonly [DOTNET_TYPE] = 'System.Text.Latin1Encoding';
  readonly CodePage = 28591;
  readonly EncodingName = 'Western European (ISO)';
  protected readonly charset = latin1;
  protected get names() {
    return { web: 'iso-8859-1', body: 'iso-8859-1', header: 'iso-8859-1' };
  }
}

/** Windows-1252, the ANSI code page of Western Windows systems (.NET Framework only). */
export class Windows1252Encoding extends SingleByteEncoding {
  static override readonly [DOTNET_TYPE] = 'System.Text.SBCSCodePageEncoding';
  readonly CodePage = 1252;
  readonly EncodingName = 'Western European (Windows)';
  protected readonly charset = windows1252;
  protected get names() {
    return { web: 'Windows-1252', body: 'iso-8859-1', header: 'Windows-1252' };
  }
}
