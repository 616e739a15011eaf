import { definitionNamed } from './registry.js';
import type { TypeDefinition } from './type-definition.js';
import { type NamedType, namedType, substitute, type Type } from './types.js';

/** The definition of a well-known type, which the model must declare. */
export function wellKnown(fullName: string): TypeDefinition {
  const definition = definitionNamed(fullName);
  if (definition === undefined) throw new Error(`The model does not declare ${fullName}`);
  return definition;
}

/** The named type of a well-known non-generic type: `known('System.String')`. */
export function known(fullName: string): NamedType {
  return namedType(wellKnown(fullName));
}

/** Substitution map from a named type's definition parameters to its arguments. */
export function argumentMap(type: NamedType): Map<string, Type> {
  const map = new Map<string, Type>();
  type.definition.typeParameters.forEach((name, index) => {
    const argument = type.arguments[index];
    if (argument !== undefined) map.set(name, argument);
  });
  return map;
}

/** The direct base class of a type, with type arguments substituted (`object` for arrays). */
export function baseOf(type: Type): Type | null {
  if (type.kind === 'array') return known('System.Array');
  if (type.kind === 'anonymous') return known('System.Object');
  if (type.kind !== 'named' || type.definition.base === null) return null;
  return substitute(type.definition.base, argumentMap(type));
}

/** The interfaces a type declares directly, with type arguments substituted. */
function directInterfaces(type: Type): Type[] {
  if (type.kind === 'array') {
    if (type.rank !== 1) return [];
    const element = type.element;
    return ['System.Collections.Generic.IList`1', 'System.Collections.Generic.IReadOnlyList`1'].flatMap(
      (name) => {
        const definition = definitionNamed(name);
        return definition === undefined ? [] : [namedType(definition, [element])];
      },
    );
  }
  if (type.kind !== 'named') return [];
  const map = argumentMap(type);
  return type.definition.interfaces.map((i) => substitute(i, map));
}

const interfaceCache = new Map<Type, readonly Type[]>();

/** Every interface a type implements, directly or through its bases and other interfaces. */
export function allInterfaces(type: Type): readonly Type[] {
  const cached = interfaceCache.get(type);
  if (cached !== undefined) return cached;
  const found = new Set<Type>();
  const visit = (current: Type) => {
    for (const implemented of directInterfaces(current)) {
      if (found.has(implemented)) continue;
      found.add(implemented);
      visit(implemented);
    }
  };
  for (let current: Type | null = type; current !== null; current = baseOf(current)) visit(current);
  const result = [...found];
  interfaceCache.set(type, result);
  return result;
}

/** The type itself, its bases, and its interfaces: everything it converts to by reference or boxing. */
export function supertypes(type: Type): Type[] {
  const result: Type[] = [];
  for (let current: Type | null = type; current !== null; current = baseOf(current)) result.push(current);
  result.push(...allInterfaces(type));
  return result;
}

export function isInterface(type: Type): boolean {
  return type.kind === 'named' && type.definition.kind === 'interface';
}

/** Structs, enums and `Nullable<T>` are value types; type parameters are treated as unknown. */
export function isValueType(type: Type): boolean {
  return type.kind === 'named' && (type.definition.kind === 'struct' || type.definition.kind === 'enum');
}

export function isReferenceType(type: Type): boolean {
  return (
    type.kind === 'array' ||
    type.kind === 'anonymous' ||
    (type.kind === 'named' &&
      (type.definition.kind === 'class' ||
        type.definition.kind === 'interface' ||
        type.definition.kind === 'delegate'))
  );
}

/** `Nullable<T>`: a named type with exactly one argument (a distinct shape so that narrowing keeps other named types). */
export interface NullableType extends NamedType {
  readonly arguments: readonly [Type];
}

export function isNullable(type: Type): type is NullableType {
  return type.kind === 'named' && type.definition.fullName === 'System.Nullable`1';
}

/** `T` of `Nullable<T>`, or the type itself. */
export function underlyingOfNullable(type: Type): Type {
  return isNullable(type) ? type.arguments[0] : type;
}

/**
 * Is `from` convertible to `to` by an identity or implicit reference conversion (including
 * variance of generic interfaces and delegates, and array covariance)? Boxing is separate.
 */
export function isReferenceConvertible(from: Type, to: Type): boolean {
  if (from === to) return true;
  if (from.kind === 'null') return isReferenceType(to) || isNullable(to);
  if (!isReferenceType(from)) return false;
  if (to.kind === 'named' && to.definition.fullName === 'System.Object') return true;
  if (from.kind === 'array' && to.kind === 'array') {
    return (
      from.rank === to.rank &&
      isReferenceType(from.element) &&
      isReferenceConvertible(from.element, to.element)
    );
  }
  return supertypes(from).some((candidate) => candidate === to || isVariantConvertible(candidate, to));
}

/** `IEnumerable<string>` to `IEnumerable<object>` by the declared variance of the type parameters. */
function isVariantConvertible(from: Type, to: Type): boolean {
  if (from.kind !== 'named' || to.kind !== 'named' || from.definition !== to.definition) return false;
  const definition = from.definition;
  if (definition.kind !== 'interface' && definition.kind !== 'delegate') return false;
  return from.arguments.every((argument, index) => {
    const target = to.arguments[index]!;
    if (argument === target) return true;
    const variance = definition.variances[index];
    if (variance === 'out') return isReferenceConvertible(argument, target);
    if (variance === 'in') return isReferenceConvertible(target, argument);
    return false;
  });
}

/**
 * Is there a boxing conversion from the value type `from` to `to`: `object`, `ValueType`,
 * `Enum` for enums, or an interface the value type implements?
 */
export function isBoxingConvertible(from: Type, to: Type): boolean {
  if (!isValueType(from)) return false;
  const source = underlyingOfNullable(from);
  if (to.kind !== 'named') return false;
  const name = to.definition.fullName;
  if (name === 'System.Object' || name === 'System.ValueType') return true;
  if (name === 'System.Enum') return source.kind === 'named' && source.definition.kind === 'enum';
  return allInterfaces(source).some((candidate) => candidate === to || isVariantConvertible(candidate, to));
}

/** The `IEnumerable<T>` a type implements (or is), giving its element type; null if none. */
export function enumerableElement(type: Type): Type | null {
  if (type.kind === 'array') return type.element;
  for (const candidate of supertypes(type)) {
    if (
      candidate.kind === 'named' &&
      candidate.definition.fullName === 'System.Collections.Generic.IEnumerable`1'
    ) {
      return candidate.arguments[0]!;
    }
  }
  return null;
}
