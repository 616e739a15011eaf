import type { AttributeNode, CheckedExpression } from '@apim-policy/engine';
import type { BoundExpression, BoundPolicyExpression, BoundStatement } from '@apim-policy/expressions';

/**
 * Whether a `condition` attribute is always true: the literal `true` (any case, as .NET's
 * `bool.Parse` reads it), or an expression whose value is constant true (`@(true)`,
 * `@(!false)`, `@(true || x)`, `@{ return true; }`).
 */
export function isAlwaysTrue(attribute: AttributeNode, expressions: readonly CheckedExpression[]): boolean {
  if (attribute.expression === null) return attribute.value.trim().toLowerCase() === 'true';
  const checked = expressions.find((candidate) => candidate.site.attribute === attribute);
  const bound = checked?.result.bound;
  return bound !== null && bound !== undefined && constantOfPolicyExpression(bound) === true;
}

function constantOfPolicyExpression(bound: BoundPolicyExpression): boolean | null {
  if (bound.body.kind !== 'block') return constantOf(bound.body);
  const first: BoundStatement | undefined = bound.body.statements[0];
  return first?.kind === 'return' && first.value !== null ? constantOf(first.value) : null;
}

/** The constant boolean value of an expression, or null when it is not constant. */
export function constantOf(expression: BoundExpression): boolean | null {
  switch (expression.kind) {
    case 'literal':
      return typeof expression.value === 'boolean' ? expression.value : null;
    case 'convert':
      return constantOf(expression.operand);
    case 'unary': {
      if (expression.operator !== '!') return null;
      const operand = constantOf(expression.operand);
      return operand === null ? null : !operand;
    }
    case 'logical': {
      // `x || true` is true whatever `x` gives, as `x && false` is false.
      const left = constantOf(expression.left);
      const right = constantOf(expression.right);
      const decisive = expression.operator === '||';
      if (left === decisive || right === decisive) return decisive;
      return left === null || right === null ? null : !decisive;
    }
    default:
      return null;
  }
}
