import { type DiagnosticData, formatMessage, type LineMap, type Range } from '@apim-policy/expressions';
import { type LintMessageCode, lintMessages } from './messages.js';
import type { LintDiagnostic } from './types.js';

/** A diagnostic of lint's own catalogue at `range` of the file. */
export function lintDiagnostic(
  code: LintMessageCode,
  range: Range,
  lines: LineMap,
  data: DiagnosticData,
): LintDiagnostic {
  const start = lines.position(range[0]);
  const end = lines.position(range[1]);
  const definition = lintMessages[code];
  return {
    code,
    rule: code,
    severity: definition.severity,
    message: formatMessage(definition.text, data),
    range,
    loc: { start: { line: start.line, column: start.column }, end: { line: end.line, column: end.column } },
    data,
  };
}
