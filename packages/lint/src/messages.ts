import { compositionMessages } from '@apim-policy/engine';
import type { Severity } from '@apim-policy/expressions';

/** One entry of the catalogue: its default severity and its text with `{placeholders}`. */
export interface LintMessage {
  readonly severity: Severity;
  readonly text: string;
}

/**
 * Every diagnostic lint itself reports (besides the engine's and the rules'), by stable code.
 * `unknown-fragment` is the engine's composition diagnostic, same code and text, so that a
 * policy gives the same finding whether it is linted or composed.
 */
export const lintMessages = {
  'unknown-fragment': compositionMessages['unknown-fragment'],
  'unknown-rule-in-comment': {
    severity: 'warning',
    text: "'{id}' is neither a lint rule nor a diagnostic code{suggestion}",
  },
  'unused-disable-comment': {
    severity: 'info',
    text: 'The disable comment suppresses nothing{names} on the next line: remove it, or move it above the finding',
  },
} as const satisfies Readonly<Record<string, LintMessage>>;

export type LintMessageCode = keyof typeof lintMessages;
