import type { BaseNode, ErrorNode, Identifier } from './base.js';
import type { Pattern } from './patterns.js';
import type { QueryExpression } from './queries.js';
import type { BlockStatement } from './statements.js';
import type { AliasQualifier, PredefinedType, TypeNode } from './types.js';

// ---------------------------------------------------------------------------------------------
// Literals

export type IntegerSuffix = 'none' | 'u' | 'l' | 'ul';

/** `42`, `0x2A`, `0b101010`, `1_000`, `42u`, `42L`, `42UL`. */
export interface IntegerLiteral extends BaseNode {
  type: 'IntegerLiteral';
  /** The value; a malformed or overflowing literal is reported and gives 0. */
  value: bigint;
  /** Suffix, lower-cased and normalised (`LU` is `ul`). */
  suffix: IntegerSuffix;
  raw: string;
}

export type RealSuffix = 'none' | 'f' | 'd' | 'm';

/** `1.5`, `.5`, `1e-3`, `2f`, `3.25m`. */
export interface RealLiteral extends BaseNode {
  type: 'RealLiteral';
  /** The value as a double; a `decimal` keeps its exact digits in `digits`. */
  value: number;
  /** The literal without separators and suffix (`1_000.5m` gives `1000.5`). */
  digits: string;
  suffix: RealSuffix;
  raw: string;
}

/** `'a'`, `'\n'`, `'\u0041'`. */
export interface CharLiteral extends BaseNode {
  type: 'CharLiteral';
  value: string;
  raw: string;
}

/** Regular `"..."`, verbatim `@"..."`, raw `"""..."""` (C# 11). */
export type StringKind = 'regular' | 'verbatim' | 'raw';

export interface StringLiteral extends BaseNode {
  type: 'StringLiteral';
  value: string;
  kind: StringKind;
  /** Has the C# 11 `u8` suffix. */
  utf8: boolean;
  raw: string;
}

export interface BooleanLiteral extends BaseNode {
  type: 'BooleanLiteral';
  value: boolean;
}

export interface NullLiteral extends BaseNode {
  type: 'NullLiteral';
}

/** `default` without a type (C# 7.1). */
export interface DefaultLiteral extends BaseNode {
  type: 'DefaultLiteral';
}

/** `$"..."`, `$@"..."`, `@$"..."` (C# 8), `$"""..."""` (C# 11). */
export interface InterpolatedString extends BaseNode {
  type: 'InterpolatedString';
  kind: StringKind;
  /** The characters before the first quote: `$`, `$@`, `@$`, `$$`, ... */
  prefix: string;
  parts: (InterpolatedText | Interpolation)[];
  raw: string;
}

export interface InterpolatedText extends BaseNode {
  type: 'InterpolatedText';
  /** The text with escapes and doubled braces resolved. */
  value: string;
  raw: string;
}

/** A hole `{expression[,alignment][:format]}`. */
export interface Interpolation extends BaseNode {
  type: 'Interpolation';
  expression: Expression;
  alignment: Expression | null;
  format: InterpolationFormat | null;
}

export interface InterpolationFormat extends BaseNode {
  type: 'InterpolationFormat';
  value: string;
  raw: string;
}

/**
 * An APIM named value `{{name}}` left in C# code: the engine substitutes named values as text
 * before parsing, so one that reaches the parser was not resolved.
 */
export interface NamedValue extends BaseNode {
  type: 'NamedValue';
  name: string;
}

// ---------------------------------------------------------------------------------------------
// Primary expressions

export interface ThisExpression extends BaseNode {
  type: 'ThisExpression';
}

export interface BaseExpression extends BaseNode {
  type: 'BaseExpression';
}

/** `(expression)`; kept in the tree because parentheses end a null-conditional chain. */
export interface ParenthesizedExpression extends BaseNode {
  type: 'ParenthesizedExpression';
  expression: Expression;
}

/** `(1, "a")`, `(count: 1, name: "a")` (C# 7). */
export interface TupleExpression extends BaseNode {
  type: 'TupleExpression';
  elements: Argument[];
}

/**
 * `object.name`, `object?.name`, `string.Join`, `x.As<JObject>`. Type arguments of a generic method
 * sit on `property.typeArguments`.
 */
export interface MemberExpression extends BaseNode {
  type: 'MemberExpression';
  object: Expression | PredefinedType | AliasQualifier;
  property: Identifier;
  /** Written `?.`: part of a null-conditional chain (see `ConditionalAccessExpression`). */
  optional: boolean;
}

/** `object[arguments]` or `object?[arguments]`. */
export interface ElementAccessExpression extends BaseNode {
  type: 'ElementAccessExpression';
  object: Expression;
  arguments: Argument[];
  optional: boolean;
}

/**
 * The whole extent of a null-conditional chain: in `a?.b.c(d)` the chain is `a?.b.c(d)`, and if
 * `a` is null the value of the whole chain is null. Parentheses end a chain.
 */
export interface ConditionalAccessExpression extends BaseNode {
  type: 'ConditionalAccessExpression';
  expression: Expression;
}

export interface InvocationExpression extends BaseNode {
  type: 'InvocationExpression';
  callee: Expression;
  arguments: Argument[];
}

/** An argument of an invocation, element access, `new` or tuple. */
export interface Argument extends BaseNode {
  type: 'Argument';
  /** `name:` before the value (`preserveContent: true`), or null. */
  name: Identifier | null;
  refKind: 'ref' | 'out' | 'in' | null;
  /** For `out var x` / `out int x`, a `DeclarationExpression`. */
  value: Expression;
}

/** `var x`, `int x`, `var (a, b)` where a variable is declared inside an expression (C# 7). */
export interface DeclarationExpression extends BaseNode {
  type: 'DeclarationExpression';
  /** The declared type; `var` is a `NamedType` named `var`. */
  declaredType: TypeNode;
  designation: VariableDesignation;
}

export type VariableDesignation =
  | SingleVariableDesignation
  | DiscardDesignation
  | ParenthesizedVariableDesignation;

export interface SingleVariableDesignation extends BaseNode {
  type: 'SingleVariableDesignation';
  name: Identifier;
}

/** `_` where a variable could be declared. */
export interface DiscardDesignation extends BaseNode {
  type: 'DiscardDesignation';
}

/** `(a, b)` in `var (a, b) = ...`. */
export interface ParenthesizedVariableDesignation extends BaseNode {
  type: 'ParenthesizedVariableDesignation';
  variables: VariableDesignation[];
}

/** `typeof(T)` */
export interface TypeOfExpression extends BaseNode {
  type: 'TypeOfExpression';
  targetType: TypeNode;
}

/** `default(T)` */
export interface DefaultExpression extends BaseNode {
  type: 'DefaultExpression';
  targetType: TypeNode;
}

/** `sizeof(T)` */
export interface SizeOfExpression extends BaseNode {
  type: 'SizeOfExpression';
  targetType: TypeNode;
}

/** `checked(expression)` / `unchecked(expression)` */
export interface CheckedExpression extends BaseNode {
  type: 'CheckedExpression';
  checked: boolean;
  expression: Expression;
}

// ---------------------------------------------------------------------------------------------
// Object and array creation

/**
 * `new T(arguments) { initializer }`. `objectType` is null for target-typed `new(...)` (C# 9);
 * `arguments` is null when no parentheses were written (`new JObject { ... }`).
 */
export interface ObjectCreationExpression extends BaseNode {
  type: 'ObjectCreationExpression';
  objectType: TypeNode | null;
  arguments: Argument[] | null;
  initializer: ObjectInitializer | CollectionInitializer | null;
}

/** `{ Name = value, [index] = value }` */
export interface ObjectInitializer extends BaseNode {
  type: 'ObjectInitializer';
  members: (MemberInitializer | IndexInitializer)[];
}

export interface MemberInitializer extends BaseNode {
  type: 'MemberInitializer';
  name: Identifier;
  value: Expression | ObjectInitializer | CollectionInitializer;
}

export interface IndexInitializer extends BaseNode {
  type: 'IndexInitializer';
  arguments: Argument[];
  value: Expression | ObjectInitializer | CollectionInitializer;
}

/** `{ a, b }` or `{ { "key", 1 }, { "other", 2 } }` */
export interface CollectionInitializer extends BaseNode {
  type: 'CollectionInitializer';
  elements: (Expression | ElementInitializer)[];
}

/** `{ "key", 1 }`: the arguments of one `Add` call in a collection initializer. */
export interface ElementInitializer extends BaseNode {
  type: 'ElementInitializer';
  expressions: Expression[];
}

/**
 * `new T[n]`, `new T[] { ... }`, `new T[n][]`, `new[] { ... }`. `elementType` is null for an
 * implicitly typed array; `rankSpecifiers` holds one entry per `[...]`, and only the first may
 * give sizes.
 */
export interface ArrayCreationExpression extends BaseNode {
  type: 'ArrayCreationExpression';
  elementType: TypeNode | null;
  rankSpecifiers: ArrayRankSpecifier[];
  initializer: ArrayInitializer | null;
}

export interface ArrayRankSpecifier extends BaseNode {
  type: 'ArrayRankSpecifier';
  /** One entry per dimension; null where no size was written. */
  sizes: (Expression | null)[];
}

/** `{ 1, 2, 3 }` after an array creation or in a declaration `int[] a = { 1, 2 };`. */
export interface ArrayInitializer extends BaseNode {
  type: 'ArrayInitializer';
  elements: (Expression | ArrayInitializer)[];
}

/** `new { a = 1, b, x.Name }` */
export interface AnonymousObjectCreationExpression extends BaseNode {
  type: 'AnonymousObjectCreationExpression';
  members: AnonymousObjectMember[];
}

export interface AnonymousObjectMember extends BaseNode {
  type: 'AnonymousObjectMember';
  /** `name =`, or null when the name is inferred from the value (`new { b, x.Name }`). */
  name: Identifier | null;
  value: Expression;
}

// ---------------------------------------------------------------------------------------------
// Operators

export type PrefixOperator = '+' | '-' | '!' | '~' | '++' | '--' | '^';

/** `-x`, `!x`, `++x`; `^x` is the C# 8 index-from-end operator. */
export interface PrefixUnaryExpression extends BaseNode {
  type: 'PrefixUnaryExpression';
  operator: PrefixOperator;
  operand: Expression;
}

/** `x++`, `x--`, and the C# 8 null-forgiving `x!`. */
export interface PostfixUnaryExpression extends BaseNode {
  type: 'PostfixUnaryExpression';
  operator: '++' | '--' | '!';
  operand: Expression;
}

/** `(T)x` */
export interface CastExpression extends BaseNode {
  type: 'CastExpression';
  targetType: TypeNode;
  expression: Expression;
}

export type BinaryOperator =
  | '*'
  | '/'
  | '%'
  | '+'
  | '-'
  | '<<'
  | '>>'
  | '>>>'
  | '<'
  | '>'
  | '<='
  | '>='
  | '=='
  | '!='
  | '&'
  | '^'
  | '|'
  | '&&'
  | '||'
  | '??';

export interface BinaryExpression extends BaseNode {
  type: 'BinaryExpression';
  operator: BinaryOperator;
  left: Expression;
  right: Expression;
}

/** `x is T`, `x is T name`, `x is null`, and the newer patterns (`x is not null`). */
export interface IsPatternExpression extends BaseNode {
  type: 'IsPatternExpression';
  expression: Expression;
  pattern: Pattern;
}

/** `x as T` */
export interface AsExpression extends BaseNode {
  type: 'AsExpression';
  expression: Expression;
  targetType: TypeNode;
}

/** `test ? consequent : alternate` */
export interface ConditionalExpression extends BaseNode {
  type: 'ConditionalExpression';
  test: Expression;
  consequent: Expression;
  alternate: Expression;
}

export type AssignmentOperator =
  | '='
  | '+='
  | '-='
  | '*='
  | '/='
  | '%='
  | '&='
  | '|='
  | '^='
  | '<<='
  | '>>='
  | '>>>='
  | '??=';

export interface AssignmentExpression extends BaseNode {
  type: 'AssignmentExpression';
  operator: AssignmentOperator;
  left: Expression;
  right: Expression;
}

/** `throw e` used as an expression (C# 7): `x ?? throw new Exception()`. */
export interface ThrowExpression extends BaseNode {
  type: 'ThrowExpression';
  argument: Expression;
}

// ---------------------------------------------------------------------------------------------
// Functions

/** `x => ...`, `(x, y) => ...`, `(string s) => { ... }` */
export interface LambdaExpression extends BaseNode {
  type: 'LambdaExpression';
  parameters: Parameter[];
  body: Expression | BlockStatement;
  /** Parameters written inside parentheses. */
  parenthesized: boolean;
  modifiers: ('async' | 'static')[];
}

/** `delegate (int x) { ... }` */
export interface AnonymousMethodExpression extends BaseNode {
  type: 'AnonymousMethodExpression';
  /** Null when no parameter list was written (`delegate { ... }`). */
  parameters: Parameter[] | null;
  body: BlockStatement;
}

export interface Parameter extends BaseNode {
  type: 'Parameter';
  modifier: 'ref' | 'out' | 'in' | 'params' | 'this' | null;
  /** Null for an implicitly typed lambda parameter. */
  parameterType: TypeNode | null;
  name: Identifier;
  defaultValue: Expression | null;
}

// ---------------------------------------------------------------------------------------------
// Newer than C# 7: parsed so that the binder can say "not supported by API Management".

/** `x switch { pattern => value, ... }` (C# 8). */
export interface SwitchExpression extends BaseNode {
  type: 'SwitchExpression';
  governing: Expression;
  arms: SwitchExpressionArm[];
}

export interface SwitchExpressionArm extends BaseNode {
  type: 'SwitchExpressionArm';
  pattern: Pattern;
  guard: Expression | null;
  body: Expression;
}

/** `x with { A = 1 }` (C# 9). */
export interface WithExpression extends BaseNode {
  type: 'WithExpression';
  expression: Expression;
  initializer: ObjectInitializer;
}

/** `a..b`, `..b`, `a..`, `..` (C# 8). */
export interface RangeExpression extends BaseNode {
  type: 'RangeExpression';
  start: Expression | null;
  end: Expression | null;
}

export type Expression =
  | IntegerLiteral
  | RealLiteral
  | CharLiteral
  | StringLiteral
  | BooleanLiteral
  | NullLiteral
  | DefaultLiteral
  | InterpolatedString
  | NamedValue
  | Identifier
  | ThisExpression
  | BaseExpression
  | ParenthesizedExpression
  | TupleExpression
  | MemberExpression
  | ElementAccessExpression
  | ConditionalAccessExpression
  | InvocationExpression
  | DeclarationExpression
  | TypeOfExpression
  | DefaultExpression
  | SizeOfExpression
  | CheckedExpression
  | ObjectCreationExpression
  | ArrayCreationExpression
  | AnonymousObjectCreationExpression
  | PrefixUnaryExpression
  | PostfixUnaryExpression
  | CastExpression
  | BinaryExpression
  | IsPatternExpression
  | AsExpression
  | ConditionalExpression
  | AssignmentExpression
  | ThrowExpression
  | LambdaExpression
  | AnonymousMethodExpression
  | QueryExpression
  | SwitchExpression
  | WithExpression
  | RangeExpression
  | ErrorNode;
