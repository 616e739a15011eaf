import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locateCorpus } from '@apim-policy/corpus';
import { duration, median, table } from './measure.js';

const binary = fileURLToPath(new URL('../../cli/dist/bin.cjs', import.meta.url));

/** Wall time of one fresh process, in nanoseconds, from spawning to its exit. */
function wallTime(args: readonly string[], env: NodeJS.ProcessEnv = process.env): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  const elapsed = Number(process.hrtime.bigint() - started);
  if (result.error !== undefined) throw result.error;
  // 0: clean, 1: findings. Anything else means the measured process failed.
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`node ${args.slice(0, 2).join(' ')} ... exited with ${result.status}: ${result.stderr}`);
  }
  return elapsed;
}

/** The binary's arguments to lint `files`; throws unless it is built and reports every file it is given. */
function lintArgs(files: readonly string[]): string[] {
  const args = [binary, 'lint', ...files, '--format', 'json'];
  if (!existsSync(binary)) throw new Error(`${binary} is missing: build first`);
  const probe = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const report =
    probe.status === 0 || probe.status === 1 ? (JSON.parse(probe.stdout) as { files?: unknown }) : {};
  if (!Array.isArray(report.files) || report.files.length !== files.length)
    throw new Error(`apim-policy lint did not report ${files.length} files: ${probe.stderr}`);
  return args;
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
  // The probes also leave the binary's code cache, which every later run finds, as after a first run in CI.
  const oneArgs = lintArgs([one]);
  const allArgs = lintArgs(files);
  const bare: number[] = [];
  const oneFile: number[] = [];
  const allFiles: number[] = [];
  const firstRun: number[] = [];
  for (let round = 0; round < runs; round++) {
    bare.push(wallTime(['-e', '']));
    oneFile.push(wallTime(oneArgs));
    allFiles.push(wallTime(allArgs));
    // A run that finds no code cache: a fresh cache directory each time.
    const cacheDirectory = mkdtempSync(join(tmpdir(), 'apim-policy-bench-cache-'));
    firstRun.push(wallTime(oneArgs, { ...process.env, NODE_COMPILE_CACHE: cacheDirectory }));
    rmSync(cacheDirectory, { recursive: true, force: true });
  }
  const base = median(bare);
  const row = (label: string, times: number[], target: string) => {
    const time = median(times);
    return [label, duration(time), `${(time / base).toFixed(1)}×`, duration(time - base), target];
  };
  return [
    `Fresh processes of the built binary (\`node packages/cli/dist/bin.cjs lint FILES --format json\`), ${runs} rounds, medians of wall time (spawn to exit).`,
    '',
    table(
      ['process', 'wall time', '/ bare Node', 'minus bare Node', 'target'],
      [
        ['baseline: `node -e ""`', duration(base), '1.0×', '', ''],
        row(`lint one file (${one.split(/[\\/]/).pop()})`, oneFile, '≤ 0.4 s'),
        row(`lint the corpus (${files.length} files)`, allFiles, '≤ 1.5 s'),
        row('lint one file, no code cache yet (a first run)', firstRun, ''),
      ],
    ),
  ].join('\n');
}
