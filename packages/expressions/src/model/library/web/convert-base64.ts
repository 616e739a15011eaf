import {
  fromBase64CharArray,
  fromBase64String,
  toBase64CharArray,
  toBase64String,
} from '../../../runtime/web/encoding/base64.js';
import { extendType } from '../../registry.js';
// `System.Convert` is declared by the text area; it must be registered before it is extended.
import '../text/convert.js';

/**
 * The Base-64 members of `System.Convert`, which the text area declares (its module is imported
 * above so that the type exists when this one extends it).
 */
extendType('System.Convert', {
  'static string ToBase64String(byte[] inArray)': (inArray: Uint8Array | null) => toBase64String(inArray),
  'static string ToBase64String(byte[] inArray, Base64FormattingOptions options)': (
    inArray: Uint8Array | null,
    options: number,
  ) => toBase64String(inArray, undefined, undefined, options),
  'static string ToBase64String(byte[] inArray, int offset, int length)': (
    inArray: Uint8Array | null,
    offset: number,
    length: number,
  ) => toBase64String(inArray, offset, length),
  'static string ToBase64String(byte[] inArray, int offset, int length, Base64FormattingOptions options)':
    toBase64String,
  'static int ToBase64CharArray(byte[] inArray, int offsetIn, int length, char[] outArray, int offsetOut)':
    toBase64CharArray,
  'static int ToBase64CharArray(byte[] inArray, int offsetIn, int length, char[] outArray, int offsetOut, Base64FormattingOptions options)':
    toBase64CharArray,
  'static byte[] FromBase64String(string s)': fromBase64String,
  'static byte[] FromBase64CharArray(char[] inArray, int offset, int length)': fromBase64CharArray,
});
