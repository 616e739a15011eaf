import type {
  Argument,
  ElementAccessExpression,
  Expression,
  InvocationExpression,
} from '../ast/expressions.js';
import type { Node } from '../ast/nodes.js';
import { isNullable, isValueType, known } from '../model/relations.js';
import type { IndexerSymbol, MethodSymbol, ParameterSymbol } from '../model/type-definition.js';
import { displayType, errorType, substitute } from '../model/types.js';
import type { BinderContext } from './binder-context.js';
import type { BoundArgument, BoundCall, BoundExpression } from './bound-tree.js';
import { implicitConversion } from './conversions.js';
import { applyConversion, convertImplicit } from './convert.js';
import { bindExpression } from './expressions.js';
import { delegateSignature } from './inference.js';
import { isLambdaNode } from './lambdas.js';
import { extensionMethods, type FoundMember, lookupIndexers } from './members.js';
import { bindReceiver, checkAllowed, type MethodGroup, resolveExpression } from './names.js';
import { mayBeNull } from './nullability.js';
import {
  type Candidate,
  finishArguments,
  type PendingArgument,
  type Resolution,
  resolveOverload,
} from './overloads.js';
import type { LocalFunctionSymbol } from './symbols.js';
import { bindType } from './type-syntax.js';

/** Binds the arguments of a call as far as they can be bound before overload resolution. */
export function bindPendingArguments(cx: BinderContext, args: readonly Argument[]): PendingArgument[] {
  return args.map((argument): PendingArgument => {
    const base = {
      node: argument,
      name: argument.name?.name ?? null,
      refKind: argument.refKind,
      expression: argument.value,
    };
    const value = argument.value;
    if (isLambdaNode(value)) return { ...base, value: null, lambda: value, outVariable: null };
    if (value.type === 'ParenthesizedExpression' && isLambdaNode(value.expression))
      return { ...base, value: null, lambda: value.expression, outVariable: null };
    if (value.type === 'DeclarationExpression') {
      const designation = value.designation;
      if (argument.refKind !== 'out' || designation.type === 'ParenthesizedVariableDesignation') {
        cx.report('unsupported-construct', value, { construct: 'A deconstruction' });
        return {
          ...base,
          value: { kind: 'error', node: value, type: errorType },
          lambda: null,
          outVariable: null,
        };
      }
      const declared = value.declaredType;
      const isVar =
        declared.type === 'NamedType' && declared.qualifier === null && declared.name.name === 'var';
      return {
        ...base,
        value: null,
        lambda: null,
        outVariable: { type: isVar ? null : bindType(cx, declared), designation, node: value },
      };
    }
    if (isMethodGroup(cx, value)) {
      return {
        ...base,
        value: null,
        lambda: { type: 'MethodGroupArgument', expression: value },
        outVariable: null,
      };
    }
    return { ...base, value: bindExpression(cx, value), lambda: null, outVariable: null };
  });
}

/** Does a name or member access denote methods (`char.IsDigit`), to be converted to a delegate? */
function isMethodGroup(cx: BinderContext, value: Expression): boolean {
  if (value.type !== 'Identifier' && value.type !== 'MemberExpression') return false;
  const resolved = cx.speculate(() => resolveExpression(cx, value)).result;
  return resolved.kind === 'methods' || resolved.kind === 'local-function';
}

/** A candidate for a method found on a type. */
function methodCandidate(found: FoundMember<MethodSymbol>, extension: boolean): Candidate<MethodSymbol> {
  const { symbol, map } = found;
  return {
    symbol,
    name: symbol.name,
    parameters: symbol.parameters,
    typeParameters: symbol.typeParameters,
    map,
    extension,
    declaringType: symbol.declaringType,
  };
}

/** `callee(arguments)`: a method, local function, delegate, or `nameof`. */
export function bindInvocation(cx: BinderContext, node: InvocationExpression): BoundExpression {
  const callee = node.callee;
  if (callee.type === 'Identifier' && callee.name === 'nameof' && cx.scope.lookup('nameof') === null) {
    return bindNameof(cx, node);
  }
  const resolved = resolveExpression(cx, callee, true);
  const args = bindPendingArguments(cx, node.arguments);
  switch (resolved.kind) {
    case 'methods':
      return bindMethodCall(cx, resolved, args, node);
    case 'local-function':
      return bindLocalFunctionCall(cx, resolved.symbol, args, node);
    case 'value': {
      const target = resolved.value;
      if (target.type.kind === 'error') return { kind: 'error', node, type: errorType };
      const signature = delegateSignature(target.type);
      if (signature === null) {
        cx.report('not-invocable', callee, { name: displayType(target.type) });
        return { kind: 'error', node, type: errorType };
      }
      const invoke = target.type.kind === 'named' ? target.type.definition.invoke! : null;
      const candidate: Candidate = {
        symbol: invoke,
        name: 'Invoke',
        parameters: invoke!.parameters.map((p, i) => ({ ...p, type: signature.parameters[i]! })),
        typeParameters: [],
        map: new Map(),
        extension: false,
        declaringType: null,
      };
      const resolution = resolveOverload(cx, [candidate], args, null, node, {
        name: displayType(target.type),
      });
      if (resolution === null) return { kind: 'error', node, type: signature.returnType };
      return {
        kind: 'delegate-invoke',
        node,
        type: signature.returnType,
        target,
        arguments: finishArguments(cx, resolution, args, node),
      };
    }
    case 'type':
      if (resolved.type.kind !== 'error')
        cx.report('not-invocable', callee, { name: displayType(resolved.type) });
      return { kind: 'error', node, type: errorType };
    case 'namespace':
      cx.report('not-invocable', callee, { name: resolved.name });
      return { kind: 'error', node, type: errorType };
  }
}

/** `nameof(x.y)`: the constant "y". */
function bindNameof(cx: BinderContext, node: InvocationExpression): BoundExpression {
  const argument = node.arguments[0]?.value;
  if (node.arguments.length !== 1 || argument === undefined) {
    cx.report('no-overload', node, { name: 'nameof', count: node.arguments.length });
    return { kind: 'error', node, type: errorType };
  }
  cx.speculate(() => resolveExpression(cx, argument));
  const name =
    argument.type === 'Identifier'
      ? argument.name
      : argument.type === 'MemberExpression'
        ? argument.property.name
        : null;
  if (name === null) {
    cx.report('constant-expected', argument);
    return { kind: 'error', node, type: errorType };
  }
  return { kind: 'literal', node, type: known('System.String'), value: name };
}

/**
 * Calls a method group: instance methods first; extension methods when no instance method
 * applies (§12.8.10.3).
 */
export function bindMethodCall(
  cx: BinderContext,
  group: MethodGroup,
  args: readonly PendingArgument[],
  node: Node,
): BoundExpression {
  const name = group.name.name;
  const instance = group.methods.map((found) => methodCandidate(found, false));
  const receiver = group.receiver;
  const receiverArgument: PendingArgument | null =
    receiver === null
      ? null
      : {
          node: receiver.node,
          name: null,
          refKind: null,
          value: receiver,
          lambda: null,
          outVariable: null,
          expression: receiver.node as Expression,
        };
  const extensions =
    receiver === null
      ? []
      : extensionMethods(name).map((symbol) => methodCandidate({ symbol, map: new Map() }, true));
  const extensionArgs = receiverArgument === null ? args : [receiverArgument, ...args];

  let resolution: Resolution<MethodSymbol> | null = null;
  let usedArgs = args;
  if (instance.length > 0) {
    resolution = cx.speculate(() =>
      resolveOverload(cx, instance, args, group.typeArguments, node, { name }),
    ).result;
  }
  if (resolution === null && extensions.length > 0) {
    resolution = cx.speculate(() =>
      resolveOverload(cx, extensions, extensionArgs, group.typeArguments, node, { name, receiverCount: 1 }),
    ).result;
    if (resolution !== null) usedArgs = extensionArgs;
  }
  if (resolution === null) {
    // Report against the instance methods when there are some, else against the extensions.
    if (instance.length > 0) resolveOverload(cx, instance, args, group.typeArguments, node, { name });
    else
      resolveOverload(cx, extensions, extensionArgs, group.typeArguments, node, { name, receiverCount: 1 });
    return { kind: 'error', node, type: errorType };
  }
  return finishCall(cx, resolution, usedArgs, receiver, node);
}

/** The bound call of a resolved method. */
export function finishCall(
  cx: BinderContext,
  resolution: Resolution<MethodSymbol>,
  args: readonly PendingArgument[],
  receiver: BoundExpression | null,
  node: Node,
): BoundExpression {
  const method = resolution.candidate.symbol;
  const allowedNode = node.type === 'InvocationExpression' ? calleeName(node.callee) : node;
  const notAllowed = checkAllowed(cx, method, allowedNode);
  const methodMap = new Map(method.typeParameters.map((p, i) => [p, resolution.typeArguments[i]!]));
  const returnType = substitute(substitute(method.returnType, resolution.candidate.map), methodMap);
  const boundArgs = finishArguments(cx, resolution, args, node);
  if (notAllowed) return { kind: 'error', node, type: errorType };
  if (resolution.candidate.extension) {
    const call: BoundCall = {
      kind: 'call',
      node,
      type: returnType,
      receiver: null,
      method,
      typeArguments: resolution.typeArguments,
      arguments: boundArgs,
      checkNull: false,
    };
    return call;
  }
  let self = method.isStatic ? null : receiver;
  if (self !== null) self = receiverForm(cx, self, method);
  return {
    kind: 'call',
    node,
    type: returnType,
    receiver: self,
    method,
    typeArguments: resolution.typeArguments,
    arguments: boundArgs,
    checkNull: self !== null && mayBeNull(self) && !isNullable(self.type),
  };
}

/**
 * The receiver as the method expects it: a value type calling a method declared on `object`,
 * `ValueType`, `Enum` or an interface is boxed first (as C# does), so the implementation sees
 * the value's object form.
 */
function receiverForm(
  cx: BinderContext,
  receiver: BoundExpression,
  method: MethodSymbol | IndexerSymbol,
): BoundExpression {
  if (!isValueType(receiver.type) || isNullable(receiver.type)) return receiver;
  const owner = method.declaringType;
  const boxed =
    owner.kind === 'interface' ||
    ['System.Object', 'System.ValueType', 'System.Enum'].includes(owner.fullName);
  if (!boxed) return receiver;
  const target = known('System.Object');
  return applyConversion(cx, receiver, implicitConversion(receiver.type, target)!, target);
}

function calleeName(callee: Expression): Node {
  return callee.type === 'MemberExpression' ? callee.property : callee;
}

function bindLocalFunctionCall(
  cx: BinderContext,
  symbol: LocalFunctionSymbol,
  args: readonly PendingArgument[],
  node: InvocationExpression,
): BoundExpression {
  const parameters: ParameterSymbol[] = symbol.parameters.map((p) => ({
    name: p.name,
    type: p.type,
    modifier: null,
    hasDefault: false,
    defaultValue: undefined,
  }));
  const candidate: Candidate<LocalFunctionSymbol> = {
    symbol,
    name: symbol.name,
    parameters,
    typeParameters: [],
    map: new Map(),
    extension: false,
    declaringType: null,
  };
  const resolution = resolveOverload(cx, [candidate], args, null, node, { name: symbol.name });
  if (resolution === null) return { kind: 'error', node, type: symbol.returnType };
  return {
    kind: 'local-function-call',
    node,
    type: symbol.returnType,
    function: symbol,
    arguments: finishArguments(cx, resolution, args, node),
  };
}

/** `a[i]`, `a?[i]`: an array element or an indexer. */
export function bindElementAccess(cx: BinderContext, node: ElementAccessExpression): BoundExpression {
  const receiver = bindReceiver(cx, node.object, node.optional, node);
  const args = bindPendingArguments(cx, node.arguments);
  const type = receiver.type;
  if (type.kind === 'error') return { kind: 'error', node, type: errorType };
  if (type.kind === 'array') {
    const index = args[0];
    if (args.length !== 1 || index === undefined || index.value === null || index.refKind !== null) {
      cx.report('no-overload', node, { name: 'this[]', count: args.length });
      return { kind: 'error', node, type: type.element };
    }
    return {
      kind: 'array-element',
      node,
      type: type.element,
      array: receiver,
      index: convertImplicit(cx, index.value, known('System.Int32'), index.node),
    };
  }
  const indexers = lookupIndexers(type);
  if (indexers.length === 0) {
    cx.report('cannot-index', node.object, { type: displayType(type) });
    return { kind: 'error', node, type: errorType };
  }
  const candidates: Candidate<IndexerSymbol>[] = indexers.map(({ symbol, map }) => ({
    symbol,
    name: 'this[]',
    parameters: symbol.parameters,
    typeParameters: [],
    map,
    extension: false,
    declaringType: symbol.declaringType,
  }));
  const resolution = resolveOverload(cx, candidates, args, null, node, { name: 'this[]' });
  if (resolution === null) return { kind: 'error', node, type: errorType };
  const indexer = resolution.candidate.symbol;
  if (checkAllowed(cx, indexer, node)) return { kind: 'error', node, type: errorType };
  const bound = finishArguments(cx, resolution, args, node);
  const self = receiverForm(cx, receiver, indexer);
  return {
    kind: 'indexer',
    node,
    type: substitute(indexer.type, resolution.candidate.map),
    receiver: self,
    indexer,
    arguments: bound.map(valueArgument),
    checkNull: mayBeNull(self) && !isNullable(self.type),
  };
}

function valueArgument(argument: BoundArgument): BoundExpression {
  return argument.kind === 'value' ? argument.value : argument.variable;
}
