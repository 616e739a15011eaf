/** C# line terminators: CR, LF, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
export function isNewline(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x85 || code === 0x2028 || code === 0x2029;
}

/** C# whitespace other than line terminators. */
export function isWhitespace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0b ||
    code === 0x0c ||
    code === 0xa0 ||
    code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x1680 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

const identifierStart = /[\p{L}\p{Nl}_]/u;
const identifierPart = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}\p{Cf}]/u;

export function isIdentifierStart(char: string): boolean {
  return identifierStart.test(char);
}

export function isIdentifierPart(char: string): boolean {
  return identifierPart.test(char);
}
