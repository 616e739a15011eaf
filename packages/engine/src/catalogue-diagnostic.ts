import type { Range, SourceLocation } from '@apim-policy/expressions';
import { type Diagnostic, type DiagnosticData, formatMessage, type Severity } from '@apim-policy/expressions';

/** A message of one of the engine's catalogues: its default severity and its text with `{placeholders}`. */
export interface CatalogueMessage {
  readonly severity: Severity;
  readonly text: string;
}

/**
 * A diagnostic from a message catalogue, placed at `at` (positions are copied, never recomputed).
 * The catalog, composition and planning catalogues all report through it.
 */
export function catalogueDiagnostic<Code extends string>(
  catalogue: Readonly<Record<Code, CatalogueMessage>>,
  code: Code,
  at: { readonly range: Range; readonly loc: SourceLocation },
  data: DiagnosticData,
): Diagnostic {
  const definition = catalogue[code];
  return {
    code,
    severity: definition.severity,
    message: formatMessage(definition.text, data),
    range: at.range,
    loc: at.loc,
    data,
  };
}
