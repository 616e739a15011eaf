import { RegexOptions } from './ast.js';
import { RegexSyntaxError, reasons } from './syntax-error.js';
import { boundaryWordSet } from './unicode-categories.js';

/**
 * A cursor over a pattern with the current options, shared by the capture scan and the parser
 * (the roles of .NET's `RegexParser` fields).
 */
export class PatternReader {
  pos = 0;
  options: number;
  readonly #optionsStack: number[] = [];

  constructor(
    readonly pattern: string,
    options: number,
  ) {
    this.options = options;
  }

  charsRight(): number {
    return this.pattern.length - this.pos;
  }
  rightChar(offset = 0): string {
    return this.pattern[this.pos + offset] ?? '';
  }
  moveRight(count = 1): void {
    this.pos += count;
  }
  moveLeft(): void {
    this.pos -= 1;
  }
  moveRightGetChar(): string {
    return this.pattern[this.pos++] ?? '';
  }

  invalid(reason: string): RegexSyntaxError {
    return new RegexSyntaxError('invalid', reason, this.pos);
  }

  has(option: number): boolean {
    return (this.options & option) !== 0;
  }
  get ignoreCase(): boolean {
    return this.has(RegexOptions.IgnoreCase);
  }
  get ecma(): boolean {
    return this.has(RegexOptions.ECMAScript);
  }

  pushOptions(): void {
    this.#optionsStack.push(this.options);
  }
  popOptions(): void {
    this.options = this.#optionsStack.pop()!;
  }
  popKeepOptions(): void {
    this.#optionsStack.pop();
  }
  emptyOptionsStack(): boolean {
    return this.#optionsStack.length === 0;
  }

  /** Skips whitespace and `#` comments under `IgnorePatternWhitespace`, and `(?#...)` comments. */
  scanBlank(): void {
    if (this.has(RegexOptions.IgnorePatternWhitespace)) {
      for (;;) {
        while (this.charsRight() > 0 && isSpace(this.rightChar())) this.moveRight();
        if (this.charsRight() === 0) break;
        if (this.rightChar() === '#') {
          while (this.charsRight() > 0 && this.rightChar() !== '\n') this.moveRight();
        } else if (this.#atComment()) this.#skipComment();
        else break;
      }
    } else {
      while (this.#atComment()) this.#skipComment();
    }
  }

  #atComment(): boolean {
    return (
      this.charsRight() >= 3 &&
      this.rightChar() === '(' &&
      this.rightChar(1) === '?' &&
      this.rightChar(2) === '#'
    );
  }

  #skipComment(): void {
    while (this.charsRight() > 0 && this.rightChar() !== ')') this.moveRight();
    if (this.charsRight() === 0) throw this.invalid(reasons.unterminatedComment);
    this.moveRight();
  }

  /** Reads decimal digits (.NET's `ScanDecimal`). */
  scanDecimal(): number {
    let value = 0;
    while (this.charsRight() > 0 && isDigit(this.rightChar())) {
      const digit = this.moveRightGetChar().charCodeAt(0) - 48;
      if (value > 214748364 || (value === 214748364 && digit > 7))
        throw this.invalid(reasons.captureGroupOutOfRange);
      value = value * 10 + digit;
    }
    return value;
  }

  /** Reads a group name: word characters. */
  scanCapname(): string {
    const start = this.pos;
    while (this.charsRight() > 0 && isWordChar(this.rightChar())) this.moveRight();
    return this.pattern.slice(start, this.pos);
  }

  /** Reads inline options (`imnsx`, with `-` and `+`), stopping before anything else. */
  scanOptions(): void {
    let off = false;
    while (this.charsRight() > 0) {
      const ch = this.rightChar();
      if (ch === '-') off = true;
      else if (ch === '+') off = false;
      else {
        const option = optionFromCode(ch);
        if (option === 0) return;
        this.options = off ? this.options & ~option : this.options | option;
      }
      this.moveRight();
    }
  }
}

/** The characters `IgnorePatternWhitespace` skips. */
export const isSpace = (ch: string) => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f';

export const isDigit = (ch: string) => ch >= '0' && ch <= '9';

/** .NET's `RegexCharClass.IsWordChar`, which group names are made of. */
export function isWordChar(ch: string): boolean {
  if (ch === '') return false;
  if (/[A-Za-z0-9_]/.test(ch)) return true;
  const unit = ch.charCodeAt(0);
  return unit >= 0x80 && boundaryWordSet().has(unit);
}

/** The option of an inline option letter; 0 for others (and for the options only the constructor can set). */
function optionFromCode(ch: string): number {
  switch (ch.toLowerCase()) {
    case 'i':
      return RegexOptions.IgnoreCase;
    case 'm':
      return RegexOptions.Multiline;
    case 'n':
      return RegexOptions.ExplicitCapture;
    case 's':
      return RegexOptions.Singleline;
    case 'x':
      return RegexOptions.IgnorePatternWhitespace;
    default:
      return 0;
  }
}
