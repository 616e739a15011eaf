import type { BaseNode, ErrorNode, Identifier } from './base.js';

/** Keywords that name a built-in type. */
export type PredefinedTypeKeyword =
  | 'bool'
  | 'byte'
  | 'sbyte'
  | 'char'
  | 'decimal'
  | 'double'
  | 'float'
  | 'int'
  | 'uint'
  | 'long'
  | 'ulong'
  | 'short'
  | 'ushort'
  | 'object'
  | 'string'
  | 'void';

/** `int`, `string`, `object`, ... */
export interface PredefinedType extends BaseNode {
  type: 'PredefinedType';
  keyword: PredefinedTypeKeyword;
}

/**
 * A type named by an identifier, possibly qualified and generic: `JObject`, `List<string>`,
 * `System.Collections.Generic.Dictionary<string, int>`, `global::System.String`.
 */
export interface NamedType extends BaseNode {
  type: 'NamedType';
  /** What precedes the last `.` or `::`, or null. */
  qualifier: NamedType | AliasQualifier | null;
  name: Identifier;
}

/** `alias::` in front of a name; in practice always `global::`. */
export interface AliasQualifier extends BaseNode {
  type: 'AliasQualifier';
  alias: Identifier;
}

/** `T[]`, `T[,]`: one node per rank specifier, innermost element type first. */
export interface ArrayType extends BaseNode {
  type: 'ArrayType';
  elementType: TypeNode;
  /** Number of dimensions: 1 for `[]`, 2 for `[,]`. */
  rank: number;
}

/** `T?` */
export interface NullableType extends BaseNode {
  type: 'NullableType';
  underlyingType: TypeNode;
}

/** `(int, string)` or `(int count, string name)` (C# 7). */
export interface TupleType extends BaseNode {
  type: 'TupleType';
  elements: TupleTypeElement[];
}

export interface TupleTypeElement extends BaseNode {
  type: 'TupleTypeElement';
  elementType: TypeNode;
  name: Identifier | null;
}

/** The missing argument of an unbound generic in `typeof(Dictionary<,>)`. */
export interface OmittedType extends BaseNode {
  type: 'OmittedType';
}

export type TypeNode =
  | PredefinedType
  | NamedType
  | ArrayType
  | NullableType
  | TupleType
  | OmittedType
  | ErrorNode;
