import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { faultyDocuments, locateCorpus } from '@apim-policy/corpus';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../dist/bin.cjs', import.meta.url));
const corpus = locateCorpus();

interface JsonReport {
  readonly files: readonly {
    readonly path: string;
    readonly diagnostics: readonly { readonly severity: string; readonly rule: string }[];
  }[];
}

if (corpus === null)
  console.warn('Skipped: no corpus at ../shared/corpus/policies (set APIM_POLICY_CORPUS).');

/**
 * One `apim-policy lint` process over the 267 real policies of the shared corpus. Documents with
 * Terraform or pipeline placeholders are checked around them (`--template-placeholders`), as a CI
 * job linting templates would. Errors appear exactly in the documents API Management itself would
 * reject, each listed with why in `@apim-policy/corpus`'s `faultyDocuments` (markdown excerpts,
 * toolkit test files for policies or attributes APIM does not have, C# APIM cannot compile).
 */
describe.skipIf(corpus === null)('apim-policy lint over the corpus', () => {
  it('gives errors only in the documents APIM would reject, and in each of them', () => {
    if (!existsSync(BIN)) throw new Error(`${BIN} is missing: build first (pnpm build)`);
    const run = spawnSync(
      process.execPath,
      [BIN, 'lint', corpus!, '--format', 'json', '--template-placeholders'],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.files.length).toBeGreaterThan(260);
    const withErrors = report.files
      .filter((file) => file.diagnostics.some((diagnostic) => diagnostic.severity === 'error'))
      .map((file) => basename(file.path))
      .sort();
    expect(withErrors).toEqual(Object.keys(faultyDocuments).sort());
    expect(run.status).toBe(1);
  }, 120_000);
});
