import type { Diagnostic, DiagnosticData, Range, Severity } from '@apim-policy/expressions';
import { formatMessage, type LineMap } from '@apim-policy/expressions';

/** One entry of the catalogue: its default severity and its text with `{placeholders}`. */
export interface DocumentMessage {
  readonly severity: Severity;
  readonly text: string;
}

/**
 * Every diagnostic the policy document front end reports, by stable code. Messages live here and
 * nowhere else; report sites name a code and pass data.
 */
export const documentMessages = {
  'xml-unterminated-element': { severity: 'error', text: "The element '<{name}>' is never closed" },
  'xml-unterminated-tag': { severity: 'error', text: "The tag '<{name}' is not closed with '>'" },
  'xml-unterminated-attribute-value': {
    severity: 'error',
    text: "The value of the attribute '{name}' has no closing quote",
  },
  'xml-unterminated-comment': { severity: 'error', text: "The comment is not closed with '-->'" },
  'xml-unterminated-cdata': { severity: 'error', text: "The CDATA section is not closed with ']]>'" },
  'xml-unterminated-declaration': { severity: 'error', text: "The declaration is not closed with '{close}'" },
  'xml-unterminated-expression': {
    severity: 'error',
    text: "The policy expression starting here never closes its '{open}'",
  },
  'xml-mismatched-tag': {
    severity: 'error',
    text: "The closing tag '</{name}>' does not match the open element '<{expected}>'",
  },
  'xml-unexpected-closing-tag': {
    severity: 'error',
    text: "The closing tag '</{name}>' has no matching open element",
  },
  'xml-raw-quote-in-attribute': {
    severity: 'error',
    text: "The value of the attribute '{name}' contains a raw quote; write it as '&quot;' (or use the other quote character)",
  },
  'xml-raw-lt-in-attribute': {
    severity: 'error',
    text: "The value of the attribute '{name}' contains a raw '<'; write it as '&lt;'",
  },
  'xml-raw-lt-in-text': {
    severity: 'error',
    text: "A raw '<' that does not start a tag; write it as '&lt;'",
  },
  'xml-invalid-entity': {
    severity: 'error',
    text: "'&' does not start a character reference; write it as '&amp;'",
  },
  'xml-double-hyphen-in-comment': {
    severity: 'error',
    text: "A comment cannot contain '--'",
  },
  'xml-invalid-name': { severity: 'error', text: "'{text}' is not a valid element or attribute name" },
  'xml-attribute-without-value': {
    severity: 'error',
    text: "The attribute '{name}' has no '=\"value\"'",
  },
  'xml-duplicate-attribute': { severity: 'error', text: "The attribute '{name}' is given twice" },
  'xml-not-well-formed': { severity: 'error', text: 'The document is not well-formed XML: {reason}' },
  'xml-no-content': { severity: 'error', text: 'The document holds no policy element' },
  'xml-text-outside-root': {
    severity: 'warning',
    text: 'Text outside any element is ignored',
  },
  'xml-duplicate-section': { severity: 'error', text: "The section '<{name}>' is given twice" },
  'unresolved-named-value': {
    severity: 'error',
    text: "The named value '{{{name}}}' has no value",
  },
  'unresolved-placeholder': {
    severity: 'error',
    text: "The deployment placeholder '{placeholder}' has no value",
  },
} as const satisfies Readonly<Record<string, DocumentMessage>>;

export type DocumentDiagnosticCode = keyof typeof documentMessages;

/** Builds a diagnostic of the catalogue for `range` of the file that `lines` describes. */
export function documentDiagnostic(
  code: DocumentDiagnosticCode,
  range: Range,
  lines: LineMap,
  data?: DiagnosticData,
  severity?: Severity,
): Diagnostic {
  const entry: DocumentMessage = documentMessages[code];
  const diagnostic: Diagnostic = {
    code,
    severity: severity ?? entry.severity,
    message: formatMessage(entry.text, data),
    range,
    loc: { start: lines.position(range[0]), end: lines.position(range[1]) },
    ...(data === undefined ? {} : { data }),
  };
  return diagnostic;
}
