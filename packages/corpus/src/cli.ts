import { locateCorpus } from './locate.js';
import { rejectedByApim } from './rejected-by-apim.js';
import { classify, hasErrors, hasErrorsBesidesNamedValues, runCorpus } from './run.js';

const directory = process.argv[2] ?? locateCorpus();
if (directory === null) {
  console.error(
    'No corpus found: put the shared corpus at ../shared/corpus/policies or set APIM_POLICY_CORPUS.',
  );
  process.exit(2);
}

const started = performance.now();
const report = runCorpus(directory);
const elapsed = performance.now() - started;
const { plain, templated, rejected } = classify(report);
const failures = plain.filter(hasErrorsBesidesNamedValues);
const percent = (part: number, whole: number) =>
  whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`;

const rows: [string, string, string][] = [
  ['documents', String(report.documents), ''],
  ['documents with expressions', String(report.documentsWithExpressions), ''],
  ['expressions', String(report.expressions.length), ''],
  [
    '  parse and bind without error',
    String(plain.length - failures.length),
    percent(plain.length - failures.length, plain.length),
  ],
  ['  with deployment placeholders (apart)', String(templated.length), ''],
  ['    of which parse and bind anyway', String(templated.filter((o) => !hasErrors(o)).length), ''],
  ['  in documents APIM rejects (apart)', String(rejected.length), ''],
  ['    of which parse and bind anyway', String(rejected.filter((o) => !hasErrors(o)).length), ''],
  ['commented-out expressions (apart)', String(report.commented.length), ''],
  ['    of which parse and bind', String(report.commented.filter((o) => !hasErrors(o)).length), ''],
];
const width = Math.max(...rows.map(([label]) => label.length));
console.log(`Corpus: ${directory}`);
for (const [label, count, share] of rows)
  console.log(`${label.padEnd(width)}  ${count.padStart(5)}  ${share}`);
console.log(`(${elapsed.toFixed(0)} ms)`);

const rejections = rejectedByApim.filter((rejection) => rejected.some((o) => o.rejectedByApim === rejection));
if (rejections.length > 0) console.log('\nExpressions APIM rejects:');
for (const rejection of rejections) {
  const which = rejection.contains === undefined ? '' : ` (those containing ${rejection.contains})`;
  console.log(`  ${rejection.file}${which}\n    ${rejection.reason}`);
}

if (failures.length > 0) console.log('\nExpressions that do not parse or bind:');
for (const outcome of failures) {
  console.log(`\n${outcome.file}:${outcome.line}:${outcome.column + 1}`);
  for (const d of outcome.diagnostics)
    console.log(`  ${d.loc.start.line}:${d.loc.start.column + 1} ${d.code}: ${d.message}`);
}
process.exit(failures.length === 0 ? 0 : 1);
