import { describe, expect, it } from 'vitest';
import { loadCorpusDocuments } from './documents.js';
import { faultyDocuments } from './faulty-documents.js';
import { locateCorpus } from './locate.js';

const directory = locateCorpus();

if (directory === null) {
  const reason =
    'the shared corpus is not at ../shared/corpus/policies (set APIM_POLICY_CORPUS to point at it)';
  console.info(`Corpus document tests skipped: ${reason}.`);
  describe.skip(`loading the corpus documents: skipped, ${reason}`, () => {
    it.skip('loads every document', () => {});
  });
} else {
  describe('loading the corpus documents', () => {
    const outcomes = loadCorpusDocuments(directory);

    it('loads, validates and compiles every document without errors, except those known to have them', () => {
      const withErrors = outcomes
        .filter((outcome) => outcome.errors.length > 0)
        .map((outcome) => outcome.file);
      expect(withErrors.sort()).toEqual(Object.keys(faultyDocuments).sort());
    });

    it('finds all 267 documents', () => {
      expect(outcomes).toHaveLength(267);
    });
  });
}
