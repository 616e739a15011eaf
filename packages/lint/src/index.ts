// @apim-policy/lint: everything API Management rejects when a policy is saved (the engine's
// diagnostics), plus rules for policies APIM accepts but that are wrong.

export { type ConfigValidation, type LintConfig, validateConfig } from './config.js';
export { DISABLE_NEXT_LINE } from './disable-comments.js';
export type { KnownFragments } from './fragments.js';
export { inferScope } from './infer-scope.js';
export { knownCodes } from './known-codes.js';
export { type LintOptions, type LintResult, lintPolicy } from './lint-policy.js';
export { type LintMessage, type LintMessageCode, lintMessages } from './messages.js';
export { ruleById, rules } from './rules/index.js';
export { type RuleExample, ruleExamples } from './rules/rule-examples.js';
export { type RuleRunOptions, runRule, runRuleOnText } from './run-rule.js';
export type {
  LintDiagnostic,
  Rule,
  RuleContext,
  RuleReport,
  RuleSetting,
} from './types.js';
