import type { Diagnostic, DiagnosticData } from '@apim-policy/expressions';
import { catalogueDiagnostic } from '../catalogue-diagnostic.js';
import type { CatalogAttribute, CatalogElement, CatalogText } from './element.js';
import { type CatalogDiagnosticCode, catalogMessages } from './messages.js';

/** Anything validation can point at: an element, an attribute or a text run. */
export type Located = Pick<CatalogElement | CatalogAttribute | CatalogText, 'range' | 'loc'>;

/** A diagnostic from the catalogue, placed at `at` (positions are copied, never recomputed). */
export function report(code: CatalogDiagnosticCode, at: Located, data: DiagnosticData): Diagnostic {
  return catalogueDiagnostic(catalogMessages, code, at, data);
}
