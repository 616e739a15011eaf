import type { BoundPolicyExpression } from '../../binder/bound-tree.js';
import { type Code, js } from '../js-template.js';
import type { SlotRecipe } from '../slots.js';
import { emitExpression } from './emit-expression.js';
import { emitStatements } from './emit-statement.js';
import { Emitter } from './emitter.js';

/** The JavaScript of a bound policy expression: `function evaluate(context) {...}` and its slots. */
export interface GeneratedFunction {
  readonly code: Code;
  readonly recipes: readonly SlotRecipe[];
}

export function generateFunction(bound: BoundPolicyExpression): GeneratedFunction {
  const e = new Emitter(bound.body);
  const body =
    bound.body.kind === 'block'
      ? emitStatements(e, bound.body.statements)
      : js`return ${emitExpression(e, bound.body)};`;
  const code = js`function evaluate(context) { ${e.frame.prologue()} ${body} }`;
  return { code, recipes: e.recipes };
}
