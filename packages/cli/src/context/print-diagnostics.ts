import type { Diagnostic } from '@apim-policy/expressions';
import { codeFrameColumns } from '@babel/code-frame';
import pc from 'picocolors';
import { displayPosition } from '../lint/report.js';

/** Diagnostics of one text: where they point, and the name to show for it. */
export interface DiagnosticsOfText {
  readonly file: string;
  readonly text: string;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Prints diagnostics as `file:line:column severity code: message`, each followed by a code frame
 * of its text; colours only when `color` is true (the stream is a terminal).
 */
export function printDiagnostics(groups: readonly DiagnosticsOfText[], color: boolean): string {
  const colors = pc.createColors(color);
  const lines: string[] = [];
  for (const { file, text, diagnostics } of groups) {
    for (const diagnostic of diagnostics) {
      const { line, column, endLine, endColumn } = displayPosition(diagnostic);
      const severity =
        diagnostic.severity === 'error' ? colors.red('error') : colors.yellow(diagnostic.severity);
      lines.push(
        `${colors.bold(`${file}:${line}:${column}`)} ${severity} ${colors.dim(diagnostic.code)}: ${diagnostic.message}`,
      );
      const frame = codeFrameColumns(
        text,
        {
          start: { line, column },
          end: { line: endLine, column: endColumn },
        },
        { highlightCode: color, forceColor: color },
      );
      lines.push(frame, '');
    }
  }
  return `${lines.join('\n')}\n`;
}

/** `{"file", "line", "column", "endLine", "endColumn", "severity", "code", "message"}` per diagnostic (1-based). */
export function diagnosticsAsJson(groups: readonly DiagnosticsOfText[]): object[] {
  return groups.flatMap(({ file, diagnostics }) =>
    diagnostics.map((diagnostic) => ({
      file,
      ...displayPosition(diagnostic),
      severity: diagnostic.severity,
      code: diagnostic.code,
      message: diagnostic.message,
    })),
  );
}
