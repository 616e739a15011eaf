import type { LintDiagnostic } from '@apim-policy/lint';

/** One linted document as the formats see it. */
export interface LintedFile {
  /** The path shown: relative to the current directory, with forward slashes. */
  readonly path: string;
  /** The document's text (for code frames). */
  readonly text: string;
  readonly diagnostics: readonly LintDiagnostic[];
}

/** How many findings of each severity. */
export interface LintTotals {
  readonly errorCount: number;
  readonly warningCount: number;
  readonly infoCount: number;
}

/** The findings of all files counted by severity. */
export function countFindings(files: readonly LintedFile[]): LintTotals {
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  for (const file of files) {
    for (const diagnostic of file.diagnostics) {
      if (diagnostic.severity === 'error') errorCount++;
      else if (diagnostic.severity === 'warning') warningCount++;
      else infoCount++;
    }
  }
  return { errorCount, warningCount, infoCount };
}

/** A finding's place as people count: lines and columns 1-based, the end column just after the range. */
export interface DisplayPosition {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** `diagnostic.loc` (0-based columns) as 1-based lines and columns; any diagnostic with a `loc`. */
export function displayPosition(diagnostic: Pick<LintDiagnostic, 'loc'>): DisplayPosition {
  return {
    line: diagnostic.loc.start.line,
    column: diagnostic.loc.start.column + 1,
    endLine: diagnostic.loc.end.line,
    endColumn: diagnostic.loc.end.column + 1,
  };
}
