import type { BaseNode, ErrorNode, Identifier } from './base.js';
import type { ArrayInitializer, Expression, Parameter } from './expressions.js';
import type { Pattern } from './patterns.js';
import type { TypeNode } from './types.js';

/** `{ statements }` */
export interface BlockStatement extends BaseNode {
  type: 'BlockStatement';
  body: Statement[];
}

/** `var x = 1, y = 2;`, `const int max = 3;`, `using var r = ...;` (C# 8). */
export interface LocalDeclarationStatement extends BaseNode {
  type: 'LocalDeclarationStatement';
  isConst: boolean;
  /** A C# 8 using declaration. */
  isUsing: boolean;
  declaration: VariableDeclaration;
}

export interface VariableDeclaration extends BaseNode {
  type: 'VariableDeclaration';
  /** The declared type; `var` is a `NamedType` named `var`. */
  declaredType: TypeNode;
  declarators: VariableDeclarator[];
}

export interface VariableDeclarator extends BaseNode {
  type: 'VariableDeclarator';
  name: Identifier;
  initializer: Expression | ArrayInitializer | null;
}

/** A local function (C# 7): `int Twice(int x) => x * 2;` or with a block body. */
export interface LocalFunctionStatement extends BaseNode {
  type: 'LocalFunctionStatement';
  modifiers: ('async' | 'static' | 'unsafe' | 'extern')[];
  returnType: TypeNode;
  name: Identifier;
  typeParameters: Identifier[];
  parameters: Parameter[];
  /** Exactly one of `body` and `expressionBody` is set. */
  body: BlockStatement | null;
  expressionBody: Expression | null;
}

export interface ExpressionStatement extends BaseNode {
  type: 'ExpressionStatement';
  expression: Expression;
}

/** `;` */
export interface EmptyStatement extends BaseNode {
  type: 'EmptyStatement';
}

export interface IfStatement extends BaseNode {
  type: 'IfStatement';
  test: Expression;
  consequent: Statement;
  alternate: Statement | null;
}

export interface SwitchStatement extends BaseNode {
  type: 'SwitchStatement';
  discriminant: Expression;
  sections: SwitchSection[];
}

export interface SwitchSection extends BaseNode {
  type: 'SwitchSection';
  labels: (CaseSwitchLabel | DefaultSwitchLabel)[];
  statements: Statement[];
}

/** `case pattern when guard:` */
export interface CaseSwitchLabel extends BaseNode {
  type: 'CaseSwitchLabel';
  pattern: Pattern;
  guard: Expression | null;
}

/** `default:` */
export interface DefaultSwitchLabel extends BaseNode {
  type: 'DefaultSwitchLabel';
}

export interface WhileStatement extends BaseNode {
  type: 'WhileStatement';
  test: Expression;
  body: Statement;
}

export interface DoStatement extends BaseNode {
  type: 'DoStatement';
  body: Statement;
  test: Expression;
}

/** `for (declaration or initializers; test; updates) body` */
export interface ForStatement extends BaseNode {
  type: 'ForStatement';
  declaration: VariableDeclaration | null;
  initializers: Expression[];
  test: Expression | null;
  updates: Expression[];
  body: Statement;
}

/** `foreach (T x in expression) body` */
export interface ForEachStatement extends BaseNode {
  type: 'ForEachStatement';
  declaredType: TypeNode;
  name: Identifier;
  expression: Expression;
  body: Statement;
}

/** `foreach (var (a, b) in expression) body` (C# 7 deconstruction). */
export interface ForEachVariableStatement extends BaseNode {
  type: 'ForEachVariableStatement';
  /** A `DeclarationExpression` or a `TupleExpression` of declarations. */
  variable: Expression;
  expression: Expression;
  body: Statement;
}

export interface BreakStatement extends BaseNode {
  type: 'BreakStatement';
}

export interface ContinueStatement extends BaseNode {
  type: 'ContinueStatement';
}

export interface ReturnStatement extends BaseNode {
  type: 'ReturnStatement';
  argument: Expression | null;
}

export interface ThrowStatement extends BaseNode {
  type: 'ThrowStatement';
  /** Null for a rethrow (`throw;`). */
  argument: Expression | null;
}

/** `goto label;`, `goto case value;`, `goto default;` */
export interface GotoStatement extends BaseNode {
  type: 'GotoStatement';
  kind: 'label' | 'case' | 'default';
  /** The label (`Identifier`), the case value, or null for `goto default`. */
  target: Expression | null;
}

export interface LabeledStatement extends BaseNode {
  type: 'LabeledStatement';
  label: Identifier;
  body: Statement;
}

export interface TryStatement extends BaseNode {
  type: 'TryStatement';
  block: BlockStatement;
  handlers: CatchClause[];
  finalizer: BlockStatement | null;
}

/** `catch (T name) when (filter) { ... }`; type and name are optional. */
export interface CatchClause extends BaseNode {
  type: 'CatchClause';
  exceptionType: TypeNode | null;
  name: Identifier | null;
  filter: Expression | null;
  body: BlockStatement;
}

/** `using (declaration or expression) body` */
export interface UsingStatement extends BaseNode {
  type: 'UsingStatement';
  declaration: VariableDeclaration | null;
  expression: Expression | null;
  body: Statement;
}

export interface LockStatement extends BaseNode {
  type: 'LockStatement';
  expression: Expression;
  body: Statement;
}

/** `checked { ... }` / `unchecked { ... }` */
export interface CheckedStatement extends BaseNode {
  type: 'CheckedStatement';
  checked: boolean;
  body: BlockStatement;
}

export type Statement =
  | BlockStatement
  | LocalDeclarationStatement
  | LocalFunctionStatement
  | ExpressionStatement
  | EmptyStatement
  | IfStatement
  | SwitchStatement
  | WhileStatement
  | DoStatement
  | ForStatement
  | ForEachStatement
  | ForEachVariableStatement
  | BreakStatement
  | ContinueStatement
  | ReturnStatement
  | ThrowStatement
  | GotoStatement
  | LabeledStatement
  | TryStatement
  | UsingStatement
  | LockStatement
  | CheckedStatement
  | ErrorNode;
