import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { duration, median, table } from './measure.js';

/** Runs in a fresh Node process: import, first parse (builds the parser), then later parses. */
const probe = `
const t0 = process.hrtime.bigint();
const { parseExpression } = await import(process.argv[1]);
const t1 = process.hrtime.bigint();
parseExpression('@(1)');
const t2 = process.hrtime.bigint();
parseExpression('@(2)');
const t3 = process.hrtime.bigint();
const text = '@(context.Request.Headers.GetValueOrDefault("a", "") == "b")';
for (let i = 0; i < 200; i++) parseExpression(text, { reuse: false });
const t4 = process.hrtime.bigint();
console.log(JSON.stringify({ importNs: Number(t1 - t0), firstNs: Number(t2 - t1), secondNs: Number(t3 - t2), laterNs: Number(t4 - t3) / 200 }));
`;

interface Probe {
  importNs: number;
  firstNs: number;
  secondNs: number;
  laterNs: number;
}

/**
 * The cost of building the parser, paid once per process: the first parse builds the chevrotain
 * lexer and parser, every later one reuses them. Measured in fresh processes against the built
 * package. Baseline: importing `node:crypto` and hashing once, in the same fresh processes.
 */
export function startupBenchmark(runs = 7): string {
  const entry = createRequire(import.meta.url).resolve('@apim-policy/expressions');
  const results: Probe[] = [];
  const baselines: number[] = [];
  for (let run = 0; run < runs; run++) {
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', probe, entry], {
      encoding: 'utf8',
    });
    results.push(JSON.parse(output) as Probe);
    const baseline = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "const t0 = process.hrtime.bigint(); const c = await import('node:crypto'); c.createHash('sha1').update('x').digest('hex'); console.log(Number(process.hrtime.bigint() - t0));",
      ],
      { encoding: 'utf8' },
    );
    baselines.push(Number(baseline));
  }
  const pick = (key: keyof Probe) => median(results.map((result) => result[key]));
  const construction = median(results.map((result) => result.firstNs - result.secondNs));
  return [
    `Fresh processes: ${runs}; medians. Entry: ${entry}.`,
    '',
    table(
      ['step', 'time'],
      [
        ['import @apim-policy/expressions', duration(pick('importNs'))],
        ['first parse (builds lexer and parser)', duration(pick('firstNs'))],
        ['second parse', duration(pick('secondNs'))],
        ['building the parser (first minus second)', duration(construction)],
        ['a later parse of a 63-character expression', duration(pick('laterNs'))],
        ['baseline: import node:crypto and hash once', duration(median(baselines))],
      ],
    ),
  ].join('\n');
}
