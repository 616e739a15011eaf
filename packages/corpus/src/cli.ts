import { loadCorpusDocuments } from './documents.js';
import { faultyDocuments } from './faulty-documents.js';
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
// Whole documents, as the engine loads them for a run.
const documentsStarted = performance.now();
const documents = loadCorpusDocuments(directory);
const documentsElapsed = performance.now() - documentsStarted;
const unexpected = documents.filter((d) => d.errors.length > 0 && !(d.file in faultyDocuments));
const missing = Object.keys(faultyDocuments).filter((file) =>
  documents.some((d) => d.file === file && d.errors.length === 0),
);
const clean = documents.filter((d) => d.errors.length === 0);
console.log(`\nDocuments loaded by the engine (validated and compiled for execution)`);
console.log(
  `  without errors           ${String(clean.length).padStart(5)}  ${percent(clean.length, documents.length)}`,
);
console.log(
  `  known faulty (apart)     ${String(documents.length - clean.length - unexpected.length).padStart(5)}`,
);
console.log(`  unexpected errors        ${String(unexpected.length).padStart(5)}`);
const templatedDocuments = documents.filter((d) => d.placeholderInExpression);
console.log(`  deployment placeholders inside expressions: ${templatedDocuments.length}`);
for (const d of templatedDocuments) console.log(`    ${d.file}${d.errors.length > 0 ? ' (errors)' : ''}`);
const skipped = new Map<string, number>();
for (const d of documents) for (const name of d.skipped) skipped.set(name, (skipped.get(name) ?? 0) + 1);
const skippedList = [...skipped].sort((a, b) => b[1] - a[1]);
console.log(`  policies the engine does not execute (lenient mode skips them):`);
console.log(`    ${skippedList.map(([name, count]) => `${name} ×${count}`).join(', ') || 'none'}`);
console.log(`(${documentsElapsed.toFixed(0)} ms)`);
console.log('\nKnown faulty documents:');
for (const [file, reason] of Object.entries(faultyDocuments)) console.log(`  ${file}\n    ${reason}`);
for (const d of unexpected) {
  console.log(`\nUnexpected errors in ${d.file}:`);
  for (const e of d.errors)
    console.log(`  ${e.loc.start.line}:${e.loc.start.column + 1} ${e.code}: ${e.message}`);
}
for (const file of missing) console.log(`\nListed as faulty but loads without errors: ${file}`);
process.exit(failures.length === 0 && unexpected.length === 0 && missing.length === 0 ? 0 : 1);
