import type { BaseNode, ErrorNode } from './base.js';
import type { Expression, VariableDesignation } from './expressions.js';
import type { TypeNode } from './types.js';

/**
 * A constant pattern: `x is null`, `case 1:`, `case "a":`. A bare name or dotted name
 * (`x is JObject`, `case JTokenType.String:`) is syntactically either a type or a constant; the
 * parser records it here as an expression and the binder decides which it is.
 */
export interface ConstantPattern extends BaseNode {
  type: 'ConstantPattern';
  expression: Expression;
}

/** A type test whose operand can only be a type: `x is string`, `x is int[]`. */
export interface TypePattern extends BaseNode {
  type: 'TypePattern';
  patternType: TypeNode;
}

/** `x is string s`, `case JObject o:` */
export interface DeclarationPattern extends BaseNode {
  type: 'DeclarationPattern';
  patternType: TypeNode;
  designation: VariableDesignation;
}

/** `case var x:` */
export interface VarPattern extends BaseNode {
  type: 'VarPattern';
  designation: VariableDesignation;
}

/** `_` in a switch expression arm (C# 8). */
export interface DiscardPattern extends BaseNode {
  type: 'DiscardPattern';
}

/** `{ Length: 0 }`, `(1, 2)`, `Point { X: 0 } p` (C# 8). */
export interface RecursivePattern extends BaseNode {
  type: 'RecursivePattern';
  patternType: TypeNode | null;
  positional: Subpattern[] | null;
  properties: Subpattern[] | null;
  designation: VariableDesignation | null;
}

export interface Subpattern extends BaseNode {
  type: 'Subpattern';
  /** `Name:` or `A.B:` (C# 10) before the pattern, or null. */
  name: Expression | null;
  pattern: Pattern;
}

/** `> 5`, `<= limit` (C# 9). */
export interface RelationalPattern extends BaseNode {
  type: 'RelationalPattern';
  operator: '<' | '<=' | '>' | '>=';
  expression: Expression;
}

/** `not null` (C# 9). */
export interface NotPattern extends BaseNode {
  type: 'NotPattern';
  pattern: Pattern;
}

/** `A or B`, `> 0 and < 10` (C# 9). */
export interface BinaryPattern extends BaseNode {
  type: 'BinaryPattern';
  operator: 'and' | 'or';
  left: Pattern;
  right: Pattern;
}

/** `(pattern)` (C# 9). */
export interface ParenthesizedPattern extends BaseNode {
  type: 'ParenthesizedPattern';
  pattern: Pattern;
}

/** `[1, .., 3]` (C# 11). */
export interface ListPattern extends BaseNode {
  type: 'ListPattern';
  patterns: Pattern[];
  designation: VariableDesignation | null;
}

/** `..` or `.. var rest` inside a list pattern (C# 11). */
export interface SlicePattern extends BaseNode {
  type: 'SlicePattern';
  pattern: Pattern | null;
}

export type Pattern =
  | ConstantPattern
  | TypePattern
  | DeclarationPattern
  | VarPattern
  | DiscardPattern
  | RecursivePattern
  | RelationalPattern
  | NotPattern
  | BinaryPattern
  | ParenthesizedPattern
  | ListPattern
  | SlicePattern
  | ErrorNode;
