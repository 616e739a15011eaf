import type { CheckedExpression, PolicyDocument, Scope } from '@apim-policy/engine';
import type { Diagnostic, DiagnosticFix, Range, Severity } from '@apim-policy/expressions';

/** A rule's severity in a configuration; `off` turns it off. */
export type RuleSetting = Severity | 'off';

/**
 * A finding of lint: an engine diagnostic (its `rule` is the diagnostic's code, e.g.
 * `xml-unclosed-tag`, `member-not-allowed`) or a rule's report (its `rule` is the rule's id).
 * Positions as everywhere in the project: `range` in UTF-16 offsets of the file, `loc` with
 * 1-based lines and 0-based columns.
 */
export interface LintDiagnostic extends Diagnostic {
  /** The rule id or the engine diagnostic's code (the same as `code`). */
  readonly rule: string;
}

/** What a rule reports: where, and the message's data (the text comes from the rule's catalogue). */
export interface RuleReport {
  readonly range: Range;
  /** Key of the rule's `messages`. */
  readonly message: string;
  readonly data?: Readonly<Record<string, string | number>>;
  readonly fix?: DiagnosticFix;
}

/** What a rule sees of one document. */
export interface RuleContext {
  readonly document: PolicyDocument;
  /**
   * Every expression of the document in file order, parsed and bound once for every rule:
   * `result.ast` with file positions (`ErrorNode`s where the syntax is invalid), `result.bound`
   * when it has no errors.
   */
  readonly expressions: readonly CheckedExpression[];
  /** The scope the document is deployed at, when known (from options or the file name). */
  readonly scope: Scope | undefined;
  /** Whether deployment-tool placeholders are checked around (`--template-placeholders`). */
  readonly templatePlaceholders: boolean;
  report(report: RuleReport): void;
}

/** A lint rule: id, default severity, message catalogue, documentation page, check. */
export interface Rule {
  /** Kebab-case id, also the name of its page `docs/rules/<id>.md`. */
  readonly id: string;
  readonly defaultSeverity: Severity;
  /** One sentence: what the rule catches. */
  readonly description: string;
  /** Message texts by key, with `{placeholders}` filled from a report's `data`. */
  readonly messages: Readonly<Record<string, string>>;
  check(context: RuleContext): void;
}
