import {
  type CheckDocumentOptions,
  type CheckDocumentResult,
  checkPolicyDocument,
} from '@apim-policy/engine';
import { formatMessage } from '@apim-policy/expressions';
import type { LintDiagnostic, Rule, RuleContext, RuleReport } from './types.js';

/** Options of one rule's run over a checked document. */
export interface RuleRunOptions {
  readonly scope?: RuleContext['scope'];
  readonly templatePlaceholders?: boolean;
}

/**
 * Runs one rule over a checked document: its reports become diagnostics with the rule's default
 * severity, message text from the rule's catalogue, and file positions.
 */
export function runRule(
  rule: Rule,
  checked: CheckDocumentResult,
  options: RuleRunOptions = {},
): LintDiagnostic[] {
  const lines = checked.document.lines;
  const found: LintDiagnostic[] = [];
  const context: RuleContext = {
    document: checked.document,
    expressions: checked.expressions,
    scope: options.scope,
    templatePlaceholders: options.templatePlaceholders ?? false,
    report(report: RuleReport) {
      const text = rule.messages[report.message];
      if (text === undefined) throw new Error(`Rule ${rule.id} has no message '${report.message}'`);
      const start = lines.position(report.range[0]);
      const end = lines.position(report.range[1]);
      found.push({
        code: rule.id,
        rule: rule.id,
        severity: rule.defaultSeverity,
        message: formatMessage(text, report.data),
        range: report.range,
        loc: {
          start: { line: start.line, column: start.column },
          end: { line: end.line, column: end.column },
        },
        ...(report.data === undefined ? {} : { data: report.data }),
        ...(report.fix === undefined ? {} : { fix: report.fix }),
      });
    },
  };
  rule.check(context);
  return found.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
}

/** `runRule` over policy text (for tests and documentation examples). */
export function runRuleOnText(
  rule: Rule,
  text: string,
  options: RuleRunOptions & Pick<CheckDocumentOptions, 'namedValues' | 'file'> = {},
): LintDiagnostic[] {
  const checked = checkPolicyDocument(text, {
    ...(options.scope === undefined ? {} : { scope: options.scope }),
    ...(options.templatePlaceholders === undefined
      ? {}
      : { templatePlaceholders: options.templatePlaceholders }),
    ...(options.namedValues === undefined ? {} : { namedValues: options.namedValues }),
    ...(options.file === undefined ? {} : { file: options.file }),
    mode: 'check',
  });
  return runRule(rule, checked, options);
}
