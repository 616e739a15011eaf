import type { Node } from '../ast/nodes.js';
import { isNullable, underlyingOfNullable } from '../model/relations.js';
import { displayType, type Type } from '../model/types.js';
import type { BinderContext } from './binder-context.js';
import type { BoundExpression } from './bound-tree.js';
import { constantOf, convertConstant, fitsIntegral } from './constants.js';
import { type Conversion, explicitConversion, identity, implicitConversion } from './conversions.js';
import { numericKind } from './numeric.js';

/**
 * The implicit conversion of a bound expression to a type: the conversions between their types,
 * plus those that depend on the expression (§10.2): constant expressions that fit a smaller
 * integral type, and the literal `0` to an enum.
 */
export function implicitConversionOf(bound: BoundExpression, target: Type): Conversion | null {
  const byType = implicitConversion(bound.type, target);
  if (byType !== null) return byType;
  const constant = constantOf(bound);
  if (constant === undefined || constant.kind !== 'value') return null;
  const value = constant.value;
  if (typeof value !== 'number' && typeof value !== 'bigint') return null;
  const from = numericKind(bound.type);
  const underlying = underlyingOfNullable(target);
  if (
    underlying.kind === 'named' &&
    underlying.definition.kind === 'enum' &&
    from !== null &&
    Number(value) === 0 &&
    from !== 'float' &&
    from !== 'double' &&
    from !== 'decimal'
  ) {
    const conversion: Conversion = { kind: 'numeric', from, to: 'int', implicit: true };
    return isNullable(target) ? { kind: 'nullable-wrap', underlying: conversion } : conversion;
  }
  const to = numericKind(underlying);
  if (from === null || to === null) return null;
  const constantConversion =
    (from === 'int' && to !== 'char' && fitsIntegral(value, to)) ||
    (from === 'long' && to === 'ulong' && fitsIntegral(value, to));
  if (!constantConversion) return null;
  const conversion: Conversion = { kind: 'numeric', from, to, implicit: true };
  return isNullable(target) ? { kind: 'nullable-wrap', underlying: conversion } : conversion;
}

/** Wraps a bound expression in a conversion, folding constants. */
export function applyConversion(
  cx: BinderContext,
  bound: BoundExpression,
  conversion: Conversion,
  target: Type,
  node: Node = bound.node,
): BoundExpression {
  if (conversion.kind === 'identity' && bound.type === target) return bound;
  if (conversion.kind === 'null-literal' || (conversion.kind === 'identity' && bound.type.kind === 'error'))
    return bound.kind === 'literal' ? { ...bound, type: target } : bound;
  const constant = constantOf(bound);
  if (constant?.kind === 'value') {
    const folded = convertConstant(constant.value, conversion, cx.checked);
    if (folded === 'overflow') cx.report('constant-overflow', node);
    else if (folded !== undefined) return { kind: 'literal', node, type: target, value: folded.value };
  }
  return { kind: 'convert', node, type: target, operand: bound, conversion, checked: cx.checked };
}

/** Converts implicitly, reporting when the conversion does not exist. */
export function convertImplicit(
  cx: BinderContext,
  bound: BoundExpression,
  target: Type,
  node: Node = bound.node,
): BoundExpression {
  if (bound.type === target || target.kind === 'error') return bound;
  if (bound.type.kind === 'error') return { kind: 'error', node: bound.node, type: target };
  const conversion = implicitConversionOf(bound, target);
  if (conversion === null) {
    reportNoImplicit(cx, bound.type, target, node);
    return { kind: 'error', node, type: target };
  }
  return applyConversion(cx, bound, conversion, target, node);
}

/** Reports the missing implicit conversion, saying when a cast would do. */
export function reportNoImplicit(cx: BinderContext, from: Type, to: Type, node: Node): void {
  if (from.kind === 'error' || to.kind === 'error') return;
  const data = { from: displayType(from), to: displayType(to) };
  if (explicitConversion(from, to) !== null) cx.report('explicit-conversion-required', node, data);
  else cx.report('no-implicit-conversion', node, data);
}

/** A cast `(T)x`: any implicit or explicit conversion. */
export function convertExplicit(
  cx: BinderContext,
  bound: BoundExpression,
  target: Type,
  node: Node,
): BoundExpression {
  if (bound.type === target) return bound;
  if (target.kind === 'error') return { kind: 'error', node: bound.node, type: target };
  if (bound.type.kind === 'error') return { kind: 'error', node: bound.node, type: target };
  const conversion = implicitConversionOf(bound, target) ?? explicitConversion(bound.type, target);
  if (conversion === null) {
    cx.report('no-conversion', node, { from: displayType(bound.type), to: displayType(target) });
    return { kind: 'error', node, type: target };
  }
  return applyConversion(cx, bound, conversion, target, node);
}

export { identity };
