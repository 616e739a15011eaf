import type { Diagnostic, DiagnosticData, Severity } from '@apim-policy/expressions';
import { catalogueDiagnostic } from '../catalogue-diagnostic.js';
import type { Located } from '../document/model.js';

/** The catalogue of diagnostics compiling policies for execution reports. */
export const planMessages = {
  'policy-not-executable': {
    severity: 'error',
    text: "'<{name}>' is a valid policy, but this engine does not execute it: remove it, or load in lenient mode to skip it",
  },
  'policy-skipped': {
    severity: 'warning',
    text: "'<{name}>' is not executed by this engine: lenient mode skips it and records it in the trace",
  },
  'liquid-not-supported': {
    severity: 'error',
    text: 'This Liquid template uses something the engine does not support: {detail}',
  },
  'invalid-policy-value': {
    severity: 'error',
    text: "'{value}' is not valid for '{attribute}' of '<{element}>': {detail}",
  },
} as const satisfies Record<string, { severity: Severity; text: string }>;

export type PlanDiagnosticCode = keyof typeof planMessages;

export function planDiagnostic(code: PlanDiagnosticCode, at: Located, data: DiagnosticData): Diagnostic {
  return catalogueDiagnostic(planMessages, code, at, data);
}
