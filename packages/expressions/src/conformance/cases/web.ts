// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${name} is .NET's substitution syntax in these C# strings
import type { ConformanceCase } from '../case.js';

/**
 * Conformance cases of the 'web' area of the runtime library: regular expressions, encodings,
 * Base-64, hashing and HMAC, AES and API Management's Encrypt/Decrypt, Uri, WebUtility and
 * IPAddress. Expected values are Mono's (run with the en-US culture); where Mono departs from
 * .NET Framework the case gives .NET Framework's outcome from its reference source and says so.
 * Encrypt/Decrypt were run in Mono through a stand-in with API Management's documented behaviour
 * (SymmetricAlgorithm.Create(name), CreateEncryptor/CreateDecryptor, TransformFinalBlock).
 */
export const cases: readonly ConformanceCase[] = [
  // encoding
  { expression: 'Encoding.UTF8.GetString(Encoding.UTF8.GetBytes("héllo wörld"))', expect: 'héllo wörld' },
  { expression: 'BitConverter.ToString(Encoding.UTF8.GetBytes("héllo"))', expect: '68-C3-A9-6C-6C-6F' },
  { expression: 'BitConverter.ToString(Encoding.UTF8.GetBytes("€😀"))', expect: 'E2-82-AC-F0-9F-98-80' },
  { expression: 'BitConverter.ToString(Encoding.UTF8.GetBytes("a\\uD800b"))', expect: '61-EF-BF-BD-62' },
  {
    expression: 'BitConverter.ToString(Encoding.UTF8.GetBytes("a\\uDC00\\uD800"))',
    expect: '61-EF-BF-BD-EF-BF-BD',
  },
  { expression: 'BitConverter.ToString(Encoding.UTF8.GetBytes(""))', expect: '' },
  { expression: 'Encoding.UTF8.GetBytes("日本語").Length', expect: '9' },
  { expression: 'Encoding.UTF8.GetByteCount("日本語😀")', expect: '13' },
  { expression: 'Encoding.UTF8.GetString(new byte[] { 0x41, 0xC3, 0xA9, 0x42 })', expect: 'AéB' },
  { expression: '(int)Encoding.UTF8.GetString(new byte[] { 0xC0, 0x80 })[0]', expect: '65533' },
  { expression: 'Encoding.UTF8.GetString(new byte[] { 0xC0, 0x80 }).Length', expect: '2' },
  { expression: 'Encoding.UTF8.GetString(new byte[] { 0xE0, 0x80, 0x80 }).Length', expect: '2' },
  { expression: 'Encoding.UTF8.GetString(new byte[] { 0xED, 0xA0, 0x80 }).Length', expect: '2' },
  { expression: 'Encoding.UTF8.GetString(new byte[] { 0xF4, 0x90, 0x80, 0x80 }).Length', expect: '3' },
  { expression: 'Encoding.UTF8.GetString(new byte[] { 0xE2, 0x82, 0x41 })', expect: '�A' },
  { expression: 'Encoding.UTF8.GetString(new byte[] { 0xF0, 0x9F, 0x98 }).Length', expect: '1' },
  { expression: 'Encoding.UTF8.GetString(new byte[] { 0xF0, 0x9F, 0x98, 0x80 }).Length', expect: '2' },
  { expression: 'Encoding.UTF8.GetString(new byte[] { 0x80, 0x80, 0x41 })', expect: '��A' },
  { expression: 'Encoding.UTF8.GetString(new byte[] { 0xFF, 0xFE, 0x41 }).Length', expect: '3' },
  { expression: '(int)Encoding.UTF8.GetString(new byte[] { 0xEF, 0xBB, 0xBF, 0x41 })[0]', expect: '65279' },
  { expression: 'Encoding.UTF8.GetString(new byte[] { 0x61, 0x62, 0x63, 0x64 }, 1, 2)', expect: 'bc' },
  { expression: 'Encoding.UTF8.GetString(new byte[] { 0x61 }, 1, 0)', expect: '' },
  {
    expression: 'Encoding.UTF8.GetString(new byte[] { 0x61 }, 0, 2)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Index and count must refer to a location within the buffer.\r\nParameter name: bytes',
  },
  {
    expression: 'Encoding.UTF8.GetString(new byte[] { 0x61 }, -1, 1)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Non-negative number required.\r\nParameter name: index',
  },
  {
    expression: 'Encoding.UTF8.GetString(new byte[] { 0x61 }, 0, -1)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Non-negative number required.\r\nParameter name: count',
  },
  {
    expression: 'Encoding.UTF8.GetString(null)',
    throws: 'System.ArgumentNullException',
    message: 'Array cannot be null.\r\nParameter name: bytes',
  },
  {
    expression: 'Encoding.UTF8.GetBytes((string)null)',
    throws: 'System.ArgumentNullException',
    message: 'String reference not set to an instance of a String.\r\nParameter name: s',
  },
  {
    expression: 'Encoding.UTF8.GetBytes((char[])null)',
    throws: 'System.ArgumentNullException',
    message: 'Array cannot be null.\r\nParameter name: chars',
  },
  {
    expression: "BitConverter.ToString(Encoding.UTF8.GetBytes(new char[] { 'a', 'é' }))",
    expect: '61-C3-A9',
  },
  {
    expression: "BitConverter.ToString(Encoding.UTF8.GetBytes(new char[] { 'a', 'b', 'c' }, 1, 2))",
    expect: '62-63',
  },
  { expression: 'new string(Encoding.UTF8.GetChars(new byte[] { 0x68, 0x69 }))', expect: 'hi' },
  { expression: 'Encoding.UTF8.GetChars(new byte[] { 0xC3, 0xA9 }).Length', expect: '1' },
  { expression: 'Encoding.UTF8.GetCharCount(new byte[] { 0xF0, 0x9F, 0x98, 0x80 })', expect: '2' },
  { expression: 'BitConverter.ToString(Encoding.UTF8.GetPreamble())', expect: 'EF-BB-BF' },
  { expression: 'Encoding.UTF8.GetMaxByteCount(10)', expect: '33' },
  { expression: 'Encoding.UTF8.GetMaxCharCount(10)', expect: '11' },
  {
    expression: 'Encoding.UTF8.GetMaxByteCount(-1)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Non-negative number required.\r\nParameter name: charCount',
  },
  { expression: 'Encoding.UTF8.WebName', expect: 'utf-8' },
  { expression: 'Encoding.UTF8.EncodingName', expect: 'Unicode (UTF-8)' },
  { expression: 'Encoding.UTF8.CodePage', expect: '65001' },
  { expression: 'Encoding.UTF8.BodyName', expect: 'utf-8' },
  { expression: 'Encoding.UTF8.HeaderName', expect: 'utf-8' },
  { expression: 'Encoding.UTF8.IsSingleByte', expect: 'False' },
  { expression: 'Encoding.UTF8.ToString()', expect: 'System.Text.UTF8Encoding' },
  { expression: 'Encoding.UTF8.Equals(Encoding.GetEncoding("utf-8"))', expect: 'True' },
  { expression: 'Encoding.UTF8 == Encoding.UTF8', expect: 'True' },
  { expression: 'Encoding.ASCII.GetString(Encoding.ASCII.GetBytes("héllo😀"))', expect: 'h?llo??' },
  { expression: 'BitConverter.ToString(Encoding.ASCII.GetBytes("aé€"))', expect: '61-3F-3F' },
  { expression: 'Encoding.ASCII.GetString(new byte[] { 0x41, 0x80, 0xFF })', expect: 'A??' },
  { expression: 'Encoding.ASCII.WebName', expect: 'us-ascii' },
  { expression: 'Encoding.ASCII.EncodingName', expect: 'US-ASCII' },
  { expression: 'Encoding.ASCII.CodePage', expect: '20127' },
  { expression: 'Encoding.ASCII.IsSingleByte', expect: 'True' },
  { expression: 'BitConverter.ToString(Encoding.ASCII.GetPreamble())', expect: '' },
  { expression: 'Encoding.ASCII.GetMaxByteCount(10)', expect: '11' },
  {
    expression: 'BitConverter.ToString(Encoding.Unicode.GetBytes("Aé😀"))',
    expect: '41-00-E9-00-3D-D8-00-DE',
  },
  { expression: 'BitConverter.ToString(Encoding.Unicode.GetBytes("a\\uD800"))', expect: '61-00-FD-FF' },
  { expression: 'Encoding.Unicode.GetString(new byte[] { 0x41, 0x00, 0x42, 0x00 })', expect: 'AB' },
  { expression: 'Encoding.Unicode.GetString(new byte[] { 0x41, 0x00, 0x42 }).Length', expect: '2' },
  {
    expression: '(int)Encoding.Unicode.GetString(new byte[] { 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00 })[1]',
    expect: '65533',
  },
  { expression: 'Encoding.Unicode.WebName', expect: 'utf-16' },
  { expression: 'Encoding.Unicode.EncodingName', expect: 'Unicode' },
  { expression: 'Encoding.Unicode.CodePage', expect: '1200' },
  { expression: 'BitConverter.ToString(Encoding.Unicode.GetPreamble())', expect: 'FF-FE' },
  { expression: 'Encoding.Unicode.GetMaxByteCount(10)', expect: '22' },
  { expression: 'Encoding.Unicode.GetMaxCharCount(10)', expect: '6' },
  { expression: 'BitConverter.ToString(Encoding.BigEndianUnicode.GetBytes("Aé"))', expect: '00-41-00-E9' },
  { expression: 'Encoding.BigEndianUnicode.GetString(new byte[] { 0x00, 0x41, 0x00, 0xE9 })', expect: 'Aé' },
  { expression: 'Encoding.BigEndianUnicode.CodePage', expect: '1201' },
  { expression: 'Encoding.BigEndianUnicode.EncodingName', expect: 'Unicode (Big-Endian)' },
  { expression: 'BitConverter.ToString(Encoding.BigEndianUnicode.GetPreamble())', expect: 'FE-FF' },
  { expression: 'BitConverter.ToString(Encoding.UTF32.GetBytes("A😀"))', expect: '41-00-00-00-00-F6-01-00' },
  { expression: 'Encoding.UTF32.GetString(new byte[] { 0x41, 0, 0, 0, 0, 0xF6, 0x01, 0 })', expect: 'A😀' },
  { expression: 'Encoding.UTF32.GetString(new byte[] { 0x41, 0, 0, 0, 0, 0, 0x11, 0 }).Length', expect: '2' },
  { expression: 'Encoding.UTF32.WebName', expect: 'utf-32' },
  { expression: 'Encoding.UTF32.EncodingName', expect: 'Unicode (UTF-32)' },
  { expression: 'Encoding.UTF32.CodePage', expect: '12000' },
  { expression: 'BitConverter.ToString(Encoding.UTF32.GetPreamble())', expect: 'FF-FE-00-00' },
  { expression: 'Encoding.UTF32.GetMaxByteCount(10)', expect: '44' },
  { expression: 'Encoding.UTF32.GetMaxCharCount(10)', expect: '7' },
  { expression: 'Encoding.GetEncoding("utf-32BE").WebName', expect: 'utf-32BE' },
  {
    expression: 'BitConverter.ToString(Encoding.GetEncoding("utf-32BE").GetBytes("A"))',
    expect: '00-00-00-41',
  },
  { expression: 'Encoding.GetEncoding("UTF-8").WebName', expect: 'utf-8' },
  { expression: 'Encoding.GetEncoding("us-ascii").CodePage', expect: '20127' },
  { expression: 'Encoding.GetEncoding("ascii").WebName', expect: 'us-ascii' },
  { expression: 'Encoding.GetEncoding("iso-8859-1").WebName', expect: 'iso-8859-1' },
  { expression: 'Encoding.GetEncoding("latin1").CodePage', expect: '28591' },
  { expression: 'Encoding.GetEncoding("l1").WebName', expect: 'iso-8859-1' },
  { expression: 'Encoding.GetEncoding("utf-16").WebName', expect: 'utf-16' },
  { expression: 'Encoding.GetEncoding("unicode").CodePage', expect: '1200' },
  { expression: 'Encoding.GetEncoding("utf-16le").CodePage', expect: '1200' },
  { expression: 'Encoding.GetEncoding("ucs-2").CodePage', expect: '1200' },
  { expression: 'Encoding.GetEncoding("utf-16BE").CodePage', expect: '1201' },
  { expression: 'Encoding.GetEncoding("unicodeFFFE").CodePage', expect: '1201' },
  { expression: 'Encoding.GetEncoding("utf-32").CodePage', expect: '12000' },
  { expression: 'Encoding.GetEncoding("utf-32le").CodePage', expect: '12000' },
  { expression: 'Encoding.GetEncoding("windows-1252").CodePage', expect: '1252' },
  { expression: 'Encoding.GetEncoding("x-ansi").CodePage', expect: '1252' },
  {
    expression: 'Encoding.GetEncoding("foo")',
    throws: 'System.ArgumentException',
    message:
      "'foo' is not a supported encoding name. For information on defining a custom encoding, see the documentation for the Encoding.RegisterProvider method.\r\nParameter name: name",
  },
  {
    expression: 'Encoding.GetEncoding((string)null)',
    throws: 'System.ArgumentNullException',
    message: 'Value cannot be null.\r\nParameter name: name',
  },
  { expression: 'Encoding.GetEncoding(65001).WebName', expect: 'utf-8' },
  { expression: 'Encoding.GetEncoding(20127).WebName', expect: 'us-ascii' },
  { expression: 'Encoding.GetEncoding(28591).WebName', expect: 'iso-8859-1' },
  { expression: 'Encoding.GetEncoding(1200).WebName', expect: 'utf-16' },
  { expression: 'Encoding.GetEncoding(1201).CodePage', expect: '1201' },
  { expression: 'Encoding.GetEncoding(12000).WebName', expect: 'utf-32' },
  { expression: 'Encoding.GetEncoding(12001).WebName', expect: 'utf-32BE' },
  { expression: 'Encoding.GetEncoding(1252).WebName', expect: 'Windows-1252' },
  { expression: 'Encoding.GetEncoding(1252).EncodingName', expect: 'Western European (Windows)' },
  { expression: 'Encoding.GetEncoding(1252).BodyName', expect: 'iso-8859-1' },
  { expression: 'Encoding.GetEncoding(1252).HeaderName', expect: 'Windows-1252' },
  { expression: 'Encoding.GetEncoding(1252).IsSingleByte', expect: 'True' },
  {
    expression: 'Encoding.GetEncoding(-1)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Valid values are between 0 and 65535, inclusive.\r\nParameter name: codepage',
  },
  {
    expression: 'Encoding.GetEncoding(70000)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Valid values are between 0 and 65535, inclusive.\r\nParameter name: codepage',
  },
  {
    expression: 'Encoding.GetEncoding(99)',
    throws: 'System.NotSupportedException',
    message:
      'No data is available for encoding 99. For information on defining a custom encoding, see the documentation for the Encoding.RegisterProvider method.',
  },
  {
    expression: 'BitConverter.ToString(Encoding.GetEncoding("iso-8859-1").GetBytes("aé€\\u00ff"))',
    expect: '61-E9-3F-FF',
  },
  {
    expression:
      'BitConverter.ToString(Encoding.GetEncoding("iso-8859-1").GetBytes("\\u0100\\u0141\\u2026\\u201c\\uff21"))',
    expect: '41-4C-2E-22-41',
  },
  {
    expression: 'Encoding.GetEncoding("iso-8859-1").GetString(new byte[] { 0x41, 0xE9, 0x80, 0xFF })',
    expect: 'Aéÿ',
  },
  { expression: 'Encoding.GetEncoding(28591).IsSingleByte', expect: 'True' },
  {
    expression: 'BitConverter.ToString(Encoding.GetEncoding(1252).GetBytes("aé€…™"))',
    expect: '61-E9-80-85-99',
  },
  {
    expression: 'Encoding.GetEncoding(1252).GetString(new byte[] { 0x80, 0x85, 0x99, 0x81, 0xE9 })',
    expect: '€…™é',
  },
  {
    expression:
      'BitConverter.ToString(Encoding.Convert(Encoding.UTF8, Encoding.Unicode, Encoding.UTF8.GetBytes("é")))',
    expect: 'E9-00',
  },
  {
    expression:
      'BitConverter.ToString(Encoding.Convert(Encoding.Unicode, Encoding.UTF8, new byte[] { 0xE9, 0x00, 0x41, 0x00 }, 2, 2))',
    expect: '41',
  },
  { expression: "Encoding.UTF8.GetByteCount(new char[] { 'é', 'a' })", expect: '3' },
  { expression: 'Encoding.ASCII.GetByteCount("héllo")', expect: '5' },
  { expression: 'Encoding.Unicode.GetByteCount("héllo")', expect: '10' },
  {
    expression:
      '@{ var buffer = new byte[10]; var n = Encoding.UTF8.GetBytes("hé", 0, 2, buffer, 1); return n + ":" + BitConverter.ToString(buffer, 0, 4); }',
    expect: '3:00-68-C3-A9',
  },
  {
    expression: '@{ var buffer = new byte[2]; return Encoding.UTF8.GetBytes("héllo", 0, 5, buffer, 0); }',
    throws: 'System.ArgumentException',
    message:
      "The output byte buffer is too small to contain the encoded data, encoding 'Unicode (UTF-8)' fallback 'System.Text.EncoderReplacementFallback'.\r\nParameter name: bytes",
  },
  // base64
  {
    expression: 'Convert.ToBase64String(Encoding.UTF8.GetBytes("Hello, World!"))',
    expect: 'SGVsbG8sIFdvcmxkIQ==',
  },
  { expression: 'Convert.ToBase64String(new byte[0])', expect: '' },
  { expression: 'Convert.ToBase64String(new byte[] { 0 })', expect: 'AA==' },
  { expression: 'Convert.ToBase64String(new byte[] { 0, 0 })', expect: 'AAA=' },
  { expression: 'Convert.ToBase64String(new byte[] { 0xFB, 0xFF, 0xBF })', expect: '+/+/' },
  { expression: 'Convert.ToBase64String(Encoding.UTF8.GetBytes("user:pa ss"))', expect: 'dXNlcjpwYSBzcw==' },
  { expression: 'Convert.ToBase64String(new byte[] { 1, 2, 3, 4, 5 }, 1, 3)', expect: 'AgME' },
  { expression: 'Convert.ToBase64String(new byte[] { 1, 2, 3 }, 3, 0)', expect: '' },
  {
    expression: 'Convert.ToBase64String(new byte[] { 1, 2, 3 }, -1, 2)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Value must be positive.\r\nParameter name: offset',
  },
  {
    expression: 'Convert.ToBase64String(new byte[] { 1, 2, 3 }, 1, -2)',
    throws: 'System.ArgumentOutOfRangeException',
    message:
      'Index was out of range. Must be non-negative and less than the size of the collection.\r\nParameter name: length',
  },
  {
    expression: 'Convert.ToBase64String(new byte[] { 1, 2, 3 }, 2, 2)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Offset and length must refer to a position in the string.\r\nParameter name: offset',
  },
  {
    expression: 'Convert.ToBase64String(null)',
    throws: 'System.ArgumentNullException',
    message: 'Value cannot be null.\r\nParameter name: inArray',
  },
  {
    expression: 'Encoding.UTF8.GetString(Convert.FromBase64String("SGVsbG8sIFdvcmxkIQ=="))',
    expect: 'Hello, World!',
  },
  { expression: 'BitConverter.ToString(Convert.FromBase64String("QQ=="))', expect: '41' },
  { expression: 'BitConverter.ToString(Convert.FromBase64String("QUI="))', expect: '41-42' },
  { expression: 'BitConverter.ToString(Convert.FromBase64String("QUJD"))', expect: '41-42-43' },
  { expression: 'BitConverter.ToString(Convert.FromBase64String("QR=="))', expect: '41' },
  { expression: 'BitConverter.ToString(Convert.FromBase64String(""))', expect: '' },
  { expression: 'BitConverter.ToString(Convert.FromBase64String("   "))', expect: '' },
  { expression: 'BitConverter.ToString(Convert.FromBase64String(" QU JD \\r\\n"))', expect: '41-42-43' },
  {
    expression: 'BitConverter.ToString(Convert.FromBase64String("YWJj\\r\\nZGVm"))',
    expect: '61-62-63-64-65-66',
  },
  { expression: 'BitConverter.ToString(Convert.FromBase64String("QQ= ="))', expect: '41' },
  { expression: 'BitConverter.ToString(Convert.FromBase64String("Q Q = ="))', expect: '41' },
  { expression: 'BitConverter.ToString(Convert.FromBase64String("QUJ= "))', expect: '41-42' },
  { expression: 'BitConverter.ToString(Convert.FromBase64String("\\tQUJD\\t"))', expect: '41-42-43' },
  {
    expression: 'Convert.FromBase64String("QQ")',
    throws: 'System.FormatException',
    message: 'Invalid length for a Base-64 char array or string.',
    note: '.NET Framework (reference source) message; Mono words it differently',
  },
  {
    expression: 'Convert.FromBase64String("QQ=")',
    throws: 'System.FormatException',
    message: 'Invalid length for a Base-64 char array or string.',
    note: '.NET Framework (reference source) message; Mono words it differently',
  },
  {
    expression: 'Convert.FromBase64String("A")',
    throws: 'System.FormatException',
    message: 'Invalid length for a Base-64 char array or string.',
    note: '.NET Framework (reference source) message; Mono words it differently',
  },
  {
    expression: 'Convert.FromBase64String("QUJDRA")',
    throws: 'System.FormatException',
    message: 'Invalid length for a Base-64 char array or string.',
    note: '.NET Framework (reference source) message; Mono words it differently',
  },
  {
    expression: 'Convert.FromBase64String("QUJD=")',
    throws: 'System.FormatException',
    message: 'Invalid length for a Base-64 char array or string.',
    note: '.NET Framework (reference source) message; Mono words it differently',
  },
  {
    expression: 'Convert.FromBase64String("Q===")',
    throws: 'System.FormatException',
    message:
      'The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters. ',
    note: ".NET Framework's message ends with a space; Mono's does not",
  },
  {
    expression: 'Convert.FromBase64String("====")',
    throws: 'System.FormatException',
    message:
      'The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters. ',
    note: ".NET Framework's message ends with a space; Mono's does not",
  },
  {
    expression: 'Convert.FromBase64String("QQ==QQ==")',
    throws: 'System.FormatException',
    message:
      'The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters. ',
    note: ".NET Framework's message ends with a space; Mono's does not",
  },
  {
    expression: 'Convert.FromBase64String("QU=D")',
    throws: 'System.FormatException',
    message:
      'The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters. ',
    note: ".NET Framework's message ends with a space; Mono's does not",
  },
  {
    expression: 'Convert.FromBase64String("=QUJ")',
    throws: 'System.FormatException',
    message:
      'The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters. ',
    note: ".NET Framework's message ends with a space; Mono's does not",
  },
  {
    expression: 'Convert.FromBase64String("QUJé")',
    throws: 'System.FormatException',
    message:
      'The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters. ',
    note: ".NET Framework's message ends with a space; Mono's does not",
  },
  {
    expression: 'Convert.FromBase64String("QU-_")',
    throws: 'System.FormatException',
    message:
      'The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters. ',
    note: ".NET Framework's message ends with a space; Mono's does not",
  },
  {
    expression: 'Convert.FromBase64String("QU\\u0001JD")',
    throws: 'System.FormatException',
    message:
      'The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters. ',
    note: ".NET Framework's message ends with a space; Mono's does not",
  },
  {
    expression: 'Convert.FromBase64String(null)',
    throws: 'System.ArgumentNullException',
    message: 'Value cannot be null.\r\nParameter name: s',
  },
  {
    expression: 'BitConverter.ToString(Convert.FromBase64CharArray("xxQUJDxx".ToCharArray(), 2, 4))',
    expect: '41-42-43',
  },
  {
    expression: 'Convert.FromBase64CharArray("QQ==".ToCharArray(), 1, 4)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Offset and length must refer to a position in the string.\r\nParameter name: offset',
  },
  {
    expression: 'Convert.FromBase64CharArray("QQ==".ToCharArray(), -1, 4)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Value must be positive.\r\nParameter name: offset',
  },
  {
    expression: 'Convert.FromBase64CharArray("QQ==".ToCharArray(), 1, -4)',
    throws: 'System.ArgumentOutOfRangeException',
    message:
      'Index was out of range. Must be non-negative and less than the size of the collection.\r\nParameter name: length',
  },
  {
    expression:
      '@{ var chars = new char[10]; var n = Convert.ToBase64CharArray(new byte[] { 1, 2, 3, 4 }, 0, 4, chars, 2); return n + ":" + new string(chars, 2, n); }',
    expect: '8:AQIDBA==',
  },
  {
    expression:
      '@{ var chars = new char[4]; return Convert.ToBase64CharArray(new byte[] { 1, 2, 3, 4 }, 0, 4, chars, 1); }',
    throws: 'System.ArgumentOutOfRangeException',
    message:
      'Either offset did not refer to a position in the string, or there is an insufficient length of destination character array.\r\nParameter name: offsetOut',
  },
  { expression: 'Convert.ToBase64String(Convert.FromBase64String("dGVzdA=="))', expect: 'dGVzdA==' },
  {
    expression:
      'Encoding.UTF8.GetString(Convert.FromBase64String(Convert.ToBase64String(Encoding.UTF8.GetBytes("日本語 😀"))))',
    expect: '日本語 😀',
  },
  {
    expression:
      'Convert.ToBase64String(Encoding.UTF8.GetBytes("subject?with/slashes+plus")).Replace("+", "-").Replace("/", "_").TrimEnd(\'=\')',
    expect: 'c3ViamVjdD93aXRoL3NsYXNoZXMrcGx1cw',
  },
  // crypto
  {
    expression:
      'BitConverter.ToString(SHA256.Create().ComputeHash(Encoding.UTF8.GetBytes("abc"))).Replace("-", "")',
    expect: 'BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD',
  },
  {
    expression: 'Convert.ToBase64String(SHA256.Create().ComputeHash(Encoding.UTF8.GetBytes("")))',
    expect: '47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=',
  },
  {
    expression:
      'BitConverter.ToString(SHA1.Create().ComputeHash(Encoding.UTF8.GetBytes("abc"))).Replace("-", "").ToLower()',
    expect: 'a9993e364706816aba3e25717850c26c9cd0d89d',
  },
  {
    expression:
      'BitConverter.ToString(MD5.Create().ComputeHash(Encoding.UTF8.GetBytes("abc"))).Replace("-", "").ToLower()',
    expect: '900150983cd24fb0d6963f7d28e17f72',
  },
  {
    expression: 'Convert.ToBase64String(SHA384.Create().ComputeHash(Encoding.UTF8.GetBytes("abc")))',
    expect: 'ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn',
  },
  {
    expression: 'Convert.ToBase64String(SHA512.Create().ComputeHash(Encoding.UTF8.GetBytes("abc")))',
    expect: '3a81oZNherrMQXNJriBBMRLm+k6JqX6iCp7u5ktV05ohkpkqJ0/BqDa6PCOj/uu9RU1EI2Q86A4qmslPpUyknw==',
  },
  {
    expression: 'Convert.ToBase64String(new SHA256Managed().ComputeHash(Encoding.UTF8.GetBytes("abc")))',
    expect: 'ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=',
  },
  {
    expression: 'Convert.ToBase64String(new SHA1Managed().ComputeHash(Encoding.UTF8.GetBytes("abc")))',
    expect: 'qZk+NkcGgWq6PiVxeFDCbJzQ2J0=',
  },
  {
    expression: 'Convert.ToBase64String(new SHA384Managed().ComputeHash(Encoding.UTF8.GetBytes("abc")))',
    expect: 'ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn',
  },
  {
    expression: 'Convert.ToBase64String(new SHA512Managed().ComputeHash(Encoding.UTF8.GetBytes("abc")))',
    expect: '3a81oZNherrMQXNJriBBMRLm+k6JqX6iCp7u5ktV05ohkpkqJ0/BqDa6PCOj/uu9RU1EI2Q86A4qmslPpUyknw==',
  },
  {
    expression: 'Convert.ToBase64String(SHA256.Create().ComputeHash(Encoding.UTF8.GetBytes("xabcx"), 1, 3))',
    expect: 'ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=',
  },
  {
    expression: 'SHA256.Create().ComputeHash(new byte[3], -1, 2)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Non-negative number required.\r\nParameter name: offset',
  },
  {
    expression: 'SHA256.Create().ComputeHash(new byte[3], 0, 4)',
    throws: 'System.ArgumentException',
    message: 'Value was invalid.',
    note: '.NET Framework (reference source) message; Mono words it differently',
  },
  {
    expression: 'SHA256.Create().ComputeHash(new byte[3], 2, 2)',
    throws: 'System.ArgumentException',
    message:
      'Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.',
  },
  {
    expression: 'SHA256.Create().ComputeHash((byte[])null)',
    throws: 'System.ArgumentNullException',
    message: 'Value cannot be null.\r\nParameter name: buffer',
  },
  { expression: 'SHA256.Create().HashSize', expect: '256' },
  { expression: 'SHA1.Create().HashSize', expect: '160' },
  { expression: 'MD5.Create().HashSize', expect: '128' },
  { expression: 'SHA384.Create().HashSize', expect: '384' },
  { expression: 'SHA512.Create().HashSize', expect: '512' },
  {
    expression: 'SHA256.Create()',
    expect: 'System.Security.Cryptography.SHA256Managed',
    type: 'System.Security.Cryptography.SHA256Managed',
  },
  {
    expression: 'SHA1.Create()',
    expect: 'System.Security.Cryptography.SHA1CryptoServiceProvider',
    type: 'System.Security.Cryptography.SHA1CryptoServiceProvider',
  },
  {
    expression: 'MD5.Create()',
    expect: 'System.Security.Cryptography.MD5CryptoServiceProvider',
    type: 'System.Security.Cryptography.MD5CryptoServiceProvider',
  },
  {
    expression: 'SHA512.Create()',
    expect: 'System.Security.Cryptography.SHA512Managed',
    type: 'System.Security.Cryptography.SHA512Managed',
  },
  {
    expression: 'HashAlgorithm.Create("SHA256")',
    expect: 'System.Security.Cryptography.SHA256Managed',
    type: 'System.Security.Cryptography.SHA256Managed',
  },
  { expression: 'HashAlgorithm.Create("sha-512").HashSize', expect: '512' },
  { expression: 'HashAlgorithm.Create("MD5").HashSize', expect: '128' },
  { expression: 'HashAlgorithm.Create("nope") == null', expect: 'True' },
  {
    expression: 'HashAlgorithm.Create("HMACSHA256")',
    expect: 'System.Security.Cryptography.HMACSHA256',
    type: 'System.Security.Cryptography.HMACSHA256',
  },
  { expression: 'SHA256.Create("SHA256").HashSize', expect: '256' },
  {
    expression:
      '@{ var sha = SHA256.Create(); sha.ComputeHash(Encoding.UTF8.GetBytes("abc")); return Convert.ToBase64String(sha.Hash); }',
    expect: 'ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=',
  },
  {
    expression:
      '@{ var sha = SHA256.Create(); var data = Encoding.UTF8.GetBytes("abc"); sha.TransformBlock(data, 0, 2, null, 0); sha.TransformFinalBlock(data, 2, 1); return Convert.ToBase64String(sha.Hash); }',
    expect: 'ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=',
  },
  {
    expression:
      '@{ var sha = SHA256.Create(); var data = Encoding.UTF8.GetBytes("abc"); var output = new byte[3]; var n = sha.TransformBlock(data, 0, 3, output, 0); return n + ":" + BitConverter.ToString(output); }',
    expect: '3:61-62-63',
  },
  {
    expression:
      '@{ var sha = SHA256.Create(); var data = Encoding.UTF8.GetBytes("abc"); return BitConverter.ToString(sha.TransformFinalBlock(data, 1, 2)); }',
    expect: '62-63',
  },
  {
    expression:
      '@{ var sha = SHA256.Create(); sha.TransformBlock(new byte[1], 0, 1, null, 0); return sha.Hash; }',
    throws: 'System.Security.Cryptography.CryptographicUnexpectedOperationException',
    message: 'Hash must be finalized before the hash value is retrieved.',
  },
  {
    expression: '@{ var sha = SHA256.Create(); sha.Dispose(); return sha.ComputeHash(new byte[1]); }',
    throws: 'System.ObjectDisposedException',
    message: 'Cannot access a disposed object.',
  },
  {
    expression:
      '@{ using (var sha = SHA256.Create()) { return sha.ComputeHash(Encoding.UTF8.GetBytes("a")).Length; } }',
    expect: '32',
  },
  {
    expression:
      '@{ var sha = SHA1.Create(); var a = Convert.ToBase64String(sha.ComputeHash(Encoding.UTF8.GetBytes("a"))); var b = Convert.ToBase64String(sha.ComputeHash(Encoding.UTF8.GetBytes("a"))); return a == b; }',
    expect: 'True',
  },
  {
    expression:
      'Convert.ToBase64String(new HMACSHA256(Encoding.UTF8.GetBytes("key")).ComputeHash(Encoding.UTF8.GetBytes("The quick brown fox jumps over the lazy dog")))',
    expect: '97yD9DBThCSxMpjmqm+xQ+9NWaFJRhdZl0edvC0aPNg=',
  },
  {
    expression:
      'BitConverter.ToString(new HMACSHA256(Encoding.UTF8.GetBytes("key")).ComputeHash(Encoding.UTF8.GetBytes("The quick brown fox jumps over the lazy dog"))).Replace("-", "").ToLower()',
    expect: 'f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8',
  },
  {
    expression:
      'BitConverter.ToString(new HMACSHA1(Encoding.UTF8.GetBytes("key")).ComputeHash(Encoding.UTF8.GetBytes("The quick brown fox jumps over the lazy dog"))).Replace("-", "").ToLower()',
    expect: 'de7c9b85b8b78aa6bc8a7a36f70a90701c9db4d9',
  },
  {
    expression:
      'BitConverter.ToString(new HMACMD5(Encoding.UTF8.GetBytes("key")).ComputeHash(Encoding.UTF8.GetBytes("The quick brown fox jumps over the lazy dog"))).Replace("-", "").ToLower()',
    expect: '80070713463e7749b90c2dc24911e275',
  },
  {
    expression:
      'Convert.ToBase64String(new HMACSHA384(Encoding.UTF8.GetBytes("key")).ComputeHash(Encoding.UTF8.GetBytes("message")))',
    expect: 'D9OuMje+mMZKB1tzlJifxnifMXiPraQurahe5mmL3i/q4gtmJxtnVEuQYsdzsthv',
  },
  {
    expression:
      'Convert.ToBase64String(new HMACSHA512(Encoding.UTF8.GetBytes("key")).ComputeHash(Encoding.UTF8.GetBytes("message")))',
    expect: '5Hc4TXyiKd0UJuZLY+vy0269bX5mmmc1Qk5y6mwB0/i1brOcNtgjL1QnmZuNGj+c0RKPxp9NdbQ0IWgQ+jZ+mA==',
  },
  {
    expression: 'Convert.ToBase64String(new HMACSHA256(new byte[0]).ComputeHash(new byte[0]))',
    expect: 'thNnmggU2ex3L5XXeMNfxf8Wl8STcVZTxscSFEKSxa0=',
  },
  {
    expression:
      'Convert.ToBase64String(new HMACSHA256(Enumerable.Repeat((byte)0xAA, 131).ToArray()).ComputeHash(Encoding.UTF8.GetBytes("Test Using Larger Than Block-Size Key - Hash Key First")))',
    expect: 'YOQxWR7gtn8Niiaqy/W3f44LxiE3KMUUBUYEDw7jf1Q=',
  },
  {
    expression:
      'Convert.ToBase64String(new HMACSHA512(Enumerable.Repeat((byte)0xAA, 131).ToArray()).ComputeHash(Encoding.UTF8.GetBytes("Test Using Larger Than Block-Size Key - Hash Key First")))',
    expect: 'gLJCY8fBo+u3FJPB3XvotJtG0fQbSu7BEhsBN4P481JrVtA34F8lmL0P0iFdah5SleZPc/Y/CuyLkVqYXXhlmA==',
  },
  {
    expression:
      '@{ var h = new HMACSHA256(); h.Key = Encoding.UTF8.GetBytes("key"); return Convert.ToBase64String(h.ComputeHash(Encoding.UTF8.GetBytes("data"))); }',
    expect: 'UDH+PZicbRU3oBP6bnOdojRj/a7DtwE32Cjjas4iG9A=',
  },
  {
    expression:
      '@{ var h = new HMACSHA256(Encoding.UTF8.GetBytes("key")); return Encoding.UTF8.GetString(h.Key); }',
    expect: 'key',
  },
  { expression: 'new HMACSHA256().Key.Length', expect: '64' },
  { expression: 'new HMACSHA1().Key.Length', expect: '64' },
  { expression: 'new HMACMD5().Key.Length', expect: '64' },
  { expression: 'new HMACSHA384().Key.Length', expect: '128' },
  { expression: 'new HMACSHA512().Key.Length', expect: '128' },
  { expression: 'new HMACSHA256().HashName', expect: 'SHA256' },
  { expression: 'new HMACSHA512().HashName', expect: 'SHA512' },
  { expression: 'new HMACSHA256().HashSize', expect: '256' },
  { expression: 'new HMACSHA1().HashSize', expect: '160' },
  {
    expression: 'HMAC.Create()',
    expect: 'System.Security.Cryptography.HMACSHA1',
    type: 'System.Security.Cryptography.HMACSHA1',
  },
  {
    expression: 'HMAC.Create("HMACSHA256")',
    expect: 'System.Security.Cryptography.HMACSHA256',
    type: 'System.Security.Cryptography.HMACSHA256',
  },
  {
    expression: 'KeyedHashAlgorithm.Create()',
    expect: 'System.Security.Cryptography.HMACSHA1',
    type: 'System.Security.Cryptography.HMACSHA1',
  },
  {
    expression:
      '@{ var h = new HMACSHA256(Encoding.UTF8.GetBytes("k")); h.TransformBlock(new byte[1], 0, 1, null, 0); h.Key = new byte[1]; return "no"; }',
    throws: 'System.Security.Cryptography.CryptographicException',
    message: 'Hash key cannot be changed after the first write to the stream.',
  },
  {
    expression:
      '@{ var h = new HMACSHA256(Encoding.UTF8.GetBytes("key")); var d = Encoding.UTF8.GetBytes("data"); h.TransformBlock(d, 0, 2, null, 0); h.TransformFinalBlock(d, 2, 2); return Convert.ToBase64String(h.Hash); }',
    expect: 'UDH+PZicbRU3oBP6bnOdojRj/a7DtwE32Cjjas4iG9A=',
  },
  {
    expression:
      "@{ var key = Encoding.UTF8.GetBytes(\"secret\"); var sig = new HMACSHA256(key).ComputeHash(Encoding.UTF8.GetBytes(\"header.payload\")); return Convert.ToBase64String(sig).TrimEnd('=').Replace('+', '-').Replace('/', '_'); }",
    expect: 'Z6i9S6ZA2aIWif9sETeqAT86NRYSiUvBz2wzPI7aP0s',
  },
  {
    expression:
      '@{ var rng = new RNGCryptoServiceProvider(); var bytes = new byte[16]; rng.GetBytes(bytes); return bytes.Length; }',
    expect: '16',
  },
  {
    expression:
      '@{ var rng = new RNGCryptoServiceProvider(); var bytes = new byte[64]; rng.GetNonZeroBytes(bytes); return bytes.All(b => b != 0); }',
    expect: 'True',
  },
  {
    expression: '@{ var rng = new RNGCryptoServiceProvider(); rng.GetBytes((byte[])null); return 1; }',
    throws: 'System.ArgumentNullException',
    message: 'Value cannot be null.\r\nParameter name: data',
  },
  { expression: 'HashAlgorithmName.SHA256.Name', expect: 'SHA256' },
  { expression: 'HashAlgorithmName.SHA256.ToString()', expect: 'SHA256' },
  {
    expression:
      'HashAlgorithmName.MD5.Name + HashAlgorithmName.SHA1.Name + HashAlgorithmName.SHA384.Name + HashAlgorithmName.SHA512.Name',
    expect: 'MD5SHA1SHA384SHA512',
  },
  { expression: 'HashAlgorithmName.SHA256 == new HashAlgorithmName("SHA256")', expect: 'True' },
  { expression: 'HashAlgorithmName.SHA256 == new HashAlgorithmName("sha256")', expect: 'False' },
  { expression: 'HashAlgorithmName.SHA256 != HashAlgorithmName.SHA1', expect: 'True' },
  { expression: 'HashAlgorithmName.SHA256.Equals(new HashAlgorithmName("SHA256"))', expect: 'True' },
  { expression: 'default(HashAlgorithmName).Name == null', expect: 'True' },
  { expression: '"[" + default(HashAlgorithmName).ToString() + "]"', expect: '[]' },
  { expression: 'RSASignaturePadding.Pkcs1.ToString()', expect: 'Pkcs1' },
  { expression: 'RSASignaturePadding.Pss.ToString()', expect: 'Pss' },
  { expression: 'RSASignaturePadding.Pkcs1 == RSASignaturePadding.Pkcs1', expect: 'True' },
  { expression: 'RSASignaturePadding.Pkcs1 == RSASignaturePadding.Pss', expect: 'False' },
  { expression: 'RSAEncryptionPadding.Pkcs1.ToString()', expect: 'Pkcs1' },
  { expression: 'RSAEncryptionPadding.OaepSHA1.ToString()', expect: 'OaepSHA1' },
  { expression: 'RSAEncryptionPadding.OaepSHA256.ToString()', expect: 'OaepSHA256' },
  { expression: 'RSAEncryptionPadding.OaepSHA512.OaepHashAlgorithm.Name', expect: 'SHA512' },
  {
    expression: 'RSAEncryptionPadding.CreateOaep(HashAlgorithmName.SHA384).ToString()',
    expect: 'OaepSHA384',
  },
  {
    expression:
      'RSAEncryptionPadding.CreateOaep(HashAlgorithmName.SHA256) == RSAEncryptionPadding.OaepSHA256',
    expect: 'True',
  },
  { expression: 'RSAEncryptionPadding.Pkcs1.OaepHashAlgorithm.Name == null', expect: 'True' },
  { expression: 'new Oid("2.5.4.3").FriendlyName', expect: 'CN' },
  { expression: 'new Oid("sha256").Value', expect: '2.16.840.1.101.3.4.2.1' },
  { expression: 'new Oid("SHA256").Value', expect: '2.16.840.1.101.3.4.2.1' },
  { expression: 'new Oid("1.2.840.113549.1.1.11").FriendlyName', expect: 'sha256RSA' },
  { expression: 'new Oid("1.2.840.113549.1.1.1").FriendlyName', expect: 'RSA' },
  { expression: 'new Oid("RSA").Value', expect: '1.2.840.113549.1.1.1' },
  { expression: 'new Oid("2.5.29.17").FriendlyName', expect: 'Subject Alternative Name' },
  {
    expression: 'new Oid("2.5.29.37").FriendlyName',
    expect: 'Enhanced Key Usage',
    note: "Windows' OID table, which .NET Framework uses; Mono says Extended Key Usage",
  },
  { expression: 'new Oid("1.2.840.10045.2.1").FriendlyName', expect: 'ECC' },
  { expression: 'new Oid("1.2.3.4").FriendlyName == null', expect: 'True' },
  { expression: 'new Oid("foo").Value', expect: 'foo' },
  { expression: 'new Oid("1.2.3", "custom").FriendlyName', expect: 'custom' },
  { expression: 'new Oid("CN").Value', expect: '2.5.4.3' },
  { expression: 'new Oid("E").Value', expect: '1.2.840.113549.1.9.1' },
  { expression: 'new Oid("sha1RSA").Value', expect: '1.2.840.113549.1.1.5' },
  { expression: 'new Oid(new Oid("2.5.4.10")).FriendlyName', expect: 'O' },
  { expression: 'new Oid().Value == null', expect: 'True' },
  {
    expression: '@{ var o = new Oid(); o.FriendlyName = "sha512"; return o.Value; }',
    expect: '2.16.840.1.101.3.4.2.3',
  },
  { expression: '@{ var o = new Oid("1.2.3"); o.Value = "2.5.4.11"; return o.Value; }', expect: '2.5.4.11' },
  { expression: 'new Oid("2.5.4.3").ToString()', expect: 'System.Security.Cryptography.Oid' },
  {
    expression:
      '@{ Func<byte[], string, byte[]> sign = (k, d) => new HMACSHA256(k).ComputeHash(Encoding.UTF8.GetBytes(d)); var kDate = sign(Encoding.UTF8.GetBytes("AWS4secret"), "20240115"); var kRegion = sign(kDate, "us-east-1"); var kService = sign(kRegion, "s3"); var kSigning = sign(kService, "aws4_request"); return BitConverter.ToString(sign(kSigning, "payload")).Replace("-", "").ToLowerInvariant(); }',
    expect: '766952c515f3e6cbb11d8bcbab9565ee7d760a4f50bdd7e8f5aa2f75ea33607c',
  },
  {
    expression:
      'Convert.ToBase64String(new HMACSHA1(Encoding.UTF8.GetBytes("secret")).ComputeHash(Encoding.UTF8.GetBytes("GET\\n/resource")))',
    expect: 'npOFf7bHrGdKhwlJ+u1WonjKksI=',
  },
  // aes
  {
    expression:
      'Convert.ToBase64String(Encoding.UTF8.GetBytes("Hello, APIM!").Encrypt("Aes", Encoding.UTF8.GetBytes("0123456789abcdef0123456789abcdef"), Encoding.UTF8.GetBytes("abcdef9876543210")))',
    expect: '00BBIXGBia+5KxfTXGqdVw==',
  },
  {
    expression:
      'Encoding.UTF8.GetString(Encoding.UTF8.GetBytes("round trip ✓").Encrypt("Aes", Encoding.UTF8.GetBytes("0123456789abcdef0123456789abcdef"), Encoding.UTF8.GetBytes("abcdef9876543210")).Decrypt("Aes", Encoding.UTF8.GetBytes("0123456789abcdef0123456789abcdef"), Encoding.UTF8.GetBytes("abcdef9876543210")))',
    expect: 'round trip ✓',
  },
  {
    expression: 'BitConverter.ToString(new byte[] { 1, 2, 3 }.Encrypt("Aes", new byte[16], new byte[16]))',
    expect: 'C1-B3-92-7C-67-51-2C-32-E2-D9-47-E7-8C-D3-D2-29',
  },
  {
    expression: 'BitConverter.ToString(new byte[0].Encrypt("Aes", new byte[16], new byte[16]))',
    expect: '01-43-DB-63-EE-66-B0-CD-FF-9F-69-91-76-80-15-1E',
  },
  {
    expression: 'BitConverter.ToString(new byte[16].Encrypt("Aes", new byte[16], new byte[16]))',
    expect: '66-E9-4B-D4-EF-8A-2C-3B-88-4C-FA-59-CA-34-2B-2E-94-34-DE-C2-D0-0F-DA-C7-65-F0-0C-0C-11-62-8C-D1',
  },
  { expression: 'new byte[16].Encrypt("Aes", new byte[16], new byte[16]).Length', expect: '32' },
  { expression: 'new byte[15].Encrypt("Aes", new byte[16], new byte[16]).Length', expect: '16' },
  { expression: 'new byte[17].Encrypt("Aes", new byte[16], new byte[16]).Length', expect: '32' },
  {
    expression:
      'Convert.ToBase64String(Encoding.UTF8.GetBytes("secret").Encrypt("Aes", Encoding.UTF8.GetBytes("0123456789abcdef0123456789ab"), Encoding.UTF8.GetBytes("abcdef9876543210")))',
    throws: 'System.ArgumentException',
    message: 'Specified key is not a valid size for this algorithm.\r\nParameter name: key',
    note: 'a 28-byte key; .NET Framework (reference source) message; Mono words it differently',
  },
  {
    expression:
      'Convert.ToBase64String(Encoding.UTF8.GetBytes("secret").Encrypt("Aes", Encoding.UTF8.GetBytes("0123456789abcdef"), Encoding.UTF8.GetBytes("abcdef9876543210")))',
    expect: 'mO3XeRylAdXPqGOt+rLPSA==',
  },
  {
    expression: 'new byte[] { 1 }.Encrypt("Aes", new byte[15], new byte[16])',
    throws: 'System.ArgumentException',
    message: 'Specified key is not a valid size for this algorithm.\r\nParameter name: key',
    note: 'a 15-byte key; .NET Framework (reference source) message; Mono words it differently',
  },
  {
    expression: 'new byte[] { 1 }.Encrypt("Aes", new byte[16], new byte[8])',
    throws: 'System.ArgumentException',
    message:
      'Specified initialization vector (IV) does not match the block size for this algorithm.\r\nParameter name: iv',
    note: '.NET Framework (reference source) message; Mono words it differently',
  },
  {
    expression: 'new byte[] { 1, 2, 3 }.Decrypt("Aes", new byte[16], new byte[16])',
    throws: 'System.Security.Cryptography.CryptographicException',
    message: 'The input data is not a complete block.',
    note: '.NET Framework (reference source) message; Mono words it differently',
  },
  {
    expression: 'new byte[16].Decrypt("Aes", new byte[16], new byte[16])',
    throws: 'System.Security.Cryptography.CryptographicException',
    message: 'Padding is invalid and cannot be removed.',
    note: '.NET Framework (reference source) message; Mono words it differently',
  },
  {
    expression: 'new byte[] { 1 }.Encrypt("Nope", new byte[16], new byte[16])',
    throws: 'System.NullReferenceException',
    message: 'Object reference not set to an instance of an object.',
  },
  {
    expression:
      '@{ var aes = SymmetricAlgorithm.Create("Aes"); aes.Key = new byte[16]; aes.IV = new byte[16]; return BitConverter.ToString(new byte[] { 1, 2, 3 }.Encrypt(aes)); }',
    expect: 'C1-B3-92-7C-67-51-2C-32-E2-D9-47-E7-8C-D3-D2-29',
  },
  {
    expression:
      '@{ var aes = SymmetricAlgorithm.Create("Aes"); return BitConverter.ToString(new byte[] { 1, 2, 3 }.Encrypt(aes, new byte[16], new byte[16])); }',
    expect: 'C1-B3-92-7C-67-51-2C-32-E2-D9-47-E7-8C-D3-D2-29',
  },
  {
    expression:
      '@{ var aes = SymmetricAlgorithm.Create("Aes"); aes.Mode = CipherMode.ECB; return BitConverter.ToString(new byte[] { 1, 2, 3 }.Encrypt(aes, new byte[16], new byte[16])); }',
    expect: 'C1-B3-92-7C-67-51-2C-32-E2-D9-47-E7-8C-D3-D2-29',
  },
  {
    expression:
      '@{ var aes = SymmetricAlgorithm.Create("Aes"); aes.Padding = PaddingMode.Zeros; return BitConverter.ToString(new byte[] { 1, 2, 3 }.Encrypt(aes, new byte[16], new byte[16])); }',
    expect: '96-3C-CC-F6-3C-96-C0-F5-A4-91-7A-EF-95-46-8B-B7',
  },
  {
    expression:
      '@{ var aes = SymmetricAlgorithm.Create("Aes"); aes.Padding = PaddingMode.ANSIX923; var c = new byte[] { 1, 2, 3 }.Encrypt(aes, new byte[16], new byte[16]); aes.Padding = PaddingMode.None; return BitConverter.ToString(c.Decrypt(aes, new byte[16], new byte[16])); }',
    expect: '01-02-03-00-00-00-00-00-00-00-00-00-00-00-00-0D',
  },
  {
    expression:
      '@{ var aes = SymmetricAlgorithm.Create("Aes"); aes.Padding = PaddingMode.ISO10126; var c = new byte[] { 1, 2, 3 }.Encrypt(aes, new byte[16], new byte[16]); return BitConverter.ToString(c.Decrypt(aes, new byte[16], new byte[16])); }',
    expect: '01-02-03',
  },
  {
    expression:
      '@{ var aes = SymmetricAlgorithm.Create("Aes"); aes.Padding = PaddingMode.None; return new byte[] { 1, 2, 3 }.Encrypt(aes, new byte[16], new byte[16]); }',
    throws: 'System.Security.Cryptography.CryptographicException',
    message: 'The input data is not a complete block.',
    note: '.NET Framework (reference source) message; Mono words it differently',
  },
  {
    expression:
      '@{ var aes = SymmetricAlgorithm.Create("Aes"); aes.Padding = PaddingMode.None; return BitConverter.ToString(new byte[16].Encrypt(aes, new byte[16], new byte[16])); }',
    expect: '66-E9-4B-D4-EF-8A-2C-3B-88-4C-FA-59-CA-34-2B-2E',
  },
  {
    expression:
      '@{ var aes = SymmetricAlgorithm.Create("Aes"); aes.Padding = PaddingMode.Zeros; var c = new byte[] { 1, 2, 3 }.Encrypt(aes, new byte[16], new byte[16]); return BitConverter.ToString(c.Decrypt(aes, new byte[16], new byte[16])); }',
    expect: '01-02-03-00-00-00-00-00-00-00-00-00-00-00-00-00',
  },
  {
    expression:
      '@{ var aes = SymmetricAlgorithm.Create("Aes"); return aes.KeySize + "/" + aes.BlockSize + "/" + aes.FeedbackSize + "/" + aes.Mode + "/" + aes.Padding + "/" + aes.Key.Length + "/" + aes.IV.Length; }',
    expect: '256/128/8/CBC/PKCS7/32/16',
  },
  {
    expression:
      '@{ var aes = SymmetricAlgorithm.Create("Aes"); aes.Mode = CipherMode.CFB; return BitConverter.ToString(new byte[] { 1, 2, 3 }.Encrypt(aes, new byte[16], new byte[16])); }',
    expect: '67-75-30-38-BE-57-E5-83-C0-C5-C1-0E-51-DB-DA-06',
  },
  {
    expression:
      '@{ var aes = SymmetricAlgorithm.Create("Aes"); aes.Mode = CipherMode.CFB; var c = Encoding.UTF8.GetBytes("cfb mode text").Encrypt(aes, new byte[16], new byte[16]); return Encoding.UTF8.GetString(c.Decrypt(aes, new byte[16], new byte[16])); }',
    expect: 'cfb mode text',
  },
  {
    expression:
      '@{ var aes = SymmetricAlgorithm.Create("Rijndael"); aes.Mode = CipherMode.CFB; return BitConverter.ToString(new byte[] { 1, 2, 3 }.Encrypt(aes, new byte[16], new byte[16])); }',
    expect: '67-EB-48-D9-E2-87-21-36-85-41-F7-54-C7-39-26-23',
  },
  {
    expression: '@{ var aes = SymmetricAlgorithm.Create("Aes"); aes.Mode = CipherMode.CTS; return 0; }',
    throws: 'System.Security.Cryptography.CryptographicException',
    message: 'Specified cipher mode is not valid for this algorithm.',
    note: '.NET Framework (reference source) message; Mono words it differently',
  },
  {
    expression: 'SymmetricAlgorithm.Create("Aes")',
    expect: 'System.Security.Cryptography.AesCryptoServiceProvider',
    type: 'System.Security.Cryptography.AesCryptoServiceProvider',
  },
  {
    expression: 'SymmetricAlgorithm.Create("AesManaged")',
    expect: 'System.Security.Cryptography.AesManaged',
    type: 'System.Security.Cryptography.AesManaged',
  },
  {
    expression: 'SymmetricAlgorithm.Create("Rijndael")',
    expect: 'System.Security.Cryptography.RijndaelManaged',
    type: 'System.Security.Cryptography.RijndaelManaged',
  },
  { expression: 'SymmetricAlgorithm.Create("Rijndael").FeedbackSize', expect: '128' },
  { expression: 'SymmetricAlgorithm.Create("nope") == null', expect: 'True' },
  {
    expression: '@{ var aes = SymmetricAlgorithm.Create("Aes"); aes.Key = new byte[15]; return 0; }',
    throws: 'System.Security.Cryptography.CryptographicException',
    message: 'Specified key is not a valid size for this algorithm.',
  },
  {
    expression: '@{ var aes = SymmetricAlgorithm.Create("Aes"); aes.IV = new byte[15]; return 0; }',
    throws: 'System.Security.Cryptography.CryptographicException',
    message: 'Specified initialization vector (IV) does not match the block size for this algorithm.',
  },
  {
    expression: '@{ var aes = SymmetricAlgorithm.Create("Aes"); aes.KeySize = 100; return 0; }',
    throws: 'System.Security.Cryptography.CryptographicException',
    message: 'Specified key is not a valid size for this algorithm.',
  },
  {
    expression: '@{ var aes = SymmetricAlgorithm.Create("Aes"); aes.BlockSize = 192; return 0; }',
    throws: 'System.Security.Cryptography.CryptographicException',
    message: 'Specified block size is not valid for this algorithm.',
  },
  {
    expression: '@{ var aes = SymmetricAlgorithm.Create("Aes"); aes.FeedbackSize = 7; return 0; }',
    throws: 'System.Security.Cryptography.CryptographicException',
    message: 'Specified feedback size is invalid.',
  },
  {
    expression: '@{ var aes = SymmetricAlgorithm.Create("Aes"); aes.KeySize = 128; return aes.Key.Length; }',
    expect: '16',
  },
  {
    expression:
      '@{ var aes = SymmetricAlgorithm.Create("Aes"); aes.Key = new byte[24]; return aes.KeySize; }',
    expect: '192',
  },
  {
    expression:
      '@{ var aes = SymmetricAlgorithm.Create("Aes"); return aes.ValidKeySize(192) + "," + aes.ValidKeySize(200) + "," + aes.ValidKeySize(512); }',
    expect: 'True,False,False',
  },
  {
    expression:
      '@{ var aes = SymmetricAlgorithm.Create("Aes"); var k = aes.Key; aes.GenerateKey(); return k.Length == aes.Key.Length; }',
    expect: 'True',
  },
  // regex
  { expression: 'Regex.IsMatch("abc123", @"\\d+")', expect: 'True' },
  { expression: 'Regex.IsMatch("ABC", "abc")', expect: 'False' },
  { expression: 'Regex.IsMatch("ABC", "abc", RegexOptions.IgnoreCase)', expect: 'True' },
  { expression: 'Regex.IsMatch("x", "(?i)X")', expect: 'True' },
  { expression: 'Regex.IsMatch("٣", @"^\\d$")', expect: 'True' },
  { expression: 'Regex.IsMatch("٣", @"^\\d$", RegexOptions.ECMAScript)', expect: 'False' },
  { expression: 'Regex.IsMatch("é", @"^\\w$")', expect: 'True' },
  { expression: 'Regex.IsMatch("\\u212A", "k", RegexOptions.IgnoreCase)', expect: 'True' },
  { expression: 'Regex.IsMatch("a\\nb", "a.b")', expect: 'False' },
  { expression: 'Regex.IsMatch("a\\nb", "a.b", RegexOptions.Singleline)', expect: 'True' },
  { expression: 'Regex.IsMatch("line1\\nline2", "^line2$")', expect: 'False' },
  { expression: 'Regex.IsMatch("line1\\nline2", "^line2$", RegexOptions.Multiline)', expect: 'True' },
  { expression: 'Regex.IsMatch("abc\\n", "abc$")', expect: 'True' },
  { expression: 'Regex.IsMatch("abc\\n", @"abc\\z")', expect: 'False' },
  { expression: 'Regex.IsMatch("abc\\n", @"abc\\Z")', expect: 'True' },
  {
    expression: 'Regex.IsMatch("foo bar", "foo  bar # comment", RegexOptions.IgnorePatternWhitespace)',
    expect: 'False',
  },
  {
    expression: 'Regex.IsMatch(null, "a")',
    throws: 'System.ArgumentNullException',
    message: 'Value cannot be null.\r\nParameter name: input',
  },
  {
    expression: 'Regex.IsMatch("a", null)',
    throws: 'System.ArgumentNullException',
    message: 'Value cannot be null.\r\nParameter name: pattern',
  },
  {
    expression: 'Regex.IsMatch("a", "(")',
    throws: 'System.ArgumentException',
    message: 'parsing "(" - Not enough )\'s.',
  },
  {
    expression: 'Regex.IsMatch("a", "a{2,1}")',
    throws: 'System.ArgumentException',
    message: 'parsing "a{2,1}" - Illegal {x,y} with x > y.',
  },
  {
    expression: 'Regex.IsMatch("a", @"\\k<x>")',
    throws: 'System.ArgumentException',
    message: 'parsing "\\k<x>" - Reference to undefined group name x.',
  },
  {
    expression: 'Regex.IsMatch("a", "[z-a]")',
    throws: 'System.ArgumentException',
    message: 'parsing "[z-a]" - [x-y] range in reverse order.',
  },
  {
    expression: 'Regex.IsMatch("a", "a**")',
    throws: 'System.ArgumentException',
    message: 'parsing "a**" - Nested quantifier *.',
  },
  { expression: 'new Regex(@"^\\d{3}-\\d{4}$").IsMatch("555-1234")', expect: 'True' },
  { expression: 'new Regex("b").IsMatch("abc", 2)', expect: 'False' },
  {
    expression: 'new Regex("b").IsMatch("abc", 4)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Start index cannot be less than 0 or greater than input length.\r\nParameter name: startat',
  },
  {
    expression: 'Regex.Match("max-age=3600, public", @"max-age=(?<maxAge>\\d+)").Groups["maxAge"].Value',
    expect: '3600',
  },
  {
    expression: 'Regex.Match("max-age=3600", @"max-age=(?<maxAge>\\d+)").Groups["missing"].Value',
    expect: '',
  },
  {
    expression: 'Regex.Match("max-age=3600", @"max-age=(?<maxAge>\\d+)").Groups["missing"].Success',
    expect: 'False',
  },
  { expression: 'Regex.Match("abc", "x").Success', expect: 'False' },
  { expression: 'Regex.Match("abc", "x").Value', expect: '' },
  { expression: 'Regex.Match("abc", "x").Index', expect: '0' },
  { expression: 'Regex.Match("abc", "x") == Match.Empty', expect: 'True' },
  { expression: 'Match.Empty.Groups.Count', expect: '1' },
  { expression: 'Regex.Match("hello world", @"(\\w+) (\\w+)").Groups[2].Value', expect: 'world' },
  { expression: 'Regex.Match("hello world", @"(\\w+) (\\w+)").Groups[3].Success', expect: 'False' },
  { expression: 'Regex.Match("hello world", @"(\\w+) (\\w+)").Groups.Count', expect: '3' },
  {
    expression:
      'Regex.Match("hello world", @"(\\w+) (\\w+)").Index + "," + Regex.Match("hello world", @"o w").Index',
    expect: '0,4',
  },
  { expression: 'Regex.Match("hello world", @"o w").Length', expect: '3' },
  {
    expression: 'Regex.Match("hello world", @"(\\w+) (\\w+)")',
    expect: 'hello world',
    type: 'System.Text.RegularExpressions.Match',
  },
  {
    expression: 'Regex.Match("hello world", @"(\\w+) (\\w+)").Groups[1]',
    expect: 'hello',
    type: 'System.Text.RegularExpressions.Group',
  },
  {
    expression:
      'Regex.Match("a1b2", @"(?<n>\\d)(x)?(?<n>)").Groups[1].Value + "/" + Regex.Match("a1b2", @"(\\d)(?<n>b)").Groups[2].Value',
    expect: '/b',
  },
  { expression: 'Regex.Match("ab", "(?<x>a)(b)").Groups[1].Value', expect: 'b' },
  { expression: 'Regex.Match("ab", "(?<x>a)(b)").Groups[2].Value', expect: 'a' },
  { expression: 'Regex.Match("ab", "(?<x>a)(b)").Groups["1"].Value', expect: 'b' },
  { expression: 'Regex.Match("abc", "(?<5>a)(b)").Groups[6].Value', expect: '' },
  {
    expression: 'Regex.Match("aaa", "(a)+").Groups[1].Captures.Count',
    expect: '3',
    note: 'needs every capture of a repeated group: this runtime keeps only the last (JavaScript records one per group)',
  },
  {
    expression: 'Regex.Match("abc", "(\\\\w)+").Groups[1].Captures[1].Value',
    expect: 'b',
    note: 'needs every capture of a repeated group: this runtime keeps only the last (JavaScript records one per group)',
  },
  {
    expression: 'Regex.Match("abc", @"(\\w)+").Groups[1].Captures[2].Index',
    expect: '2',
    note: 'needs every capture of a repeated group: this runtime keeps only the last (JavaScript records one per group)',
  },
  {
    expression: 'Regex.Match("abc", @"(\\w)+").Groups[1].Captures[5]',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Specified argument was out of the range of valid values.\r\nParameter name: i',
  },
  { expression: 'Regex.Match("abc", @"(\\w)+").Groups[-1].Success', expect: 'False' },
  {
    expression: 'Regex.Match("abcabc", "abc", RegexOptions.RightToLeft).Index',
    expect: '3',
    note: 'needs RegexOptions.RightToLeft, which this runtime reports as not supported (JavaScript has no right-to-left matching)',
  },
  { expression: 'Regex.Match("The Quick", "(?i:quick)").Value', expect: 'Quick' },
  {
    expression: 'Regex.Match("price: $42.50", @"\\$(\\d+)\\.(\\d+)").Result("$2 cents of $1")',
    expect: '50 cents of 42',
  },
  {
    expression: 'Regex.Match("John Smith", @"(?<first>\\w+) (?<last>\\w+)").Result("${last}, ${first}")',
    expect: 'Smith, John',
  },
  { expression: 'Regex.Match("x", "x").Result("$$ $0 $& $9 ${nope}")', expect: '$ x x $9 ${nope}' },
  {
    expression: 'Regex.Match("abc", "x").Result("y")',
    throws: 'System.NotSupportedException',
    message: 'Result cannot be called on a failed Match.',
  },
  { expression: 'Regex.Match("<a><b>", "<.+?>").Value', expect: '<a>' },
  { expression: 'Regex.Match("<a><b>", "<.+>").Value', expect: '<a><b>' },
  { expression: 'Regex.Match("aaab", "(?>a+)b").Value', expect: 'aaab' },
  { expression: 'Regex.Match("aaa", "(?>a+)a").Success', expect: 'False' },
  { expression: 'Regex.Match("price 100USD", @"\\d+(?=USD)").Value', expect: '100' },
  { expression: 'Regex.Match("USD100 EUR200", @"(?<=EUR)\\d+").Value', expect: '200' },
  { expression: 'Regex.Match("abc", @"(?<!a)c").Index', expect: '2' },
  {
    expression: 'Regex.Match("ab", "(a)?(?(1)b|c)").Value',
    expect: 'ab',
    note: 'needs a conditional group, which this runtime reports as not supported',
  },
  {
    expression: 'Regex.Match("c", "(a)?(?(1)b|c)").Value',
    expect: 'c',
    note: 'needs a conditional group, which this runtime reports as not supported',
  },
  {
    expression: 'Regex.Match("((x))", @"^(?:[^()]|(?<o>\\()|(?<-o>\\)))*(?(o)(?!))$").Success',
    expect: 'True',
    note: 'balancing groups, which this runtime reports as not supported',
  },
  {
    expression: 'Regex.Match("(()", @"^(?:[^()]|(?<o>\\()|(?<-o>\\)))*(?(o)(?!))$").Success',
    expect: 'False',
    note: 'balancing groups, which this runtime reports as not supported',
  },
  { expression: 'Regex.Match("aeb", "[a-z-[aeiou]]+").Value', expect: 'b' },
  { expression: 'Regex.Match("Ωmega", @"\\p{Lu}").Value', expect: 'Ω' },
  { expression: 'Regex.Match("abc DEF", @"\\P{Ll}+").Value', expect: ' DEF' },
  { expression: 'Regex.Match("tab\\there", @"\\s").Index', expect: '3' },
  { expression: 'Regex.Match("AbC", "[a-c]+", RegexOptions.IgnoreCase).Value', expect: 'AbC' },
  { expression: 'Regex.Match("abab", @"(ab)\\1").Value', expect: 'abab' },
  { expression: 'Regex.Match("abAB", @"(ab)\\1", RegexOptions.IgnoreCase).Value', expect: 'abAB' },
  {
    expression: 'Regex.Match("xAx", @"\\x41|\\u0041").Value + Regex.Match("a\\u0007", @"\\a").Index',
    expect: 'A1',
  },
  { expression: 'Regex.Match("ab", "(a)(?<x>b)", RegexOptions.ExplicitCapture).Groups.Count', expect: '2' },
  { expression: 'Regex.Match("foo.bar", @"\\bbar\\b").Index', expect: '4' },
  { expression: 'Regex.Match("aXbXc", "X").Groups[0].Value', expect: 'X' },
  { expression: 'new Regex("a").Match("banana", 2).Index', expect: '3' },
  { expression: 'new Regex("a").Match("banana", 2, 3).Index', expect: '3' },
  { expression: 'new Regex("^a").Match("banana", 3).Success', expect: 'False' },
  { expression: 'new Regex(@"\\Ga").Match("banana", 3).Success', expect: 'True' },
  {
    expression: 'new Regex("a").Match("banana", 7)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Start index cannot be less than 0 or greater than input length.\r\nParameter name: startat',
  },
  { expression: 'Regex.Replace("a1b22c333", @"\\d+", "#")', expect: 'a#b#c#' },
  { expression: 'Regex.Replace("John Smith", @"(\\w+) (\\w+)", "$2 $1")', expect: 'Smith John' },
  {
    expression: 'Regex.Replace("John Smith", @"(?<f>\\w+) (?<l>\\w+)", "${l}, ${f}")',
    expect: 'Smith, John',
  },
  { expression: 'Regex.Replace("abc", "b", "[$`|$\'|$&|$_|$+|$$]")', expect: 'a[a|c|b|abc|b|$]c' },
  { expression: 'Regex.Replace("abc", "(b)", "$10")', expect: 'a$10c' },
  { expression: 'Regex.Replace("abc", "(b)", "${1}0")', expect: 'ab0c' },
  { expression: 'Regex.Replace("abc", "", "-")', expect: '-a-b-c-' },
  { expression: 'Regex.Replace("aaa", "a*", "X")', expect: 'XX' },
  {
    expression: 'Regex.Replace("Hello World", "o", m => m.Value.ToUpper() + m.Index)',
    expect: 'HellO4 WO7rld',
  },
  { expression: 'Regex.Replace("a.b.c", ".", "x")', expect: 'xxxxx' },
  { expression: 'Regex.Replace("a.b.c", @"\\.", "x")', expect: 'axbxc' },
  { expression: 'Regex.Replace("HELLO", "l", "_", RegexOptions.IgnoreCase)', expect: 'HE__O' },
  {
    expression: 'Regex.Replace("abc", "b", (string)null)',
    throws: 'System.ArgumentNullException',
    message: 'Value cannot be null.\r\nParameter name: replacement',
  },
  {
    expression: 'Regex.Replace(null, "b", "x")',
    throws: 'System.ArgumentNullException',
    message: 'Value cannot be null.\r\nParameter name: input',
  },
  { expression: 'new Regex("a").Replace("banana", "o", 2)', expect: 'bonona' },
  { expression: 'new Regex("a").Replace("banana", "o", -1, 2)', expect: 'banono' },
  { expression: 'new Regex("a").Replace("banana", "o", 1, 4)', expect: 'banano' },
  {
    expression: 'new Regex("a", RegexOptions.RightToLeft).Replace("banana", "o", 1)',
    expect: 'banano',
    note: 'needs RegexOptions.RightToLeft, which this runtime reports as not supported (JavaScript has no right-to-left matching)',
  },
  { expression: 'new Regex(@"\\d").Replace("a1b2", m => "<" + m.Value + ">", 1)', expect: 'a<1>b2' },
  { expression: 'string.Join("|", Regex.Split("a,b;c", "[,;]"))', expect: 'a|b|c' },
  { expression: 'string.Join("|", Regex.Split("a1b2c", @"(\\d)"))', expect: 'a|1|b|2|c' },
  { expression: 'string.Join("|", Regex.Split("abc", ""))', expect: '|a|b|c|' },
  { expression: 'string.Join("|", Regex.Split(",a,,b,", ","))', expect: '|a||b|' },
  { expression: 'Regex.Split("", ",").Length', expect: '1' },
  { expression: 'string.Join("|", Regex.Split("A-B_C", "[-_]", RegexOptions.None))', expect: 'A|B|C' },
  { expression: 'string.Join("|", new Regex(",").Split("a,b,c,d", 2))', expect: 'a|b,c,d' },
  { expression: 'string.Join("|", new Regex(",").Split("a,b,c,d", 0))', expect: 'a|b|c|d' },
  { expression: 'string.Join("|", new Regex(",").Split("a,b,c,d", 3, 3))', expect: 'a,b|c|d' },
  {
    expression: 'string.Join("|", new Regex(",", RegexOptions.RightToLeft).Split("a,b,c,d", 2))',
    expect: 'a,b,c|d',
    note: 'needs RegexOptions.RightToLeft, which this runtime reports as not supported (JavaScript has no right-to-left matching)',
  },
  { expression: 'string.Join("|", Regex.Split("one  two", @"(\\s)(\\s)"))', expect: 'one| | |two' },
  { expression: 'Regex.Unescape(@"a\\tb\\x41\\u0042\\n")', expect: 'a\tbAB\n' },
  { expression: 'Regex.Unescape(@"\\[\\]\\(\\)")', expect: '[]()' },
  {
    expression: 'Regex.Unescape(@"\\q")',
    throws: 'System.ArgumentException',
    message: 'parsing "\\q" - Unrecognized escape sequence \\q.',
  },
  { expression: 'Regex.Unescape(@"abc\\")', expect: 'abc' },
  {
    expression: 'Regex.Unescape(null)',
    throws: 'System.ArgumentNullException',
    message: 'Value cannot be null.\r\nParameter name: str',
  },
  {
    expression: 'new Regex("a", (RegexOptions)4096)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Specified argument was out of the range of valid values.\r\nParameter name: options',
  },
  {
    expression: 'new Regex("a", RegexOptions.ECMAScript | RegexOptions.Singleline)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Specified argument was out of the range of valid values.\r\nParameter name: options',
  },
  {
    expression: 'Regex.Match("2024-01-15", @"^(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})$").Groups["m"].Value',
    expect: '01',
  },
  {
    expression: 'Regex.Match("Bearer eyJhbGciOi.xyz", @"^Bearer\\s+(\\S+)$").Groups[1].Value',
    expect: 'eyJhbGciOi.xyz',
  },
  { expression: 'Regex.Match("/api/v2/users/42", @"/users/(?<id>[^/]+)").Groups["id"].Value', expect: '42' },
  { expression: 'Regex.IsMatch("user@example.com", @"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")', expect: 'True' },
  { expression: 'Regex.Replace("/api/v1/items?x=1", @"^/api/v\\d+", "")', expect: '/items?x=1' },
  { expression: 'Regex.Match("Ab", "(?i)a(?-i)B").Success', expect: 'False' },
  { expression: 'Regex.Match("AB", "(?i)a(?-i)b").Success', expect: 'False' },
  { expression: 'Regex.Match("ab", "(?x) a  b ").Success', expect: 'True' },
  { expression: 'Regex.Match("a#b", "a#b", RegexOptions.IgnorePatternWhitespace).Success', expect: 'True' },
  {
    expression:
      'Regex.Match("aaa", "a{2}").Value + "," + Regex.Match("aaa", "a{2,}").Value + "," + Regex.Match("aaa", "a{1,2}?").Value',
    expect: 'aa,aaa,a',
  },
  { expression: 'Regex.Match("x{2}", "x{2").Value', expect: 'x{2' },
  { expression: 'Regex.Match("a{,3}", "a{,3}").Value', expect: 'a{,3}' },
  { expression: 'Regex.Match("$", @"[$]").Value + Regex.Match("^", @"[\\^]").Value', expect: '$^' },
  { expression: 'Regex.Match("aé", @"[\\w-[a]]").Value', expect: 'é' },
  { expression: 'Regex.Match("AbC", @"\\p{IsBasicLatin}+").Value', expect: 'AbC' },
  {
    expression: 'Regex.Match("ab", @"\\p{Foo}")',
    throws: 'System.ArgumentException',
    message: 'parsing "\\p{Foo}" - Unknown property \'Foo\'.',
  },
  {
    expression: 'Regex.Match("a", @"(?<1a>x)")',
    throws: 'System.ArgumentException',
    message: 'parsing "(?<1a>x)" - Invalid group name: Group names must begin with a word character.',
  },
  {
    expression:
      'Regex.IsMatch("cache_key-01", @"^[A-Za-z0-9_\\-]{1,64}$") + "," + Regex.IsMatch("bad key!", @"^[A-Za-z0-9_\\-]{1,64}$")',
    expect: 'True,False',
  },
  { expression: 'Regex.Match("Echo API (api-12)", @"\\(api-\\d+\\)$").Value', expect: '(api-12)' },
  { expression: 'Regex.IsMatch("a%2Fb", @"%[0-9A-Fa-f]{2}")', expect: 'True' },
  {
    expression: 'Regex.IsMatch("2024-02-30", @"^([0-9]+)-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])$")',
    expect: 'True',
  },
  { expression: 'Regex.Replace("Hello   World", @"\\s+", " ")', expect: 'Hello World' },
  { expression: 'Regex.Match("ǅ", "ǆ", RegexOptions.IgnoreCase).Success', expect: 'True' },
  { expression: 'Regex.Match("ab\\r\\n", "ab$").Success', expect: 'False' },
  { expression: 'Regex.Match("ab\\r\\n", "ab\\r$").Success', expect: 'True' },
  // uri
  {
    expression: 'new Uri("https://user:pw@Example.COM:8443/a/b%20c/./../d.txt?q=1&r=%41#frag").AbsoluteUri',
    expect: 'https://user:pw@example.com:8443/a/d.txt?q=1&r=A#frag',
  },
  {
    expression: 'new Uri("https://user:pw@Example.COM:8443/a/b%20c/./../d.txt?q=1&r=%41#frag").AbsolutePath',
    expect: '/a/d.txt',
  },
  {
    expression: 'new Uri("https://user:pw@Example.COM:8443/a/b%20c/./../d.txt?q=1&r=%41#frag").Authority',
    expect: 'example.com:8443',
  },
  {
    expression: 'new Uri("https://user:pw@Example.COM:8443/a/b%20c/./../d.txt?q=1&r=%41#frag").Host',
    expect: 'example.com',
  },
  {
    expression: 'new Uri("https://user:pw@Example.COM:8443/a/b%20c/./../d.txt?q=1&r=%41#frag").DnsSafeHost',
    expect: 'example.com',
  },
  {
    expression: 'new Uri("https://user:pw@Example.COM:8443/a/b%20c/./../d.txt?q=1&r=%41#frag").IdnHost',
    expect: 'example.com',
  },
  {
    expression: 'new Uri("https://user:pw@Example.COM:8443/a/b%20c/./../d.txt?q=1&r=%41#frag").Port',
    expect: '8443',
  },
  {
    expression: 'new Uri("https://user:pw@Example.COM:8443/a/b%20c/./../d.txt?q=1&r=%41#frag").Scheme',
    expect: 'https',
  },
  {
    expression: 'new Uri("https://user:pw@Example.COM:8443/a/b%20c/./../d.txt?q=1&r=%41#frag").Query',
    expect: '?q=1&r=A',
  },
  {
    expression: 'new Uri("https://user:pw@Example.COM:8443/a/b%20c/./../d.txt?q=1&r=%41#frag").Fragment',
    expect: '#frag',
  },
  {
    expression: 'new Uri("https://user:pw@Example.COM:8443/a/b%20c/./../d.txt?q=1&r=%41#frag").PathAndQuery',
    expect: '/a/d.txt?q=1&r=A',
  },
  {
    expression:
      'string.Join("|", new Uri("https://user:pw@Example.COM:8443/a/b%20c/./../d.txt?q=1&r=%41#frag").Segments)',
    expect: '/|a/|d.txt',
  },
  {
    expression: 'new Uri("https://user:pw@Example.COM:8443/a/b%20c/./../d.txt?q=1&r=%41#frag").UserInfo',
    expect: 'user:pw',
  },
  {
    expression: 'new Uri("https://user:pw@Example.COM:8443/a/b%20c/./../d.txt?q=1&r=%41#frag").LocalPath',
    expect: '/a/d.txt',
  },
  {
    expression:
      'new Uri("https://user:pw@Example.COM:8443/a/b%20c/./../d.txt?q=1&r=%41#frag").OriginalString',
    expect: 'https://user:pw@Example.COM:8443/a/b%20c/./../d.txt?q=1&r=%41#frag',
  },
  {
    expression: 'new Uri("https://user:pw@Example.COM:8443/a/b%20c/./../d.txt?q=1&r=%41#frag").IsAbsoluteUri',
    expect: 'True',
  },
  {
    expression: 'new Uri("https://user:pw@Example.COM:8443/a/b%20c/./../d.txt?q=1&r=%41#frag").IsDefaultPort',
    expect: 'False',
  },
  {
    expression: 'new Uri("https://user:pw@Example.COM:8443/a/b%20c/./../d.txt?q=1&r=%41#frag").IsFile',
    expect: 'False',
  },
  {
    expression: 'new Uri("https://user:pw@Example.COM:8443/a/b%20c/./../d.txt?q=1&r=%41#frag").IsUnc',
    expect: 'False',
  },
  {
    expression: 'new Uri("https://user:pw@Example.COM:8443/a/b%20c/./../d.txt?q=1&r=%41#frag").IsLoopback',
    expect: 'False',
  },
  {
    expression: 'new Uri("https://user:pw@Example.COM:8443/a/b%20c/./../d.txt?q=1&r=%41#frag").UserEscaped',
    expect: 'False',
  },
  {
    expression: 'new Uri("https://user:pw@Example.COM:8443/a/b%20c/./../d.txt?q=1&r=%41#frag").ToString()',
    expect: 'https://user:pw@example.com:8443/a/d.txt?q=1&r=A#frag',
  },
  {
    expression: 'new Uri("https://user:pw@Example.COM:8443/a/b%20c/./../d.txt?q=1&r=%41#frag").HostNameType',
    expect: 'Dns',
    type: 'System.UriHostNameType',
  },
  {
    expression:
      'new Uri("https://user:pw@Example.COM:8443/a/b%20c/./../d.txt?q=1&r=%41#frag").GetLeftPart(UriPartial.Scheme)',
    expect: 'https://',
  },
  {
    expression:
      'new Uri("https://user:pw@Example.COM:8443/a/b%20c/./../d.txt?q=1&r=%41#frag").GetLeftPart(UriPartial.Authority)',
    expect: 'https://user:pw@example.com:8443',
  },
  {
    expression:
      'new Uri("https://user:pw@Example.COM:8443/a/b%20c/./../d.txt?q=1&r=%41#frag").GetLeftPart(UriPartial.Path)',
    expect: 'https://user:pw@example.com:8443/a/d.txt',
  },
  {
    expression:
      'new Uri("https://user:pw@Example.COM:8443/a/b%20c/./../d.txt?q=1&r=%41#frag").GetLeftPart(UriPartial.Query)',
    expect: 'https://user:pw@example.com:8443/a/d.txt?q=1&r=A',
  },
  { expression: 'new Uri("http://example.com").AbsoluteUri', expect: 'http://example.com/' },
  { expression: 'new Uri("http://example.com").PathAndQuery', expect: '/' },
  {
    expression:
      'new Uri("http://example.com:80/").Port + "," + new Uri("http://example.com:80/").IsDefaultPort',
    expect: '80,True',
  },
  { expression: 'new Uri("https://example.com/").Port', expect: '443' },
  { expression: 'new Uri("ftp://example.com/").Port', expect: '21' },
  { expression: 'new Uri("http://localhost/x").IsLoopback', expect: 'True' },
  {
    expression: 'new Uri("http://127.0.0.1/x").HostNameType',
    expect: 'IPv4',
    type: 'System.UriHostNameType',
  },
  { expression: 'new Uri("http://[::1]:8080/x").Host', expect: '[::1]' },
  { expression: 'new Uri("http://[::1]:8080/x").Authority', expect: '[::1]:8080' },
  { expression: 'new Uri("http://[::1]:8080/x").IsLoopback', expect: 'True' },
  {
    expression: 'new Uri("http://example.com/a b?c d#e f").AbsoluteUri',
    expect: 'http://example.com/a%20b?c%20d#e%20f',
  },
  {
    expression: 'new Uri("http://example.com/a b?c d#e f").ToString()',
    expect: 'http://example.com/a b?c d#e f',
  },
  { expression: 'new Uri("http://example.com/%7Ea%2Fb").AbsolutePath', expect: '/~a%2Fb' },
  { expression: 'new Uri("http://example.com/%7Ea%2Fb").ToString()', expect: 'http://example.com/~a%2Fb' },
  {
    expression: 'new Uri("http://example.com/é?ü=1").AbsoluteUri',
    expect: 'http://example.com/%C3%A9?%C3%BC=1',
  },
  { expression: 'new Uri("http://example.com/é?ü=1").ToString()', expect: 'http://example.com/é?ü=1' },
  { expression: 'new Uri("http://example.com/a/../../b/./c").AbsolutePath', expect: '/b/c' },
  { expression: 'new Uri("HTTP://EXAMPLE.com/PATH").ToString()', expect: 'http://example.com/PATH' },
  { expression: 'new Uri("http://münchen.de/").Host', expect: 'münchen.de' },
  { expression: 'new Uri("http://münchen.de/").IdnHost', expect: 'xn--mnchen-3ya.de' },
  { expression: 'new Uri("http://example.com?x=1").AbsoluteUri', expect: 'http://example.com/?x=1' },
  { expression: 'new Uri("http://example.com#f").AbsoluteUri', expect: 'http://example.com/#f' },
  { expression: 'new Uri("mailto:someone@example.com").AbsoluteUri', expect: 'mailto:someone@example.com' },
  {
    expression: 'new Uri("urn:isbn:0451450523").Scheme + "|" + new Uri("urn:isbn:0451450523").AbsolutePath',
    expect: 'urn|isbn:0451450523',
  },
  { expression: 'new Uri("file:///C:/dir/file.txt").LocalPath', expect: 'C:\\dir\\file.txt' },
  { expression: 'new Uri("file:///C:/dir/file.txt").IsFile', expect: 'True' },
  {
    expression: 'new Uri("not a uri")',
    throws: 'System.UriFormatException',
    message: 'Invalid URI: The format of the URI could not be determined.',
  },
  {
    expression: 'new Uri("")',
    throws: 'System.UriFormatException',
    message: 'Invalid URI: The URI is empty.',
  },
  {
    expression: 'new Uri((string)null)',
    throws: 'System.ArgumentNullException',
    message: 'Value cannot be null.\r\nParameter name: uriString',
  },
  {
    expression: 'new Uri("http://")',
    throws: 'System.UriFormatException',
    message: 'Invalid URI: The hostname could not be parsed.',
  },
  {
    expression: 'new Uri("http://example.com:99999/")',
    throws: 'System.UriFormatException',
    message: 'Invalid URI: Invalid port specified.',
  },
  {
    expression: 'new Uri("relative/path")',
    throws: 'System.UriFormatException',
    message: 'Invalid URI: The format of the URI could not be determined.',
  },
  {
    expression: 'new Uri(new Uri("http://example.com/a/b/c"), "../d?x=1").ToString()',
    expect: 'http://example.com/a/d?x=1',
  },
  {
    expression: 'new Uri(new Uri("http://example.com/a/b/c"), "d").ToString()',
    expect: 'http://example.com/a/b/d',
  },
  {
    expression: 'new Uri(new Uri("http://example.com/a/b/"), "d").ToString()',
    expect: 'http://example.com/a/b/d',
  },
  {
    expression: 'new Uri(new Uri("http://example.com/a/b/c"), "/root").ToString()',
    expect: 'http://example.com/root',
  },
  {
    expression: 'new Uri(new Uri("http://example.com/a/b/c"), "//other.org/x").ToString()',
    expect: 'http://other.org/x',
  },
  {
    expression: 'new Uri(new Uri("http://example.com/a/b/c?q=1"), "?z=2").ToString()',
    expect: 'http://example.com/a/b/c?z=2',
  },
  {
    expression: 'new Uri(new Uri("http://example.com/a/b/c?q=1"), "#f").ToString()',
    expect: 'http://example.com/a/b/c?q=1#f',
  },
  {
    expression: 'new Uri(new Uri("http://example.com/a/b/c"), "https://x.org/").ToString()',
    expect: 'https://x.org/',
  },
  {
    expression: 'new Uri(new Uri("http://example.com/a/"), new Uri("http://example.com/a/b")).ToString()',
    expect: 'http://example.com/a/b',
  },
  {
    expression: 'new Uri(new Uri("http://example.com/api/"), "v1/users").AbsoluteUri',
    expect: 'http://example.com/api/v1/users',
  },
  {
    expression: 'new Uri("http://example.com/a/").IsBaseOf(new Uri("http://example.com/a/b/c"))',
    expect: 'True',
  },
  {
    expression: 'new Uri("http://example.com/a/").IsBaseOf(new Uri("http://example.com/b"))',
    expect: 'False',
  },
  {
    expression:
      'new Uri("http://example.com/a/b/").MakeRelativeUri(new Uri("http://example.com/a/c/d")).ToString()',
    expect: '../c/d',
  },
  { expression: 'new Uri("http://example.com/a") == new Uri("HTTP://EXAMPLE.COM/a")', expect: 'True' },
  { expression: 'new Uri("http://example.com/a#x") == new Uri("http://example.com/a#y")', expect: 'True' },
  { expression: 'new Uri("http://example.com/a") != new Uri("http://example.com/A")', expect: 'True' },
  { expression: 'new Uri("http://example.com/a").Equals(new Uri("http://example.com/a"))', expect: 'True' },
  {
    expression:
      '@{ Uri u; var ok = Uri.TryCreate(new Uri("http://example.com/a/"), "b", out u); return ok + " " + u; }',
    expect: 'True http://example.com/a/b',
  },
  {
    expression: 'Uri.EscapeDataString("a b&c=d/é?#[]!*\'()~_-.")',
    expect: 'a%20b%26c%3Dd%2F%C3%A9%3F%23%5B%5D%21%2A%27%28%29~_-.',
  },
  { expression: 'Uri.EscapeDataString("😀")', expect: '%F0%9F%98%80' },
  { expression: 'Uri.EscapeDataString("")', expect: '' },
  {
    expression: 'Uri.EscapeDataString(null)',
    throws: 'System.ArgumentNullException',
    message: 'Value cannot be null.\r\nParameter name: stringToEscape',
  },
  {
    expression: 'Uri.EscapeUriString("http://x.com/a b?c=d&e=é#[f]")',
    expect: 'http://x.com/a%20b?c=d&e=%C3%A9#[f]',
  },
  { expression: 'Uri.UnescapeDataString("a%20b%2Bc+d%C3%A9%zz%")', expect: 'a b+c+dé%zz%' },
  { expression: 'Uri.UnescapeDataString("%E2%82")', expect: '%E2%82' },
  {
    expression: 'Uri.UnescapeDataString(null)',
    throws: 'System.ArgumentNullException',
    message: 'Value cannot be null.\r\nParameter name: stringToUnescape',
  },
  { expression: 'Uri.CheckHostName("example.com")', expect: 'Dns', type: 'System.UriHostNameType' },
  { expression: 'Uri.CheckHostName("10.0.0.1")', expect: 'IPv4', type: 'System.UriHostNameType' },
  { expression: 'Uri.CheckHostName("::1")', expect: 'IPv6', type: 'System.UriHostNameType' },
  { expression: 'Uri.CheckHostName("bad host")', expect: 'Unknown', type: 'System.UriHostNameType' },
  { expression: 'Uri.CheckHostName("")', expect: 'Unknown', type: 'System.UriHostNameType' },
  {
    expression:
      'Uri.CheckSchemeName("http") + "," + Uri.CheckSchemeName("1http") + "," + Uri.CheckSchemeName("a+b.c-d")',
    expect: 'True,False,True',
  },
  { expression: "Uri.IsHexDigit('f') + \",\" + Uri.IsHexDigit('g')", expect: 'True,False' },
  { expression: "Uri.FromHex('B')", expect: '11' },
  { expression: "Uri.FromHex('x')", throws: 'System.ArgumentException', message: 'digit' },
  { expression: "Uri.HexEscape(' ')", expect: '%20' },
  { expression: "Uri.HexEscape('é')", expect: '%E9' },
  { expression: 'Uri.IsHexEncoding("a%41", 1)', expect: 'True' },
  { expression: 'Uri.IsHexEncoding("a%4", 1)', expect: 'False' },
  { expression: 'Uri.UriSchemeHttps + Uri.SchemeDelimiter', expect: 'https://' },
  // net
  { expression: 'WebUtility.UrlEncode("a b&c=d/é?~*\'()!")', expect: 'a+b%26c%3Dd%2F%C3%A9%3F%7E*%27()!' },
  { expression: 'WebUtility.UrlEncode("😀")', expect: '%F0%9F%98%80' },
  { expression: 'WebUtility.UrlEncode(null) == null', expect: 'True' },
  { expression: 'WebUtility.UrlEncode("")', expect: '' },
  { expression: 'WebUtility.UrlDecode("a+b%20c%2Bd%C3%A9%zz")', expect: 'a b c+dé%zz' },
  { expression: 'WebUtility.UrlDecode("%u0041")', expect: '%u0041' },
  { expression: 'WebUtility.UrlDecode(null) == null', expect: 'True' },
  { expression: 'System.Net.WebUtility.UrlEncode("x y")', expect: 'x+y' },
  {
    expression: 'BitConverter.ToString(WebUtility.UrlEncodeToBytes(Encoding.UTF8.GetBytes("a b/"), 0, 4))',
    expect: '61-2B-62-25-32-46',
  },
  {
    expression:
      'Encoding.UTF8.GetString(WebUtility.UrlDecodeToBytes(Encoding.UTF8.GetBytes("a+b%2F"), 0, 6))',
    expect: 'a b/',
  },
  {
    expression: 'WebUtility.UrlEncodeToBytes(new byte[2], 1, 2)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Specified argument was out of the range of valid values.\r\nParameter name: count',
  },
  {
    expression: 'WebUtility.HtmlEncode("<a href=\\"x\\">Tom & Jerry\'s</a>")',
    expect: '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;',
  },
  { expression: 'WebUtility.HtmlEncode("é\\u00A0😀")', expect: '&#233;&#160;&#128512;' },
  { expression: 'WebUtility.HtmlEncode(null) == null', expect: 'True' },
  {
    expression:
      'WebUtility.HtmlDecode("&lt;p&gt; &amp;amp; &quot;q&quot; &#39;s&#x27; &eacute; &nbsp;| &euro; &bogus; &#65;&#x1F600;")',
    expect: '<p> &amp; "q" \'s\' é  | € &bogus; A😀',
  },
  { expression: 'WebUtility.HtmlDecode("&lt")', expect: '&lt' },
  { expression: 'WebUtility.HtmlDecode("&#xZZ;")', expect: '&#xZZ;' },
  { expression: 'IPAddress.Parse("192.168.1.10").ToString()', expect: '192.168.1.10' },
  {
    expression: 'IPAddress.Parse("192.168.1.10").AddressFamily',
    expect: 'InterNetwork',
    type: 'System.Net.Sockets.AddressFamily',
  },
  {
    expression: 'IPAddress.Parse("::1").AddressFamily',
    expect: 'InterNetworkV6',
    type: 'System.Net.Sockets.AddressFamily',
  },
  {
    expression: 'IPAddress.Parse("2001:0db8:0000:0000:0000:ff00:0042:8329").ToString()',
    expect: '2001:db8::ff00:42:8329',
  },
  { expression: 'IPAddress.Parse("::ffff:10.1.2.3").ToString()', expect: '::ffff:10.1.2.3' },
  { expression: 'IPAddress.Parse("fe80::1%4").ToString()', expect: 'fe80::1%4' },
  { expression: 'IPAddress.Parse("10.1").ToString()', expect: '10.0.0.1' },
  { expression: 'IPAddress.Parse("0x7f.1").ToString()', expect: '127.0.0.1' },
  { expression: 'IPAddress.Parse("010.0.0.1").ToString()', expect: '8.0.0.1' },
  {
    expression: 'IPAddress.Parse("256.1.1.1")',
    throws: 'System.FormatException',
    message: 'An invalid IP address was specified.',
  },
  {
    expression: 'IPAddress.Parse("not-an-ip")',
    throws: 'System.FormatException',
    message: 'An invalid IP address was specified.',
  },
  {
    expression: 'IPAddress.Parse(null)',
    throws: 'System.ArgumentNullException',
    message: 'Value cannot be null.\r\nParameter name: ipString',
  },
  {
    expression: 'BitConverter.ToString(IPAddress.Parse("10.0.0.255").GetAddressBytes())',
    expect: '0A-00-00-FF',
  },
  { expression: 'IPAddress.Parse("::2").GetAddressBytes().Length', expect: '16' },
  { expression: 'IPAddress.IsLoopback(IPAddress.Parse("127.5.5.5"))', expect: 'True' },
  { expression: 'IPAddress.IsLoopback(IPAddress.Parse("::1"))', expect: 'True' },
  { expression: 'IPAddress.IsLoopback(IPAddress.Parse("10.0.0.1"))', expect: 'False' },
  { expression: 'IPAddress.Parse("10.0.0.1").Equals(IPAddress.Parse("10.0.0.1"))', expect: 'True' },
  { expression: 'IPAddress.Parse("10.0.0.1").Equals(IPAddress.Parse("::ffff:10.0.0.1"))', expect: 'False' },
  { expression: 'IPAddress.Parse("10.0.0.1").Equals("10.0.0.1")', expect: 'False' },
  {
    expression: '@{ IPAddress a; var ok = IPAddress.TryParse("1.2.3.4", out a); return ok + " " + a; }',
    expect: 'True 1.2.3.4',
  },
  {
    expression:
      '@{ IPAddress a; var ok = IPAddress.TryParse("1.2.3.4.5", out a); return ok + " " + (a == null); }',
    expect: 'False True',
  },
];
