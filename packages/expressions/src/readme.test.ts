import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileExpression, createContext, DotnetException, parseExpression } from './index.js';

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

  it('shows what the compile examples give', () => {
    const check = compileExpression(
      '@(context.Request.Headers.GetValueOrDefault("x-api-version", "") == "2024-01-01")',
    );
    expect(readme).toContain("check.resultType; // 'bool'");
    expect(check.resultType).toBe('bool');
    expect(readme).toContain('// true');
    expect(check.evaluate(createContext({ request: { headers: { 'X-Api-Version': '2024-01-01' } } }))).toBe(
      true,
    );
    const parse = compileExpression('@(int.Parse(context.Request.Headers.GetValueOrDefault("n", "x")))');
    expect(() => parse.evaluate(createContext())).toThrow(DotnetException);
    try {
      parse.evaluate(createContext());
    } catch (error) {
      expect(readme).toContain(`error.type; // '${(error as DotnetException).type}'`);
      expect(readme).toContain(`error.message; // '${(error as DotnetException).message}'`);
    }
    const mtls = compileExpression(
      '@(context.Request.Certificate != null && context.Request.Certificate.Verify())',
    );
    expect(mtls.needs).toEqual([{ fact: 'chain', certificate: 'request' }]);
    expect(readme).toContain("mtls.needs; // [ { fact: 'chain', certificate: 'request' } ]");
  });
});
