import type {
  AnonymousObjectCreationExpression,
  ArrayCreationExpression,
  ArrayInitializer,
  CollectionInitializer,
  Expression,
  ObjectCreationExpression,
  ObjectInitializer,
} from '../ast/expressions.js';
import { isValueType, known } from '../model/relations.js';
import type { ConstructorSymbol, IndexerSymbol } from '../model/type-definition.js';
import { anonymousType, arrayType, displayType, errorType, substitute, type Type } from '../model/types.js';
import type { BinderContext } from './binder-context.js';
import type { BoundExpression, BoundInitializer } from './bound-tree.js';
import { constantOf } from './constants.js';
import { convertImplicit } from './convert.js';
import { bindExpression, bindValue, defaultOf } from './expressions.js';
import { reportFeature } from './features.js';
import { bindMethodCall, bindPendingArguments } from './invocations.js';
import { bestCommonType } from './lambdas.js';
import { lookupConstructors, lookupIndexers, lookupMembers } from './members.js';
import { checkAllowed } from './names.js';
import { type Candidate, finishArguments, type PendingArgument, resolveOverload } from './overloads.js';
import { bindType } from './type-syntax.js';

/** `new T(arguments) { initializers }`; `target` types a target-typed `new(...)`. */
export function bindObjectCreation(
  cx: BinderContext,
  node: ObjectCreationExpression,
  target: Type | null,
): BoundExpression {
  let type: Type;
  if (node.objectType === null) {
    reportFeature(cx, node, 'target-typed-new');
    type = target ?? errorType;
  } else {
    type = bindType(cx, node.objectType);
  }
  const args = bindPendingArguments(cx, node.arguments ?? []);
  if (type.kind === 'error') return { kind: 'error', node, type };
  if (
    type.kind !== 'named' ||
    type.definition.kind === 'interface' ||
    type.definition.isStatic ||
    type.definition.kind === 'enum' ||
    type.definition.kind === 'delegate'
  ) {
    cx.report('cannot-create-instance', node, { type: displayType(type) });
    return { kind: 'error', node, type: errorType };
  }
  const constructors = lookupConstructors(type);
  let created: BoundExpression;
  if (constructors.length === 0 && isValueType(type) && args.length === 0) {
    created = defaultOf(node, type);
    if (node.initializer !== null)
      cx.report('unsupported-construct', node.initializer, { construct: 'An initializer on a struct' });
    return created;
  }
  const candidates: Candidate<ConstructorSymbol>[] = constructors.map(({ symbol, map }) => ({
    symbol,
    name: type.kind === 'named' ? type.definition.name : '',
    parameters: symbol.parameters,
    typeParameters: [],
    map,
    extension: false,
    declaringType: symbol.declaringType,
  }));
  const resolution = resolveOverload(cx, candidates, args, null, node, {
    name: displayType(type),
    constructorOf: displayType(type),
  });
  if (resolution === null) return { kind: 'error', node, type };
  const constructorSymbol = resolution.candidate.symbol;
  const notAllowed = checkAllowed(cx, constructorSymbol, node.objectType ?? node);
  const arguments_ = finishArguments(cx, resolution, args, node);
  const id = cx.nextId();
  const initializers = node.initializer === null ? [] : bindInitializer(cx, node.initializer, type, id);
  if (notAllowed) return { kind: 'error', node, type };
  return { kind: 'new', node, type, constructor: constructorSymbol, arguments: arguments_, initializers, id };
}

function bindInitializer(
  cx: BinderContext,
  initializer: ObjectInitializer | CollectionInitializer,
  type: Type,
  id: number,
): BoundInitializer[] {
  if (initializer.type === 'CollectionInitializer')
    return bindCollectionInitializer(cx, initializer, type, id);
  return initializer.members.flatMap((member): BoundInitializer[] => {
    if (member.value.type === 'ObjectInitializer' || member.value.type === 'CollectionInitializer') {
      cx.report('unsupported-construct', member.value, {
        construct: 'A nested object or collection initializer',
      });
      return [];
    }
    const value = member.value;
    if (member.type === 'MemberInitializer') {
      const found = lookupMembers(type, member.name.name)[0];
      if (
        found === undefined ||
        (found.symbol.kind !== 'property' && found.symbol.kind !== 'field') ||
        found.symbol.isStatic
      ) {
        cx.report('member-not-found', member.name, { type: displayType(type), name: member.name.name });
        bindExpression(cx, value);
        return [];
      }
      const symbol = found.symbol;
      const writable = symbol.kind === 'property' ? symbol.hasSetter : !symbol.isConst;
      if (!writable)
        cx.report('read-only-member', member.name, { name: `${displayType(type)}.${symbol.name}` });
      if (checkAllowed(cx, symbol, member.name)) return [];
      return [{ kind: 'member', symbol, value: bindValue(cx, value, substitute(symbol.type, found.map)) }];
    }
    // `[index] = value`
    const args = bindPendingArguments(cx, member.arguments);
    const indexers = lookupIndexers(type);
    const candidates: Candidate<IndexerSymbol>[] = indexers.map(({ symbol, map }) => ({
      symbol,
      name: 'this[]',
      parameters: symbol.parameters,
      typeParameters: [],
      map,
      extension: false,
      declaringType: symbol.declaringType,
    }));
    if (candidates.length === 0) {
      cx.report('cannot-index', member, { type: displayType(type) });
      return [];
    }
    const resolution = resolveOverload(cx, candidates, args, null, member, { name: 'this[]' });
    if (resolution === null) return [];
    const indexer = resolution.candidate.symbol;
    if (!indexer.hasSetter) cx.report('read-only-member', member, { name: `${displayType(type)}.this[]` });
    const arguments_ = finishArguments(cx, resolution, args, member).map((a) =>
      a.kind === 'value' ? a.value : a.variable,
    );
    return [
      {
        kind: 'indexer',
        indexer,
        arguments: arguments_,
        value: bindValue(cx, value, substitute(indexer.type, resolution.candidate.map)),
      },
    ];
  });
}

/** `{ a, b }` and `{ { k, v } }`: one `Add` call per element. */
function bindCollectionInitializer(
  cx: BinderContext,
  initializer: CollectionInitializer,
  type: Type,
  id: number,
): BoundInitializer[] {
  return initializer.elements.flatMap((element): BoundInitializer[] => {
    const expressions: Expression[] = element.type === 'ElementInitializer' ? element.expressions : [element];
    const args: PendingArgument[] = expressions.map((expression) => ({
      node: expression,
      name: null,
      refKind: null,
      value: bindExpression(cx, expression),
      lambda: null,
      outVariable: null,
      expression,
    }));
    const methods = lookupMembers(type, 'Add').filter(
      (m) => m.symbol.kind === 'method' && !m.symbol.isStatic,
    );
    if (methods.length === 0) {
      cx.report('member-not-found', element, { type: displayType(type), name: 'Add' });
      return [];
    }
    // The `Add` calls are made on the new object, which the creation holds under `id`.
    const receiver: BoundExpression = { kind: 'conditional-receiver', node: element, type, id };
    const call = bindMethodCall(
      cx,
      {
        kind: 'methods',
        receiver,
        staticType: null,
        methods: methods as never,
        name: {
          type: 'Identifier',
          name: 'Add',
          verbatim: false,
          typeArguments: null,
          range: element.range,
          loc: element.loc,
        },
        typeArguments: null,
        node: element,
      },
      args,
      element,
    );
    return call.kind === 'call' ? [{ kind: 'add', call }] : [];
  });
}

/** `new T[n]`, `new T[] { ... }`, `new[] { ... }`. */
export function bindArrayCreation(cx: BinderContext, node: ArrayCreationExpression): BoundExpression {
  const [first, ...rest] = node.rankSpecifiers;
  if (node.elementType === null) {
    // `new[] { ... }`: the best common type of the elements.
    const elements = (node.initializer?.elements ?? []).map((element) => bindInitializerElement(cx, element));
    const elementType = bestCommonType(elements);
    if (elementType === null) {
      cx.report('no-best-array-type', node);
      return { kind: 'error', node, type: errorType };
    }
    return {
      kind: 'new-array',
      node,
      type: arrayType(elementType),
      elementType,
      size: null,
      elements: elements.map((element) => convertImplicit(cx, element, elementType)),
    };
  }
  let elementType = bindType(cx, node.elementType);
  if (first === undefined || node.rankSpecifiers.some((r) => r.sizes.length !== 1)) {
    cx.report('unsupported-construct', node, { construct: 'A multi-dimensional array' });
    return { kind: 'error', node, type: errorType };
  }
  for (let index = rest.length - 1; index >= 0; index--) elementType = arrayType(elementType);
  if (elementType.kind === 'error') return { kind: 'error', node, type: errorType };
  const type = arrayType(elementType);
  const sizeNode = first.sizes[0] ?? null;
  const size = sizeNode === null ? null : bindValue(cx, sizeNode, known('System.Int32'));
  const elements = node.initializer === null ? null : bindArrayElements(cx, node.initializer, elementType);
  if (size === null && elements === null) {
    cx.report('unsupported-construct', node, {
      construct: 'An array creation without a size or initializer',
    });
    return { kind: 'error', node, type };
  }
  if (size !== null && elements !== null) {
    const constant = constantOf(size);
    if (constant?.kind !== 'value' || constant.value !== elements.length)
      cx.report('constant-expected', size.node);
  }
  return { kind: 'new-array', node, type, elementType, size: elements === null ? size : null, elements };
}

/** The elements of an array initializer, converted to the element type. */
export function bindArrayElements(
  cx: BinderContext,
  initializer: ArrayInitializer,
  elementType: Type,
): BoundExpression[] {
  return initializer.elements.map((element) => {
    if (element.type === 'ArrayInitializer') {
      if (elementType.kind !== 'array') {
        cx.report('unsupported-construct', element, { construct: 'A nested array initializer' });
        return { kind: 'error', node: element, type: elementType } as BoundExpression;
      }
      const inner = bindArrayElements(cx, element, elementType.element);
      return {
        kind: 'new-array',
        node: element,
        type: elementType,
        elementType: elementType.element,
        size: null,
        elements: inner,
      };
    }
    return bindValue(cx, element, elementType);
  });
}

function bindInitializerElement(cx: BinderContext, element: Expression | ArrayInitializer): BoundExpression {
  if (element.type === 'ArrayInitializer') {
    cx.report('unsupported-construct', element, { construct: 'A nested array initializer' });
    return { kind: 'error', node: element, type: errorType };
  }
  return bindExpression(cx, element);
}

/** `new { a = 1, b, x.Name }`. */
export function bindAnonymousCreation(
  cx: BinderContext,
  node: AnonymousObjectCreationExpression,
): BoundExpression {
  const members: { name: string; type: Type }[] = [];
  const values: BoundExpression[] = [];
  for (const member of node.members) {
    let value = bindExpression(cx, member.value);
    const name = member.name?.name ?? inferredName(member.value);
    if (name === null) {
      cx.report('unsupported-construct', member, { construct: 'An anonymous type member without a name' });
      continue;
    }
    if (value.type.kind === 'null' || value.type.kind === 'void') {
      cx.report('var-bad-initializer', member, { what: value.type.kind === 'null' ? '<null>' : 'void' });
      value = { kind: 'error', node: member, type: errorType };
    }
    members.push({ name, type: value.type });
    values.push(value);
  }
  return { kind: 'new-anonymous', node, type: anonymousType(members), values };
}

function inferredName(value: Expression): string | null {
  if (value.type === 'Identifier') return value.name;
  if (value.type === 'MemberExpression') return value.property.name;
  return null;
}
