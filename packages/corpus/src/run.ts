import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkExpression, type Diagnostic } from '@apim-policy/expressions';
import { extractExpressions } from './extract.js';
import { findPlaceholder } from './placeholders.js';
import { type Rejection, rejectionOf } from './rejected-by-apim.js';

export interface ExpressionOutcome {
  file: string;
  line: number;
  column: number;
  text: string;
  host: 'attribute' | 'content';
  /** The deployment placeholder the expression holds, or null. */
  placeholder: string | null;
  /** Why APIM rejects the document holding the expression, or null. */
  rejectedByApim: Rejection | null;
  diagnostics: readonly Diagnostic[];
}

export interface CorpusReport {
  documents: number;
  documentsWithExpressions: number;
  /** Expressions outside XML comments. */
  expressions: ExpressionOutcome[];
  /** Expressions inside XML comments (commented-out code), parsed but reported apart. */
  commented: ExpressionOutcome[];
}

/** Parses every expression of every `.xml` document in `directory`. */
export function runCorpus(directory: string): CorpusReport {
  const files = readdirSync(directory)
    .filter((name) => name.endsWith('.xml'))
    .sort();
  const report: CorpusReport = {
    documents: files.length,
    documentsWithExpressions: 0,
    expressions: [],
    commented: [],
  };
  for (const file of files) {
    const found = extractExpressions(readFileSync(join(directory, file), 'utf8'));
    if (found.some((expression) => !expression.inComment)) report.documentsWithExpressions++;
    for (const expression of found) {
      const { diagnostics } = checkExpression(expression.text, { mapper: expression.mapper });
      const outcome: ExpressionOutcome = {
        file,
        line: expression.line,
        column: expression.column,
        text: expression.text,
        host: expression.host,
        placeholder: findPlaceholder(expression.text),
        rejectedByApim: rejectionOf(file, expression.text),
        diagnostics,
      };
      (expression.inComment ? report.commented : report.expressions).push(outcome);
    }
  }
  return report;
}

/**
 * Errors other than named values left in the text: API Management substitutes `{{name}}`
 * before compiling, so the corpus, read without the values, cannot bind those expressions.
 */
export const hasErrorsBesidesNamedValues = (outcome: ExpressionOutcome): boolean =>
  outcome.diagnostics.some(
    (diagnostic) => diagnostic.severity === 'error' && diagnostic.code !== 'unresolved-named-value',
  );

export const hasErrors = (outcome: ExpressionOutcome): boolean =>
  outcome.diagnostics.some((diagnostic) => diagnostic.severity === 'error');

/** How the corpus splits: the expressions that must parse, and those counted apart. */
export function classify(report: CorpusReport) {
  const rejected = report.expressions.filter((outcome) => outcome.rejectedByApim !== null);
  const templated = report.expressions.filter(
    (outcome) => outcome.rejectedByApim === null && outcome.placeholder !== null,
  );
  const plain = report.expressions.filter(
    (outcome) => outcome.rejectedByApim === null && outcome.placeholder === null,
  );
  return { plain, templated, rejected };
}
