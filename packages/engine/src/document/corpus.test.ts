import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkExpression, type Diagnostic, type PositionMapper } from '@apim-policy/expressions';
import { describe, expect, it } from 'vitest';
import { readPolicyDocument } from './read.js';

/** What this test uses of the corpus package, loaded from its sources (it is not a dependency). */
interface CorpusPackage {
  locateCorpus(): string | null;
  extractExpressions(
    source: string,
  ): { text: string; inComment: boolean; line: number; column: number; mapper: PositionMapper }[];
  rejectedByApim: readonly { file: string; contains?: string; codes: readonly string[] }[];
}

const corpusEntry = resolve(import.meta.dirname, '../../../corpus/src/index.ts');
const corpus = (await import(pathToFileURL(corpusEntry).href)) as CorpusPackage;
const directory = corpus.locateCorpus();
const brief = (d: Diagnostic) => `${d.loc.start.line}:${d.loc.start.column + 1} ${d.code} ${d.message}`;

if (directory === null) {
  const reason = 'the shared corpus is not at ../shared/corpus/policies (set APIM_POLICY_CORPUS)';
  console.info(`Document corpus tests skipped: ${reason}.`);
  describe.skip(`reading the shared policy corpus: skipped, ${reason}`, () => {
    it.skip('reads every document', () => {});
  });
} else {
  const files = readdirSync(directory)
    .filter((name) => name.endsWith('.xml'))
    .sort();
  const rejectedFiles = new Set(corpus.rejectedByApim.map((rejection) => rejection.file));
  const documents = files.map((file) => {
    const text = readFileSync(join(directory, file), 'utf8');
    return { file, text, result: readPolicyDocument(text, { file }) };
  });

  /**
   * Documents that not even APIM's tolerant reading takes (corpus census §8: the one document that
   * stays malformed once expressions are set apart), with the error codes they must give.
   */
  const malformed = new Map<string, readonly string[]>([
    [
      'Azure__apim-lab__apim-lab_6-analytics-monitoring_analytics-monitoring-6-3-event-hub.md#block3.xml',
      ['xml-raw-lt-in-attribute'],
    ],
  ]);

  describe('reading the shared policy corpus', () => {
    it('reports the malformed documents with the expected codes', () => {
      for (const [file, codes] of malformed) {
        const read = documents.find((document) => document.file === file);
        expect(read, file).toBeDefined();
        const errors = read!.result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
        expect(new Set(errors)).toEqual(new Set(codes));
      }
    });

    it('reads every document without error, those APIM rejects aside', () => {
      const failing = documents
        .filter(({ file }) => !rejectedFiles.has(file) && !malformed.has(file))
        .flatMap(({ file, result }) =>
          result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${file}:${brief(d)}`),
        );
      expect(failing).toEqual([]);
    });

    it('finds every expression the corpus extractor finds, at the same position and with the same text', () => {
      const missing: string[] = [];
      for (const { file, text, result } of documents) {
        const found = new Map(
          result.document.expressions.map((site) => [site.expression.range[0], site.expression]),
        );
        for (const expected of corpus.extractExpressions(text).filter((e) => !e.inComment)) {
          const at = expected.mapper(0).offset;
          const actual = found.get(at);
          if (actual === undefined || actual.text !== expected.text)
            missing.push(`${file}:${expected.line}:${expected.column + 1} ${expected.text.slice(0, 60)}`);
        }
      }
      expect(missing).toEqual([]);
    });

    it('gives the diagnostics the corpus gives for each expression, at the same file positions', () => {
      const different: string[] = [];
      for (const { file, text, result } of documents) {
        const found = new Map(
          result.document.expressions.map((site) => [site.expression.range[0], site.expression]),
        );
        for (const expected of corpus.extractExpressions(text).filter((e) => !e.inComment)) {
          const actual = found.get(expected.mapper(0).offset);
          if (actual === undefined) continue;
          const want = checkExpression(expected.text, { mapper: expected.mapper }).diagnostics.map(brief);
          const got = checkExpression(actual.text, { mapper: actual.mapper }).diagnostics.map(brief);
          if (JSON.stringify(want) !== JSON.stringify(got))
            different.push(
              `${file}:${expected.line}: ${JSON.stringify(got)} instead of ${JSON.stringify(want)}`,
            );
        }
      }
      expect(different).toEqual([]);
    });
  });
}
