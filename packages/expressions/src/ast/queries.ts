import type { BaseNode, Identifier } from './base.js';
import type { Expression } from './expressions.js';
import type { TypeNode } from './types.js';

/** `from x in source ... select x` (LINQ query syntax). */
export interface QueryExpression extends BaseNode {
  type: 'QueryExpression';
  fromClause: FromClause;
  body: QueryBody;
}

export interface QueryBody extends BaseNode {
  type: 'QueryBody';
  clauses: QueryClause[];
  selectOrGroup: SelectClause | GroupClause;
  continuation: QueryContinuation | null;
}

export type QueryClause = FromClause | LetClause | WhereClause | JoinClause | OrderByClause;

/** `from T x in source` */
export interface FromClause extends BaseNode {
  type: 'FromClause';
  variableType: TypeNode | null;
  name: Identifier;
  expression: Expression;
}

/** `let x = value` */
export interface LetClause extends BaseNode {
  type: 'LetClause';
  name: Identifier;
  expression: Expression;
}

/** `where condition` */
export interface WhereClause extends BaseNode {
  type: 'WhereClause';
  condition: Expression;
}

/** `join T x in source on left equals right into group` */
export interface JoinClause extends BaseNode {
  type: 'JoinClause';
  variableType: TypeNode | null;
  name: Identifier;
  inExpression: Expression;
  leftKey: Expression;
  rightKey: Expression;
  into: Identifier | null;
}

/** `orderby a, b descending` */
export interface OrderByClause extends BaseNode {
  type: 'OrderByClause';
  orderings: Ordering[];
}

export interface Ordering extends BaseNode {
  type: 'Ordering';
  expression: Expression;
  direction: 'ascending' | 'descending' | null;
}

/** `select value` */
export interface SelectClause extends BaseNode {
  type: 'SelectClause';
  expression: Expression;
}

/** `group element by key` */
export interface GroupClause extends BaseNode {
  type: 'GroupClause';
  element: Expression;
  key: Expression;
}

/** `into name ...` after `select` or `group`. */
export interface QueryContinuation extends BaseNode {
  type: 'QueryContinuation';
  name: Identifier;
  body: QueryBody;
}
