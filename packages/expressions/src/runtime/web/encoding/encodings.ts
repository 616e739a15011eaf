import { environment } from '../../environment.js';
import { argument, argumentOutOfRange, DotnetException } from '../../exceptions.js';
import {
  ASCIIEncoding,
  type Encoding,
  Latin1Encoding,
  UnicodeEncoding,
  UTF8Encoding,
  UTF32Encoding,
  Windows1252Encoding,
} from './encoding.js';

/** The shared instances behind `Encoding.UTF8`, `Encoding.ASCII`, ... (one each, as in .NET). */
export const utf8 = new UTF8Encoding(true);
export const asciiEncoding = new ASCIIEncoding();
export const unicode = new UnicodeEncoding(false, true);
export const bigEndianUnicode = new UnicodeEncoding(true, true);
export const utf32 = new UTF32Encoding(false, true);
export const utf32BigEndian = new UTF32Encoding(true, true);
export const latin1Encoding = new Latin1Encoding();
export const windows1252Encoding = new Windows1252Encoding();
const utf8WithoutIdentifier = new UTF8Encoding(false);

/**
 * `Encoding.Default`. .NET Framework answers the ANSI code page of the Windows machine: API
 * Management's .NET Framework gateway runs on Windows with a Western locale, so Windows-1252.
 * Modern .NET answers UTF-8 without a byte-order mark on every platform.
 */
export function defaultEncoding(): Encoding {
  return environment().dotnet === 'framework' ? windows1252Encoding : utf8WithoutIdentifier;
}

const byCodePage = new Map<number, Encoding>([
  [65001, utf8],
  [20127, asciiEncoding],
  [1200, unicode],
  [1201, bigEndianUnicode],
  [12000, utf32],
  [12001, utf32BigEndian],
  [28591, latin1Encoding],
  [1252, windows1252Encoding],
]);

/** The names .NET knows for these encodings (compared case-insensitively). */
const byName = new Map<string, number>([
  ...['utf-8', 'unicode-1-1-utf-8', 'unicode-2-0-utf-8', 'x-unicode11utf8', 'x-unicode20utf8'].map(
    (n) => [n, 65001] as const,
  ),
  ...[
    'us-ascii',
    'ascii',
    'ansi_x3.4-1968',
    'ansi_x3.4-1986',
    'cp367',
    'csascii',
    'ibm367',
    'iso-ir-6',
    'iso646-us',
    'iso_646.irv:1991',
    'us',
  ].map((n) => [n, 20127] as const),
  ...[
    'utf-16',
    'utf-16le',
    'unicode',
    'ucs-2',
    'iso-10646-ucs-2',
    'csunicode',
    'csunicode11',
    'unicode-1-1',
  ].map((n) => [n, 1200] as const),
  ...['utf-16be', 'unicodefffe'].map((n) => [n, 1201] as const),
  ...['utf-32', 'utf-32le'].map((n) => [n, 12000] as const),
  ...['utf-32be'].map((n) => [n, 12001] as const),
  ...[
    'iso-8859-1',
    'cp819',
    'csisolatin1',
    'ibm819',
    'iso-ir-100',
    'iso8859-1',
    'iso_8859-1',
    'iso_8859-1:1987',
    'l1',
    'latin1',
  ].map((n) => [n, 28591] as const),
  ...['windows-1252', 'x-ansi'].map((n) => [n, 1252] as const),
]);

/** Code pages only .NET Framework has built in (modern .NET needs `CodePagesEncodingProvider`). */
const frameworkOnly = new Set([1252]);

function unavailable(codePage: number): boolean {
  return frameworkOnly.has(codePage) && environment().dotnet === 'core';
}

const registerProvider =
  'For information on defining a custom encoding, see the documentation for the Encoding.RegisterProvider method.';

/** `Encoding.GetEncoding(int codepage)`. */
export function encodingOfCodePage(codePage: number): Encoding {
  if (codePage < 0 || codePage > 65535)
    throw argumentOutOfRange('codepage', 'Valid values are between 0 and 65535, inclusive.');
  if (codePage === 0) return defaultEncoding();
  const found = byCodePage.get(codePage);
  if (found === undefined || unavailable(codePage)) {
    throw new DotnetException(
      'System.NotSupportedException',
      `No data is available for encoding ${codePage}. ${registerProvider}`,
    );
  }
  return found;
}

/** `Encoding.GetEncoding(string name)`. */
export function encodingOfName(name: string): Encoding {
  const codePage = byName.get(name.toLowerCase());
  if (codePage === undefined || unavailable(codePage))
    throw argument(`'${name}' is not a supported encoding name. ${registerProvider}`, 'name');
  return byCodePage.get(codePage)!;
}
