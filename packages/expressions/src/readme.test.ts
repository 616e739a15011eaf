import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseExpression } from './index.js';

/** The examples of the package README, run: what the README says they print, they print. */
const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');

describe('the package README', () => {
  it('shows what the first example gives', () => {
    const { ast, diagnostics } = parseExpression(
      '@(context.Request.Certificate == null || !context.Request.Certificate.Verify())',
    );
    /** The README shows `code; // 'value'`, however the formatter aligns the comment. */
    const shows = (code: string, value: string) => {
      const line = readme.split('\n').find((text) => text.startsWith(`${code};`));
      expect(line?.replace(/\s+/g, ' '), code).toBe(`${code}; // '${value}'`);
    };
    shows('ast.form', ast.form);
    shows('ast.body.type', ast.body.type);
    shows('ast.body.operator', ast.body.type === 'BinaryExpression' ? ast.body.operator : '');
    expect(diagnostics).toEqual([]);
  });

  it('shows the diagnostics of the broken example', () => {
    expect(readme).toContain("parseExpression('@{\\n  var x = 1 +;\\n  return y\\n}')");
    const { diagnostics } = parseExpression('@{\n  var x = 1 +;\n  return y\n}');
    for (const d of diagnostics) {
      expect(readme).toContain(`"${d.loc.start.line}:${d.loc.start.column + 1} ${d.code}: ${d.message}"`);
    }
    expect(diagnostics).toHaveLength(2);
  });
});
