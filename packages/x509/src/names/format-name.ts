import { DerError } from '../der/index.js';
import { attributeKey, type NamePlatform } from './attribute-names.js';
import { attributeText, needsQuoting, quote } from './attribute-value.js';
import { checkFlags, X500DistinguishedNameFlags as Flags } from './flags.js';
import { type Rdn, readName } from './name-der.js';

/** Where the name lies in a buffer, and which platform's output to reproduce. */
export interface NameSource {
  readonly bytes: Uint8Array;
  /** First byte of the Name's SEQUENCE; 0 when omitted. */
  readonly offset?: number;
  /** End of the Name; the buffer's end when omitted. Bytes after the name make it invalid. */
  readonly end?: number;
}

export interface NameFormatOptions {
  /** Windows (default; the managed gateway) or Linux (.NET's managed decoder, self-hosted gateway). */
  readonly platform?: NamePlatform;
}

/** `Environment.NewLine` of the platform. */
export function newLineOf(platform: NamePlatform): string {
  return platform === 'windows' ? '\r\n' : '\n';
}

/**
 * `X500DistinguishedName.Decode(flags)`. Never throws for bad data: a malformed name (or, on
 * Linux, one value that does not decode) gives `""`, as .NET does. Throws `NameFlagsError` for
 * flag bits .NET rejects.
 */
export function decodeName(source: NameSource, flags: number, options: NameFormatOptions = {}): string {
  checkFlags(flags);
  const platform = options.platform ?? 'windows';
  const separator =
    (flags & Flags.UseSemicolons) !== 0
      ? '; '
      : (flags & Flags.UseCommas) !== 0
        ? ', '
        : (flags & Flags.UseNewLines) !== 0
          ? newLineOf(platform)
          : ', ';
  return render(source, {
    platform,
    reversed: (flags & Flags.Reversed) !== 0,
    separator,
    trailing: false,
    plus: (flags & Flags.DoNotUsePlusSign) !== 0 ? ' ' : ' + ',
    quotes: (flags & Flags.DoNotUseQuotes) === 0,
  });
}

/** `X500DistinguishedName.Name` (and `Subject`/`Issuer`): `Decode(Reversed)`. */
export function nameString(source: NameSource, options: NameFormatOptions = {}): string {
  return decodeName(source, Flags.Reversed, options);
}

/**
 * `X500DistinguishedName.Format(multiLine)`: encoding order; `", "` between RDNs, or a newline
 * after every RDN (the last one too) when `multiLine`.
 */
export function formatName(source: NameSource, multiLine: boolean, options: NameFormatOptions = {}): string {
  const platform = options.platform ?? 'windows';
  return render(source, {
    platform,
    reversed: false,
    separator: multiLine ? newLineOf(platform) : ', ',
    trailing: multiLine,
    plus: ' + ',
    quotes: true,
  });
}

interface RenderOptions {
  readonly platform: NamePlatform;
  readonly reversed: boolean;
  readonly separator: string;
  readonly trailing: boolean;
  readonly plus: string;
  readonly quotes: boolean;
}

function render(source: NameSource, options: RenderOptions): string {
  const { bytes } = source;
  try {
    const rdns = readName(bytes, source.offset ?? 0, source.end ?? bytes.length);
    return renderRdns(bytes, rdns, options);
  } catch (error) {
    if (error instanceof DerError) return '';
    throw error;
  }
}

function renderRdns(bytes: Uint8Array, rdns: Rdn[], options: RenderOptions): string {
  const parts: string[] = [];
  const count = rdns.length;
  for (let index = 0; index < count; index++) {
    const rdn = rdns[options.reversed ? count - 1 - index : index]!;
    let part = '';
    for (let position = 0; position < rdn.length; position++) {
      const attribute = rdn[position]!;
      const value = attributeText(bytes, attribute.value, options.platform);
      if (position > 0) part += options.plus;
      part += attributeKey(attribute.oid, options.platform);
      part += '=';
      part += value.isString && options.quotes && needsQuoting(value.text) ? quote(value.text) : value.text;
    }
    parts.push(part);
  }
  const text = parts.join(options.separator);
  return options.trailing && parts.length > 0 ? text + options.separator : text;
}
