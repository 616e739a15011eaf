import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locateCorpus } from '@apim-policy/corpus';
import { duration, median, table } from './measure.js';

const binary = fileURLToPath(new URL('../../cli/dist/bin.js', import.meta.url));
const lintEntry = fileURLToPath(new URL('../../lint/dist/index.js', import.meta.url));
const engineEntry = fileURLToPath(new URL('../../engine/dist/index.js', import.meta.url));

/**
 * Stands in for `apim-policy lint` until the command works: imports the lint path the command
 * uses (`lintPolicy` of `@apim-policy/lint` when it exists, else the engine's
 * `checkPolicyDocument`) and checks each file named on the command line.
 */
const standIn = `
import { readFileSync } from 'node:fs';
const [lintEntry, engineEntry, ...files] = process.argv.slice(1);
const lint = await import(lintEntry).catch(() => ({}));
let check;
if (typeof lint.lintPolicy === 'function') {
  check = (text, file) => lint.lintPolicy(text, { file });
} else {
  const { checkPolicyDocument } = await import(engineEntry);
  check = (text, file) => checkPolicyDocument(text, { file, mode: 'check' });
}
let diagnostics = 0;
for (const file of files) diagnostics += check(readFileSync(file, 'utf8'), file).diagnostics.length;
console.log(JSON.stringify({ via: typeof lint.lintPolicy === 'function' ? 'lintPolicy' : 'checkPolicyDocument', files: files.length, diagnostics }));
`;

interface Command {
  readonly description: string;
  readonly args: (files: readonly string[]) => string[];
}

/** Wall time of one fresh process, in nanoseconds, from spawning to its exit. */
function wallTime(args: readonly string[]): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const elapsed = Number(process.hrtime.bigint() - started);
  if (result.error !== undefined) throw result.error;
  // 0: clean, 1: findings. Anything else means the measured process failed.
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`node ${args.slice(0, 2).join(' ')} ... exited with ${result.status}: ${result.stderr}`);
  }
  return elapsed;
}

/**
 * The real command when `apim-policy lint` works (built, exits 0 or 1, and `--format json`
 * prints one entry per file), else the stand-in script.
 */
function lintCommand(sample: string): Command {
  if (existsSync(binary)) {
    const probe = spawnSync(process.execPath, [binary, 'lint', sample, '--format', 'json'], {
      encoding: 'utf8',
    });
    if (probe.status === 0 || probe.status === 1) {
      const files = parseFiles(probe.stdout);
      if (files === 1) {
        return {
          description: `the built binary: \`node packages/cli/dist/bin.js lint FILES --format json\``,
          args: (files) => [binary, 'lint', ...files, '--format', 'json'],
        };
      }
    }
  }
  return {
    description:
      'a stand-in script (`apim-policy lint` does not work yet): imports `@apim-policy/lint` (its `lintPolicy` when it exists, else the engine’s `checkPolicyDocument`) and checks the files',
    args: (files) => ['--input-type=module', '-e', standIn, lintEntry, engineEntry, ...files],
  };
}

/** How many files a `--format json` report lists; null when the output is not one. */
function parseFiles(output: string): number | null {
  try {
    const report = JSON.parse(output) as { files?: unknown };
    return Array.isArray(report.files) ? report.files.length : null;
  } catch (error) {
    if (error instanceof SyntaxError) return null;
    throw error;
  }
}

/**
 * Start-up and whole-corpus time of `apim-policy lint`, as a CI job pays it: one fresh process
 * linting all corpus files, and one linting a single file, each including Node's own start.
 * Baseline: `node -e ""` in the same rounds. Rounds interleave the three, so that the machine's
 * load weighs on all alike; medians of `runs` rounds.
 */
export function lintStartupBenchmark(runs = 7): string {
  const corpus = locateCorpus();
  if (corpus === null) return 'Skipped: the corpus (../shared/corpus/policies) is not there.';
  const files = readdirSync(corpus)
    .filter((name) => name.endsWith('.xml'))
    .sort()
    .map((name) => join(corpus, name));
  // A typical client-certificate policy: one `choose` with the classic condition.
  const one =
    files.find((file) => file.includes('01-validate-client-certificate-in-apim_validate-using-context')) ??
    files[0]!;
  const command = lintCommand(one);
  const bare: number[] = [];
  const oneFile: number[] = [];
  const allFiles: number[] = [];
  for (let round = 0; round < runs; round++) {
    bare.push(wallTime(['-e', '']));
    oneFile.push(wallTime(command.args([one])));
    allFiles.push(wallTime(command.args(files)));
  }
  const base = median(bare);
  const row = (label: string, times: number[], target: string) => {
    const time = median(times);
    return [label, duration(time), `${(time / base).toFixed(1)}×`, duration(time - base), target];
  };
  return [
    `Fresh processes, ${runs} rounds, medians of wall time (spawn to exit). Measured: ${command.description}.`,
    '',
    table(
      ['process', 'wall time', '/ bare Node', 'minus bare Node', 'target'],
      [
        ['baseline: `node -e ""`', duration(base), '1.0×', '', ''],
        row(`lint one file (${one.split(/[\\/]/).pop()})`, oneFile, '≤ 0.4 s'),
        row(`lint the corpus (${files.length} files)`, allFiles, '≤ 1.5 s'),
      ],
    ),
  ].join('\n');
}
