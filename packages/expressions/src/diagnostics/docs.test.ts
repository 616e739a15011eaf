import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkExpression } from '../compiler/compile.js';
import { type DiagnosticCode, messages } from './messages.js';

/**
 * Every diagnostic code has a page in docs/diagnostics, and the example and fix on the page are
 * checked (parsed and bound): the example must report the code, the fix must have no errors.
 * Warnings may remain in a fix.
 */
const pages = join(import.meta.dirname, '..', '..', '..', '..', 'docs', 'diagnostics');
const codes = Object.keys(messages) as DiagnosticCode[];

/**
 * Codes no expression can be made to report, so their pages have no runnable example:
 * `internal-error` reports a defect of the parser itself.
 */
const untriggerable: readonly DiagnosticCode[] = ['internal-error'];

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

  it.each(codes.filter((code) => !untriggerable.includes(code)))(
    '%s: the example reports it, the fix has no errors',
    (code) => {
      const path = join(pages, `${code}.md`);
      expect(existsSync(path)).toBe(true);
      const page = readFileSync(path, 'utf8');
      expect(page).toContain(`Severity: ${messages[code].severity}`);
      const example = block(page, 'Example');
      const fixed = block(page, 'Fixed');
      expect(example, 'an Example block').toBeDefined();
      expect(fixed, 'a Fixed block').toBeDefined();
      expect(checkExpression(example!).diagnostics.map((d) => d.code)).toContain(code);
      const errors = checkExpression(fixed!).diagnostics.filter((d) => d.severity === 'error');
      expect(errors.map((d) => `${d.code}: ${d.message}`)).toEqual([]);
    },
  );
});
