import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPolicyDocument, compilePolicy, findTokens } from '@apim-policy/engine';
import type { Diagnostic } from '@apim-policy/expressions';

/** What loading one corpus document found. */
export interface DocumentOutcome {
  readonly file: string;
  /** Errors of checking (read, catalog, expressions) and of compiling for execution. */
  readonly errors: readonly Diagnostic[];
  /** Whether a deployment-tool placeholder (`${x}`, `#{x}#`, `__X__`) stands inside an expression. */
  readonly placeholderInExpression: boolean;
  /** Policies the engine compiled into steps, and those it would skip (not executable). */
  readonly skipped: readonly string[];
}

/**
 * Loads every corpus document as the engine does for a run (lenient, so that policies it does not
 * execute are listed rather than failing the load; named values and fragments unresolved as
 * warnings, since the corpus has none of their values), and checks it as the linter does.
 */
export function loadCorpusDocuments(directory: string): DocumentOutcome[] {
  const outcomes: DocumentOutcome[] = [];
  for (const file of readdirSync(directory)
    .filter((name) => name.endsWith('.xml'))
    .sort()) {
    const text = readFileSync(join(directory, file), 'utf8');
    const checked = checkPolicyDocument(text, { file, templatePlaceholders: true });
    const loaded = compilePolicy(text, {
      file,
      mode: 'lenient',
      unresolvedNamedValues: 'warning',
      // The corpus holds documents, not their instances' fragments.
      unknownFragments: 'warning',
      templatePlaceholders: true,
    });
    const errors = [...checked.diagnostics, ...loaded.diagnostics].filter(
      (diagnostic) => diagnostic.severity === 'error',
    );
    const skipped = loaded.diagnostics
      .filter((diagnostic) => diagnostic.code === 'policy-skipped')
      .map((diagnostic) => String(diagnostic.data?.name));
    outcomes.push({
      file,
      errors: dedupe(errors),
      placeholderInExpression: checked.document.expressions.some((site) =>
        findTokens(site.expression.text, true).some((token) => token.kind === 'placeholder'),
      ),
      skipped,
    });
  }
  return outcomes;
}

function dedupe(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((diagnostic) => {
    const key = `${diagnostic.code}@${diagnostic.range[0]}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
