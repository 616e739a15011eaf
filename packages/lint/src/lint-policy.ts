import { checkPolicyDocument, type NamedValues, type Scope } from '@apim-policy/engine';
import type { Diagnostic } from '@apim-policy/expressions';
import { applyDisableComments } from './apply-disable-comments.js';
import { checkFragmentIds, type KnownFragments } from './fragments.js';
import { inferScope } from './infer-scope.js';
import { knownCodes } from './known-codes.js';
import { rules } from './rules/index.js';
import { runRule } from './run-rule.js';
import type { LintDiagnostic, RuleSetting } from './types.js';

/** How to lint one policy file. */
export interface LintOptions {
  /** The file's name, kept in the result and used to infer the scope. */
  readonly file?: string | undefined;
  /** The scope the document is deployed at; when absent, `inferScope(file)`. */
  readonly scope?: Scope | undefined;
  /**
   * Values of named values `{{name}}`. Without them (or for a name they lack) a named value is a
   * warning and checking goes on around it.
   */
  readonly namedValues?: NamedValues | undefined;
  /** The fragments that exist: `<include-fragment>` of any other id is an error. Unchecked when absent. */
  readonly fragments?: KnownFragments | undefined;
  /**
   * The file is a template a deployment tool fills in (`${name}`, `#{name}#`, `__NAME__`): values
   * holding such placeholders are not validated.
   */
  readonly templatePlaceholders?: boolean | undefined;
  /** Severity by rule id or diagnostic code; `off` drops it. Check them first with `validateConfig`. */
  readonly rules?: Readonly<Record<string, RuleSetting>> | undefined;
}

/** Every finding of one file. */
export interface LintResult {
  readonly file: string | undefined;
  /** Sorted by position in the file. */
  readonly diagnostics: readonly LintDiagnostic[];
  readonly errorCount: number;
  readonly warningCount: number;
  readonly infoCount: number;
}

/**
 * Lints one policy file: everything API Management rejects when it is saved (the engine's
 * diagnostics, each with its code as rule), unknown fragment ids, and the findings of every
 * registered rule; then the settings (severity overrides, `off`) and the file's
 * `apim-policy-disable-next-line` comments apply. Unresolved named values are warnings: CI can
 * lint without access to their values. Never throws for any input text.
 */
export function lintPolicy(text: string, options: LintOptions = {}): LintResult {
  const scope = options.scope ?? (options.file === undefined ? undefined : inferScope(options.file));
  const templatePlaceholders = options.templatePlaceholders ?? false;
  const checked = checkPolicyDocument(text, {
    mode: 'check',
    templatePlaceholders,
    ...(scope === undefined ? {} : { scope }),
    ...(options.file === undefined ? {} : { file: options.file }),
    ...(options.namedValues === undefined ? {} : { namedValues: options.namedValues }),
  });
  const lines = checked.document.lines;
  const settings = options.rules ?? {};
  const found: LintDiagnostic[] = checked.diagnostics.map(fromEngine);
  if (options.fragments !== undefined)
    found.push(...checkFragmentIds(checked.document, options.fragments, lines, templatePlaceholders));
  for (const rule of rules) {
    if ((settings[rule.id] ?? rule.defaultSeverity) === 'off') continue;
    found.push(...runRule(rule, checked, { scope, templatePlaceholders }));
  }
  const configured = applySettings(found, settings);
  const { kept, comments } = applyDisableComments(checked.document, configured, knownCodes, lines);
  const diagnostics = [...kept, ...applySettings(comments, settings)].sort(
    (a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.rule.localeCompare(b.rule),
  );
  const count = (severity: LintDiagnostic['severity']) =>
    diagnostics.filter((diagnostic) => diagnostic.severity === severity).length;
  return {
    file: options.file,
    diagnostics,
    errorCount: count('error'),
    warningCount: count('warning'),
    infoCount: count('info'),
  };
}

function fromEngine(diagnostic: Diagnostic): LintDiagnostic {
  return { ...diagnostic, rule: diagnostic.code };
}

/** Each diagnostic with the severity its settings give, those turned `off` left out. */
function applySettings(
  diagnostics: readonly LintDiagnostic[],
  settings: Readonly<Record<string, RuleSetting>>,
): LintDiagnostic[] {
  const result: LintDiagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const setting = Object.hasOwn(settings, diagnostic.rule) ? settings[diagnostic.rule] : undefined;
    if (setting === 'off') continue;
    result.push(setting === undefined ? diagnostic : { ...diagnostic, severity: setting });
  }
  return result;
}
