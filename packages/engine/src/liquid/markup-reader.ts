import { lexMarkup, MarkupError, type MarkupToken } from './markup-lexer.js';

/** Reads the tokens of one tag's or output's markup; problems are thrown as {@link MarkupError}. */
export class MarkupReader {
  readonly #markup: string;
  readonly #start: number;
  readonly #end: number;
  readonly #tokens: MarkupToken[];
  #at = 0;

  /** `markup` starts at offset `start` of the template. */
  constructor(markup: string, start: number) {
    this.#markup = markup;
    this.#start = start;
    this.#end = start + markup.length;
    this.#tokens = lexMarkup(markup, start);
  }

  /** The markup between two template offsets. */
  source(start: number, end: number): string {
    return this.#markup.slice(start - this.#start, end - this.#start);
  }

  peek(ahead = 0): MarkupToken | undefined {
    return this.#tokens[this.#at + ahead];
  }

  atEnd(): boolean {
    return this.#at >= this.#tokens.length;
  }

  /** Offset just after the last token read. */
  get position(): number {
    return this.#tokens[this.#at - 1]?.end ?? this.#tokens[0]?.start ?? this.#end;
  }

  next(what: string): MarkupToken {
    const token = this.#tokens[this.#at];
    if (token === undefined) {
      // Points at the last token, after which something is missing.
      const last = this.#tokens[this.#tokens.length - 1];
      throw new MarkupError(
        `Expected ${what} after '${last?.text ?? ''}'.`,
        last?.start ?? this.#start,
        last?.end ?? this.#end,
      );
    }
    this.#at++;
    return token;
  }

  isSymbol(text: string, ahead = 0): boolean {
    const token = this.peek(ahead);
    return token?.kind === 'symbol' && token.text === text;
  }

  isWord(text: string, ahead = 0): boolean {
    const token = this.peek(ahead);
    return token?.kind === 'identifier' && token.text === text;
  }

  /** Reads the symbol `text` if it comes next. */
  accept(text: string): boolean {
    if (!this.isSymbol(text)) return false;
    this.#at++;
    return true;
  }

  /** Reads the word `text` if it comes next. */
  acceptWord(text: string): boolean {
    if (!this.isWord(text)) return false;
    this.#at++;
    return true;
  }

  expectSymbol(text: string): MarkupToken {
    const token = this.next(`'${text}'`);
    if (token.kind !== 'symbol' || token.text !== text) throw unexpected(token, `'${text}'`);
    return token;
  }

  expectIdentifier(what: string): MarkupToken {
    const token = this.next(what);
    if (token.kind !== 'identifier') throw unexpected(token, what);
    return token;
  }

  /** Fails unless all tokens were read. */
  expectEnd(): void {
    const token = this.peek();
    if (token !== undefined) throw new MarkupError(`Unexpected '${token.text}'.`, token.start, token.end);
  }
}

export function unexpected(token: MarkupToken, expected: string): MarkupError {
  return new MarkupError(`Expected ${expected}, found '${token.text}'.`, token.start, token.end);
}
