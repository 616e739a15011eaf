import {
  htmlDecode,
  htmlEncode,
  urlDecode,
  urlDecodeToBytes,
  urlEncode,
  urlEncodeToBytes,
} from '../../../runtime/web/net/web-utility.js';
import { declareType } from '../../registry.js';

/** `System.Net.WebUtility` (API Management allows all of it). */
declareType({
  name: 'System.Net.WebUtility',
  kind: 'class',
  static: true,
  apim: 'all',
  members: {
    'static string UrlEncode(string value)': urlEncode,
    'static string UrlDecode(string encodedValue)': urlDecode,
    'static byte[] UrlEncodeToBytes(byte[] value, int offset, int count)': urlEncodeToBytes,
    'static byte[] UrlDecodeToBytes(byte[] encodedValue, int offset, int count)': urlDecodeToBytes,
    'static string HtmlEncode(string value)': htmlEncode,
    'static string HtmlDecode(string value)': htmlDecode,
  },
});
