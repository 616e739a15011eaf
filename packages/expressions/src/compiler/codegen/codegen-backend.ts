import type { BoundPolicyExpression } from '../../binder/bound-tree.js';
import { helpers } from '../../runtime/helpers/index.js';
import type { RawEvaluator } from '../evaluator.js';
import { identifier, join, js } from '../js-template.js';
import { resolveSlot } from '../resolve-slot.js';
import { generateFunction } from './generate.js';

/**
 * The code-generation backend: the expression's JavaScript, compiled by the JavaScript engine
 * with `new Function`. Slots are bound once, as constants of the function's closure.
 */
export function compileWithCodegen(bound: BoundPolicyExpression): { evaluate: RawEvaluator; source: string } {
  const { code, recipes } = generateFunction(bound);
  const slots = recipes.map(resolveSlot);
  const bindings = recipes.map((_, index) => js`${identifier(`s${index}`)} = m[${index}]`);
  const prologue = bindings.length === 0 ? js`` : js`const ${join(bindings, ', ')};`;
  const source = js`"use strict"; ${prologue} return ${code};`.text;
  const factory = new Function('h', 'm', source) as (
    h: typeof helpers,
    m: readonly unknown[],
  ) => RawEvaluator;
  return { evaluate: factory(helpers, slots), source };
}
