import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseExpression } from '../parser/parse.js';
import { type DiagnosticCode, messages } from './messages.js';

/**
 * Every diagnostic code has a page in docs/diagnostics, and the example and fix on the page are
 * run: the example must report the code, the fix must parse cleanly.
 */
const pages = join(import.meta.dirname, '..', '..', '..', '..', 'docs', 'diagnostics');
const codes = Object.keys(messages) as DiagnosticCode[];

/** The first ```cs block after the heading `## title`. */
function block(page: string, title: string): string | undefined {
  const section = page.split(/^## /m).find((part) => part.startsWith(`${title}\n`));
  return section === undefined ? undefined : /```cs\n([\s\S]*?)\n```/.exec(section)?.[1];
}

describe('diagnostic pages', () => {
  it('are all listed in the index', () => {
    const index = readFileSync(join(pages, 'README.md'), 'utf8');
    for (const code of codes) expect(index, code).toContain(`[\`${code}\`](${code}.md)`);
  });

  it('exist for every code and only for codes', () => {
    const files = readdirSync(pages).filter((name) => name.endsWith('.md') && name !== 'README.md');
    expect(files.map((name) => name.slice(0, -3)).sort()).toEqual([...codes].sort());
  });

  it.each(codes.filter((code) => code !== 'internal-error'))(
    '%s: the example reports it, the fix parses',
    (code) => {
      const path = join(pages, `${code}.md`);
      expect(existsSync(path)).toBe(true);
      const page = readFileSync(path, 'utf8');
      expect(page).toContain(`Severity: ${messages[code].severity}`);
      const example = block(page, 'Example');
      const fixed = block(page, 'Fixed');
      expect(example, 'an Example block').toBeDefined();
      expect(fixed, 'a Fixed block').toBeDefined();
      expect(parseExpression(example!).diagnostics.map((d) => d.code)).toContain(code);
      expect(parseExpression(fixed!).diagnostics).toEqual([]);
    },
  );
});
