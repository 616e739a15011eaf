import { parseExpression } from '@apim-policy/expressions';
import { corpusExpressions } from './corpus-expressions.js';
import { duration, percentile, table, timePerCall } from './measure.js';

/**
 * Parse time per corpus expression after warm-up, each parse running the parser (`reuse: false`:
 * a text parsed before is otherwise copied from that parse). Baseline: `JSON.parse` of a JSON string of the
 * same length, a native parser that tracks the machine's speed in the same run.
 */
export function parseBenchmark(): string {
  const { source, expressions } = corpusExpressions();
  for (let round = 0; round < 20; round++)
    for (const text of expressions) parseExpression(text, { reuse: false });
  const parse: number[] = [];
  const baseline: number[] = [];
  const ratios: number[] = [];
  for (const text of expressions) {
    const json = JSON.stringify(text);
    const parseTime = timePerCall(() => parseExpression(text, { reuse: false }), 5, 1);
    const baselineTime = timePerCall(() => JSON.parse(json), 5, 1);
    parse.push(parseTime);
    baseline.push(baselineTime);
    ratios.push(parseTime / baselineTime);
  }
  const lengths = expressions.map((text) => text.length);
  const perKilochar = parse.map((time, index) => (time / lengths[index]!) * 1000);
  const row = (label: string, fraction: number) => [
    label,
    duration(percentile(parse, fraction)),
    duration(percentile(baseline, fraction)),
    `${percentile(ratios, fraction).toFixed(0)}×`,
  ];
  return [
    `Expressions: ${expressions.length} from the ${source}; length median ${percentile(lengths, 0.5)} chars, max ${Math.max(...lengths)}.`,
    '',
    table(
      ['per expression', 'parseExpression', 'JSON.parse, same length (baseline)', 'ratio'],
      [row('median', 0.5), row('p90', 0.9), row('max', 1)],
    ),
    '',
    `Throughput: median ${duration(percentile(perKilochar, 0.5))} per 1,000 characters; the whole set, warm: ${duration(parse.reduce((sum, time) => sum + time, 0))}.`,
  ].join('\n');
}
