import { environment } from '../../environment.js';
import { argument, argumentOutOfRange, format } from '../../exceptions.js';
import { requireArgument, textOfChars } from '../arrays.js';

/**
 * Base-64 as `System.Convert` does it: `ToBase64String` with optional line breaks every 76
 * characters, and `FromBase64String` with .NET's tolerance of spaces, tabs and line breaks and
 * its error messages, which .NET Framework and modern .NET word differently.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LINE_LENGTH = 76;

/** `Base64FormattingOptions`. */
export const Base64FormattingOptions = { None: 0, InsertLineBreaks: 1 } as const;

const badCharMessage = () =>
  environment().dotnet === 'framework'
    ? // .NET Framework's resource string ends with a space.
      'The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters. '
    : 'The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.';

const badChar = () => format(badCharMessage());
const badLength = () =>
  environment().dotnet === 'framework'
    ? format('Invalid length for a Base-64 char array or string.')
    : badChar();

function encode(bytes: Uint8Array, offset: number, length: number, lineBreaks: boolean): string {
  let text = '';
  const end = offset + length;
  let i = offset;
  for (; i + 2 < end; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    text += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  if (end - i === 1) {
    const n = bytes[i]! << 16;
    text += `${ALPHABET[n >> 18]!}${ALPHABET[(n >> 12) & 63]!}==`;
  } else if (end - i === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    text += `${ALPHABET[n >> 18]!}${ALPHABET[(n >> 12) & 63]!}${ALPHABET[(n >> 6) & 63]!}=`;
  }
  if (!lineBreaks || text.length <= LINE_LENGTH) return text;
  const lines: string[] = [];
  for (let at = 0; at < text.length; at += LINE_LENGTH) lines.push(text.slice(at, at + LINE_LENGTH));
  return lines.join('\r\n');
}

/** .NET Framework names no parameter here (Mono does). */
function checkOptions(options: number): boolean {
  if (options !== Base64FormattingOptions.None && options !== Base64FormattingOptions.InsertLineBreaks)
    throw argument(`Illegal enum value: ${options}.`);
  return options === Base64FormattingOptions.InsertLineBreaks;
}

/** `Convert.ToBase64String(inArray[, offset, length][, options])`. */
export function toBase64String(
  inArray: Uint8Array | null,
  offset?: number,
  length?: number,
  options: number = Base64FormattingOptions.None,
): string {
  const bytes = requireArgument(inArray, 'inArray');
  const start = offset ?? 0;
  const count = length ?? bytes.length;
  if (count < 0)
    throw argumentOutOfRange(
      'length',
      'Index was out of range. Must be non-negative and less than the size of the collection.',
    );
  if (start < 0) throw argumentOutOfRange('offset', 'Value must be positive.');
  const lineBreaks = checkOptions(options);
  if (start > bytes.length - count)
    throw argumentOutOfRange('offset', 'Offset and length must refer to a position in the string.');
  return encode(bytes, start, count, lineBreaks);
}

/** `Convert.ToBase64CharArray(inArray, offsetIn, length, outArray, offsetOut[, options])`: returns the number of characters written. */
export function toBase64CharArray(
  inArray: Uint8Array | null,
  offsetIn: number,
  length: number,
  outArray: number[] | null,
  offsetOut: number,
  options: number = Base64FormattingOptions.None,
): number {
  const bytes = requireArgument(inArray, 'inArray');
  const chars = requireArgument(outArray, 'outArray');
  if (length < 0)
    throw argumentOutOfRange(
      'length',
      'Index was out of range. Must be non-negative and less than the size of the collection.',
    );
  if (offsetIn < 0) throw argumentOutOfRange('offsetIn', 'Value must be positive.');
  if (offsetOut < 0) throw argumentOutOfRange('offsetOut', 'Value must be positive.');
  const lineBreaks = checkOptions(options);
  if (offsetIn > bytes.length - length)
    throw argumentOutOfRange('offsetIn', 'Offset and length must refer to a position in the string.');
  const text = encode(bytes, offsetIn, length, lineBreaks);
  if (offsetOut > chars.length - text.length) {
    throw argumentOutOfRange(
      'offsetOut',
      'Either offset did not refer to a position in the string, or there is an insufficient length of destination character array.',
    );
  }
  for (let i = 0; i < text.length; i++) chars[offsetOut + i] = text.charCodeAt(i);
  return text.length;
}

const isWhite = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

function codeOf(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c - 0x41;
  if (c >= 0x61 && c <= 0x7a) return c - 0x61 + 26;
  if (c >= 0x30 && c <= 0x39) return c - 0x30 + 52;
  if (c === 0x2b) return 62;
  if (c === 0x2f) return 63;
  return -1;
}

/**
 * .NET Framework's decoder (`Convert.FromBase64_Decode`): counts the output from the number of
 * significant characters and `=`, then decodes, allowing `=` only as the last one or two
 * significant characters. A last group of fewer than four characters is a length error.
 */
function decodeFramework(text: string): Uint8Array {
  let end = text.length;
  while (end > 0 && isWhite(text.charCodeAt(end - 1))) end--;
  let useful = end;
  let padding = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20) useful--;
    else if (c === 0x3d) {
      useful--;
      padding++;
    }
  }
  if (padding > 2) throw badChar();
  const resultLength = Math.floor(useful / 4) * 3 + (padding === 1 ? 2 : padding === 2 ? 1 : 0);
  const out = new Uint8Array(Math.max(0, resultLength));
  let at = 0;
  const put = (byte: number) => {
    if (at < out.length) out[at++] = byte & 0xff;
  };
  let block = 0xff;
  let i = 0;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    const code = codeOf(c);
    if (code < 0) {
      if (isWhite(c)) continue;
      if (c !== 0x3d) throw badChar();
      break;
    }
    block = ((block << 6) | code) >>> 0;
    if ((block & 0x80000000) !== 0) {
      put(block >> 16);
      put(block >> 8);
      put(block);
      block = 0xff;
    }
  }
  if (i < end) {
    // An '=' at index i.
    if (i === end - 1) {
      block = (block << 6) >>> 0;
      if ((block & 0x80000000) === 0) throw badLength();
      put(block >> 16);
      put(block >> 8);
    } else {
      let j = i + 1;
      while (j < end - 1 && isWhite(text.charCodeAt(j))) j++;
      if (j !== end - 1 || text.charCodeAt(j) !== 0x3d) throw badChar();
      block = (block << 12) >>> 0;
      if ((block & 0x80000000) === 0) throw badLength();
      put(block >> 16);
    }
    block = 0xff;
  }
  if (block !== 0xff) throw badLength();
  return out;
}

/**
 * Modern .NET's decoder: whitespace anywhere is ignored; what remains must be whole groups of
 * four characters, with `=` only at the end of the last one. Every failure is a "bad character".
 */
function decodeCore(text: string): Uint8Array {
  const codes: number[] = [];
  let padding = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isWhite(c)) continue;
    if (c === 0x3d) {
      padding++;
      continue;
    }
    if (padding > 0) throw badChar();
    const code = codeOf(c);
    if (code < 0) throw badChar();
    codes.push(code);
  }
  if (padding > 2 || (codes.length + padding) % 4 !== 0 || (padding > 0 && codes.length % 4 === 0))
    throw badChar();
  const out = new Uint8Array(Math.floor((codes.length * 6) / 8));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const code of codes) {
    value = ((value << 6) | code) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 0xff;
    }
  }
  return out;
}

/** `Convert.FromBase64String(s)`. */
export function fromBase64String(s: string | null): Uint8Array {
  const text = requireArgument(s, 's');
  return environment().dotnet === 'framework' ? decodeFramework(text) : decodeCore(text);
}

/** `Convert.FromBase64CharArray(inArray, offset, length)`. */
export function fromBase64CharArray(inArray: number[] | null, offset: number, length: number): Uint8Array {
  const chars = requireArgument(inArray, 'inArray');
  if (length < 0)
    throw argumentOutOfRange(
      'length',
      'Index was out of range. Must be non-negative and less than the size of the collection.',
    );
  if (offset < 0) throw argumentOutOfRange('offset', 'Value must be positive.');
  if (offset > chars.length - length)
    throw argumentOutOfRange('offset', 'Offset and length must refer to a position in the string.');
  return fromBase64String(textOfChars(chars, offset, offset + length));
}
