import { generateFunction } from '../codegen/generate.js';
import { type CheckOptions, checkExpression, ExpressionCompileError } from '../compile.js';
import { identifier, join, js, literal } from '../js-template.js';
import { certificateNeeds } from '../needs.js';
import { recipeToJson } from './recipe-json.js';
import { typeToJson } from './type-json.js';

export interface ModuleOptions extends CheckOptions {
  /** Where the module imports the runtime from. Default `@apim-policy/expressions/runtime`. */
  readonly runtime?: string;
}

export interface CompiledModule {
  /** An ES module: `export const evaluate`, `resultType`, `needs`. */
  readonly code: string;
  readonly diagnostics: ReturnType<typeof checkExpression>['diagnostics'];
}

/**
 * Compiles an expression ahead of time to an ES module that imports only the runtime: no
 * parser, binder or code generation at load time, and no `new Function`. The module exports
 * `evaluate(context, options?)` (as `compileExpression(...).evaluate`), `resultType` and `needs`.
 */
export function compileModule(source: string, options: ModuleOptions = {}): CompiledModule {
  const checked = checkExpression(source, options);
  if (checked.bound === null) throw new ExpressionCompileError(checked.diagnostics);
  const bound = checked.bound;
  const { code, recipes } = generateFunction(bound);
  const runtime = options.runtime ?? '@apim-policy/expressions/runtime';
  const slots = recipes.map(
    (recipe, index) =>
      js`const ${identifier(`s${index}`)} = slot(${literal(JSON.stringify(recipeToJson(recipe)))});`,
  );
  const text = js`// Compiled by apim-policy from a policy expression. Do not edit.
import { helpers as h, slot, wrapEvaluator } from ${literal(runtime)};
${join(slots, '\n')}
export const resultType = ${literal(checked.resultType)};
export const needs = JSON.parse(${literal(JSON.stringify(certificateNeeds(bound)))});
export const evaluate = wrapEvaluator(${code}, slot(${literal(JSON.stringify({ kind: 'type', type: typeToJson(bound.resultType) }))}));
`;
  return { code: text.text, diagnostics: checked.diagnostics };
}
