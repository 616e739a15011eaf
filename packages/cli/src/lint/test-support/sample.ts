import type { LintDiagnostic } from '@apim-policy/lint';
import type { LintedFile } from '../report.js';

/** A finding at 0-based columns on one line, as lint reports it. */
export function finding(
  rule: string,
  severity: LintDiagnostic['severity'],
  message: string,
  line: number,
  column: number,
  endColumn: number,
  offset = 0,
): LintDiagnostic {
  return {
    code: rule,
    rule,
    severity,
    message,
    range: [offset + column, offset + endColumn],
    loc: { start: { line, column }, end: { line, column: endColumn } },
  };
}

const TEXT =
  '<policies>\n  <inbound>\n    <set-header name="x" exists-action="never" />\n  </inbound>\n</policies>\n';

/** Two files: one with an error, a warning and an info; one clean. */
export const SAMPLE: readonly LintedFile[] = [
  {
    path: 'apis/echo policy.xml',
    text: TEXT,
    diagnostics: [
      finding('invalid-attribute-value', 'error', "'never' is not a valid value", 3, 25, 46, 22),
      finding(
        'unresolved-named-value',
        'warning',
        "The named value '{{k}}' has no value, 100%",
        3,
        4,
        15,
        22,
      ),
      finding('deployment-placeholder', 'info', 'A placeholder:\nline two', 4, 2, 12, 70),
    ],
  },
  { path: 'clean.xml', text: '<policies />\n', diagnostics: [] },
];
