import type {
  CharLiteral,
  ConditionalAccessExpression,
  Expression,
  IntegerLiteral,
  RealLiteral,
} from '../ast/expressions.js';
import type { Node } from '../ast/nodes.js';
import { isNullable, isValueType, known } from '../model/relations.js';
import { displayType, errorType, namedType, type Type } from '../model/types.js';
import type { BinderContext } from './binder-context.js';
import type { BoundExpression } from './bound-tree.js';
import { convertImplicit } from './convert.js';
import { bindAnonymousCreation, bindArrayCreation, bindObjectCreation } from './creation.js';
import { reportFeature } from './features.js';
import { bindElementAccess, bindInvocation } from './invocations.js';
import { bindLambda, isLambdaNode } from './lambdas.js';
import { resolveExpression } from './names.js';
import { numericType } from './numeric.js';
import {
  bindAs,
  bindAssignment,
  bindBinary,
  bindCast,
  bindConditional,
  bindIsPattern,
  bindPostfix,
  bindPrefix,
} from './operators-binding.js';
import { bindInterpolatedString } from './strings.js';
import { bindType } from './type-syntax.js';

/** Binds an expression for its value, with its natural type. */
export function bindExpression(cx: BinderContext, node: Expression): BoundExpression {
  switch (node.type) {
    case 'Identifier':
    case 'MemberExpression': {
      const resolved = resolveExpression(cx, node);
      return valueOfResolved(cx, resolved, node);
    }
    case 'IntegerLiteral':
      return bindIntegerLiteral(node);
    case 'RealLiteral':
      return bindRealLiteral(node);
    case 'CharLiteral':
      return bindCharLiteral(node);
    case 'StringLiteral':
      if (node.kind === 'raw') reportFeature(cx, node, 'raw-string');
      if (node.utf8) reportFeature(cx, node, 'utf8-string');
      return { kind: 'literal', node, type: known('System.String'), value: node.value };
    case 'BooleanLiteral':
      return { kind: 'literal', node, type: known('System.Boolean'), value: node.value };
    case 'NullLiteral':
      return { kind: 'literal', node, type: { kind: 'null', id: 'null' }, value: null };
    case 'DefaultLiteral':
      reportFeature(cx, node, 'default-literal');
      return { kind: 'error', node, type: errorType };
    case 'InterpolatedString':
      return bindInterpolatedString(cx, node);
    case 'NamedValue':
      cx.report('unresolved-named-value', node, { name: node.name });
      return { kind: 'error', node, type: errorType };
    case 'ThisExpression':
    case 'BaseExpression':
      cx.report('name-not-found', node, { name: node.type === 'ThisExpression' ? 'this' : 'base' });
      return { kind: 'error', node, type: errorType };
    case 'ParenthesizedExpression':
      return bindExpression(cx, node.expression);
    case 'TupleExpression':
      cx.report('type-not-allowed', node, { type: 'System.ValueTuple' });
      return { kind: 'error', node, type: errorType };
    case 'ElementAccessExpression':
      return bindElementAccess(cx, node);
    case 'ConditionalAccessExpression':
      return bindConditionalAccess(cx, node);
    case 'InvocationExpression':
      return bindInvocation(cx, node);
    case 'DeclarationExpression':
      cx.report('unsupported-construct', node, {
        construct: 'A declaration expression outside an out argument',
      });
      return { kind: 'error', node, type: errorType };
    case 'TypeOfExpression':
      cx.report('type-not-allowed', node, { type: 'System.Type' });
      return { kind: 'error', node, type: errorType };
    case 'DefaultExpression':
      return defaultOf(node, bindType(cx, node.targetType));
    case 'SizeOfExpression':
      cx.report('unsupported-construct', node, { construct: "The 'sizeof' operator" });
      return { kind: 'error', node, type: errorType };
    case 'CheckedExpression':
      return cx.withChecked(node.checked, () => bindExpression(cx, node.expression));
    case 'ObjectCreationExpression':
      return bindObjectCreation(cx, node, null);
    case 'ArrayCreationExpression':
      return bindArrayCreation(cx, node);
    case 'AnonymousObjectCreationExpression':
      return bindAnonymousCreation(cx, node);
    case 'PrefixUnaryExpression':
      return bindPrefix(cx, node);
    case 'PostfixUnaryExpression':
      return bindPostfix(cx, node);
    case 'CastExpression':
      return bindCast(cx, node);
    case 'BinaryExpression':
      return bindBinary(cx, node);
    case 'IsPatternExpression':
      return bindIsPattern(cx, node);
    case 'AsExpression':
      return bindAs(cx, node);
    case 'ConditionalExpression':
      return bindConditional(cx, node, null);
    case 'AssignmentExpression':
      return bindAssignment(cx, node);
    case 'ThrowExpression':
      cx.report('unsupported-construct', node, {
        construct: "A throw expression outside '??', '?:' or a lambda body",
      });
      return { kind: 'error', node, type: errorType };
    case 'LambdaExpression':
    case 'AnonymousMethodExpression':
      cx.report('lambda-needs-target', node);
      return { kind: 'error', node, type: errorType };
    case 'QueryExpression':
      cx.report('unsupported-construct', node, { construct: 'LINQ query syntax (from ... select)' });
      return { kind: 'error', node, type: errorType };
    case 'SwitchExpression':
      reportFeature(cx, node, 'switch-expression');
      return { kind: 'error', node, type: errorType };
    case 'WithExpression':
      reportFeature(cx, node, 'with-expression');
      return { kind: 'error', node, type: errorType };
    case 'RangeExpression':
      reportFeature(cx, node, 'range');
      return { kind: 'error', node, type: errorType };
    case 'ErrorNode':
      return { kind: 'error', node, type: errorType };
  }
}

/** The value a resolved name denotes, reporting types, namespaces and method groups. */
export function valueOfResolved(
  cx: BinderContext,
  resolved: ReturnType<typeof resolveExpression>,
  node: Node,
): BoundExpression {
  switch (resolved.kind) {
    case 'value':
      return resolved.value;
    case 'type':
      if (resolved.type.kind !== 'error')
        cx.report('type-used-as-value', node, { name: displayType(resolved.type) });
      return { kind: 'error', node, type: errorType };
    case 'namespace':
      cx.report('namespace-used-as-value', node, { name: resolved.name });
      return { kind: 'error', node, type: errorType };
    case 'methods':
      cx.report('method-used-as-value', node, { name: resolved.name.name });
      return { kind: 'error', node, type: errorType };
    case 'local-function':
      cx.report('method-used-as-value', node, { name: resolved.symbol.name });
      return { kind: 'error', node, type: errorType };
  }
}

/**
 * Binds an expression for a value of type `target`: lambdas, `default` and `throw` take the
 * target's type, conditionals their branches; everything else converts implicitly.
 */
export function bindValue(cx: BinderContext, node: Expression, target: Type): BoundExpression {
  if (isLambdaNode(node)) return bindLambda(cx, node, target);
  if (node.type === 'ParenthesizedExpression' && isLambdaNode(node.expression))
    return bindLambda(cx, node.expression, target);
  if (node.type === 'DefaultLiteral') {
    reportFeature(cx, node, 'default-literal');
    return defaultOf(node, target);
  }
  if (node.type === 'ThrowExpression') return bindThrowExpression(cx, node, target);
  if (node.type === 'ConditionalExpression')
    return convertImplicit(cx, bindConditional(cx, node, target), target, node);
  if (node.type === 'ObjectCreationExpression' && node.objectType === null)
    return bindObjectCreation(cx, node, target);
  return convertImplicit(cx, bindExpression(cx, node), target, node);
}

/** `throw e` where a value of `target` is expected (`x ?? throw new Exception()`). */
export function bindThrowExpression(
  cx: BinderContext,
  node: Expression & { type: 'ThrowExpression' },
  target: Type,
): BoundExpression {
  const exception = bindValue(cx, node.argument, known('System.Exception'));
  return { kind: 'throw-expression', node, type: target, exception };
}

/** A condition: `if`, `while`, `?:`, `&&`. */
export function bindCondition(cx: BinderContext, node: Expression): BoundExpression {
  return bindValue(cx, node, known('System.Boolean'));
}

/** `default(T)`: a literal where the default is one, else a `default` node. */
export function defaultOf(node: Node, type: Type): BoundExpression {
  if (type.kind === 'error') return { kind: 'error', node, type };
  if (!isValueType(type) || isNullable(type)) return { kind: 'literal', node, type, value: null };
  if (type.kind === 'named') {
    switch (type.definition.fullName) {
      case 'System.Boolean':
        return { kind: 'literal', node, type, value: false };
      case 'System.Int64':
      case 'System.UInt64':
        return { kind: 'literal', node, type, value: 0n };
      default:
        if (type.definition.defaultValue === null) return { kind: 'literal', node, type, value: 0 };
    }
  }
  return { kind: 'default', node, type };
}

/** `a?.b.c`: binds the chain, then wraps it from the innermost `?.` link outwards. */
function bindConditionalAccess(cx: BinderContext, node: ConditionalAccessExpression): BoundExpression {
  const chain: { receiver: BoundExpression; id: number }[] = [];
  cx.conditionalChains.push(chain);
  let result: BoundExpression;
  try {
    result = bindExpression(cx, node.expression);
  } finally {
    cx.conditionalChains.pop();
  }
  if (result.type.kind === 'error') return result;
  let type = result.type;
  if (type.kind === 'void') {
    // `a?.Method()` as a statement: no value.
  } else if (isValueType(type) && !isNullable(type)) {
    type = namedType(known('System.Nullable`1').definition, [type]);
  }
  for (let index = chain.length - 1; index >= 0; index--) {
    const link = chain[index]!;
    result = {
      kind: 'conditional-access',
      node,
      type,
      receiver: link.receiver,
      id: link.id,
      whenNotNull: result,
    };
  }
  return result;
}

function bindIntegerLiteral(node: IntegerLiteral): BoundExpression {
  const value = node.value;
  const fits = (max: bigint) => value <= max;
  let kind: 'int' | 'uint' | 'long' | 'ulong';
  switch (node.suffix) {
    case 'none':
      kind = fits(2147483647n)
        ? 'int'
        : fits(4294967295n)
          ? 'uint'
          : fits(9223372036854775807n)
            ? 'long'
            : 'ulong';
      break;
    case 'u':
      kind = fits(4294967295n) ? 'uint' : 'ulong';
      break;
    case 'l':
      kind = fits(9223372036854775807n) ? 'long' : 'ulong';
      break;
    case 'ul':
      kind = 'ulong';
      break;
  }
  const type = numericType(kind);
  return { kind: 'literal', node, type, value: kind === 'long' || kind === 'ulong' ? value : Number(value) };
}

function bindRealLiteral(node: RealLiteral): BoundExpression {
  switch (node.suffix) {
    case 'f':
      return { kind: 'literal', node, type: numericType('float'), value: Math.fround(node.value) };
    case 'm':
      return { kind: 'decimal-literal', node, type: numericType('decimal'), digits: node.digits };
    default:
      return { kind: 'literal', node, type: numericType('double'), value: node.value };
  }
}

function bindCharLiteral(node: CharLiteral): BoundExpression {
  return { kind: 'literal', node, type: numericType('char'), value: node.value.charCodeAt(0) };
}
