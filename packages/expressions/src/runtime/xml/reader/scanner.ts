import type { DotnetException } from '../../exceptions.js';
import { isNCNameChar, isStartNCNameChar } from '../xml-chars.js';
import { charExceptionArgs, formatRes, Res, xmlException } from '../xml-exception.js';
import type { EntityDeclaration } from './reader-nodes.js';

/**
 * One input being scanned: the document, or the replacement text of an entity being expanded
 * (.NET's `ParsingState`). The whole input is in memory, so `ReadData` never finds more.
 */
export interface ParsingState {
  readonly chars: string;
  charPos: number;
  readonly charsUsed: number;
  lineNo: number;
  /** Position before the first character of the current line: `LinePos` is `charPos - lineStartPos`. */
  lineStartPos: number;
  /** Entity text is already normalised: no end-of-line processing inside it. */
  readonly eolNormalized: boolean;
  readonly entity: EntityDeclaration | null;
  readonly entityId: number;
}

/** Entity expansion stops here, as `XmlReaderSettings.MaxCharactersFromEntities` does for LINQ to XML. */
const MAX_CHARACTERS_FROM_ENTITIES = 10_000_000;

/**
 * The character-level machinery shared by the reader and the DTD parser: positions and line
 * numbers, the stack of entity inputs, names, whitespace, and .NET's error reporting, whose
 * messages carry the line and position where `ps.charPos` stands.
 */
export class Scanner {
  ps: ParsingState;
  readonly #stack: ParsingState[] = [];
  #nextEntityId = 1;
  #charactersFromEntities = 0;

  constructor(text: string) {
    this.ps = {
      chars: text,
      charPos: 0,
      charsUsed: text.length,
      lineNo: 1,
      lineStartPos: -1,
      eolNormalized: false,
      entity: null,
      entityId: 0,
    };
  }

  /** The character code at `pos`, or 0 past the end (the NUL .NET keeps after the data). */
  ch(pos: number): number {
    return pos < this.ps.charsUsed ? this.ps.chars.charCodeAt(pos) : 0;
  }

  get lineNo(): number {
    return this.ps.lineNo;
  }

  get linePos(): number {
    return this.ps.charPos - this.ps.lineStartPos;
  }

  onNewLine(pos: number): void {
    this.ps.lineNo++;
    this.ps.lineStartPos = pos - 1;
  }

  get inEntity(): boolean {
    return this.#stack.length > 0;
  }

  /** Is the entity being expanded already, which would make it recursive? */
  isExpanding(entity: EntityDeclaration): boolean {
    if (this.ps.entity === entity) return true;
    return this.#stack.some((state) => state.entity === entity);
  }

  /** Starts scanning an internal entity's replacement text (.NET's `PushInternalEntity`). */
  pushEntity(entity: EntityDeclaration): void {
    const text = entity.text ?? '';
    if (this.isExpanding(entity)) {
      throw this.error(formatRes(Res.RecursiveGenEntity, [entity.name]), this.ps.lineNo, this.linePos);
    }
    this.#charactersFromEntities += text.length;
    if (this.#charactersFromEntities > MAX_CHARACTERS_FROM_ENTITIES) {
      throw xmlException('The input document has exceeded a limit set by MaxCharactersFromEntities.');
    }
    this.#stack.push(this.ps);
    this.ps = {
      chars: text,
      charPos: 0,
      charsUsed: text.length,
      lineNo: entity.lineNo,
      lineStartPos: -entity.linePos - 1,
      eolNormalized: true,
      entity,
      entityId: this.#nextEntityId++,
    };
  }

  /** Returns to the input that referred to the entity that just ended. */
  popEntity(): void {
    const previous = this.#stack.pop();
    if (previous === undefined) throw new Error('popEntity: no entity is being expanded');
    this.ps = previous;
  }

  // ---- errors ---------------------------------------------------------------------------------

  error(message: string, lineNo: number, linePos: number): DotnetException {
    return xmlException(message, lineNo, linePos);
  }

  /** `Throw(pos, res, args)`: the error at `pos` (or where the scanner stands). */
  fail(template: string, args: readonly string[] = [''], pos?: number): never {
    if (pos !== undefined) this.ps.charPos = pos;
    throw xmlException(formatRes(template, args), this.ps.lineNo, this.linePos);
  }

  /** `Throw(res, arg, lineNo, linePos)`. */
  failAt(template: string, args: readonly string[], lineNo: number, linePos: number): never {
    throw xmlException(formatRes(template, args), lineNo, linePos);
  }

  /** `ThrowWithoutLineInfo`. */
  failWithoutLine(template: string): never {
    throw xmlException(template);
  }

  failInvalidChar(pos: number): never {
    this.fail(Res.InvalidCharacter, charExceptionArgs(this.ch(pos), this.ch(pos + 1)), pos);
  }

  /** `ParseUnexpectedToken`: the name (or single character) where the scanner stands, null at the end. */
  unexpectedToken(pos?: number): string | null {
    if (pos !== undefined) this.ps.charPos = pos;
    const start = this.ps.charPos;
    if (start === this.ps.charsUsed) return null;
    if (isNCNameChar(this.ch(start))) {
      let end = start + 1;
      while (isNCNameChar(this.ch(end))) end++;
      return this.ps.chars.slice(start, end);
    }
    return this.ps.chars.slice(start, start + 1);
  }

  failUnexpectedToken(expected1: string, expected2: string | null = null, pos?: number): never {
    const token = this.unexpectedToken(pos);
    if (token === null) this.fail(Res.UnexpectedEOF1);
    if (expected2 !== null) this.fail(Res.UnexpectedTokens2, [token, expected1, expected2]);
    this.fail(Res.UnexpectedTokenEx, [token, expected1]);
  }

  failExpectingWhitespace(pos: number): never {
    const token = this.unexpectedToken(pos);
    if (token === null) this.fail(Res.UnexpectedEOF1, [''], pos);
    this.fail(Res.ExpectingWhiteSpace, [token], pos);
  }

  // ---- names and whitespace -------------------------------------------------------------------

  /** `ParseQName`: the end of the (qualified) name at `charPos + startOffset`, and its colon. */
  parseQName(isQName = true, startOffset = 0): { end: number; colon: number } {
    let colonOffset = -1;
    let pos = this.ps.charPos + startOffset;
    for (;;) {
      const first = this.ch(pos);
      if (isStartNCNameChar(first)) pos++;
      else {
        if (pos + 1 >= this.ps.charsUsed) this.fail(Res.UnexpectedEOF, ['Name'], pos);
        this.fail(Res.BadStartNameChar, charExceptionArgs(first, this.ch(pos + 1)), pos);
      }
      while (isNCNameChar(this.ch(pos))) pos++;
      if (this.ch(pos) === 0x3a) {
        if (colonOffset !== -1 || !isQName) this.fail(Res.BadNameChar, charExceptionArgs(0x3a, 0), pos);
        colonOffset = pos - this.ps.charPos;
        pos++;
        continue;
      }
      if (pos === this.ps.charsUsed) this.fail(Res.UnexpectedEOF, ['Name'], pos);
      return { end: pos, colon: colonOffset === -1 ? -1 : this.ps.charPos + colonOffset };
    }
  }

  /** `ParseName`: a name in which a colon is an error. */
  parseName(): number {
    return this.parseQName(false).end;
  }

  /**
   * `EatWhitespaces`: skips whitespace, counting lines, and returns how many characters it
   * skipped. With `collect`, appends the (end-of-line normalised) whitespace to it.
   */
  eatWhitespaces(collect: string[] | null = null): number {
    let pos = this.ps.charPos;
    let count = 0;
    let normalized = '';
    for (;;) {
      const c = this.ch(pos);
      if (c === 0x0a) {
        normalized += '\n';
        pos++;
        this.onNewLine(pos);
      } else if (c === 0x0d) {
        normalized += '\n';
        if (this.ch(pos + 1) === 0x0a && !this.ps.eolNormalized) pos += 2;
        else pos++;
        this.onNewLine(pos);
      } else if (c === 0x09 || c === 0x20) {
        normalized += String.fromCharCode(c);
        pos++;
      } else break;
    }
    count = pos - this.ps.charPos;
    if (collect !== null && normalized.length > 0) collect.push(normalized);
    this.ps.charPos = pos;
    return count;
  }

  /** Does the text at `pos` start with `expected`? */
  startsWith(pos: number, expected: string): boolean {
    return this.ps.chars.startsWith(expected, pos) && pos + expected.length <= this.ps.charsUsed;
  }
}

/** Replaces CR LF and lone CR by LF, as the reader's end-of-line handling does. */
export function normalizeEol(text: string): string {
  return text.indexOf('\r') < 0 ? text : text.replace(/\r\n?/g, '\n');
}
