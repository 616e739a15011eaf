import type { Severity } from '@apim-policy/expressions';

/** A message of the catalogue: its default severity and its text with `{placeholders}`. */
export interface CatalogMessage {
  readonly severity: Severity;
  readonly text: string;
}

/**
 * The catalogue of every diagnostic that validation against the policy catalog reports. Codes are
 * stable; message texts take `{placeholders}` from the diagnostic's `data`.
 */
export const catalogMessages = {
  // Policies and where they stand.
  'unknown-policy': { severity: 'error', text: "Unknown policy '<{name}>'{suggestion}" },
  'policy-not-allowed-in-section': {
    severity: 'error',
    text: "'<{name}>' is not allowed in the {section} section (allowed in: {allowed})",
  },
  'policy-not-allowed-in-scope': {
    severity: 'error',
    text: "'<{name}>' is not allowed at the {scope} scope (allowed at: {allowed})",
  },

  // Attributes.
  'missing-required-attribute': {
    severity: 'error',
    text: "'<{element}>' requires the attribute '{attribute}'",
  },
  'unknown-attribute': {
    severity: 'error',
    text: "'<{element}>' has no attribute '{attribute}'{suggestion}",
  },
  'invalid-attribute-value': {
    severity: 'error',
    text: "'{value}' is not a valid value for '{attribute}' of '<{element}>': expected {expected}",
  },
  'expression-not-allowed-in-attribute': {
    severity: 'error',
    text: "The attribute '{attribute}' of '<{element}>' does not accept policy expressions",
  },
  'duplicate-attribute': {
    severity: 'error',
    text: "The attribute '{attribute}' appears more than once on '<{element}>'",
  },

  // Child elements and text.
  'unknown-child-element': {
    severity: 'error',
    text: "'<{child}>' is not allowed inside '<{element}>'{allowed}",
  },
  'missing-required-child-element': {
    severity: 'error',
    text: "'<{element}>' requires a '<{child}>' element",
  },
  'duplicate-child-element': {
    severity: 'error',
    text: "'<{child}>' may appear only once inside '<{element}>'",
  },
  'text-not-allowed': { severity: 'error', text: "'<{element}>' does not take text content" },

  // Document structure: sections, <base/> and fragments.
  'unknown-section': {
    severity: 'error',
    text: "'<{name}>' is not a section: '<policies>' holds <inbound>, <backend>, <outbound> and <on-error>",
  },
  'duplicate-section': { severity: 'error', text: "The section '<{name}>' appears more than once" },
  'duplicate-base': { severity: 'error', text: "'<base/>' may appear only once in the {section} section" },
  'base-outside-section': {
    severity: 'error',
    text: "'<base/>' may only stand directly in a section, not inside '<{parent}>'",
  },
  'base-at-global-scope': {
    severity: 'warning',
    text: "'<base/>' has no effect at the global scope: there is no broader scope to inline",
  },
  'base-in-fragment': { severity: 'error', text: "A policy fragment cannot contain '<base/>'" },
  'section-in-fragment': {
    severity: 'error',
    text: "A policy fragment cannot contain sections such as '<{name}>': it holds policies only",
  },
  'fragment-in-fragment': {
    severity: 'error',
    text: "A policy fragment cannot include another fragment ('<include-fragment>' is not allowed in a fragment)",
  },
} as const satisfies Record<string, CatalogMessage>;

export type CatalogDiagnosticCode = keyof typeof catalogMessages;
