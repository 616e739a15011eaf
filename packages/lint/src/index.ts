// @apim-policy/lint: everything API Management rejects when a policy is saved (the engine's
// diagnostics), plus rules for policies APIM accepts but that are wrong.

export { type RuleRunOptions, runRule, runRuleOnText } from './run-rule.js';
export type {
  LintDiagnostic,
  Rule,
  RuleContext,
  RuleReport,
  RuleSetting,
} from './types.js';
