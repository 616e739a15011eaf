import { describe, expect, it } from 'vitest';
import { locateCorpus } from './locate.js';
import { rejectedByApim } from './rejected-by-apim.js';
import {
  classify,
  type ExpressionOutcome,
  hasErrors,
  hasErrorsBesidesNamedValues,
  runCorpus,
} from './run.js';

const directory = locateCorpus();
const where = (outcome: ExpressionOutcome) =>
  `${outcome.file}:${outcome.line}:${outcome.column + 1} ${outcome.diagnostics
    .map((d) => `${d.loc.start.line}:${d.loc.start.column + 1} ${d.code} ${d.message}`)
    .join('; ')}`;

if (directory === null) {
  const reason =
    'the shared corpus is not at ../shared/corpus/policies (set APIM_POLICY_CORPUS to point at it)';
  console.info(`Corpus tests skipped: ${reason}.`);
  describe.skip(`the shared policy corpus: skipped, ${reason}`, () => {
    it.skip('parses every expression', () => {});
  });
} else {
  const report = runCorpus(directory);
  const { plain, templated, rejected } = classify(report);

  describe('the shared policy corpus', () => {
    it('finds the documents and expressions the census counts', () => {
      expect(report.documents).toBe(267);
      expect(report.documentsWithExpressions).toBe(171);
      expect(report.expressions.length).toBe(895);
    });

    it('parses and binds 100% of the expressions, deployment placeholders and what APIM rejects aside', () => {
      expect(plain.length).toBeGreaterThan(850);
      expect(plain.filter(hasErrorsBesidesNamedValues).map(where)).toEqual([]);
    });

    it('parses the commented-out expressions too', () => {
      expect(report.commented.filter(hasErrors).map(where)).toEqual([]);
    });

    it('counts expressions with deployment placeholders apart', () => {
      expect(templated.length).toBe(24);
      for (const outcome of templated) expect(outcome.placeholder).not.toBeNull();
    });

    it('still rejects every expression that APIM rejects, for the reason recorded', () => {
      const used = new Set(rejected.map((outcome) => outcome.rejectedByApim));
      expect(used.size).toBe(rejectedByApim.length);
      for (const rejection of rejectedByApim) {
        const failing = rejected.filter(
          (outcome) => outcome.rejectedByApim === rejection && hasErrors(outcome),
        );
        expect(failing.length, rejection.file).toBeGreaterThan(0);
        for (const outcome of failing) {
          const codes = outcome.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
          expect(new Set(codes)).toEqual(new Set(rejection.codes));
        }
      }
    });

    it('places each diagnostic on the line of the file that holds the offending text', () => {
      for (const outcome of rejected.filter(hasErrors)) {
        for (const diagnostic of outcome.diagnostics)
          expect(diagnostic.loc.start.line).toBeGreaterThanOrEqual(outcome.line);
      }
    });
  });
}
