import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ruleExamples, rules } from '@apim-policy/lint';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../dist/bin.cjs', import.meta.url));
const DOCS = fileURLToPath(new URL('../../../../docs/rules/', import.meta.url));
const directory = mkdtempSync(join(tmpdir(), 'apim-policy-rules-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

interface JsonReport {
  readonly files: readonly { readonly diagnostics: readonly { readonly rule: string }[] }[];
}

/** The rules `apim-policy lint --format json` reports for one policy text. */
function reported(xml: string, scope: string | undefined, name: string): string[] {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: build first (pnpm build)`);
  const file = join(directory, `${name}.xml`);
  writeFileSync(file, xml);
  const args = [BIN, 'lint', file, '--format', 'json', ...(scope === undefined ? [] : ['--scope', scope])];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  expect(run.status === 0 || run.status === 1, run.stderr).toBe(true);
  const report = JSON.parse(run.stdout) as JsonReport;
  return report.files.flatMap((each) => each.diagnostics.map((diagnostic) => diagnostic.rule));
}

/** Every rule through the built binary: its page's Bad example is reported, its Good one is not. */
describe.each(rules.map((rule) => [rule.id] as const))('apim-policy lint: %s', (id) => {
  const examples = ruleExamples(readFileSync(join(DOCS, `${id}.md`), 'utf8'));

  it('reports the Bad example of its page and not the Good one', () => {
    const bad = examples.find((example) => example.label === 'Bad');
    const good = examples.find((example) => example.label === 'Good');
    if (bad === undefined || good === undefined) throw new Error(`docs/rules/${id}.md lacks an example`);
    expect(reported(bad.xml, bad.scope, `${id}-bad`)).toContain(id);
    expect(reported(good.xml, good.scope, `${id}-good`)).not.toContain(id);
  }, 30_000);
});
