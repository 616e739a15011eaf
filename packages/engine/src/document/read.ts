import { type Diagnostic, LineMap } from '@apim-policy/expressions';
import type { NamedValues } from '../named-values/substitute.js';
import { documentDiagnostic } from './messages.js';
import type { ExpressionSite, ReadResult } from './model.js';
import { prescan } from './prescan.js';
import { shapeOf } from './roots.js';
import { XmlScanner } from './scanner.js';
import { checkWellFormed } from './well-formed.js';

export interface ReadOptions {
  /** The file name, kept on the document for messages. */
  readonly file?: string | undefined;
  /** Values of named values `{{name}}` (and of placeholders when `placeholders` is set). */
  readonly namedValues?: NamedValues | undefined;
  /** Also fill in deployment-tool placeholders `${name}`, `#{name}#` and `__NAME__`. */
  readonly placeholders?: boolean | undefined;
  /**
   * `check` (default): a value missing from `namedValues` is a warning, the policy is only being
   * checked. `run`: it is an error, the policy is about to run.
   */
  readonly mode?: 'run' | 'check' | undefined;
}

/**
 * Reads a policy file as API Management's tolerant reading does: the `rawxml` form (expressions
 * with raw `"`, `<`, `&&`), the escaped `xml` form, or both mixed. Returns the document model,
 * with file positions on every node and a mapper on every expression, and the diagnostics.
 * Never throws.
 */
export function readPolicyDocument(text: string, options: ReadOptions = {}): ReadResult {
  const lines = new LineMap(text);
  const diagnostics: Diagnostic[] = [];
  const scan = prescan(text);
  for (const expression of scan.unterminated)
    diagnostics.push(
      documentDiagnostic('xml-unterminated-expression', [expression.start, expression.start + 2], lines, {
        open: expression.open,
      }),
    );
  const scanner = new XmlScanner(
    text,
    scan.masked,
    lines,
    { namedValues: options.namedValues, placeholders: options.placeholders, mode: options.mode ?? 'check' },
    diagnostics,
  );
  const { children, expressions } = scanner.scan();
  if (diagnostics.every((diagnostic) => diagnostic.severity !== 'error')) {
    const second = checkWellFormed(scan.masked, lines);
    if (second !== null) diagnostics.push(second);
  }
  const shape = shapeOf(children, lines, diagnostics);
  const ordered: ExpressionSite[] = [...expressions].sort(
    (a, b) => a.expression.range[0] - b.expression.range[0],
  );
  diagnostics.sort((a, b) => a.range[0] - b.range[0]);
  return {
    document: { ...shape, file: options.file, text, lines, children, expressions: ordered },
    diagnostics,
  };
}
