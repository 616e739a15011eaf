import type { Identifier } from '../ast/base.js';
import type { NamedType as NamedTypeNode, TypeNode } from '../ast/types.js';
import { definitionNamed, definitionOfKeyword, definitionsInScope, isNamespace } from '../model/registry.js';
import { isValueType, known } from '../model/relations.js';
import type { TypeDefinition } from '../model/type-definition.js';
import { arrayType, errorType, namedType, type Type, voidType } from '../model/types.js';
import type { BinderContext } from './binder-context.js';
import { reportFeature } from './features.js';

/** What a dotted name denotes before it is known to be a type. */
export type TypeOrNamespace =
  | { readonly kind: 'type'; readonly type: Type }
  | { readonly kind: 'namespace'; readonly name: string }
  | { readonly kind: 'none' };

/** Resolves a type written in an expression (`List<string>`, `int?`, `byte[]`) to a type. */
export function bindType(cx: BinderContext, node: TypeNode): Type {
  switch (node.type) {
    case 'PredefinedType': {
      if (node.keyword === 'void') return voidType;
      return namedType(definitionOfKeyword(node.keyword)!);
    }
    case 'NamedType': {
      const resolved = bindNamedType(cx, node);
      if (resolved.kind === 'type') return resolved.type;
      if (resolved.kind === 'namespace') cx.report('namespace-used-as-type', node, { name: resolved.name });
      else if (resolved.kind === 'none') cx.report('type-not-found', node, { name: writtenName(node) });
      return errorType;
    }
    case 'ArrayType': {
      const element = bindType(cx, node.elementType);
      if (element.kind === 'error') return element;
      if (node.rank !== 1) {
        cx.report('unsupported-construct', node, { construct: 'A multi-dimensional array' });
        return errorType;
      }
      return arrayType(element, node.rank);
    }
    case 'NullableType': {
      const underlying = bindType(cx, node.underlyingType);
      if (underlying.kind === 'error') return underlying;
      if (!isValueType(underlying)) {
        reportFeature(cx, node, 'nullable-reference-types');
        return underlying;
      }
      return namedType(known('System.Nullable`1').definition, [underlying]);
    }
    case 'TupleType':
      cx.report('type-not-allowed', node, { type: 'System.ValueTuple' });
      return errorType;
    case 'OmittedType':
      cx.report('type-expected-here', node);
      return errorType;
    case 'ErrorNode':
      return errorType;
  }
}

/** A type name as written, without type arguments: `Foo`, `System.Foo`. */
function writtenName(node: NamedTypeNode): string {
  const qualifier = node.qualifier;
  if (qualifier === null) return node.name.name;
  if (qualifier.type === 'AliasQualifier') return `global::${node.name.name}`;
  return `${writtenName(qualifier)}.${node.name.name}`;
}

/** Resolves a possibly qualified, possibly generic name as a type or namespace. */
export function bindNamedType(cx: BinderContext, node: NamedTypeNode): TypeOrNamespace {
  const { name } = node;
  const typeArguments = name.typeArguments?.map((argument) => bindType(cx, argument)) ?? [];
  if (typeArguments.some((argument) => argument.kind === 'error')) return { kind: 'type', type: errorType };
  if (node.qualifier === null || node.qualifier.type === 'AliasQualifier') {
    return typeOrNamespaceInScope(cx, name, typeArguments, node.qualifier !== null);
  }
  const qualifier = bindNamedType(cx, node.qualifier);
  return memberTypeOrNamespace(cx, qualifier, name, typeArguments);
}

/** A simple name as a type of the imported namespaces, or a namespace. */
export function typeOrNamespaceInScope(
  cx: BinderContext,
  name: Identifier,
  typeArguments: readonly Type[],
  global: boolean,
): TypeOrNamespace {
  const arity = typeArguments.length;
  const found = global ? [] : definitionsInScope(name.name, arity);
  if (found.length > 1) {
    cx.report('ambiguous-type', name, {
      name: name.name,
      first: found[0]!.fullName,
      second: found[1]!.fullName,
    });
    return { kind: 'type', type: errorType };
  }
  const definition = found[0] ?? (global ? definitionNamed(name.name) : undefined);
  if (definition !== undefined)
    return { kind: 'type', type: constructType(cx, definition, typeArguments, name) };
  if (arity === 0 && isNamespace(name.name)) return { kind: 'namespace', name: name.name };
  return { kind: 'none' };
}

/** `Namespace.Name` or `Type.Nested`. */
export function memberTypeOrNamespace(
  cx: BinderContext,
  qualifier: TypeOrNamespace,
  name: Identifier,
  typeArguments: readonly Type[],
  /** For a type qualifier: return `none` instead of reporting a missing nested type. */
  quiet = false,
): TypeOrNamespace {
  if (qualifier.kind === 'none') return qualifier;
  if (qualifier.kind === 'type') {
    if (qualifier.type.kind !== 'named') return quiet ? { kind: 'none' } : { kind: 'type', type: errorType };
    const nested = lookupDefinition(
      `${qualifier.type.definition.fullName}.${name.name}`,
      typeArguments.length,
    );
    if (nested === undefined) {
      if (quiet) return { kind: 'none' };
      cx.report('member-not-found', name, { type: displayName(qualifier.type), name: name.name });
      return { kind: 'type', type: errorType };
    }
    return { kind: 'type', type: constructType(cx, nested, typeArguments, name) };
  }
  const full = `${qualifier.name}.${name.name}`;
  const definition = lookupDefinition(full, typeArguments.length);
  if (definition !== undefined)
    return { kind: 'type', type: constructType(cx, definition, typeArguments, name) };
  if (typeArguments.length === 0 && isNamespace(full)) return { kind: 'namespace', name: full };
  cx.report('namespace-member-not-found', name, { name: name.name, namespace: qualifier.name });
  return { kind: 'type', type: errorType };
}

function lookupDefinition(fullName: string, arity: number): TypeDefinition | undefined {
  return definitionNamed(arity === 0 ? fullName : `${fullName}\`${arity}`);
}

/** A named type with its type arguments, reporting types API Management does not allow. */
export function constructType(
  cx: BinderContext,
  definition: TypeDefinition,
  typeArguments: readonly Type[],
  node: Identifier,
): Type {
  if (definition.allowance === 'none') {
    cx.report('type-not-allowed', node, { type: displayFullName(definition) });
    return errorType;
  }
  if (definition.typeParameters.length !== typeArguments.length) {
    cx.report('wrong-type-argument-count', node, {
      type: definition.name,
      count: definition.typeParameters.length,
    });
    return errorType;
  }
  return namedType(definition, typeArguments);
}

/** `System.IO.File`, `System.Collections.Generic.List<T>`: how messages name a definition. */
export function displayFullName(definition: TypeDefinition): string {
  const parameters =
    definition.typeParameters.length === 0 ? '' : `<${definition.typeParameters.join(', ')}>`;
  return `${definition.namespace}.${definition.name}${parameters}`;
}

function displayName(type: Type): string {
  return type.kind === 'named' ? (type.definition.keyword ?? type.definition.name) : type.id;
}
