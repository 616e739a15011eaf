import type { Diagnostic, DiagnosticData, Severity } from '@apim-policy/expressions';
import { catalogueDiagnostic } from '../catalogue-diagnostic.js';
import type { Located } from '../document/model.js';

/** The catalogue of diagnostics composition reports: scopes, `<base/>` and fragments. */
export const compositionMessages = {
  'unknown-fragment': {
    severity: 'error',
    text: "No policy fragment has the id '{id}'",
  },
  'fragment-includes-fragment': {
    severity: 'error',
    text: "The fragment '{id}' includes the fragment '{included}': fragments cannot include other fragments",
  },
  'fragment-not-a-fragment': {
    severity: 'error',
    text: "The fragment '{id}' must have a <fragment> root element, not <{root}>",
  },
  'duplicate-scope': {
    severity: 'error',
    text: 'Two documents are attached at the {scope} scope; each scope has one policy document',
  },
  'scope-order': {
    severity: 'error',
    text: 'The {scope} scope is listed after the narrower {narrower} scope: list scopes broadest first',
  },
} as const satisfies Record<string, { severity: Severity; text: string }>;

export type CompositionDiagnosticCode = keyof typeof compositionMessages;

export function compositionDiagnostic(
  code: CompositionDiagnosticCode,
  at: Located,
  data: DiagnosticData,
): Diagnostic {
  return catalogueDiagnostic(compositionMessages, code, at, data);
}
