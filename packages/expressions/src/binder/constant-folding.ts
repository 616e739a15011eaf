import type { Node } from '../ast/nodes.js';
import type { Type } from '../model/types.js';
import type { BinderContext } from './binder-context.js';
import type { BoundExpression } from './bound-tree.js';
import { constantOf } from './constants.js';
import { integralRange } from './numeric.js';
import type { BuiltinOperation } from './operators.js';

type Value = string | number | bigint | boolean | null;

/** Wraps or rejects an integral result as C# does for constants (§12.23: checked unless `unchecked`). */
function integral(
  cx: BinderContext,
  value: bigint,
  kind: 'int' | 'uint' | 'long' | 'ulong',
  node: Node,
): number | bigint | undefined {
  const [min, max] = integralRange[kind]!;
  let result = value;
  if (value < min || value > max) {
    if (!cx.uncheckedExplicitly) {
      cx.report('constant-overflow', node);
      return undefined;
    }
    const bits = kind === 'int' || kind === 'uint' ? 32 : 64;
    result = kind === 'int' || kind === 'long' ? BigInt.asIntN(bits, value) : BigInt.asUintN(bits, value);
  }
  return kind === 'int' || kind === 'uint' ? Number(result) : result;
}

function integralBinary(
  operator: string,
  a: bigint,
  b: bigint,
  kind: 'int' | 'uint' | 'long' | 'ulong',
): bigint | boolean | undefined {
  const width = kind === 'int' || kind === 'uint' ? 32n : 64n;
  switch (operator) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return a / b;
    case '%':
      return a % b;
    case '&':
      return a & b;
    case '|':
      return a | b;
    case '^':
      return a ^ b;
    case '<<':
      return a << (b & (width - 1n));
    case '>>':
      return a >> (b & (width - 1n));
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    case '>':
      return a > b;
    case '<=':
      return a <= b;
    case '>=':
      return a >= b;
    default:
      return undefined;
  }
}

function floatingBinary(operator: string, a: number, b: number): number | boolean | undefined {
  switch (operator) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return a / b;
    case '%':
      return a % b;
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    case '>':
      return a > b;
    case '<=':
      return a <= b;
    case '>=':
      return a >= b;
    default:
      return undefined;
  }
}

/**
 * Folds a predefined binary operator on constant operands (already converted to the operation's
 * types) into a literal, or returns null when the operands are not constant or the operation is
 * not folded. Integral division by constant zero and overflow are reported here.
 */
export function foldBinary(
  cx: BinderContext,
  operator: string,
  operation: BuiltinOperation,
  left: BoundExpression,
  right: BoundExpression,
  type: Type,
  node: Node,
): BoundExpression | null {
  const l = constantOf(left);
  const r = constantOf(right);
  const isIntegral =
    operation === 'int' || operation === 'uint' || operation === 'long' || operation === 'ulong';
  if (
    isIntegral &&
    (operator === '/' || operator === '%') &&
    r?.kind === 'value' &&
    (r.value === 0 || r.value === 0n)
  ) {
    cx.report('division-by-constant-zero', node);
    return { kind: 'error', node, type };
  }
  if (l?.kind !== 'value' || r?.kind !== 'value') return null;
  const a: Value = l.value;
  const b: Value = r.value;
  const literal = (value: Value): BoundExpression => ({ kind: 'literal', node, type, value });
  if (
    isIntegral &&
    (typeof a === 'number' || typeof a === 'bigint') &&
    (typeof b === 'number' || typeof b === 'bigint')
  ) {
    const result = integralBinary(operator, BigInt(a), BigInt(b), operation);
    if (result === undefined) return null;
    if (typeof result === 'boolean') return literal(result);
    const value = integral(cx, result, operation, node);
    return value === undefined ? { kind: 'error', node, type } : literal(value);
  }
  if ((operation === 'double' || operation === 'float') && typeof a === 'number' && typeof b === 'number') {
    const result = floatingBinary(operator, a, b);
    if (result === undefined) return null;
    return literal(typeof result === 'number' && operation === 'float' ? Math.fround(result) : result);
  }
  if (operation === 'bool' && typeof a === 'boolean' && typeof b === 'boolean') {
    switch (operator) {
      case '==':
        return literal(a === b);
      case '!=':
        return literal(a !== b);
      case '&':
        return literal(a && b);
      case '|':
        return literal(a || b);
      case '^':
        return literal(a !== b);
      default:
        return null;
    }
  }
  if (operation === 'concat' && typeof a === 'string' && typeof b === 'string') return literal(a + b);
  if (
    operation === 'string' &&
    (typeof a === 'string' || a === null) &&
    (typeof b === 'string' || b === null)
  ) {
    if (operator === '==') return literal(a === b);
    if (operator === '!=') return literal(a !== b);
  }
  return null;
}

/** Folds a predefined unary operator on a constant operand, or returns null. */
export function foldUnary(
  cx: BinderContext,
  operator: '+' | '-' | '!' | '~',
  operation: BuiltinOperation,
  operand: BoundExpression,
  type: Type,
  node: Node,
): BoundExpression | null {
  const constant = constantOf(operand);
  if (constant?.kind !== 'value') return null;
  const value = constant.value;
  const literal = (result: Value): BoundExpression => ({ kind: 'literal', node, type, value: result });
  if (operator === '!' && typeof value === 'boolean') return literal(!value);
  if (operator === '+' && (typeof value === 'number' || typeof value === 'bigint')) return literal(value);
  if (operation === 'int' || operation === 'uint' || operation === 'long' || operation === 'ulong') {
    if (typeof value !== 'number' && typeof value !== 'bigint') return null;
    const big = BigInt(value);
    const result = operator === '-' ? -big : operator === '~' ? ~big : null;
    if (result === null) return null;
    const folded = integral(
      cx,
      operator === '~' && (operation === 'uint' || operation === 'ulong')
        ? BigInt.asUintN(operation === 'uint' ? 32 : 64, result)
        : result,
      operation,
      node,
    );
    return folded === undefined ? { kind: 'error', node, type } : literal(folded);
  }
  if ((operation === 'double' || operation === 'float') && typeof value === 'number' && operator === '-')
    return literal(-value);
  return null;
}
