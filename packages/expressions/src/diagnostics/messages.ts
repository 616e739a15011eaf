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

  // Names and types (binder).
  'name-not-found': {
    severity: 'error',
    text: "The name '{name}' does not exist in the current context",
  },
  'type-not-found': {
    severity: 'error',
    text: "The type or namespace name '{name}' could not be found (API Management does not allow it, or apim-policy does not implement it)",
  },
  'namespace-member-not-found': {
    severity: 'error',
    text: "The type or namespace name '{name}' does not exist in the namespace '{namespace}' (API Management does not allow it, or apim-policy does not implement it)",
  },
  'member-not-found': {
    severity: 'error',
    text: "'{type}' does not contain a definition for '{name}' (API Management does not allow it, or apim-policy does not implement it)",
  },
  'ambiguous-type': {
    severity: 'error',
    text: "'{name}' is an ambiguous reference between '{first}' and '{second}'",
  },
  'namespace-used-as-type': { severity: 'error', text: "'{name}' is a namespace but is used like a type" },
  'namespace-used-as-value': {
    severity: 'error',
    text: "'{name}' is a namespace, which is not valid in the given context",
  },
  'type-used-as-value': {
    severity: 'error',
    text: "'{name}' is a type, which is not valid in the given context",
  },
  'method-used-as-value': {
    severity: 'error',
    text: "Cannot use method group '{name}' as a value. Did you intend to invoke the method?",
  },
  'type-expected-here': { severity: 'error', text: 'Type expected' },
  'wrong-type-argument-count': {
    severity: 'error',
    text: "Using the generic type or method '{type}' requires {count} type arguments",
  },
  'type-not-allowed': { severity: 'error', text: "The type '{type}' is not supported in policy expressions" },
  'member-not-allowed': {
    severity: 'error',
    text: "The member '{type}.{member}' is not supported in policy expressions",
  },
  'csharp-feature-not-supported': {
    severity: 'error',
    text: '{feature} needs C# {version}; API Management compiles policy expressions as C# 7',
  },
  'unsupported-construct': {
    severity: 'error',
    text: '{construct} is valid C# but apim-policy does not support it yet',
  },
  'unresolved-named-value': {
    severity: 'error',
    text: "The named value '{{{name}}}' was not replaced before the expression was compiled",
  },
  'instance-member-via-type': {
    severity: 'error',
    text: "An object reference is required for the non-static member '{name}'",
  },
  'static-member-via-instance': {
    severity: 'error',
    text: "Member '{name}' cannot be accessed with an instance reference; qualify it with a type name instead",
  },

  // Calls (binder).
  'no-overload': { severity: 'error', text: "No overload for method '{name}' takes {count} arguments" },
  'no-constructor': {
    severity: 'error',
    text: "'{type}' does not contain a constructor that takes {count} arguments",
  },
  'argument-mismatch': {
    severity: 'error',
    text: "Argument {index}: cannot convert from '{from}' to '{to}'",
  },
  'argument-ref-mismatch': {
    severity: 'error',
    text: "Argument {index} must be passed with the '{keyword}' keyword",
  },
  'named-argument-not-found': {
    severity: 'error',
    text: "The best overload for '{name}' does not have a parameter named '{parameter}'",
  },
  'ambiguous-call': {
    severity: 'error',
    text: "The call is ambiguous between the following methods or properties: '{first}' and '{second}'",
  },
  'cannot-infer-type-arguments': {
    severity: 'error',
    text: "The type arguments for method '{name}' cannot be inferred from the usage. Try specifying the type arguments explicitly.",
  },
  'not-invocable': { severity: 'error', text: "'{name}' cannot be used like a method" },
  'not-generic-method': {
    severity: 'error',
    text: "The non-generic method '{name}' cannot be used with type arguments",
  },
  'cannot-index': {
    severity: 'error',
    text: "Cannot apply indexing with [] to an expression of type '{type}'",
  },
  'cannot-create-instance': {
    severity: 'error',
    text: "Cannot create an instance of the abstract type, interface or static class '{type}'",
  },
  'lambda-not-delegate': {
    severity: 'error',
    text: "Cannot convert lambda expression to type '{type}' because it is not a delegate type",
  },
  'lambda-parameter-count': { severity: 'error', text: "Delegate '{type}' does not take {count} arguments" },
  'lambda-needs-target': {
    severity: 'error',
    text: 'Cannot infer the type of a lambda expression without a target type',
  },
  'void-lambda-returns-value': {
    severity: 'error',
    text: 'A lambda converted to a void-returning delegate cannot return a value',
  },

  // Conversions and operators (binder).
  'no-implicit-conversion': { severity: 'error', text: "Cannot implicitly convert type '{from}' to '{to}'" },
  'explicit-conversion-required': {
    severity: 'error',
    text: "Cannot implicitly convert type '{from}' to '{to}'. An explicit conversion exists (are you missing a cast?)",
  },
  'no-conversion': { severity: 'error', text: "Cannot convert type '{from}' to '{to}'" },
  'operator-not-applicable': {
    severity: 'error',
    text: "Operator '{operator}' cannot be applied to operands of type '{left}' and '{right}'",
  },
  'unary-operator-not-applicable': {
    severity: 'error',
    text: "Operator '{operator}' cannot be applied to operand of type '{type}'",
  },
  'no-conditional-type': {
    severity: 'error',
    text: "Type of conditional expression cannot be determined because there is no implicit conversion between '{first}' and '{second}'",
  },
  'no-best-array-type': { severity: 'error', text: 'No best type found for implicitly-typed array' },
  'as-value-type': {
    severity: 'error',
    text: "The as operator must be used with a reference type or nullable type ('{type}' is a non-nullable value type)",
  },
  'division-by-constant-zero': { severity: 'error', text: 'Division by constant zero' },
  'constant-overflow': { severity: 'error', text: 'The operation overflows at compile time in checked mode' },
  'reference-comparison': {
    severity: 'warning',
    text: "Possible unintended reference comparison; to compare values, cast the {side} hand side to type '{type}'",
  },

  // Variables and assignments (binder).
  'local-already-defined': {
    severity: 'error',
    text: "A local variable or function named '{name}' is already defined in this scope or an enclosing one",
  },
  'unassigned-local': { severity: 'error', text: "Use of unassigned local variable '{name}'" },
  'var-needs-initializer': { severity: 'error', text: 'Implicitly-typed variables must be initialized' },
  'var-bad-initializer': { severity: 'error', text: 'Cannot assign {what} to an implicitly-typed variable' },
  'not-assignable': {
    severity: 'error',
    text: 'The left-hand side of an assignment must be a variable, property or indexer',
  },
  'read-only-member': {
    severity: 'error',
    text: "Property or indexer '{name}' cannot be assigned to -- it is read only",
  },
  'read-only-local': { severity: 'error', text: "Cannot assign to '{name}' because it is a {kind}" },
  'constant-expected': { severity: 'error', text: 'A constant value is expected' },
  'not-a-statement': {
    severity: 'error',
    text: 'Only assignment, call, increment, decrement and new object expressions can be used as a statement',
  },

  // Statements and control flow (binder).
  'not-all-paths-return': { severity: 'error', text: 'Not all code paths return a value' },
  'return-value-expected': {
    severity: 'error',
    text: "An object of a type convertible to '{type}' is required",
  },
  'return-in-void': {
    severity: 'error',
    text: "Since '{name}' returns void, a return keyword must not be followed by an object expression",
  },
  'no-enclosing-loop': { severity: 'error', text: 'No enclosing loop out of which to break or continue' },
  'rethrow-outside-catch': {
    severity: 'error',
    text: 'A throw statement with no arguments is not allowed outside of a catch clause',
  },
  'not-an-exception': {
    severity: 'error',
    text: 'The type caught or thrown must be derived from System.Exception',
  },
  'switch-fall-through': {
    severity: 'error',
    text: "Control cannot fall through from one case label ('{label}') to another",
  },
  'duplicate-case': {
    severity: 'error',
    text: "The switch statement contains multiple cases with the label value '{value}'",
  },
  'goto-case-not-found': {
    severity: 'error',
    text: "No such label '{label}' within the scope of the goto statement",
  },
  'not-enumerable': {
    severity: 'error',
    text: "foreach statement cannot operate on variables of type '{type}' because '{type}' does not contain a public definition for 'GetEnumerator'",
  },
  'unreachable-code': { severity: 'warning', text: 'Unreachable code detected' },
} as const satisfies Record<string, MessageDefinition>;

export type DiagnosticCode = keyof typeof messages;
