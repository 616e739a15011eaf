import { compileBenchmark } from './compile-bench.js';
import { engineMemoryBenchmark, engineRunBenchmark } from './engine-bench.js';
import { evaluateBenchmark } from './evaluate-bench.js';
import { lintStartupBenchmark } from './lint-startup-bench.js';
import { parseBenchmark } from './parse-bench.js';
import { startupBenchmark } from './startup-bench.js';
import { chainBench } from './x509-chain-bench.js';
import { x509ParseBenchmark } from './x509-parse-bench.js';

const benchmarks: Record<string, () => string | Promise<string>> = {
  'Parser construction (once per process)': () => startupBenchmark(),
  'Parsing corpus expressions': () => parseBenchmark(),
  'Compiling corpus expressions': () => compileBenchmark(),
  'Evaluating compiled expressions': () => evaluateBenchmark(),
  'Certificates: first sight and cache': () => x509ParseBenchmark(),
  'Certificates: chain verification': () => chainBench(),
  'Engine: scenario 1, a whole run': () => engineRunBenchmark(),
  'Engine: memory of loaded policies': () => engineMemoryBenchmark(),
  'CLI: start-up and whole-corpus time of apim-policy lint': () => lintStartupBenchmark(),
};

const only = process.argv[2];
console.log(
  `# apim-policy benchmarks\n\nNode ${process.version} on ${process.platform}/${process.arch}, ${new Date().toISOString().slice(0, 10)}.`,
);
for (const [title, run] of Object.entries(benchmarks)) {
  if (only !== undefined && !title.toLowerCase().includes(only.toLowerCase())) continue;
  console.log(`\n## ${title}\n\n${await run()}`);
}
