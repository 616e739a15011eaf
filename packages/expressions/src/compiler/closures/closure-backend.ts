import type { BoundPolicyExpression } from '../../binder/bound-tree.js';
import type { RawEvaluator } from '../evaluator.js';
import { ClosureCompiler } from './context.js';
import { compileFunction } from './functions.js';

/**
 * The closure backend: the bound tree compiled to a tree of JavaScript closures, without
 * `new Function` or `eval`, for hosts whose Content Security Policy forbids generating code.
 * It gives the code-generation backend's results, exceptions and budget behaviour.
 *
 * Every function of the expression (the body, lambdas, local functions) runs in a `Frame`;
 * where variables live is decided beforehand (see `Layout`), and slots (member
 * implementations, runtime types, constants) are resolved once, here.
 */
export function compileWithClosures(bound: BoundPolicyExpression): RawEvaluator {
  const c = new ClosureCompiler(bound);
  const body = compileFunction(c, c.layout.root, [], bound.body, false);
  return (context) => body.invoke(null, context, []);
}
