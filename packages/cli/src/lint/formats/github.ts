import type { Severity } from '@apim-policy/expressions';
import { displayPosition, type LintedFile } from '../report.js';

const COMMANDS: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice' };

/** GitHub's escaping of a workflow command's message. */
function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** GitHub's escaping of a workflow command's property value. */
function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/**
 * `--format github`: one workflow command per finding, which GitHub Actions shows as an
 * annotation on the file: `::error file=F,line=L,col=C,endLine=L,endColumn=C,title=RULE::message`
 * (`warning` and `notice` for the other severities).
 */
export function formatGithub(files: readonly LintedFile[]): string {
  let text = '';
  for (const file of files) {
    for (const diagnostic of file.diagnostics) {
      const { line, column, endLine, endColumn } = displayPosition(diagnostic);
      const properties = [
        `file=${escapeProperty(file.path)}`,
        `line=${line}`,
        `col=${column}`,
        `endLine=${endLine}`,
        `endColumn=${endColumn}`,
        `title=${escapeProperty(diagnostic.rule)}`,
      ].join(',');
      text += `::${COMMANDS[diagnostic.severity]} ${properties}::${escapeData(diagnostic.message)}\n`;
    }
  }
  return text;
}
