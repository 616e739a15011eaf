import type { MessageDefinition } from './diagnostic.js';

/**
 * The catalogue of every diagnostic the expressions package reports. Codes are stable; each has a
 * page in `docs/diagnostics/<code>.md`. Message texts follow the C# compiler's wording where a C#
 * developer would recognise it.
 */
export const messages = {
  // The policy expression as a whole.
  'expression-form-expected': {
    severity: 'error',
    text: "A policy expression starts with '@(' (an expression) or '@{' (a code block)",
  },
  'unexpected-text-after-expression': {
    severity: 'error',
    text: "Unexpected text after the end of the policy expression: '{token}'",
  },

  'internal-error': {
    severity: 'error',
    text: 'Internal error of the expression parser: {message}. Please report it with the expression.',
  },

  // Lexical.
  'unexpected-character': { severity: 'error', text: "Unexpected character '{char}'" },
  'unterminated-comment': { severity: 'error', text: "End of text found, '*/' expected" },
  'newline-in-constant': { severity: 'error', text: 'Newline in constant' },
  'unterminated-string': { severity: 'error', text: 'Unterminated string literal' },
  'unterminated-character': { severity: 'error', text: 'Unterminated character literal' },
  'empty-character': { severity: 'error', text: 'Empty character literal' },
  'too-many-characters': { severity: 'error', text: 'Too many characters in character literal' },
  'invalid-escape': { severity: 'error', text: "Unrecognized escape sequence '{escape}'" },
  'invalid-number': { severity: 'error', text: "Invalid number '{text}'" },
  'integer-too-large': { severity: 'error', text: 'Integral constant is too large' },
  'real-out-of-range': {
    severity: 'error',
    text: "Floating-point constant is outside the range of type '{type}'",
  },
  'unescaped-close-brace': {
    severity: 'error',
    text: "A '}' character must be escaped (by doubling) in an interpolated string",
  },
  'unterminated-interpolation': {
    severity: 'error',
    text: "Interpolation hole not closed: '}' expected",
  },
  'empty-interpolation': { severity: 'error', text: 'Expression expected in interpolation hole' },
  'invalid-raw-string': { severity: 'error', text: 'Invalid raw string literal: {reason}' },

  // Syntax.
  'expected-token': { severity: 'error', text: "'{token}' expected" },
  'identifier-expected': { severity: 'error', text: 'Identifier expected' },
  'identifier-expected-keyword': {
    severity: 'error',
    text: "Identifier expected; '{token}' is a keyword",
  },
  'type-expected': { severity: 'error', text: 'Type expected' },
  'invalid-expression-term': { severity: 'error', text: "Invalid expression term '{token}'" },
  'unexpected-token': { severity: 'error', text: "Unexpected token '{token}'" },
  'pattern-expected': { severity: 'error', text: "Pattern expected, found '{token}'" },
  'unexpected-end': { severity: 'error', text: 'Unexpected end of the policy expression' },
} as const satisfies Record<string, MessageDefinition>;

export type DiagnosticCode = keyof typeof messages;
