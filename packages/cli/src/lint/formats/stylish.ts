import type { Severity } from '@apim-policy/expressions';
import { codeFrameColumns } from '@babel/code-frame';
import type picocolors from 'picocolors';
import { countFindings, displayPosition, type LintedFile } from '../report.js';

/** picocolors' colour functions. */
export type Colors = ReturnType<typeof picocolors.createColors>;

/** Options of the stylish format. */
export interface StylishOptions {
  /** picocolors' functions, real or plain (`createColors(false)`). */
  readonly colors: Colors;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * `--format stylish`: for each file with findings its path, then one row per finding
 * (`line:column  severity  message  rule`) with a code frame under each error and warning, and a
 * summary line. Nothing when there is nothing to report.
 */
export function formatStylish(files: readonly LintedFile[], options: StylishOptions): string {
  const { colors } = options;
  const paint: Readonly<Record<Severity, (text: string) => string>> = {
    error: colors.red,
    warning: colors.yellow,
    info: colors.blue,
  };
  let text = '';
  for (const file of files) {
    if (file.diagnostics.length === 0) continue;
    text += `\n${colors.underline(file.path)}\n`;
    const rows = file.diagnostics.map((diagnostic) => {
      const position = displayPosition(diagnostic);
      return { diagnostic, position, place: `${position.line}:${position.column}` };
    });
    const placeWidth = Math.max(...rows.map((row) => row.place.length));
    const severityWidth = Math.max(...rows.map((row) => row.diagnostic.severity.length));
    for (const { diagnostic, position, place } of rows) {
      const severity = paint[diagnostic.severity](diagnostic.severity.padEnd(severityWidth));
      text += `  ${colors.dim(place.padEnd(placeWidth))}  ${severity}  ${diagnostic.message}  ${colors.dim(diagnostic.rule)}\n`;
      if (diagnostic.severity === 'info') continue;
      const frame = codeFrameColumns(
        file.text,
        {
          start: { line: position.line, column: position.column },
          end: { line: position.endLine, column: position.endColumn },
        },
        { highlightCode: false, linesAbove: 1, linesBelow: 1 },
      );
      text += `${frame
        .split('\n')
        .map((line) => `    ${line}`)
        .join('\n')}\n`;
    }
  }
  const { errorCount, warningCount, infoCount } = countFindings(files);
  const problems = errorCount + warningCount + infoCount;
  if (problems === 0) return text;
  const counts = [plural(errorCount, 'error'), plural(warningCount, 'warning')];
  if (infoCount > 0) counts.push(`${infoCount} info`);
  const summary = `✖ ${plural(problems, 'problem')} (${counts.join(', ')})`;
  const paintSummary = errorCount > 0 ? paint.error : warningCount > 0 ? paint.warning : paint.info;
  return `${text}\n${colors.bold(paintSummary(summary))}\n`;
}
