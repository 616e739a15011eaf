import { argument, argumentNull, argumentOutOfRange } from '../../exceptions.js';
import {
  argumentNullWith,
  charArray,
  checkRange,
  requireArgument,
  requireArray,
  textOfChars,
} from '../arrays.js';
import type { Encoding } from './encoding.js';
import { encodingOfName } from './encodings.js';

/**
 * The public methods of `System.Text.Encoding`, with .NET's argument checks and parameter
 * names, over the ranges the encodings implement.
 */

const indexCount = { array: 'bytes', index: 'index', count: 'count' } as const;
const charRange = { array: 'chars', index: 'index', count: 'count' } as const;

export function getBytesOfString(self: Encoding, s: string | null): Uint8Array {
  if (s === null) throw argumentNullWith('s', 'String reference not set to an instance of a String.');
  const text = s;
  return self.encode(text, 0, text.length);
}

export function getBytesOfChars(self: Encoding, chars: number[] | null): Uint8Array {
  const array = requireArray(chars, 'chars');
  const text = textOfChars(array);
  return self.encode(text, 0, text.length);
}

export function getBytesOfCharRange(
  self: Encoding,
  chars: number[] | null,
  index: number,
  count: number,
): Uint8Array {
  checkRange(chars, index, count, charRange);
  const text = textOfChars(chars!, index, index + count);
  return self.encode(text, 0, text.length);
}

/** `GetBytes(source, charIndex, charCount, bytes, byteIndex)`: encodes into an existing array, returning the byte count. */
export function getBytesInto(
  self: Encoding,
  source: string | number[] | null,
  charIndex: number,
  charCount: number,
  bytes: Uint8Array | null,
  byteIndex: number,
): number {
  const sourceName = typeof source === 'string' ? 's' : 'chars';
  if (source === null) throw argumentNull(sourceName);
  if (bytes === null) throw argumentNull('bytes');
  checkRange(source, charIndex, charCount, { array: sourceName, index: 'charIndex', count: 'charCount' });
  if (byteIndex < 0 || byteIndex > bytes.length)
    throw argumentOutOfRange(
      'byteIndex',
      'Index was out of range. Must be non-negative and less than the size of the collection.',
    );
  const text =
    typeof source === 'string'
      ? source.slice(charIndex, charIndex + charCount)
      : textOfChars(source, charIndex, charIndex + charCount);
  const encoded = self.encode(text, 0, text.length);
  if (encoded.length > bytes.length - byteIndex) {
    throw argument(
      `The output byte buffer is too small to contain the encoded data, encoding '${self.EncodingName}' fallback 'System.Text.EncoderReplacementFallback'.`,
      'bytes',
    );
  }
  bytes.set(encoded, byteIndex);
  return encoded.length;
}

export function getByteCountOfString(self: Encoding, s: string | null): number {
  const text = requireArgument(s, 's');
  return self.byteCount(text, 0, text.length);
}

export function getByteCountOfChars(self: Encoding, chars: number[] | null): number {
  const text = textOfChars(requireArray(chars, 'chars'));
  return self.byteCount(text, 0, text.length);
}

export function getByteCountOfCharRange(
  self: Encoding,
  chars: number[] | null,
  index: number,
  count: number,
): number {
  checkRange(chars, index, count, charRange);
  const text = textOfChars(chars!, index, index + count);
  return self.byteCount(text, 0, text.length);
}

export function getString(self: Encoding, bytes: Uint8Array | null): string {
  const array = requireArray(bytes, 'bytes');
  return self.decode(array, 0, array.length);
}

export function getStringOfRange(
  self: Encoding,
  bytes: Uint8Array | null,
  index: number,
  count: number,
): string {
  checkRange(bytes, index, count, indexCount);
  return self.decode(bytes!, index, index + count);
}

export function getChars(self: Encoding, bytes: Uint8Array | null): number[] {
  return charArray(getString(self, bytes));
}

export function getCharsOfRange(
  self: Encoding,
  bytes: Uint8Array | null,
  index: number,
  count: number,
): number[] {
  return charArray(getStringOfRange(self, bytes, index, count));
}

export function getCharCount(self: Encoding, bytes: Uint8Array | null): number {
  return getString(self, bytes).length;
}

export function getCharCountOfRange(
  self: Encoding,
  bytes: Uint8Array | null,
  index: number,
  count: number,
): number {
  return getStringOfRange(self, bytes, index, count).length;
}

export function getPreamble(self: Encoding): Uint8Array {
  return self.preamble();
}

export function getMaxByteCount(self: Encoding, charCount: number): number {
  if (charCount < 0) throw argumentOutOfRange('charCount', 'Non-negative number required.');
  return self.maxByteCount(charCount);
}

export function getMaxCharCount(self: Encoding, byteCount: number): number {
  if (byteCount < 0) throw argumentOutOfRange('byteCount', 'Non-negative number required.');
  return self.maxCharCount(byteCount);
}

export function getEncodingByName(name: string | null): Encoding {
  return encodingOfName(requireArgument(name, 'name'));
}

/** `Encoding.Convert(srcEncoding, dstEncoding, bytes[, index, count])`. */
export function convertEncoding(
  source: Encoding | null,
  destination: Encoding | null,
  bytes: Uint8Array | null,
  index?: number,
  count?: number,
): Uint8Array {
  if (source === null) throw argumentNull('srcEncoding');
  if (destination === null) throw argumentNull('dstEncoding');
  const array = requireArgument(bytes, 'bytes');
  const start = index ?? 0;
  const length = count ?? array.length;
  checkRange(array, start, length, indexCount);
  const text = source.decode(array, start, start + length);
  return destination.encode(text, 0, text.length);
}
