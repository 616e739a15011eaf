import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPolicyDocument } from '@apim-policy/engine';
import { describe, expect, it } from 'vitest';
import { lintPolicy } from './lint-policy.js';

/** `$APIM_POLICY_CORPUS`, or `../shared/corpus/policies` beside the repository, as `@apim-policy/corpus` finds it. */
function locateCorpus(): string | null {
  const fromEnvironment = process.env.APIM_POLICY_CORPUS;
  if (fromEnvironment !== undefined && fromEnvironment !== '')
    return existsSync(fromEnvironment) ? fromEnvironment : null;
  let directory = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(directory, 'pnpm-workspace.yaml'))) {
    const parent = dirname(directory);
    if (parent === directory) return null;
    directory = parent;
  }
  const corpus = resolve(directory, '..', 'shared', 'corpus', 'policies');
  return existsSync(corpus) ? corpus : null;
}

const corpus = locateCorpus();

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
      expect(result.errorCount).toBe(errors.length);
    }
    expect(added).toEqual([]);
  }, 120_000);
});
