// The one place where the command meets the lint library.
import {
  catalogMessages,
  closestName,
  compositionMessages,
  documentMessages,
  type NamedValues,
  planMessages,
  type Scope,
} from '@apim-policy/engine';
import { messages, type Severity } from '@apim-policy/expressions';
import {
  knownCodes,
  type LintDiagnostic,
  lintMessages as lintCatalogue,
  lintPolicy,
  type RuleSetting,
  ruleById,
} from '@apim-policy/lint';

export { type LintConfig, validateConfig } from '@apim-policy/lint';

/** Rule severities by rule id or engine diagnostic code. */
export type RuleSettings = Readonly<Record<string, RuleSetting>>;

/** What one document is linted with. */
export interface LintTextOptions {
  readonly file: string;
  readonly rules: RuleSettings;
  /** Absent: unresolved `{{name}}` are warnings and checking continues around them. */
  readonly namedValues?: NamedValues;
  /** Fragment texts by id. Absent: `include-fragment` ids are not checked. */
  readonly fragments?: Readonly<Record<string, string>>;
  /** Absent: the library infers it from the file's path. */
  readonly scope?: Scope;
  readonly templatePlaceholders: boolean;
}

/** What lint found in one document. */
export interface LintTextResult {
  readonly diagnostics: readonly LintDiagnostic[];
}

/** A rule as the formats describe it (SARIF's `rules`). */
export interface RuleDescription {
  readonly id: string;
  readonly description: string;
  readonly defaultSeverity: Severity;
  /** `rule`: a rule of the lint library (page `docs/rules/<id>.md`); `diagnostic`: an engine code. */
  readonly kind: 'rule' | 'diagnostic';
}

/** Lints one document's text with `lintPolicy` of `@apim-policy/lint`. */
export function lintText(text: string, options: LintTextOptions): LintTextResult {
  const { diagnostics } = lintPolicy(text, {
    file: options.file,
    rules: options.rules,
    templatePlaceholders: options.templatePlaceholders,
    ...(options.namedValues === undefined ? {} : { namedValues: options.namedValues }),
    ...(options.fragments === undefined ? {} : { fragments: new Map(Object.entries(options.fragments)) }),
    ...(options.scope === undefined ? {} : { scope: options.scope }),
  });
  return { diagnostics };
}

type Catalogue = Readonly<Record<string, { readonly severity: Severity; readonly text: string }>>;
// The front end's catalogue first: a code both know (`unresolved-named-value`) is reported by the
// document reader, at its severity (a warning when checking).
const CATALOGUES: readonly Catalogue[] = [
  lintCatalogue,
  documentMessages,
  messages,
  catalogMessages,
  compositionMessages,
  planMessages,
];

/** A message text as a description: its `{placeholders}` read as what they stand for. */
function describe(text: string): string {
  return text.replace(/\{\{?\{?(\w+)\}\}?\}?/g, (_whole, name: string) => `‹${name}›`);
}

/** Whether an id names a rule or an engine diagnostic; else the nearest known id, if any. */
export function checkRuleId(
  id: string,
): { readonly known: true } | { readonly known: false; readonly suggestion?: string } {
  if (knownCodes.has(id)) return { known: true };
  const suggestion = closestName(id, knownCodes);
  return suggestion === undefined ? { known: false } : { known: false, suggestion };
}

/** The rule or engine diagnostic a finding's `rule` names, for the formats that describe rules. */
export function describeRule(id: string): RuleDescription {
  const rule = ruleById(id);
  if (rule !== undefined) {
    return { id, description: rule.description, defaultSeverity: rule.defaultSeverity, kind: 'rule' };
  }
  const entry = CATALOGUES.map((catalogue) => catalogue[id]).find((found) => found !== undefined);
  if (entry === undefined) return { id, description: id, defaultSeverity: 'warning', kind: 'diagnostic' };
  return { id, description: describe(entry.text), defaultSeverity: entry.severity, kind: 'diagnostic' };
}

/** Whether a diagnostic code has its own page in `docs/diagnostics/` (the expression language's codes). */
export function hasDiagnosticPage(code: string): boolean {
  return Object.hasOwn(messages, code);
}
