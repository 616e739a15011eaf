import { generateFunction } from '../codegen/generate.js';
import { type CheckOptions, checkExpression, ExpressionCompileError } from '../compile.js';
import { identifier, join, js, literal } from '../js-template.js';
import { certificateNeeds } from '../needs.js';
import { recipeToJson } from './recipe-json.js';
import { typeToJson } from './type-json.js';

export interface ExpressionSetOptions extends Omit<CheckOptions, 'start' | 'mapper'> {
  /**
   * The module that provides `helpers`, `slot` and `wrapEvaluator`. Default
   * `@apim-policy/expressions/runtime`; a host that also builds contexts with this package's main
   * entry must import the runtime through the same entry (the engine's `expression-runtime`).
   */
  readonly runtime?: string;
}

export interface CompiledExpressionSet {
  /**
   * An ES module exporting `expressions`: an array of `[text, { evaluate, resultType, needs }]`,
   * one entry per distinct text, ready for `new Map(expressions)`.
   */
  readonly code: string;
}

/**
 * Compiles many expressions ahead of time into one ES module that imports only the runtime: each
 * expression is one function with its own slots, no parser or code generation at load time and
 * no `new Function` at run time. Throws `ExpressionCompileError` for the first expression with
 * errors (positions in that expression's text); `.diagnostics` says which.
 */
export function compileExpressionSet(
  sources: Iterable<string>,
  options: ExpressionSetOptions = {},
): CompiledExpressionSet {
  const runtime = options.runtime ?? '@apim-policy/expressions/runtime';
  const entries = [];
  for (const source of new Set(sources)) {
    const checked = checkExpression(source, options);
    if (checked.bound === null) throw new ExpressionCompileError(checked.diagnostics);
    const bound = checked.bound;
    const { code, recipes } = generateFunction(bound);
    const slots = recipes.map(
      (recipe, index) =>
        js`const ${identifier(`s${index}`)} = slot(${literal(JSON.stringify(recipeToJson(recipe)))});`,
    );
    const resultSlot = literal(JSON.stringify({ kind: 'type', type: typeToJson(bound.resultType) }));
    entries.push(js`  [${literal(source)}, (() => {
    ${join(slots, '\n    ')}
    return {
      resultType: ${literal(checked.resultType)},
      needs: JSON.parse(${literal(JSON.stringify(certificateNeeds(bound)))}),
      evaluate: wrapEvaluator(${code}, slot(${resultSlot})),
    };
  })()],`);
  }
  const text = js`// Compiled by apim-policy from policy expressions. Do not edit.
import { helpers as h, slot, wrapEvaluator } from ${literal(runtime)};
export const expressions = [
${join(entries, '\n')}
];
`;
  return { code: text.text };
}
