/**
 * The character classes of .NET's `XmlCharType`, for one UTF-16 code unit at a time, as the
 * reader and `XmlConvert` use them.
 *
 * Names follow the ranges of XML 1.0 (fifth edition) for characters outside ASCII, and, as
 * .NET's reader does, never accept a surrogate pair in a name. .NET Framework uses the older
 * fourth-edition tables, which differ only for rare letters outside ASCII.
 */

/** `fWhitespace`: space, tab, line feed, carriage return. */
export function isWhiteSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** `fCharData`: a character XML allows (surrogate halves excluded; they are checked in pairs). */
export function isCharData(code: number): boolean {
  return (
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd)
  );
}

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** `fText`: character data that ends nothing in content (not `<`, `&`, `]`, tab or line ends). */
export function isTextChar(code: number): boolean {
  return (
    ((code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd)) &&
    code !== 0x3c &&
    code !== 0x26 &&
    code !== 0x5d
  );
}

/** `fAttrValue`: character data that ends nothing in an attribute value. */
export function isAttributeValueChar(code: number): boolean {
  return (
    ((code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd)) &&
    code !== 0x3c &&
    code !== 0x26 &&
    code !== 0x22 &&
    code !== 0x27 &&
    code !== 0x3e
  );
}

/** `fNCStartNameSC`: a character that may start a name without a colon. */
export function isStartNCNameChar(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
  }
  return (
    (code >= 0xc0 && code <= 0xd6) ||
    (code >= 0xd8 && code <= 0xf6) ||
    (code >= 0xf8 && code <= 0x2ff) ||
    (code >= 0x370 && code <= 0x37d) ||
    (code >= 0x37f && code <= 0x1fff) ||
    (code >= 0x200c && code <= 0x200d) ||
    (code >= 0x2070 && code <= 0x218f) ||
    (code >= 0x2c00 && code <= 0x2fef) ||
    (code >= 0x3001 && code <= 0xd7ff) ||
    (code >= 0xf900 && code <= 0xfdcf) ||
    (code >= 0xfdf0 && code <= 0xfffd)
  );
}

/** `fNCNameSC`: a character that may continue a name without a colon. */
export function isNCNameChar(code: number): boolean {
  if (isStartNCNameChar(code)) return true;
  return (
    code === 0x2d ||
    code === 0x2e ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0xb7 ||
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x203f && code <= 0x2040)
  );
}

/** `IsNameSingleChar`: a name character, colon included. */
export function isNameChar(code: number): boolean {
  return code === 0x3a || isNCNameChar(code);
}

/** The XML whitespace trimmed by `XmlConvert.TrimString`. */
export function trimXmlWhitespace(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

/** Is every character XML whitespace (`XmlCharType.IsOnlyWhitespace`)? */
export function isOnlyWhitespace(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isWhiteSpace(text.charCodeAt(i))) return false;
  return true;
}
