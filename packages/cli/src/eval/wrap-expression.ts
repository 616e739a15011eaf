import type { Diagnostic } from '@apim-policy/expressions';
import { LineMap } from '@apim-policy/expressions';
import { message } from '../context/messages.js';
import { UsageError } from '../lint/usage-error.js';

/** The variable the wrapper policy stores the expression's value in. */
export const EVAL_VARIABLE = '__eval';

const PREFIX = `<policies><inbound><set-variable name="${EVAL_VARIABLE}" value="`;
const SUFFIX = '" /></inbound></policies>\n';

/** A one-policy document holding an expression, and the way back from its offsets to the expression's. */
export interface WrappedExpression {
  readonly policy: string;
  /** Moves a diagnostic of the policy onto the expression's text (lines and columns in it). */
  readonly place: (diagnostic: Diagnostic) => Diagnostic;
}

/**
 * Wraps an expression in `<set-variable value="...">` written as well-formed XML (`&`, `<`, `"`
 * escaped), so the C# the engine reads is exactly the expression given, character for character.
 */
export function wrapExpression(expression: string): WrappedExpression {
  // Anything else would become the variable's literal text and "evaluate" to itself.
  if (!/^\s*@[({]/.test(expression))
    throw new UsageError(message('not-an-expression', { value: expression }));
  let escaped = '';
  const origin: number[] = [];
  for (let i = 0; i < expression.length; i++) {
    const char = expression[i] as string;
    const written = char === '&' ? '&amp;' : char === '<' ? '&lt;' : char === '"' ? '&quot;' : char;
    for (let k = 0; k < written.length; k++) origin.push(i);
    escaped += written;
  }
  origin.push(expression.length);
  const lines = new LineMap(expression);
  const toExpression = (offset: number): number =>
    origin[Math.min(Math.max(offset - PREFIX.length, 0), origin.length - 1)] as number;
  return {
    policy: PREFIX + escaped + SUFFIX,
    place(diagnostic) {
      const start = toExpression(diagnostic.range[0]);
      const end = Math.max(start, toExpression(diagnostic.range[1]));
      const from = lines.position(start);
      const to = lines.position(end);
      return {
        ...diagnostic,
        range: [start, end],
        loc: { start: { line: from.line, column: from.column }, end: { line: to.line, column: to.column } },
      };
    },
  };
}
