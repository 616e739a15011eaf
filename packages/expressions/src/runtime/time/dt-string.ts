/**
 * The cursor .NET's date parser walks the input with (`__DTString`). `index` points at the
 * character being looked at; most readers first advance, then look, so a fresh cursor starts
 * at -1. `current` is the character last read, which some paths deliberately leave stale, as
 * .NET does: the parser's behaviour depends on it.
 */

/** `Char.IsWhiteSpace`. */
export function isWhiteSpace(ch: string): boolean {
  return ch !== '\uFEFF' && /[\s\u0085]/.test(ch);
}

/** `Char.IsLetter`. */
export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /\p{L}/u.test(ch);
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** Case-insensitive comparison of the culture (en-US and invariant agree). */
export function equalsIgnoreCase(a: string, b: string): boolean {
  return a.length === b.length && a.toLowerCase() === b.toLowerCase();
}

/** A run of digits or a single other character (`DTSubString`). */
export interface SubString {
  readonly index: number;
  readonly length: number;
  readonly type: 'number' | 'other' | 'end' | 'invalid';
  readonly value: number;
}

export class DTString {
  index = -1;
  current = '\0';

  constructor(public value: string) {}

  get length(): number {
    return this.value.length;
  }

  /** Advances; true while not past the end. */
  next(): boolean {
    this.index++;
    if (this.index < this.value.length) {
      this.current = this.value[this.index]!;
      return true;
    }
    return false;
  }

  atEnd(): boolean {
    return this.index >= this.value.length;
  }

  advance(count: number): boolean {
    this.index += count;
    if (this.index < this.value.length) {
      this.current = this.value[this.index]!;
      return true;
    }
    return false;
  }

  /** The character at `index`. */
  char(): string {
    return this.value[this.index]!;
  }

  digit(): number {
    return this.value.charCodeAt(this.index) - 48;
  }

  /** Advances and tells whether the new character is a digit. */
  nextDigit(): boolean {
    if (++this.index >= this.value.length) return false;
    return isDigit(this.value[this.index]);
  }

  /** Matches one character after the current one, advancing over it when it matches. */
  matchChar(ch: string): boolean {
    if (++this.index >= this.value.length) return false;
    if (this.value[this.index] === ch) {
      this.current = ch;
      return true;
    }
    this.index--;
    return false;
  }

  /** Matches `text` (ordinal) starting after the current character. */
  matchText(text: string): boolean {
    if (++this.index >= this.value.length) return false;
    if (text.length > this.value.length - this.index) return false;
    if (this.value.startsWith(text, this.index)) {
      this.index += text.length - 1;
      return true;
    }
    return false;
  }

  /** Does `target` (ignoring case) start at `index`? */
  matchSpecifiedWord(target: string): boolean {
    if (this.index + target.length > this.value.length) return false;
    return equalsIgnoreCase(this.value.slice(this.index, this.index + target.length), target);
  }

  /** Skips white space after the current character. */
  skipWhiteSpaces(): void {
    while (this.index + 1 < this.value.length && isWhiteSpace(this.value[this.index + 1]!)) this.index++;
  }

  /** Skips white space from the current character; false at the end. */
  skipWhiteSpaceCurrent(): boolean {
    if (this.index >= this.value.length) return false;
    if (!isWhiteSpace(this.current)) return true;
    while (++this.index < this.value.length) {
      this.current = this.value[this.index]!;
      if (!isWhiteSpace(this.current)) return true;
    }
    return false;
  }

  trimTail(): void {
    let i = this.value.length - 1;
    while (i >= 0 && isWhiteSpace(this.value[i]!)) i--;
    this.value = this.value.slice(0, i + 1);
  }

  /** After `trimTail`: drops spaces before a final quote (`'hh ' ` to `'hh'`). */
  removeTrailingInQuoteSpaces(): void {
    let i = this.value.length - 1;
    if (i <= 1) return;
    const ch = this.value[i];
    if ((ch === "'" || ch === '"') && isWhiteSpace(this.value[i - 1]!)) {
      i--;
      while (i >= 1 && isWhiteSpace(this.value[i - 1]!)) i--;
      this.value = this.value.slice(0, i) + this.value.slice(this.value.length - 1);
    }
  }

  /** Drops spaces after a leading quote. */
  removeLeadingInQuoteSpaces(): void {
    if (this.value.length <= 2) return;
    const ch = this.value[0];
    if (ch === "'" || ch === '"') {
      let i = 0;
      while (i + 1 < this.value.length && isWhiteSpace(this.value[i + 1]!)) i++;
      if (i !== 0) this.value = this.value[0] + this.value.slice(i + 1);
    }
  }

  /** How many times the current character repeats; moves to the last repetition. */
  repeatCount(): number {
    const ch = this.value[this.index];
    let pos = this.index + 1;
    while (pos < this.value.length && this.value[pos] === ch) pos++;
    const count = pos - this.index;
    this.index = pos - 1;
    return count;
  }

  /** The digits, or the single other character, at `index`. */
  subString(): SubString {
    let length = 0;
    let type: SubString['type'] = 'end';
    let value = 0;
    while (this.index + length < this.value.length) {
      const ch = this.value[this.index + length]!;
      const current = isDigit(ch) ? 'number' : 'other';
      if (length === 0) type = current;
      else if (type !== current) break;
      length++;
      if (current === 'number') {
        if (length > 8) return { index: this.index, length, type: 'invalid', value };
        value = value * 10 + (ch.charCodeAt(0) - 48);
      } else {
        break;
      }
    }
    return { index: this.index, length, type: length === 0 ? 'end' : type, value };
  }

  consume(sub: SubString): void {
    this.index = sub.index + sub.length;
    if (this.index < this.value.length) this.current = this.value[this.index]!;
  }
}
