/**
 * Newtonsoft's string escaping (`JavaScriptUtils.WriteEscapedJavaScriptString` with the default
 * `StringEscapeHandling`): control characters, the backslash and the delimiter are escaped, as
 * are U+0085, U+2028 and U+2029; every other character, ASCII or not, is written as it is.
 */

const named: Readonly<Record<number, string>> = {
  8: '\\b',
  9: '\\t',
  10: '\\n',
  12: '\\f',
  13: '\\r',
  92: '\\\\',
  133: '\\u0085',
  8232: '\\u2028',
  8233: '\\u2029',
};

function escapeOf(code: number, delimiter: number): string | null {
  const known = named[code];
  if (known !== undefined) return known;
  if (code === delimiter) return code === 0x27 ? "\\'" : '\\"';
  if (code < 0x20) return `\\u${code.toString(16).padStart(4, '0')}`;
  return null;
}

/** `s` escaped for a string delimited by `"` (or `'`), with the delimiters when `appendDelimiters`. */
export function escapeJsonString(s: string, delimiter: '"' | "'" = '"', appendDelimiters = true): string {
  const quote = delimiter.charCodeAt(0);
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const escaped = escapeOf(s.charCodeAt(i), quote);
    if (escaped === null) continue;
    out += s.slice(last, i) + escaped;
    last = i + 1;
  }
  out = last === 0 ? s : out + s.slice(last);
  return appendDelimiters ? delimiter + out + delimiter : out;
}
