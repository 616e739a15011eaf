import { withLowercase } from './case-folding.js';
import { CharSet } from './char-set.js';
import { parseProperty, scanCharEscape } from './escapes.js';
import type { PatternReader } from './pattern-reader.js';
import { RegexSyntaxError, reasons } from './syntax-error.js';
import {
  casedLetterSet,
  digitSet,
  ecmaDigitSet,
  ecmaSpaceSet,
  ecmaWordSet,
  isPropertyName,
  propertySet,
  spaceSet,
  wordSet,
} from './unicode-categories.js';

/**
 * A character class as .NET builds it: ranges (to which case-insensitivity adds lower cases),
 * categories (which it does not), negation, and a subtracted class.
 */
export class ClassBuilder {
  readonly ranges = new CharSet();
  readonly categories = new CharSet();
  negate = false;
  subtraction: ClassBuilder | null = null;

  addChar(unit: number): void {
    this.ranges.add(unit);
  }
  addRange(first: number, last: number): void {
    this.ranges.addRange(first, last);
  }
  addCategory(set: CharSet, negate: boolean): void {
    this.categories.addSet(negate ? set.negated() : set);
  }

  /** The code units the class accepts, before the input is lowered for a case-insensitive match. */
  members(ignoreCase: boolean): CharSet {
    const base = (ignoreCase ? withLowercase(this.ranges) : this.ranges.clone()).addSet(this.categories);
    const accepted = this.negate ? base.negated() : base;
    if (this.subtraction === null) return accepted;
    const minus = this.subtraction.members(ignoreCase);
    for (let i = 0; i < 65536; i++) if (minus.bits[i] === 1) accepted.bits[i] = 0;
    return accepted;
  }
}

/** The set of `\d`, `\w`, `\s` (or their ECMAScript forms). */
export function shorthandSet(letter: string, ecma: boolean): CharSet {
  switch (letter.toLowerCase()) {
    case 'd':
      return ecma ? ecmaDigitSet() : digitSet();
    case 'w':
      return ecma ? ecmaWordSet() : wordSet();
    default:
      return ecma ? ecmaSpaceSet() : spaceSet();
  }
}

/** The set of `\p{name}`; `Lu`, `Ll` and `Lt` mean all cased letters when case does not matter. */
export function namedPropertySet(reader: PatternReader, name: string, ignoreCase: boolean): CharSet {
  if (!isPropertyName(name)) throw new RegexSyntaxError('invalid', reasons.unknownProperty(name), reader.pos);
  if (ignoreCase && (name === 'Lu' || name === 'Ll' || name === 'Lt')) return casedLetterSet();
  return propertySet(name);
}

/**
 * Reads a character class after its `[` (.NET's `ScanCharClass`). With `scanOnly` it only finds
 * the end of the class, as the capture scan needs.
 */
export function scanCharClass(reader: PatternReader, ignoreCase: boolean, scanOnly: boolean): ClassBuilder {
  const cc = new ClassBuilder();
  let ch = '';
  let chPrev = 0;
  let inRange = false;
  let firstChar = true;
  let closed = false;
  if (reader.charsRight() > 0 && reader.rightChar() === '^') {
    reader.moveRight();
    cc.negate = true;
  }
  for (; reader.charsRight() > 0; firstChar = false) {
    let translated = false;
    ch = reader.moveRightGetChar();
    let unit = ch.charCodeAt(0);
    if (ch === ']') {
      if (!firstChar) {
        closed = true;
        break;
      }
    } else if (ch === '\\' && reader.charsRight() > 0) {
      ch = reader.moveRightGetChar();
      switch (ch) {
        case 'D':
        case 'd':
        case 'S':
        case 's':
        case 'W':
        case 'w':
          if (!scanOnly) {
            if (inRange) throw reader.invalid(reasons.badClassInCharRange(ch));
            cc.addCategory(shorthandSet(ch, reader.ecma), ch === ch.toUpperCase());
          }
          continue;
        case 'p':
        case 'P': {
          const name = parseProperty(reader);
          if (!scanOnly) {
            if (inRange) throw reader.invalid(reasons.badClassInCharRange(ch));
            cc.addCategory(namedPropertySet(reader, name, ignoreCase), ch === 'P');
          }
          continue;
        }
        case '-':
          if (!scanOnly) cc.addChar(0x2d);
          continue;
        default:
          reader.moveLeft();
          unit = scanCharEscape(reader);
          ch = String.fromCharCode(unit);
          translated = true;
          break;
      }
    } else if (ch === '[') {
      // A POSIX-style name ([:alpha:]) is skipped whole, as .NET does, and otherwise ignored.
      if (reader.charsRight() > 0 && reader.rightChar() === ':' && !inRange) {
        const save = reader.pos;
        reader.moveRight();
        reader.scanCapname();
        if (reader.charsRight() < 2 || reader.moveRightGetChar() !== ':' || reader.moveRightGetChar() !== ']')
          reader.pos = save;
      }
    }

    if (inRange) {
      inRange = false;
      if (!scanOnly) {
        if (ch === '[' && !translated && !firstChar) {
          cc.addChar(chPrev);
          cc.subtraction = scanCharClass(reader, ignoreCase, false);
          if (reader.charsRight() > 0 && reader.rightChar() !== ']')
            throw reader.invalid(reasons.subtractionMustBeLast);
        } else {
          if (chPrev > unit) throw reader.invalid(reasons.reversedCharRange);
          cc.addRange(chPrev, unit);
        }
      }
    } else if (reader.charsRight() >= 2 && reader.rightChar() === '-' && reader.rightChar(1) !== ']') {
      chPrev = unit;
      inRange = true;
      reader.moveRight();
    } else if (
      reader.charsRight() >= 1 &&
      ch === '-' &&
      !translated &&
      reader.rightChar() === '[' &&
      !firstChar
    ) {
      reader.moveRight();
      const subtraction = scanCharClass(reader, ignoreCase, scanOnly);
      if (!scanOnly) {
        cc.subtraction = subtraction;
        if (reader.charsRight() > 0 && reader.rightChar() !== ']')
          throw reader.invalid(reasons.subtractionMustBeLast);
      }
    } else if (!scanOnly) cc.addChar(unit);
  }
  if (!closed) throw reader.invalid(reasons.unterminatedBracket);
  return cc;
}
