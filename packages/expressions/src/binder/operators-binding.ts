import type {
  AsExpression,
  AssignmentExpression,
  BinaryExpression,
  CastExpression,
  ConditionalExpression,
  Expression,
  IsPatternExpression,
  PostfixUnaryExpression,
  PrefixUnaryExpression,
} from '../ast/expressions.js';
import type { Node } from '../ast/nodes.js';
import { isNullable, isValueType, known, underlyingOfNullable } from '../model/relations.js';
import type { OperatorSymbol } from '../model/type-definition.js';
import { displayType, errorType, namedType, substitute, type Type } from '../model/types.js';
import type { BinderContext } from './binder-context.js';
import type { BoundAssignable, BoundExpression } from './bound-tree.js';
import { foldBinary, foldUnary } from './constant-folding.js';
import { explicitConversion, implicitConversion, standardExplicit } from './conversions.js';
import { applyConversion, convertExplicit, convertImplicit, implicitConversionOf } from './convert.js';
import { bindCondition, bindExpression, bindThrowExpression, bindValue } from './expressions.js';
import { reportFeature } from './features.js';
import { bindElementAccess } from './invocations.js';
import { bindLambda, isLambdaNode } from './lambdas.js';
import { lookupOperators } from './members.js';
import { resolveExpression } from './names.js';
import { numericKind, numericType } from './numeric.js';
import { resolveBinary, resolveUnary } from './operators.js';
import { type Candidate, type PendingArgument, resolveOverload } from './overloads.js';
import { bindPattern } from './patterns.js';
import { bindType } from './type-syntax.js';

const objectType = () => known('System.Object');
const isString = (type: Type) => type.kind === 'named' && type.definition.fullName === 'System.String';

/** Types whose operators are C#'s predefined ones, never user-defined operators of the model. */
function isPredefinedOperand(type: Type): boolean {
  const underlying = underlyingOfNullable(type);
  if (underlying.kind !== 'named') return true;
  const definition = underlying.definition;
  return (
    definition.kind === 'enum' ||
    numericKind(underlying) !== null ||
    ['System.String', 'System.Boolean', 'System.Object'].includes(definition.fullName)
  );
}

function pending(value: BoundExpression): PendingArgument {
  return {
    node: value.node,
    name: null,
    refKind: null,
    value,
    lambda: null,
    outVariable: null,
    expression: value.node as Expression,
  };
}

/** A user-defined operator of the operands' types (§12.4.6), possibly lifted, or null. */
function userDefinedOperator(
  cx: BinderContext,
  operator: string,
  operands: readonly BoundExpression[],
  node: Node,
): BoundExpression | null {
  if (operands.every((operand) => isPredefinedOperand(operand.type))) return null;
  const seen = new Set<OperatorSymbol>();
  const candidates: Candidate<OperatorSymbol>[] = [];
  for (const operand of operands) {
    for (const { symbol, map } of lookupOperators(underlyingOfNullable(operand.type), operator)) {
      if (seen.has(symbol) || symbol.parameters.length !== operands.length) continue;
      seen.add(symbol);
      candidates.push({
        symbol,
        name: `operator ${operator}`,
        parameters: symbol.parameters,
        typeParameters: [],
        map,
        extension: false,
        declaringType: symbol.declaringType,
      });
    }
  }
  if (candidates.length === 0) return null;
  const args = operands.map(pending);
  const direct = cx.speculate(() =>
    resolveOverload(cx, candidates, args, null, node, { name: operator }),
  ).result;
  let resolution = direct;
  let lifted = false;
  if (resolution === null && operands.some((operand) => isNullable(operand.type))) {
    // Lifted form (§12.4.8): the operator on the underlying types of nullable operands.
    // Only the types matter for resolution, so a typed placeholder stands for each operand.
    const liftedArgs = operands.map((operand) =>
      pending({ kind: 'default', node: operand.node, type: underlyingOfNullable(operand.type) }),
    );
    resolution = cx.speculate(() =>
      resolveOverload(cx, candidates, liftedArgs, null, node, { name: operator }),
    ).result;
    lifted = resolution !== null;
  }
  if (resolution === null) return null;
  const symbol = resolution.candidate.symbol;
  const parameterTypes = resolution.parameterTypes.map((type) => (lifted ? nullable(type) : type));
  const args2 = operands.map((operand, index) => convertImplicit(cx, operand, parameterTypes[index]!));
  const returnType = substitute(symbol.returnType, resolution.candidate.map);
  const comparison =
    operator === '==' ||
    operator === '!=' ||
    operator === '<' ||
    operator === '>' ||
    operator === '<=' ||
    operator === '>=';
  const type = lifted && !comparison && isValueType(returnType) ? nullable(returnType) : returnType;
  return { kind: 'operator-call', node, type, operator: symbol, arguments: args2, lifted };
}

function nullable(type: Type): Type {
  return isValueType(type) && !isNullable(type)
    ? namedType(known('System.Nullable`1').definition, [type])
    : type;
}

/** Applies a binary operator to bound operands: user-defined, then predefined (§12.4.5). */
export function bindOperator(
  cx: BinderContext,
  operator: string,
  left: BoundExpression,
  right: BoundExpression,
  node: Node,
): BoundExpression {
  if (left.type.kind === 'error' || right.type.kind === 'error')
    return { kind: 'error', node, type: errorType };
  const user = userDefinedOperator(cx, operator, [left, right], node);
  if (user !== null) return user;
  const resolved = resolveBinary(operator, left.type, right.type);
  if (resolved === null) {
    cx.report('operator-not-applicable', node, {
      operator,
      left: displayType(left.type),
      right: displayType(right.type),
    });
    return { kind: 'error', node, type: errorType };
  }
  if (resolved.operation === 'reference' && (operator === '==' || operator === '!='))
    warnReferenceComparison(cx, left, right, node);
  const keepOperands =
    resolved.operation === 'reference' && (isNullable(left.type) || isNullable(right.type));
  const l = keepOperands ? left : convertImplicit(cx, left, resolved.left);
  const r = keepOperands ? right : convertImplicit(cx, right, resolved.right);
  const folded = foldBinary(cx, operator, resolved.operation, l, r, resolved.result, node);
  if (folded !== null) return folded;
  return {
    kind: 'binary',
    node,
    type: resolved.result,
    operator,
    operation: resolved.operation,
    left: l,
    right: r,
    checked: cx.checked,
    lifted: resolved.lifted,
  };
}

/** `object == string` compares references in C# (CS0252/CS0253): a classic policy mistake. */
function warnReferenceComparison(
  cx: BinderContext,
  left: BoundExpression,
  right: BoundExpression,
  node: Node,
): void {
  const loose = (type: Type) =>
    type.kind === 'named' &&
    (type.definition.fullName === 'System.Object' || type.definition.kind === 'interface');
  if (loose(left.type) && isString(right.type))
    cx.report('reference-comparison', node, { side: 'left', type: 'string' });
  else if (isString(left.type) && loose(right.type))
    cx.report('reference-comparison', node, { side: 'right', type: 'string' });
}

export function bindBinary(cx: BinderContext, node: BinaryExpression): BoundExpression {
  switch (node.operator) {
    case '&&':
    case '||': {
      const left = bindCondition(cx, node.left);
      const right = bindCondition(cx, node.right);
      return { kind: 'logical', node, type: known('System.Boolean'), operator: node.operator, left, right };
    }
    case '??':
      return bindCoalesce(cx, node);
    case '>>>':
      reportFeature(cx, node, 'unsigned-right-shift');
      return { kind: 'error', node, type: errorType };
    default:
      return bindOperator(
        cx,
        node.operator,
        bindExpression(cx, node.left),
        bindExpression(cx, node.right),
        node,
      );
  }
}

/** `a ?? b` (§12.15). */
function bindCoalesce(cx: BinderContext, node: BinaryExpression): BoundExpression {
  const left = bindExpression(cx, node.left);
  const a = left.type;
  if (a.kind === 'error') {
    bindExpression(cx, node.right);
    return { kind: 'error', node, type: errorType };
  }
  if (isValueType(a) && !isNullable(a)) {
    const right = bindExpression(cx, node.right);
    cx.report('operator-not-applicable', node, {
      operator: '??',
      left: displayType(a),
      right: displayType(right.type),
    });
    return { kind: 'error', node, type: errorType };
  }
  const a0 = underlyingOfNullable(a);
  const id = cx.nextId();
  const receiver: BoundExpression = { kind: 'conditional-receiver', node: node.left, type: a0, id };
  if (node.right.type === 'ThrowExpression') {
    const right = bindThrowExpression(cx, node.right, a0);
    return { kind: 'coalesce', node, type: a0, left, id, leftConversion: receiver, right };
  }
  const rightNatural = isLambdaNode(node.right) ? null : bindExpression(cx, node.right);
  let resultType: Type | null = null;
  if (rightNatural !== null) {
    if (isNullable(a) && implicitConversionOf(rightNatural, a0) !== null) resultType = a0;
    else if (implicitConversionOf(rightNatural, a) !== null) resultType = a;
    else if (rightNatural.type.kind !== 'null' && implicitConversion(a0, rightNatural.type) !== null)
      resultType = rightNatural.type;
  } else {
    resultType = a;
  }
  if (resultType === null) {
    cx.report('operator-not-applicable', node, {
      operator: '??',
      left: displayType(a),
      right: displayType(rightNatural!.type),
    });
    return { kind: 'error', node, type: errorType };
  }
  const right =
    rightNatural === null
      ? bindLambda(cx, node.right as never, resultType)
      : convertImplicit(cx, rightNatural, resultType);
  const leftConversion = convertImplicit(cx, receiver, resultType, node.left);
  return { kind: 'coalesce', node, type: resultType, left, id, leftConversion, right };
}

/** `test ? a : b` (§12.18); `target` types lambda branches. */
export function bindConditional(
  cx: BinderContext,
  node: ConditionalExpression,
  target: Type | null,
): BoundExpression {
  const test = bindCondition(cx, node.test);
  const branch = (expression: Expression): BoundExpression | null =>
    expression.type === 'ThrowExpression' || isLambdaNode(expression) ? null : bindExpression(cx, expression);
  const whenTrue = branch(node.consequent);
  const whenFalse = branch(node.alternate);
  let type: Type | null = null;
  if (whenTrue !== null && whenFalse !== null) {
    const x = whenTrue.type;
    const y = whenFalse.type;
    if (x.kind === 'error' || y.kind === 'error') type = errorType;
    else if (x === y) type = x;
    else {
      const xToY = implicitConversionOf(whenTrue, y) !== null;
      const yToX = implicitConversionOf(whenFalse, x) !== null;
      if (xToY && !yToX) type = y;
      else if (yToX && !xToY) type = x;
    }
  } else {
    type = whenTrue?.type ?? whenFalse?.type ?? target;
  }
  if (type === null || type.kind === 'null') {
    if (target !== null) type = target;
    else {
      cx.report('no-conditional-type', node, {
        first: whenTrue === null ? 'lambda expression' : displayType(whenTrue.type),
        second: whenFalse === null ? 'lambda expression' : displayType(whenFalse.type),
      });
      return { kind: 'error', node, type: errorType };
    }
  }
  const finish = (bound: BoundExpression | null, expression: Expression): BoundExpression => {
    if (bound !== null) return convertImplicit(cx, bound, type!, expression);
    if (expression.type === 'ThrowExpression') return bindThrowExpression(cx, expression, type!);
    return bindValue(cx, expression, type!);
  };
  return {
    kind: 'conditional',
    node,
    type,
    test,
    whenTrue: finish(whenTrue, node.consequent),
    whenFalse: finish(whenFalse, node.alternate),
  };
}

export function bindCast(cx: BinderContext, node: CastExpression): BoundExpression {
  const type = bindType(cx, node.targetType);
  let inner = node.expression;
  while (inner.type === 'ParenthesizedExpression') inner = inner.expression;
  if (isLambdaNode(inner)) return bindLambda(cx, inner, type);
  if (isDelegateType(type) && (inner.type === 'Identifier' || inner.type === 'MemberExpression')) {
    // `(Func<char, bool>)char.IsDigit`: a method group converted to the delegate type.
    const resolved = cx.speculate(() => resolveExpression(cx, inner)).result;
    if (resolved.kind === 'methods' || resolved.kind === 'local-function')
      return bindLambda(cx, { type: 'MethodGroupArgument', expression: inner }, type);
  }
  const operand = bindExpression(cx, node.expression);
  if (type.kind === 'error') return { kind: 'error', node, type };
  return convertExplicit(cx, operand, type, node);
}

function isDelegateType(type: Type): boolean {
  return type.kind === 'named' && type.definition.kind === 'delegate';
}

/** `x as T` (§12.12.12). */
export function bindAs(cx: BinderContext, node: AsExpression): BoundExpression {
  const type = bindType(cx, node.targetType);
  let operand = bindExpression(cx, node.expression);
  if (type.kind === 'error' || operand.type.kind === 'error') return { kind: 'error', node, type };
  if (isValueType(type) && !isNullable(type)) {
    cx.report('as-value-type', node, { type: displayType(type) });
    return { kind: 'error', node, type: errorType };
  }
  // Only reference, boxing and unboxing conversions (and identity) are allowed (CS0039).
  const conversion = standardExplicit(operand.type, type);
  const allowed = [
    'identity',
    'implicit-reference',
    'explicit-reference',
    'boxing',
    'unboxing',
    'null-literal',
    'nullable-wrap',
  ];
  if (conversion === null || !allowed.includes(conversion.kind)) {
    cx.report('no-conversion', node, { from: displayType(operand.type), to: displayType(type) });
    return { kind: 'error', node, type: errorType };
  }
  if (isValueType(operand.type))
    operand = applyConversion(cx, operand, implicitConversion(operand.type, objectType())!, objectType());
  return { kind: 'as', node, type, operand };
}

export function bindIsPattern(cx: BinderContext, node: IsPatternExpression): BoundExpression {
  const operand = bindExpression(cx, node.expression);
  const bound = bindPattern(cx, node.pattern, operand);
  if (bound === null) return { kind: 'error', node, type: known('System.Boolean') };
  return {
    kind: 'is-pattern',
    node,
    type: known('System.Boolean'),
    operand: bound.operand,
    pattern: bound.pattern,
  };
}

/** What can stand left of `=`: a local, a writable property or field, an indexer with a setter, an array element. */
export function bindAssignable(cx: BinderContext, node: Expression): BoundAssignable | null {
  if (node.type === 'ParenthesizedExpression') return bindAssignable(cx, node.expression);
  let bound: BoundExpression;
  if (node.type === 'Identifier' || node.type === 'MemberExpression') {
    const resolved = resolveExpression(cx, node);
    if (resolved.kind !== 'value') {
      cx.report('not-assignable', node);
      return null;
    }
    bound = resolved.value;
  } else if (node.type === 'ElementAccessExpression') {
    bound = bindElementAccess(cx, node);
  } else {
    bindExpression(cx, node);
    cx.report('not-assignable', node);
    return null;
  }
  switch (bound.kind) {
    case 'local':
      if (bound.symbol.constantValue !== undefined || bound.symbol.readOnly) {
        cx.report('read-only-local', node, {
          name: bound.symbol.name,
          kind: bound.symbol.constantValue !== undefined ? 'constant' : 'read-only variable',
        });
      }
      return bound;
    case 'member': {
      const symbol = bound.symbol;
      if (symbol.kind === 'field' || !symbol.hasSetter) {
        cx.report('read-only-member', node, {
          name: `${symbol.declaringType.keyword ?? symbol.declaringType.name}.${symbol.name}`,
        });
        return null;
      }
      return bound;
    }
    case 'indexer':
      if (!bound.indexer.hasSetter) {
        cx.report('read-only-member', node, {
          name: `${bound.indexer.declaringType.keyword ?? bound.indexer.declaringType.name}.this[]`,
        });
        return null;
      }
      return bound;
    case 'array-element':
      return bound;
    case 'anonymous-member':
      cx.report('read-only-member', node, { name: displayType(bound.receiver.type) });
      return null;
    case 'error':
      return null;
    default:
      cx.report('not-assignable', node);
      return null;
  }
}

export function bindAssignment(cx: BinderContext, node: AssignmentExpression): BoundExpression {
  if (node.operator === '??=') {
    reportFeature(cx, node, 'null-coalescing-assignment');
    return { kind: 'error', node, type: errorType };
  }
  if (node.operator === '>>>=') {
    reportFeature(cx, node, 'unsigned-right-shift');
    return { kind: 'error', node, type: errorType };
  }
  const target = bindAssignable(cx, node.left);
  if (target === null) {
    bindExpression(cx, node.right);
    return { kind: 'error', node, type: errorType };
  }
  if (node.operator === '=') {
    const value = bindValue(cx, node.right, target.type);
    return { kind: 'assign', node, type: target.type, target, value };
  }
  const operator = node.operator.slice(0, -1);
  const id = cx.nextId();
  const old: BoundExpression = { kind: 'conditional-receiver', node: node.left, type: target.type, id };
  const right = bindExpression(cx, node.right);
  const result = bindOperator(cx, operator, old, right, node);
  const value = convertCompoundResult(cx, result, right, target.type, node);
  return { kind: 'compound-assign', node, type: target.type, target, id, value, postfix: false };
}

/** The result of `x op= y` converted back to `x`'s type (§12.21.4). */
function convertCompoundResult(
  cx: BinderContext,
  result: BoundExpression,
  right: BoundExpression,
  type: Type,
  node: Node,
): BoundExpression {
  if (result.type === type || result.type.kind === 'error') return result;
  if (implicitConversion(result.type, type) !== null) return convertImplicit(cx, result, type, node);
  if (
    result.kind === 'binary' &&
    explicitConversion(result.type, type) !== null &&
    implicitConversionOf(right, type) !== null
  )
    return convertExplicit(cx, result, type, node);
  return convertImplicit(cx, result, type, node);
}

function bindIncrement(
  cx: BinderContext,
  node: PrefixUnaryExpression | PostfixUnaryExpression,
  operator: '++' | '--',
  postfix: boolean,
): BoundExpression {
  const operandNode = node.operand;
  const target = bindAssignable(cx, operandNode);
  if (target === null) return { kind: 'error', node, type: errorType };
  const id = cx.nextId();
  const old: BoundExpression = { kind: 'conditional-receiver', node: operandNode, type: target.type, id };
  const one: BoundExpression = { kind: 'literal', node, type: numericType('int'), value: 1 };
  const result = bindOperator(cx, operator === '++' ? '+' : '-', old, one, node);
  if (result.kind === 'error') return result;
  const value = result.type === target.type ? result : convertExplicit(cx, result, target.type, node);
  return { kind: 'compound-assign', node, type: target.type, target, id, value, postfix };
}

export function bindPrefix(cx: BinderContext, node: PrefixUnaryExpression): BoundExpression {
  switch (node.operator) {
    case '++':
    case '--':
      return bindIncrement(cx, node, node.operator, false);
    case '^':
      reportFeature(cx, node, 'range');
      return { kind: 'error', node, type: errorType };
    default:
      break;
  }
  const operator = node.operator;
  // `-2147483648` and `-9223372036854775808` are the minimum values, not overflows (§6.4.5.3).
  if (operator === '-' && node.operand.type === 'IntegerLiteral' && node.operand.suffix === 'none') {
    if (node.operand.value === 2147483648n)
      return { kind: 'literal', node, type: numericType('int'), value: -2147483648 };
    if (node.operand.value === 9223372036854775808n)
      return { kind: 'literal', node, type: numericType('long'), value: -9223372036854775808n };
  }
  const operand = bindExpression(cx, node.operand);
  if (operand.type.kind === 'error') return { kind: 'error', node, type: errorType };
  const user = userDefinedOperator(cx, operator, [operand], node);
  if (user !== null) return user;
  const resolved = resolveUnary(operator, operand.type);
  if (resolved === null) {
    cx.report('unary-operator-not-applicable', node, { operator, type: displayType(operand.type) });
    return { kind: 'error', node, type: errorType };
  }
  const converted = convertImplicit(cx, operand, resolved.operand);
  const folded = foldUnary(cx, operator, resolved.operation, converted, resolved.result, node);
  if (folded !== null) return folded;
  return {
    kind: 'unary',
    node,
    type: resolved.result,
    operator,
    operation: resolved.operation,
    operand: converted,
    checked: cx.checked,
    lifted: resolved.lifted,
  };
}

export function bindPostfix(cx: BinderContext, node: PostfixUnaryExpression): BoundExpression {
  if (node.operator === '!') {
    reportFeature(cx, node, 'null-forgiving');
    return bindExpression(cx, node.operand);
  }
  return bindIncrement(cx, node, node.operator, true);
}
