import type { VariableDesignation } from '../ast/expressions.js';
import type { Node } from '../ast/nodes.js';
import type { Pattern } from '../ast/patterns.js';
import { isNullable, isValueType, known, underlyingOfNullable } from '../model/relations.js';
import { displayType, type Type } from '../model/types.js';
import type { BinderContext } from './binder-context.js';
import type { BoundExpression, BoundPattern } from './bound-tree.js';
import { constantOf } from './constants.js';
import { implicitConversion, standardExplicit } from './conversions.js';
import { applyConversion, convertImplicit, implicitConversionOf } from './convert.js';
import { bindExpression, valueOfResolved } from './expressions.js';
import { type Feature, reportFeature } from './features.js';
import { declareLocal } from './locals.js';
import { resolveExpression } from './names.js';
import { resolveBinary } from './operators.js';
import type { LocalSymbol } from './symbols.js';
import { bindType } from './type-syntax.js';

/** A bound pattern with its input, converted to the form the pattern tests. */
export interface BoundPatternMatch {
  readonly operand: BoundExpression;
  readonly pattern: BoundPattern;
}

const newerPatterns: Partial<Record<Pattern['type'], Feature>> = {
  DiscardPattern: 'discard-pattern',
  RecursivePattern: 'recursive-pattern',
  RelationalPattern: 'relational-pattern',
  NotPattern: 'not-pattern',
  BinaryPattern: 'logical-pattern',
  ParenthesizedPattern: 'parenthesized-pattern',
  ListPattern: 'list-pattern',
  SlicePattern: 'list-pattern',
};

/** The input in its object form, for patterns that test its run-time type. */
function objectForm(cx: BinderContext, operand: BoundExpression): BoundExpression {
  if (!isValueType(operand.type)) return operand;
  const target = known('System.Object');
  return applyConversion(cx, operand, implicitConversion(operand.type, target)!, target);
}

function declare(
  cx: BinderContext,
  designation: VariableDesignation,
  type: Type,
  node: Node,
): LocalSymbol | null {
  if (designation.type === 'DiscardDesignation') return null;
  if (designation.type === 'ParenthesizedVariableDesignation') {
    cx.report('unsupported-construct', designation, { construct: 'A deconstruction pattern' });
    return null;
  }
  return declareLocal(cx, designation.name, type, node);
}

/**
 * Binds a C# 7 pattern (§11) against its input: a constant, `null`, a type with an optional
 * variable, or `var x`. Newer patterns are reported as not supported by API Management.
 */
export function bindPattern(
  cx: BinderContext,
  pattern: Pattern,
  operand: BoundExpression,
  inSwitch = false,
): BoundPatternMatch | null {
  const feature = newerPatterns[pattern.type];
  if (feature !== undefined) {
    reportFeature(cx, pattern, feature);
    return null;
  }
  switch (pattern.type) {
    case 'ConstantPattern': {
      const expression = pattern.expression;
      if (expression.type === 'Identifier' || expression.type === 'MemberExpression') {
        const resolved = resolveExpression(cx, expression);
        if (resolved.kind === 'type') return typePattern(cx, pattern, operand, resolved.type, null, inSwitch);
        return constantPattern(cx, pattern, operand, valueOfResolved(cx, resolved, expression));
      }
      if (expression.type === 'NullLiteral') {
        if (isValueType(operand.type) && !isNullable(operand.type)) {
          cx.report('no-implicit-conversion', expression, { from: '<null>', to: displayType(operand.type) });
          return null;
        }
        return { operand, pattern: { kind: 'null' } };
      }
      return constantPattern(cx, pattern, operand, bindExpression(cx, expression));
    }
    case 'TypePattern':
      return typePattern(cx, pattern, operand, bindType(cx, pattern.patternType), null, inSwitch);
    case 'DeclarationPattern': {
      const type = bindType(cx, pattern.patternType);
      return typePattern(cx, pattern, operand, type, pattern.designation, false);
    }
    case 'VarPattern': {
      const local = declare(cx, pattern.designation, operand.type, pattern);
      return { operand, pattern: { kind: 'var', local } };
    }
    default:
      return null;
  }
}

function typePattern(
  cx: BinderContext,
  node: Pattern,
  operand: BoundExpression,
  type: Type,
  designation: VariableDesignation | null,
  bareInSwitch: boolean,
): BoundPatternMatch | null {
  if (bareInSwitch) reportFeature(cx, node, 'type-pattern');
  if (type.kind === 'error' || operand.type.kind === 'error') return null;
  if (isNullable(type)) {
    cx.report('unsupported-construct', node, { construct: 'A nullable type in a pattern' });
    return null;
  }
  if (
    standardExplicit(operand.type, type) === null &&
    standardExplicit(underlyingOfNullable(operand.type), type) === null
  ) {
    cx.report('no-conversion', node, { from: displayType(operand.type), to: displayType(type) });
    return null;
  }
  const local = designation === null ? null : declare(cx, designation, type, node);
  return { operand: objectForm(cx, operand), pattern: { kind: 'type', type, local } };
}

function constantPattern(
  cx: BinderContext,
  node: Pattern,
  operand: BoundExpression,
  value: BoundExpression,
): BoundPatternMatch | null {
  if (value.type.kind === 'error' || operand.type.kind === 'error') return null;
  if (constantOf(value) === undefined) {
    cx.report('constant-expected', node);
    return null;
  }
  const input = underlyingOfNullable(operand.type);
  const nullable = isNullable(operand.type);
  if (implicitConversionOf(value, input) !== null && !isLoose(input)) {
    const converted = convertImplicit(cx, value, input);
    const equality = resolveBinary('==', input, input);
    if (equality === null) {
      cx.report('operator-not-applicable', node, {
        operator: '==',
        left: displayType(input),
        right: displayType(input),
      });
      return null;
    }
    return {
      operand,
      pattern: {
        kind: 'constant',
        value: converted,
        equality: equality.operation,
        typeTest: nullable ? input : null,
      },
    };
  }
  if (isLoose(operand.type)) {
    // `object o; o is 5`: an `int` equal to 5.
    const equality = resolveBinary('==', value.type, value.type);
    if (equality === null) return null;
    return {
      operand: objectForm(cx, operand),
      pattern: { kind: 'constant', value, equality: equality.operation, typeTest: value.type },
    };
  }
  cx.report('no-conversion', node, { from: displayType(value.type), to: displayType(operand.type) });
  return null;
}

/** `object`, `ValueType` or an interface: the constant's type is tested at run time. */
function isLoose(type: Type): boolean {
  return (
    type.kind === 'named' &&
    (type.definition.kind === 'interface' ||
      ['System.Object', 'System.ValueType'].includes(type.definition.fullName))
  );
}
