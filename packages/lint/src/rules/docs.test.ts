import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runRuleOnText } from '../run-rule.js';
import { rules } from './index.js';
import { ruleExamples } from './rule-examples.js';

const docs = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../docs/rules');

describe.each(rules.map((rule) => [rule.id, rule] as const))('docs/rules/%s.md', (id, rule) => {
  const path = join(docs, `${id}.md`);

  it('exists and names the default severity', () => {
    expect(existsSync(path)).toBe(true);
    expect(readFileSync(path, 'utf8')).toContain(`Default severity: \`${rule.defaultSeverity}\``);
  });

  it('has a Bad example the rule reports, and a Good one it does not', () => {
    const examples = ruleExamples(readFileSync(path, 'utf8'));
    const bad = examples.filter((example) => example.label === 'Bad');
    const good = examples.filter((example) => example.label === 'Good');
    expect(bad.length).toBeGreaterThan(0);
    expect(good.length).toBeGreaterThan(0);
    for (const example of bad)
      expect(runRuleOnText(rule, example.xml, { scope: example.scope }).length, example.xml).toBeGreaterThan(
        0,
      );
    for (const example of good)
      expect(runRuleOnText(rule, example.xml, { scope: example.scope })).toEqual([]);
  });
});

describe('docs/rules/README.md', () => {
  const table = readFileSync(join(docs, 'README.md'), 'utf8')
    .split('\n')
    // Cells are padded to the column's width when the table is formatted.
    .map((line) => /^\|\s*\[`([a-z0-9-]+)`\]\(\1\.md\)\s*\|\s*(\w+)\s*\|/.exec(line))
    .filter((match) => match !== null);

  it('lists exactly the registered rules, with their default severities', () => {
    expect(Object.fromEntries(table.map((match) => [match[1], match[2]]))).toEqual(
      Object.fromEntries(rules.map((rule) => [rule.id, rule.defaultSeverity])),
    );
  });
});
