import type { PatternReader } from './pattern-reader.js';
import { isWordChar } from './pattern-reader.js';
import { reasons } from './syntax-error.js';

/**
 * Character escapes (.NET's `ScanCharEscape`): octal, `\xHH`, `\uHHHH`, `\cX`, the named control
 * characters, and any other non-word character standing for itself. Returns a code unit.
 */
export function scanCharEscape(reader: PatternReader): number {
  const ch = reader.moveRightGetChar();
  if (ch >= '0' && ch <= '7') {
    reader.moveLeft();
    return scanOctal(reader);
  }
  switch (ch) {
    case 'x':
      return scanHex(reader, 2);
    case 'u':
      return scanHex(reader, 4);
    case 'a':
      return 0x07;
    case 'b':
      return 0x08;
    case 'e':
      return 0x1b;
    case 'f':
      return 0x0c;
    case 'n':
      return 0x0a;
    case 'r':
      return 0x0d;
    case 't':
      return 0x09;
    case 'v':
      return 0x0b;
    case 'c':
      return scanControl(reader);
    default:
      if (!reader.ecma && isWordChar(ch)) throw reader.invalid(reasons.unrecognizedEscape(ch));
      return ch.charCodeAt(0);
  }
}

/** Up to three octal digits; values above 0377 keep their low eight bits. */
function scanOctal(reader: PatternReader): number {
  let count = Math.min(3, reader.charsRight());
  let value = 0;
  for (; count > 0; count--) {
    const digit = reader.rightChar().charCodeAt(0) - 48;
    if (!(digit >= 0 && digit <= 7)) break;
    reader.moveRight();
    value = value * 8 + digit;
    if (reader.ecma && value >= 0x20) break;
  }
  return value & 0xff;
}

function scanHex(reader: PatternReader, digits: number): number {
  let value = 0;
  if (reader.charsRight() >= digits) {
    for (let i = 0; i < digits; i++) {
      const digit = Number.parseInt(reader.moveRightGetChar(), 16);
      if (Number.isNaN(digit)) throw reader.invalid(reasons.tooFewHex);
      value = value * 16 + digit;
    }
    return value;
  }
  throw reader.invalid(reasons.tooFewHex);
}

function scanControl(reader: PatternReader): number {
  if (reader.charsRight() <= 0) throw reader.invalid(reasons.missingControl);
  let code = reader.moveRightGetChar().charCodeAt(0);
  if (code >= 0x61 && code <= 0x7a) code -= 0x20;
  code -= 0x40;
  if (code >= 0 && code < 0x20) return code;
  throw reader.invalid(reasons.unrecognizedControl);
}

/** The name in `\p{name}` (.NET's `ParseProperty`); the reader is after `p`. */
export function parseProperty(reader: PatternReader): string {
  if (reader.charsRight() < 3) throw reader.invalid(reasons.incompleteSlashP);
  if (reader.moveRightGetChar() !== '{') throw reader.invalid(reasons.malformedSlashP);
  const start = reader.pos;
  while (reader.charsRight() > 0) {
    const ch = reader.moveRightGetChar();
    if (!(isWordChar(ch) || ch === '-')) {
      reader.moveLeft();
      break;
    }
  }
  const name = reader.pattern.slice(start, reader.pos);
  if (reader.charsRight() === 0 || reader.moveRightGetChar() !== '}')
    throw reader.invalid(reasons.incompleteSlashP);
  return name;
}
