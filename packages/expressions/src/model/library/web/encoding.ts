import { Encoding } from '../../../runtime/web/encoding/encoding.js';
import {
  convertEncoding,
  getByteCountOfCharRange,
  getByteCountOfChars,
  getByteCountOfString,
  getBytesInto,
  getBytesOfCharRange,
  getBytesOfChars,
  getBytesOfString,
  getCharCount,
  getCharCountOfRange,
  getChars,
  getCharsOfRange,
  getEncodingByName,
  getMaxByteCount,
  getMaxCharCount,
  getPreamble,
  getString,
  getStringOfRange,
} from '../../../runtime/web/encoding/encoding-methods.js';
import {
  asciiEncoding,
  bigEndianUnicode,
  defaultEncoding,
  encodingOfCodePage,
  unicode,
  utf8,
  utf32,
} from '../../../runtime/web/encoding/encodings.js';
import { jsMethod, jsProperty } from '../../implementation.js';
import { declareType } from '../../registry.js';
import { instanceOf } from './helpers.js';

/**
 * `System.Text.Encoding` (API Management allows all of it) and the concrete encodings its
 * properties return, which expressions cannot name themselves.
 */
declareType({
  name: 'System.Text.Encoding',
  kind: 'class',
  apim: 'all',
  interfaces: ['ICloneable'],
  test: instanceOf(Encoding),
  members: {
    'static Encoding UTF8 { get; }': { implementation: () => utf8, nonNull: true },
    'static Encoding ASCII { get; }': { implementation: () => asciiEncoding, nonNull: true },
    'static Encoding Unicode { get; }': { implementation: () => unicode, nonNull: true },
    'static Encoding BigEndianUnicode { get; }': { implementation: () => bigEndianUnicode, nonNull: true },
    'static Encoding UTF32 { get; }': { implementation: () => utf32, nonNull: true },
    'static Encoding Default { get; }': { implementation: defaultEncoding, nonNull: true },
    'static Encoding GetEncoding(int codepage)': encodingOfCodePage,
    'static Encoding GetEncoding(string name)': getEncodingByName,
    'static byte[] Convert(Encoding srcEncoding, Encoding dstEncoding, byte[] bytes)': convertEncoding,
    'static byte[] Convert(Encoding srcEncoding, Encoding dstEncoding, byte[] bytes, int index, int count)':
      convertEncoding,
    'string WebName { get; }': { implementation: jsProperty('WebName'), nonNull: true },
    'string EncodingName { get; }': { implementation: jsProperty('EncodingName'), nonNull: true },
    'string BodyName { get; }': { implementation: jsProperty('BodyName'), nonNull: true },
    'string HeaderName { get; }': { implementation: jsProperty('HeaderName'), nonNull: true },
    'int CodePage { get; }': jsProperty('CodePage'),
    'int WindowsCodePage { get; }': jsProperty('WindowsCodePage'),
    'bool IsSingleByte { get; }': jsProperty('IsSingleByte'),
    'bool Equals(object value)': jsMethod('Equals'),
    'int GetHashCode()': jsMethod('GetHashCode'),
    'byte[] GetBytes(string s)': getBytesOfString,
    'byte[] GetBytes(char[] chars)': getBytesOfChars,
    'byte[] GetBytes(char[] chars, int index, int count)': getBytesOfCharRange,
    'int GetBytes(string s, int charIndex, int charCount, byte[] bytes, int byteIndex)': getBytesInto,
    'int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)': getBytesInto,
    'int GetByteCount(string s)': getByteCountOfString,
    'int GetByteCount(char[] chars)': getByteCountOfChars,
    'int GetByteCount(char[] chars, int index, int count)': getByteCountOfCharRange,
    'string GetString(byte[] bytes)': getString,
    'string GetString(byte[] bytes, int index, int count)': getStringOfRange,
    'char[] GetChars(byte[] bytes)': getChars,
    'char[] GetChars(byte[] bytes, int index, int count)': getCharsOfRange,
    'int GetCharCount(byte[] bytes)': getCharCount,
    'int GetCharCount(byte[] bytes, int index, int count)': getCharCountOfRange,
    'byte[] GetPreamble()': getPreamble,
    'int GetMaxByteCount(int charCount)': getMaxByteCount,
    'int GetMaxCharCount(int byteCount)': getMaxCharCount,
  },
});

for (const name of [
  'System.Text.UTF8Encoding',
  'System.Text.ASCIIEncoding',
  'System.Text.UnicodeEncoding',
  'System.Text.UTF32Encoding',
  'System.Text.Latin1Encoding',
  'System.Text.SBCSCodePageEncoding',
]) {
  declareType({
    name,
    kind: 'class',
    base: 'System.Text.Encoding',
    apim: 'none',
    test: (value) => value instanceof Encoding && value.ToString() === name,
  });
}
