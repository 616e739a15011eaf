import { displayPosition, type LintedFile } from '../report.js';

/**
 * `--format json`: one JSON document, `{"files":[{"path", "diagnostics":[{"severity", "rule",
 * "message", "line", "column", "endLine", "endColumn"}]}]}`, lines and columns 1-based.
 */
export function formatJson(files: readonly LintedFile[]): string {
  const document = {
    files: files.map((file) => ({
      path: file.path,
      diagnostics: file.diagnostics.map((diagnostic) => ({
        severity: diagnostic.severity,
        rule: diagnostic.rule,
        message: diagnostic.message,
        ...displayPosition(diagnostic),
      })),
    })),
  };
  return `${JSON.stringify(document)}\n`;
}
