import { closestName, type PolicyDocument } from '@apim-policy/engine';
import type { LineMap } from '@apim-policy/expressions';
import { findDisableComments } from './disable-comments.js';
import { lintDiagnostic } from './lint-diagnostic.js';
import type { LintDiagnostic } from './types.js';

/** What applying disable comments leaves, and what the comments themselves give. */
export interface DisableOutcome {
  /** The diagnostics no comment suppresses. */
  readonly kept: readonly LintDiagnostic[];
  /** `unknown-rule-in-comment` and `unused-disable-comment` findings. */
  readonly comments: readonly LintDiagnostic[];
}

/**
 * Applies `<!-- apim-policy-disable-next-line [ids] -->` comments: a diagnostic starting on the
 * line after a comment's last line is dropped when the comment names its rule (or names none).
 * An id that is no known code is a warning (the comment is a typo, or names a rule from a newer
 * version); a comment, or an id of it, that suppresses nothing is an info.
 */
export function applyDisableComments(
  document: PolicyDocument,
  diagnostics: readonly LintDiagnostic[],
  knownCodes: ReadonlySet<string>,
  lines: LineMap,
): DisableOutcome {
  const comments = findDisableComments(document);
  if (comments.length === 0) return { kept: diagnostics, comments: [] };
  const suppressed = new Set<LintDiagnostic>();
  const findings: LintDiagnostic[] = [];
  for (const comment of comments) {
    const onLine = diagnostics.filter((diagnostic) => diagnostic.loc.start.line === comment.line);
    if (comment.ids.length === 0) {
      for (const diagnostic of onLine) suppressed.add(diagnostic);
      if (onLine.length === 0)
        findings.push(lintDiagnostic('unused-disable-comment', comment.comment.range, lines, { names: '' }));
      continue;
    }
    for (const { id, range } of comment.ids) {
      if (!knownCodes.has(id)) {
        const suggestion = closestName(id, knownCodes);
        findings.push(
          lintDiagnostic('unknown-rule-in-comment', range, lines, {
            id,
            suggestion: suggestion === undefined ? '' : `; did you mean '${suggestion}'?`,
          }),
        );
        continue;
      }
      const matching = onLine.filter((diagnostic) => diagnostic.rule === id);
      for (const diagnostic of matching) suppressed.add(diagnostic);
      if (matching.length === 0)
        findings.push(lintDiagnostic('unused-disable-comment', range, lines, { names: ` for '${id}'` }));
    }
  }
  return { kept: diagnostics.filter((diagnostic) => !suppressed.has(diagnostic)), comments: findings };
}
