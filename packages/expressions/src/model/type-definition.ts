import type { Implementation } from './implementation.js';
import type { Type } from './types.js';

export type TypeKind = 'class' | 'struct' | 'interface' | 'enum' | 'delegate';

/**
 * Whether API Management lets policy expressions use a type: all of its members (`all`), only
 * the members marked allowed (`listed`), or none (`none`: the type is known so that its use can
 * be reported precisely).
 */
export type Allowance = 'all' | 'listed' | 'none';

export interface ParameterSymbol {
  readonly name: string;
  readonly type: Type;
  readonly modifier: 'ref' | 'out' | 'in' | 'params' | 'this' | null;
  /** The default value of an optional parameter, as a .NET value in its runtime form. */
  readonly hasDefault: boolean;
  readonly defaultValue: unknown;
}

interface SymbolBase {
  /** Stable identity, also the key of the implementation in the runtime helper table. */
  readonly id: string;
  readonly name: string;
  readonly declaringType: TypeDefinition;
  readonly isStatic: boolean;
  /** API Management lets policy expressions use this member. */
  readonly allowed: boolean;
  readonly implementation: Implementation;
}

export interface MethodSymbol extends SymbolBase {
  readonly kind: 'method';
  readonly typeParameters: readonly string[];
  readonly parameters: readonly ParameterSymbol[];
  readonly returnType: Type;
  /** Declared with `this` on its first parameter. */
  readonly isExtension: boolean;
}

export interface PropertySymbol extends SymbolBase {
  readonly kind: 'property';
  readonly type: Type;
  readonly hasSetter: boolean;
  /** Never null at run time (so the compiler needs no null check after reading it). */
  readonly nonNull: boolean;
}

export interface FieldSymbol extends SymbolBase {
  readonly kind: 'field';
  readonly type: Type;
  readonly isConst: boolean;
  /** The value of a constant or enum member, in its runtime form. */
  readonly constantValue: unknown;
}

export interface IndexerSymbol extends SymbolBase {
  readonly kind: 'indexer';
  readonly type: Type;
  readonly parameters: readonly ParameterSymbol[];
  readonly hasSetter: boolean;
}

export interface ConstructorSymbol extends SymbolBase {
  readonly kind: 'constructor';
  readonly parameters: readonly ParameterSymbol[];
}

/** A user-defined operator (`DateTime - DateTime`) or conversion (`explicit operator string(JToken)`). */
export interface OperatorSymbol extends SymbolBase {
  readonly kind: 'operator';
  /** `+`, `-`, `==`, ..., or `implicit` / `explicit` for conversions. */
  readonly operator: string;
  readonly parameters: readonly ParameterSymbol[];
  readonly returnType: Type;
}

export type MemberSymbol =
  | MethodSymbol
  | PropertySymbol
  | FieldSymbol
  | IndexerSymbol
  | ConstructorSymbol
  | OperatorSymbol;

/** The members of a type, grouped for lookup. */
export interface MemberTable {
  /** Methods, properties and fields by name (several methods share a name). */
  readonly byName: ReadonlyMap<string, readonly MemberSymbol[]>;
  readonly constructors: readonly ConstructorSymbol[];
  readonly indexers: readonly IndexerSymbol[];
  readonly operators: readonly OperatorSymbol[];
  /** Extension methods declared on this (static) type, by name. */
  readonly extensions: ReadonlyMap<string, readonly MethodSymbol[]>;
}

/**
 * A .NET type of the model. Its members are resolved from the declaration on first use, when
 * every type they mention is registered.
 */
export interface TypeDefinition {
  /** `System.Collections.Generic` */
  readonly namespace: string;
  /** `List` */
  readonly name: string;
  /** `List`1`: the name with its generic arity, as .NET prints it at run time. */
  readonly metadataName: string;
  /** `System.Collections.Generic.List`1`: the key of the registry. */
  readonly fullName: string;
  /** `int` for `System.Int32`; null for types without a keyword. */
  readonly keyword: string | null;
  readonly kind: TypeKind;
  readonly isStatic: boolean;
  readonly isSealed: boolean;
  readonly typeParameters: readonly string[];
  /** Variance of each type parameter: `out T` of `IEnumerable<out T>`. */
  readonly variances: readonly ('in' | 'out' | null)[];
  readonly allowance: Allowance;
  /** The base class (null for `object`, interfaces and static classes). */
  readonly base: Type | null;
  readonly interfaces: readonly Type[];
  readonly members: MemberTable;
  /** Whether the type declares extension methods (known without building `members`). */
  readonly declaresExtensions: boolean;
  /** For a delegate type: its `Invoke` method. */
  readonly invoke: MethodSymbol | null;
  /** For an enum: member names and values. */
  readonly enumMembers: ReadonlyMap<string, number> | null;
  /** Tests whether a non-null runtime value is an instance of this definition (type arguments aside). */
  readonly test: ((value: unknown) => boolean) | null;
  /** How a value is held in an `object` slot (see `TypeDeclaration.boxing`). */
  readonly boxing: 'identity' | 'boxed';
  /** `default(T)` for structs whose runtime form is a class instance. */
  readonly defaultValue: (() => unknown) | null;
}
