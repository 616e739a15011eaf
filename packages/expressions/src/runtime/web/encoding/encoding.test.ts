import { describe, expect, it } from 'vitest';
import { DotnetException } from '../../exceptions.js';
import { fromBase64String, toBase64CharArray, toBase64String } from './base64.js';
import {
  getByteCountOfString,
  getBytesOfString,
  getEncodingByName,
  getMaxByteCount,
  getMaxCharCount,
  getPreamble,
  getString,
  getStringOfRange,
} from './encoding-methods.js';
import { asciiEncoding, bigEndianUnicode, encodingOfCodePage, unicode, utf8, utf32 } from './encodings.js';

// Expected values were established with Mono (.NET Framework's reference source for these types).

const hex = (bytes: Uint8Array) =>
  [...bytes].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join('-');
const bytes = (...values: number[]) => new Uint8Array(values);

function thrown(action: () => unknown): DotnetException {
  try {
    action();
  } catch (error) {
    if (error instanceof DotnetException) return error;
    throw error;
  }
  throw new Error('nothing was thrown');
}

describe('Encoding', () => {
  it.each([
    ['héllo', '68-C3-A9-6C-6C-6F'],
    ['€😀', 'E2-82-AC-F0-9F-98-80'],
    ['a\uD800b', '61-EF-BF-BD-62'],
    ['a\uDC00\uD800', '61-EF-BF-BD-EF-BF-BD'],
  ])('encodes %j in UTF-8, replacing lone surrogates', (text, expected) => {
    expect(hex(getBytesOfString(utf8, text))).toBe(expected);
  });

  it('decodes UTF-8 with .NET’s replacement of invalid sequences', () => {
    expect(getString(utf8, bytes(0xc0, 0x80))).toBe('\uFFFD\uFFFD');
    expect(getString(utf8, bytes(0xe0, 0x80, 0x80)).length).toBe(2);
    expect(getString(utf8, bytes(0xf4, 0x90, 0x80, 0x80)).length).toBe(3);
    expect(getString(utf8, bytes(0xe2, 0x82, 0x41))).toBe('\uFFFDA');
    expect(getString(utf8, bytes(0xf0, 0x9f, 0x98)).length).toBe(1);
    expect(getString(utf8, bytes(0xef, 0xbb, 0xbf, 0x41))).toBe('\uFEFFA');
    expect(getStringOfRange(utf8, bytes(0x61, 0x62, 0x63, 0x64), 1, 2)).toBe('bc');
  });

  it('checks arguments as .NET does', () => {
    expect(thrown(() => getString(utf8, null)).message).toBe(
      'Array cannot be null.\r\nParameter name: bytes',
    );
    expect(thrown(() => getBytesOfString(utf8, null)).message).toBe(
      'String reference not set to an instance of a String.\r\nParameter name: s',
    );
    expect(thrown(() => getStringOfRange(utf8, bytes(0x61), 0, 2)).message).toBe(
      'Index and count must refer to a location within the buffer.\r\nParameter name: bytes',
    );
  });

  it('encodes ASCII, UTF-16 and UTF-32', () => {
    expect(hex(getBytesOfString(asciiEncoding, 'aé€'))).toBe('61-3F-3F');
    expect(getString(asciiEncoding, bytes(0x41, 0x80, 0xff))).toBe('A??');
    expect(hex(getBytesOfString(unicode, 'Aé😀'))).toBe('41-00-E9-00-3D-D8-00-DE');
    expect(hex(getBytesOfString(bigEndianUnicode, 'Aé'))).toBe('00-41-00-E9');
    expect(hex(getBytesOfString(utf32, 'A😀'))).toBe('41-00-00-00-00-F6-01-00');
    expect(getByteCountOfString(utf8, '日本語😀')).toBe(13);
  });

  it('describes each encoding', () => {
    expect([utf8.WebName, utf8.EncodingName, utf8.CodePage]).toEqual(['utf-8', 'Unicode (UTF-8)', 65001]);
    expect([asciiEncoding.WebName, asciiEncoding.EncodingName, asciiEncoding.CodePage]).toEqual([
      'us-ascii',
      'US-ASCII',
      20127,
    ]);
    expect([unicode.WebName, unicode.CodePage]).toEqual(['utf-16', 1200]);
    expect(hex(getPreamble(utf8))).toBe('EF-BB-BF');
    expect(hex(getPreamble(unicode))).toBe('FF-FE');
    expect(getMaxByteCount(utf8, 10)).toBe(33);
    expect(getMaxCharCount(utf8, 10)).toBe(11);
    expect(getMaxCharCount(unicode, 10)).toBe(6);
    expect(getEncodingByName('utf-8')).toBe(utf8);
    expect(encodingOfCodePage(65001)).toBe(utf8);
  });
});

describe('Base-64', () => {
  it('encodes', () => {
    expect(toBase64String(bytes(0xfb, 0xff, 0xbf))).toBe('+/+/');
    expect(toBase64String(bytes(0, 0))).toBe('AAA=');
    expect(toBase64String(bytes(1, 2, 3, 4, 5), 1, 3)).toBe('AgME');
    const chars: number[] = new Array(10).fill(0);
    expect(toBase64CharArray(bytes(1, 2, 3, 4), 0, 4, chars, 2)).toBe(8);
    expect(String.fromCharCode(...chars.slice(2))).toBe('AQIDBA==');
  });

  it('breaks lines after 76 characters', () => {
    const data = Uint8Array.from({ length: 58 }, (_, i) => i);
    const text = toBase64String(data, undefined, undefined, 1);
    expect(text.split('\r\n').map((line) => line.length)).toEqual([76, 4]);
    expect(toBase64String(data.subarray(0, 57), undefined, undefined, 1)).not.toContain('\r\n');
  });

  it('decodes, skipping white space, and rejects what .NET rejects', () => {
    expect(hex(fromBase64String(' QU JD \r\n'))).toBe('41-42-43');
    expect(hex(fromBase64String('Q Q = ='))).toBe('41');
    expect(hex(fromBase64String('QR=='))).toBe('41');
    expect(hex(fromBase64String('   '))).toBe('');
    for (const bad of ['QQ', 'QQ=', 'A', 'QUJD=', 'Q===', 'QQ==QQ==', 'QU=D', 'QU-_']) {
      expect(thrown(() => fromBase64String(bad)).type, bad).toBe('System.FormatException');
    }
  });

  it('names no parameter for an invalid formatting option, as .NET Framework does', () => {
    expect(thrown(() => toBase64String(bytes(1, 2, 3), 0, 3, 2)).message).toBe('Illegal enum value: 2.');
  });
});
