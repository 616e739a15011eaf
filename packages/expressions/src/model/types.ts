import type { TypeDefinition } from './type-definition.js';

/**
 * The types the binder reasons about. Types are interned: two equal types are the same object,
 * so `===` compares them.
 */
export type Type =
  | NamedType
  | ArrayType
  | TypeParameterType
  | AnonymousType
  | NullType
  | ErrorType
  | VoidType;

/** A class, struct, interface, enum or delegate, with its type arguments (`List<string>`). */
export interface NamedType {
  readonly kind: 'named';
  readonly id: string;
  readonly definition: TypeDefinition;
  readonly arguments: readonly Type[];
}

/** `T[]`, `T[,]`. */
export interface ArrayType {
  readonly kind: 'array';
  readonly id: string;
  readonly element: Type;
  readonly rank: number;
}

/** A type parameter of a generic type or method: `T`, `TSource`. */
export interface TypeParameterType {
  readonly kind: 'parameter';
  readonly id: string;
  readonly name: string;
}

/** The type of `new { a = 1, b }`: its members in order. */
export interface AnonymousType {
  readonly kind: 'anonymous';
  readonly id: string;
  readonly members: readonly { readonly name: string; readonly type: Type }[];
}

/** The type of the literal `null` before it is converted. */
export interface NullType {
  readonly kind: 'null';
  readonly id: 'null';
}

/**
 * A type that could not be determined: an error already reported, or an unresolved named value
 * `{{name}}`. It converts to and from everything, so one error does not cascade.
 */
export interface ErrorType {
  readonly kind: 'error';
  readonly id: '?';
}

export interface VoidType {
  readonly kind: 'void';
  readonly id: 'void';
}

const interned = new Map<string, Type>();

function intern<T extends Type>(type: T): T {
  const existing = interned.get(type.id);
  if (existing !== undefined) return existing as T;
  interned.set(type.id, type);
  return type;
}

export const nullType: NullType = intern({ kind: 'null', id: 'null' });
export const errorType: ErrorType = intern({ kind: 'error', id: '?' });
export const voidType: VoidType = intern({ kind: 'void', id: 'void' });

export function namedType(definition: TypeDefinition, typeArguments: readonly Type[] = []): NamedType {
  const id =
    typeArguments.length === 0
      ? definition.fullName
      : `${definition.fullName}<${typeArguments.map((a) => a.id).join(',')}>`;
  const existing = interned.get(id);
  if (existing !== undefined) return existing as NamedType;
  return intern({ kind: 'named', id, definition, arguments: typeArguments });
}

export function arrayType(element: Type, rank = 1): ArrayType {
  return intern({ kind: 'array', id: `${element.id}[${','.repeat(rank - 1)}]`, element, rank });
}

export function typeParameter(name: string): TypeParameterType {
  return intern({ kind: 'parameter', id: `!${name}`, name });
}

export function anonymousType(members: readonly { name: string; type: Type }[]): AnonymousType {
  const id = `<>{${members.map((m) => `${m.name}:${m.type.id}`).join(',')}}`;
  return intern({ kind: 'anonymous', id, members });
}

/** Replaces type parameters by name. */
export function substitute(type: Type, map: ReadonlyMap<string, Type>): Type {
  if (map.size === 0) return type;
  switch (type.kind) {
    case 'parameter':
      return map.get(type.name) ?? type;
    case 'array':
      return arrayType(substitute(type.element, map), type.rank);
    case 'named':
      return type.arguments.length === 0
        ? type
        : namedType(
            type.definition,
            type.arguments.map((argument) => substitute(argument, map)),
          );
    case 'anonymous':
      return anonymousType(type.members.map((m) => ({ name: m.name, type: substitute(m.type, map) })));
    default:
      return type;
  }
}

/** Does `type` mention a type parameter? */
export function isOpen(type: Type): boolean {
  switch (type.kind) {
    case 'parameter':
      return true;
    case 'array':
      return isOpen(type.element);
    case 'named':
      return type.arguments.some(isOpen);
    case 'anonymous':
      return type.members.some((m) => isOpen(m.type));
    default:
      return false;
  }
}

/** The type as a C# developer writes it: `List<string>`, `int?`, `byte[]`. */
export function displayType(type: Type): string {
  switch (type.kind) {
    case 'named': {
      const definition = type.definition;
      if (definition.fullName === 'System.Nullable`1') return `${displayType(type.arguments[0]!)}?`;
      const name = definition.keyword ?? definition.name;
      return type.arguments.length === 0 ? name : `${name}<${type.arguments.map(displayType).join(', ')}>`;
    }
    case 'array':
      return `${displayType(type.element)}[${','.repeat(type.rank - 1)}]`;
    case 'parameter':
      return type.name;
    case 'anonymous':
      return `<anonymous type: ${type.members.map((m) => `${displayType(m.type)} ${m.name}`).join(', ')}>`;
    case 'null':
      return '<null>';
    case 'error':
      return '?';
    case 'void':
      return 'void';
  }
}

/**
 * The type as .NET names it at run time, as in `InvalidCastException` messages:
 * `System.Int32`, `System.Collections.Generic.List`1[System.String]`, `System.Byte[]`.
 */
export function runtimeTypeName(type: Type): string {
  switch (type.kind) {
    case 'named': {
      const name = `${type.definition.namespace === '' ? '' : `${type.definition.namespace}.`}${type.definition.metadataName}`;
      return type.arguments.length === 0 ? name : `${name}[${type.arguments.map(runtimeTypeName).join(',')}]`;
    }
    case 'array':
      return `${runtimeTypeName(type.element)}[${','.repeat(type.rank - 1)}]`;
    case 'anonymous':
      return `<>f__AnonymousType${type.members.length}`;
    default:
      return displayType(type);
  }
}
