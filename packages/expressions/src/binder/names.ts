import type { Identifier } from '../ast/base.js';
import type { Expression, MemberExpression } from '../ast/expressions.js';
import type { Node } from '../ast/nodes.js';
import { definitionOfKeyword } from '../model/registry.js';
import { isNullable, underlyingOfNullable } from '../model/relations.js';
import type { FieldSymbol, MemberSymbol, MethodSymbol, PropertySymbol } from '../model/type-definition.js';
import { displayType, errorType, namedType, substitute, type Type } from '../model/types.js';
import type { BinderContext } from './binder-context.js';
import type { BoundExpression } from './bound-tree.js';
import { bindExpression } from './expressions.js';
import { extensionMethods, type FoundMember, lookupMembers } from './members.js';
import { mayBeNull } from './nullability.js';
import type { LocalFunctionSymbol } from './symbols.js';
import {
  bindType,
  memberTypeOrNamespace,
  type TypeOrNamespace,
  typeOrNamespaceInScope,
} from './type-syntax.js';

/** A group of methods named in an expression, waiting for the arguments of its invocation. */
export interface MethodGroup {
  readonly kind: 'methods';
  /** The instance the methods are called on; null for static methods. */
  readonly receiver: BoundExpression | null;
  /** The static type named for static methods (`string.Join`). */
  readonly staticType: Type | null;
  readonly methods: readonly FoundMember<MethodSymbol>[];
  readonly name: Identifier;
  readonly typeArguments: readonly Type[] | null;
  readonly node: Node;
}

/** What an expression in name position denotes. */
export type Resolved =
  | { readonly kind: 'value'; readonly value: BoundExpression }
  | { readonly kind: 'type'; readonly type: Type; readonly node: Node }
  | { readonly kind: 'namespace'; readonly name: string; readonly node: Node }
  | MethodGroup
  | { readonly kind: 'local-function'; readonly symbol: LocalFunctionSymbol; readonly node: Node };

/** Resolves a name, member access or other expression to what it denotes. */
export function resolveExpression(cx: BinderContext, node: Expression, invoked = false): Resolved {
  if (node.type === 'Identifier') return resolveSimpleName(cx, node);
  if (node.type === 'MemberExpression') return resolveMemberAccess(cx, node, invoked);
  return { kind: 'value', value: bindExpression(cx, node) };
}

function typeArgumentsOf(cx: BinderContext, name: Identifier): Type[] | null {
  return name.typeArguments === null ? null : name.typeArguments.map((argument) => bindType(cx, argument));
}

function fromTypeOrNamespace(resolved: TypeOrNamespace, node: Node): Resolved | null {
  if (resolved.kind === 'type') return { kind: 'type', type: resolved.type, node };
  if (resolved.kind === 'namespace') return { kind: 'namespace', name: resolved.name, node };
  return null;
}

/** A simple name: a local, `context`, a type of the imported namespaces, or a namespace. */
export function resolveSimpleName(cx: BinderContext, name: Identifier): Resolved {
  if (name.typeArguments === null) {
    const local = cx.scope.lookup(name.name);
    if (local?.kind === 'local')
      return { kind: 'value', value: { kind: 'local', node: name, type: local.type, symbol: local } };
    if (local?.kind === 'local-function') return { kind: 'local-function', symbol: local, node: name };
    if (name.name === 'context')
      return { kind: 'value', value: { kind: 'context', node: name, type: cx.contextType } };
  }
  const typeArguments = typeArgumentsOf(cx, name) ?? [];
  const resolved = fromTypeOrNamespace(typeOrNamespaceInScope(cx, name, typeArguments, false), name);
  if (resolved !== null) return resolved;
  cx.report('name-not-found', name, { name: name.name });
  return { kind: 'value', value: { kind: 'error', node: name, type: errorType } };
}

/** Takes the receiver of a `?.` link into the current null-conditional chain. */
function conditionalLink(cx: BinderContext, receiver: BoundExpression, node: Node): BoundExpression {
  const chain = cx.conditionalChains[cx.conditionalChains.length - 1];
  if (chain === undefined || receiver.type.kind === 'error') return receiver;
  const id = cx.nextId();
  chain.push({ receiver, id });
  return { kind: 'conditional-receiver', node, type: underlyingOfNullable(receiver.type), id };
}

/** Binds the object of a member access or element access as a value, handling `?.`. */
export function bindReceiver(
  cx: BinderContext,
  object: Expression,
  optional: boolean,
  node: Node,
): BoundExpression {
  const receiver = bindExpression(cx, object);
  return optional ? conditionalLink(cx, receiver, node) : receiver;
}

/**
 * `a.b`: a namespace, type, static member, instance member or method group. `invoked` when
 * `a.b(...)` is being called: members that cannot be invoked then give way to extension
 * methods, as in C# (`list.Count()` is LINQ's although `List<T>` has a `Count` property).
 */
export function resolveMemberAccess(cx: BinderContext, node: MemberExpression, invoked = false): Resolved {
  const name = node.property;
  const typeArguments = typeArgumentsOf(cx, name);
  const object = node.object;
  let left: Resolved;
  if (object.type === 'PredefinedType') {
    left = { kind: 'type', type: namedType(definitionOfKeyword(object.keyword)!), node: object };
  } else if (object.type === 'AliasQualifier') {
    const resolved = fromTypeOrNamespace(typeOrNamespaceInScope(cx, name, typeArguments ?? [], true), node);
    if (resolved !== null) return resolved;
    cx.report('name-not-found', name, { name: name.name });
    return errorValue(node);
  } else if (node.optional) {
    left = { kind: 'value', value: bindReceiver(cx, object, true, node) };
  } else {
    left = resolveExpression(cx, object);
  }
  switch (left.kind) {
    case 'namespace': {
      const resolved = fromTypeOrNamespace(
        memberTypeOrNamespace(cx, { kind: 'namespace', name: left.name }, name, typeArguments ?? []),
        node,
      );
      return resolved ?? errorValue(node);
    }
    case 'type':
      return staticMember(cx, left.type, name, typeArguments, node);
    case 'value':
      return instanceMember(cx, left.value, name, typeArguments, node, invoked);
    case 'methods':
      cx.report('method-used-as-value', left.node, { name: left.name.name });
      return errorValue(node);
    case 'local-function':
      cx.report('method-used-as-value', left.node, { name: left.symbol.name });
      return errorValue(node);
  }
}

/** A property or field holding a delegate, which an invocation calls. */
function isDelegateTyped(symbol: MemberSymbol): boolean {
  const type = symbol.kind === 'property' || symbol.kind === 'field' ? symbol.type : null;
  return type?.kind === 'named' && type.definition.kind === 'delegate';
}

function errorValue(node: Node): Resolved {
  return { kind: 'value', value: { kind: 'error', node, type: errorType } };
}

/** Reports a member API Management does not allow; true when reported. */
export function checkAllowed(cx: BinderContext, symbol: MemberSymbol, node: Node): boolean {
  if (symbol.allowed) return false;
  const owner = symbol.declaringType;
  if (owner.allowance === 'none')
    cx.report('type-not-allowed', node, { type: `${owner.namespace}.${owner.name}` });
  else cx.report('member-not-allowed', node, { type: owner.keyword ?? owner.name, member: symbol.name });
  return true;
}

function memberRead(
  cx: BinderContext,
  found: FoundMember,
  receiver: BoundExpression | null,
  node: Node,
): BoundExpression {
  const symbol = found.symbol as PropertySymbol | FieldSymbol;
  if (checkAllowed(cx, symbol, node)) return { kind: 'error', node, type: errorType };
  return {
    kind: 'member',
    node,
    type: substitute(symbol.type, found.map),
    receiver,
    symbol,
    checkNull: receiver !== null && mayBeNull(receiver) && !isNullable(receiver.type),
  };
}

function staticMember(
  cx: BinderContext,
  type: Type,
  name: Identifier,
  typeArguments: readonly Type[] | null,
  node: MemberExpression,
): Resolved {
  if (type.kind === 'error') return errorValue(node);
  const nested = memberTypeOrNamespace(cx, { kind: 'type', type }, name, typeArguments ?? [], true);
  if (nested.kind === 'type') return { kind: 'type', type: nested.type, node };
  // Extension methods can also be called as the static methods they are: `Enumerable.Count(x)`.
  const declaredExtensions =
    type.kind === 'named'
      ? (type.definition.members.extensions.get(name.name) ?? []).map((symbol) => ({
          symbol,
          map: new Map(),
        }))
      : [];
  const found = [...lookupMembers(type, name.name), ...declaredExtensions];
  if (found.length === 0) {
    cx.report('member-not-found', name, { type: displayType(type), name: name.name });
    return errorValue(node);
  }
  const first = found[0]!.symbol;
  if (first.kind === 'method') {
    const methods = (found as FoundMember<MethodSymbol>[]).filter((m) => m.symbol.isStatic);
    if (methods.length === 0) {
      cx.report('instance-member-via-type', name, { name: `${displayType(type)}.${name.name}` });
      return errorValue(node);
    }
    return { kind: 'methods', receiver: null, staticType: type, methods, name, typeArguments, node };
  }
  if (!first.isStatic) {
    cx.report('instance-member-via-type', name, { name: `${displayType(type)}.${name.name}` });
    return errorValue(node);
  }
  return { kind: 'value', value: memberRead(cx, found[0]!, null, node) };
}

function instanceMember(
  cx: BinderContext,
  receiver: BoundExpression,
  name: Identifier,
  typeArguments: readonly Type[] | null,
  node: MemberExpression,
  invoked: boolean,
): Resolved {
  const type = receiver.type;
  if (type.kind === 'error') return errorValue(node);
  if (type.kind === 'void' || type.kind === 'null') {
    cx.report('member-not-found', name, { type: displayType(type), name: name.name });
    return errorValue(node);
  }
  if (type.kind === 'anonymous') {
    const index = type.members.findIndex((m) => m.name === name.name);
    if (index >= 0) {
      return {
        kind: 'value',
        value: {
          kind: 'anonymous-member',
          node,
          type: type.members[index]!.type,
          receiver,
          index,
          checkNull: mayBeNull(receiver),
        },
      };
    }
  }
  const found = lookupMembers(type, name.name);
  const first = found[0]?.symbol;
  const invocable = first !== undefined && first.kind !== 'method' && isDelegateTyped(first);
  if (
    invoked &&
    first !== undefined &&
    first.kind !== 'method' &&
    !invocable &&
    extensionMethods(name.name).length > 0
  ) {
    return { kind: 'methods', receiver, staticType: null, methods: [], name, typeArguments, node };
  }
  if (first !== undefined && first.kind !== 'method') {
    if (first.isStatic) {
      cx.report('static-member-via-instance', name, { name: `${displayType(type)}.${name.name}` });
      return errorValue(node);
    }
    return { kind: 'value', value: memberRead(cx, found[0]!, receiver, node) };
  }
  const methods = (found as FoundMember<MethodSymbol>[]).filter((m) => !m.symbol.isStatic);
  if (methods.length > 0 || extensionMethods(name.name).length > 0)
    return { kind: 'methods', receiver, staticType: null, methods, name, typeArguments, node };
  if (found.length > 0) {
    cx.report('static-member-via-instance', name, { name: `${displayType(type)}.${name.name}` });
    return errorValue(node);
  }
  cx.report('member-not-found', name, { type: displayType(type), name: name.name });
  return errorValue(node);
}
