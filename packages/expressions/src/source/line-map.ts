import type { Position } from './position.js';

/**
 * Line starts of a text, for turning offsets into lines and columns. Recognises `\n`, `\r\n`
 * and a lone `\r` as line breaks, as C# does.
 */
export class LineMap {
  readonly #starts: number[];

  constructor(text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        starts.push(i + 1);
      } else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.#starts = starts;
  }

  /** Number of lines (a text without line breaks has one). */
  get lineCount(): number {
    return this.#starts.length;
  }

  /** 0-based index of the line holding `offset`. */
  lineIndex(offset: number): number {
    const starts = this.#starts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** Offset at which the 0-based line `index` starts. */
  lineStart(index: number): number {
    return this.#starts[index] ?? this.#starts[this.#starts.length - 1]!;
  }

  /** 1-based line and 0-based column of `offset`. */
  position(offset: number): Position {
    const index = this.lineIndex(offset);
    return { line: index + 1, column: offset - this.#starts[index]! };
  }
}
