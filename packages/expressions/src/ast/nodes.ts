import type { BaseNode, ErrorNode, Identifier } from './base.js';
import type * as E from './expressions.js';
import type * as P from './patterns.js';
import type * as Q from './queries.js';
import type * as S from './statements.js';
import type * as T from './types.js';

/**
 * The root: one policy expression as written in a policy, `@(expression)` or `@{ statements }`.
 * Its range covers the leading `@` through the closing bracket.
 */
export interface PolicyExpression extends BaseNode {
  type: 'PolicyExpression';
  /** `expression` for `@(...)`, `block` for `@{...}`. */
  form: 'expression' | 'block';
  /** The expression inside `@(...)`, or the block `{...}` of `@{...}`. */
  body: E.Expression | S.BlockStatement;
  /** C# comments, in source order. */
  comments: Comment[];
}

export interface Comment extends BaseNode {
  type: 'Comment';
  kind: 'line' | 'block';
  /** The text between `//` and the line end, or between `/*` and `*\/`. */
  value: string;
}

/** Every kind of node. */
export type Node =
  | PolicyExpression
  | Comment
  | ErrorNode
  | Identifier
  // types
  | T.PredefinedType
  | T.NamedType
  | T.AliasQualifier
  | T.ArrayType
  | T.NullableType
  | T.TupleType
  | T.TupleTypeElement
  | T.OmittedType
  // expressions
  | E.IntegerLiteral
  | E.RealLiteral
  | E.CharLiteral
  | E.StringLiteral
  | E.BooleanLiteral
  | E.NullLiteral
  | E.DefaultLiteral
  | E.InterpolatedString
  | E.InterpolatedText
  | E.Interpolation
  | E.InterpolationFormat
  | E.NamedValue
  | E.ThisExpression
  | E.BaseExpression
  | E.ParenthesizedExpression
  | E.TupleExpression
  | E.MemberExpression
  | E.ElementAccessExpression
  | E.ConditionalAccessExpression
  | E.InvocationExpression
  | E.Argument
  | E.DeclarationExpression
  | E.SingleVariableDesignation
  | E.DiscardDesignation
  | E.ParenthesizedVariableDesignation
  | E.TypeOfExpression
  | E.DefaultExpression
  | E.SizeOfExpression
  | E.CheckedExpression
  | E.ObjectCreationExpression
  | E.ObjectInitializer
  | E.MemberInitializer
  | E.IndexInitializer
  | E.CollectionInitializer
  | E.ElementInitializer
  | E.ArrayCreationExpression
  | E.ArrayRankSpecifier
  | E.ArrayInitializer
  | E.AnonymousObjectCreationExpression
  | E.AnonymousObjectMember
  | E.PrefixUnaryExpression
  | E.PostfixUnaryExpression
  | E.CastExpression
  | E.BinaryExpression
  | E.IsPatternExpression
  | E.AsExpression
  | E.ConditionalExpression
  | E.AssignmentExpression
  | E.ThrowExpression
  | E.LambdaExpression
  | E.AnonymousMethodExpression
  | E.Parameter
  | E.SwitchExpression
  | E.SwitchExpressionArm
  | E.WithExpression
  | E.RangeExpression
  // patterns
  | P.ConstantPattern
  | P.TypePattern
  | P.DeclarationPattern
  | P.VarPattern
  | P.DiscardPattern
  | P.RecursivePattern
  | P.Subpattern
  | P.RelationalPattern
  | P.NotPattern
  | P.BinaryPattern
  | P.ParenthesizedPattern
  | P.ListPattern
  | P.SlicePattern
  // queries
  | Q.QueryExpression
  | Q.QueryBody
  | Q.FromClause
  | Q.LetClause
  | Q.WhereClause
  | Q.JoinClause
  | Q.OrderByClause
  | Q.Ordering
  | Q.SelectClause
  | Q.GroupClause
  | Q.QueryContinuation
  // statements
  | S.BlockStatement
  | S.LocalDeclarationStatement
  | S.VariableDeclaration
  | S.VariableDeclarator
  | S.LocalFunctionStatement
  | S.ExpressionStatement
  | S.EmptyStatement
  | S.IfStatement
  | S.SwitchStatement
  | S.SwitchSection
  | S.CaseSwitchLabel
  | S.DefaultSwitchLabel
  | S.WhileStatement
  | S.DoStatement
  | S.ForStatement
  | S.ForEachStatement
  | S.ForEachVariableStatement
  | S.BreakStatement
  | S.ContinueStatement
  | S.ReturnStatement
  | S.ThrowStatement
  | S.GotoStatement
  | S.LabeledStatement
  | S.TryStatement
  | S.CatchClause
  | S.UsingStatement
  | S.LockStatement
  | S.CheckedStatement;

export type NodeType = Node['type'];

/** The node interface for a `type` string. */
export type NodeOfType<K extends NodeType> = Extract<Node, { type: K }>;
