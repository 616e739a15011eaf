import { LineMap } from '@apim-policy/expressions';

export type LiquidDiagnosticCode =
  | 'liquid-syntax-error'
  | 'liquid-unsupported-tag'
  | 'liquid-unsupported-filter';

/** A problem in a template, at its offset range `[start, end)` into the template text. */
export interface LiquidDiagnostic {
  readonly code: LiquidDiagnosticCode;
  readonly message: string;
  readonly start: number;
  readonly end: number;
  /** 1-based line of `start`. */
  readonly line: number;
  /** 0-based column of `start`, in UTF-16 code units. */
  readonly column: number;
}

/** Collects the diagnostics of one template, with lines and columns worked out from its text. */
export class DiagnosticSink {
  readonly #lines: LineMap;
  readonly #length: number;
  readonly diagnostics: LiquidDiagnostic[] = [];

  constructor(text: string) {
    this.#lines = new LineMap(text);
    this.#length = text.length;
  }

  report(code: LiquidDiagnosticCode, message: string, start: number, end: number): void {
    const from = Math.max(0, Math.min(start, this.#length));
    const to = Math.max(from, Math.min(end, this.#length));
    const { line, column } = this.#lines.position(from);
    this.diagnostics.push({ code, message, start: from, end: to, line, column });
  }

  syntax(message: string, start: number, end: number): void {
    this.report('liquid-syntax-error', message, start, end);
  }

  /** The diagnostics in the order of their place in the template. */
  sorted(): LiquidDiagnostic[] {
    return [...this.diagnostics].sort((a, b) => a.start - b.start || a.end - b.end);
  }
}
