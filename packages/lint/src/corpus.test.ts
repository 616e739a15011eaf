import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locateCorpus } from '@apim-policy/corpus';
import { checkPolicyDocument } from '@apim-policy/engine';
import { describe, expect, it } from 'vitest';
import { lintPolicy } from './lint-policy.js';

const corpus = locateCorpus();
if (corpus === null)
  console.warn('Skipped: no corpus at ../shared/corpus/policies (set APIM_POLICY_CORPUS).');

describe.skipIf(corpus === null)('lint over the corpus of real policies', () => {
  const files =
    corpus === null
      ? []
      : readdirSync(corpus)
          .filter((name) => !name.startsWith('.'))
          .sort();

  it('finds the corpus', () => {
    expect(files.length).toBeGreaterThan(200);
  });

  // The engine's own corpus test (`@apim-policy/corpus`) holds each document with errors to its list
  // of faulty and rejected documents; here every error must be one of those engine errors: the
  // rules and lint's own checks add none.
  it('adds no error to what the engine reports, in any document', () => {
    const added: string[] = [];
    for (const name of files) {
      const text = readFileSync(join(corpus!, name), 'utf8');
      const result = lintPolicy(text, { file: name });
      const engine = checkPolicyDocument(text, { mode: 'check', file: name });
      const expected = engine.diagnostics
        .filter((diagnostic) => diagnostic.severity === 'error')
        .map((diagnostic) => `${diagnostic.code}@${diagnostic.range[0]}`);
      const errors = result.diagnostics
        .filter((diagnostic) => diagnostic.severity === 'error')
        .map((diagnostic) => `${diagnostic.rule}@${diagnostic.range[0]}`);
      for (const error of errors) if (!expected.includes(error)) added.push(`${name}: ${error}`);
    }
    expect(added).toEqual([]);
  }, 120_000);
});
