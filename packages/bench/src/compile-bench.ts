import { checkExpression, compileExpression, compileModule } from '@apim-policy/expressions';
import { corpusExpressions } from './corpus-expressions.js';
import { duration, percentile, table, timePerCall } from './measure.js';

/**
 * Compile time per corpus expression (parse, bind, generate, and `new Function`), warm; each
 * compile parses (`reuse: false`), as the first load of a text does. Baseline:
 * `JSON.parse` of a JSON string of the same length, as for parsing.
 */
export function compileBenchmark(): string {
  const { source, expressions } = corpusExpressions();
  // Expressions with errors (named values left in, samples APIM rejects) are not timed.
  const compilable = expressions.filter((text) => checkExpression(text).resultType !== null);
  const compile: number[] = [];
  const module: number[] = [];
  const ratios: number[] = [];
  for (const text of compilable) {
    const json = JSON.stringify(text);
    const compileTime = timePerCall(() => compileExpression(text, { reuse: false }), 3, 1);
    const moduleTime = timePerCall(() => compileModule(text, { reuse: false }), 3, 1);
    const baselineTime = timePerCall(() => JSON.parse(json), 3, 1);
    compile.push(compileTime);
    module.push(moduleTime);
    ratios.push(compileTime / baselineTime);
  }
  const row = (label: string, fraction: number) => [
    label,
    duration(percentile(compile, fraction)),
    duration(percentile(module, fraction)),
    `${percentile(ratios, fraction).toFixed(0)}×`,
  ];
  return [
    `Expressions: ${compilable.length} that compile, from the ${source}.`,
    '',
    table(
      ['per expression', 'compileExpression', 'compileModule', 'compile / JSON.parse same length'],
      [row('median', 0.5), row('p90', 0.9), row('max', 1)],
    ),
  ].join('\n');
}
