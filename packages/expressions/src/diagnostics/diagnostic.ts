import type { Range, SourceLocation } from '../source/position.js';

export type Severity = 'error' | 'warning' | 'info';

/** Values that fill a message's `{placeholders}`. */
export type DiagnosticData = Readonly<Record<string, string | number>>;

/** A text edit that resolves a diagnostic. */
export interface DiagnosticFix {
  readonly message: string;
  readonly range: Range;
  readonly text: string;
}

/**
 * A problem found in a policy expression. Diagnostics are data: `code` is stable and documented
 * in `docs/diagnostics/<code>.md`, `message` is rendered from the package's message catalogue with
 * `data`, and `range`/`loc` point into the policy file.
 */
export interface Diagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
  readonly loc: SourceLocation;
  readonly data?: DiagnosticData;
  readonly fix?: DiagnosticFix;
}

/** A message of the catalogue: its default severity and its text with `{placeholders}`. */
export interface MessageDefinition {
  readonly severity: Severity;
  readonly text: string;
}

/** Renders a message text, replacing each `{name}` with `data[name]`. */
export function formatMessage(text: string, data: DiagnosticData | undefined): string {
  if (data === undefined) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = data[name];
    return value === undefined ? whole : String(value);
  });
}
