import type { Identifier } from '../ast/base.js';
import type {
  Argument,
  Expression,
  InvocationExpression,
  LambdaExpression,
  Parameter,
} from '../ast/expressions.js';
import type { LambdaNode } from './lambdas.js';

/**
 * A method group passed where a delegate is expected (`"Hello".Where(char.IsUpper)`). C#
 * converts it to the delegate by overload resolution against the delegate's parameter types
 * (§10.8); here it becomes the lambda `(p0, ..., pn) => group(p0, ..., pn)` for the delegate's
 * number of parameters, which binds, infers and compiles like any lambda.
 */
export interface MethodGroupArgument {
  readonly type: 'MethodGroupArgument';
  readonly expression: Expression;
}

/** What an argument waiting for its delegate type holds: a lambda or a method group. */
export type LambdaSource = LambdaNode | MethodGroupArgument;

const synthesized = new WeakMap<Expression, Map<number, LambdaExpression>>();

/** The lambda a source stands for with `arity` parameters (the same node each time). */
export function lambdaFor(source: LambdaSource, arity: number): LambdaNode {
  if (source.type !== 'MethodGroupArgument') return source;
  const expression = source.expression;
  let byArity = synthesized.get(expression);
  if (byArity === undefined) {
    byArity = new Map();
    synthesized.set(expression, byArity);
  }
  let lambda = byArity.get(arity);
  if (lambda === undefined) {
    lambda = groupLambda(expression, arity);
    byArity.set(arity, lambda);
  }
  return lambda;
}

function groupLambda(expression: Expression, arity: number): LambdaExpression {
  const at = { range: expression.range, loc: expression.loc };
  // Names a policy cannot write, so they never meet the policy's own names.
  const identifier = (index: number): Identifier => ({
    type: 'Identifier',
    name: `<p${index}>`,
    verbatim: false,
    typeArguments: null,
    ...at,
  });
  const parameters: Parameter[] = Array.from({ length: arity }, (_, index) => ({
    type: 'Parameter',
    modifier: null,
    parameterType: null,
    name: identifier(index),
    defaultValue: null,
    ...at,
  }));
  const args: Argument[] = parameters.map((_, index) => ({
    type: 'Argument',
    name: null,
    refKind: null,
    value: identifier(index),
    ...at,
  }));
  const body: InvocationExpression = {
    type: 'InvocationExpression',
    callee: expression,
    arguments: args,
    ...at,
  };
  return { type: 'LambdaExpression', parameters, body, parenthesized: true, modifiers: [], ...at };
}
