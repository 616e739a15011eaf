import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, Record<string, string>>;
  dependencies?: Record<string, string>;
};

/**
 * The published face of the package: what `import '@apim-policy/expressions'` loads outside this
 * repository, without the source condition the tests use. Needs `pnpm build` first, which the
 * test command runs.
 */
describe('the built package', () => {
  it('points its exports at dist, with types first', () => {
    expect(Object.keys(manifest.exports['.']!)).toEqual(['@apim-policy/source', 'types', 'default']);
    expect(manifest.exports['.']!.default).toBe('./dist/index.js');
    expect(manifest.dependencies ?? {}).toEqual({});
  });

  it('loads from dist as one file and parses', () => {
    expect(existsSync(join(root, 'dist', 'index.js')), 'dist/index.js is missing: run `pnpm build`').toBe(
      true,
    );
    const script = `
      import { parseExpression, messages } from '@apim-policy/expressions';
      const { ast, diagnostics } = parseExpression('@(context.Request.Certificate == null)');
      console.log(JSON.stringify({ type: ast.body.type, diagnostics: diagnostics.length, codes: Object.keys(messages).length }));
    `;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(JSON.parse(output)).toEqual({
      type: 'BinaryExpression',
      diagnostics: 0,
      codes: expect.any(Number),
    });
  });

  it('declares its public types without reaching into the bundled parser library', () => {
    const declarations = readFileSync(join(root, 'dist', 'parser', 'parse.d.ts'), 'utf8');
    expect(declarations).not.toMatch(/chevrotain|grammar/);
  });

  it('runs a module compiled ahead of time against dist/runtime.js alone', () => {
    expect(Object.keys(manifest.exports['./runtime']!)).toEqual(['@apim-policy/source', 'types', 'default']);
    const script = `
      import { compileModule } from '@apim-policy/expressions';
      import { writeFileSync, mkdirSync } from 'node:fs';
      mkdirSync('.cache', { recursive: true });
      const { code } = compileModule('@(string.Join(",", new[] { 3, 1, 2 }.OrderBy(x => x)) + DateTime.UtcNow.Year)');
      writeFileSync('.cache/aot-check.mjs', code);
      const loaded = await import(new URL('./.cache/aot-check.mjs', 'file://' + process.cwd() + '/'));
      console.log(JSON.stringify({ value: loaded.evaluate({}, { now: Date.UTC(2031, 0, 1) }), type: loaded.resultType }));
    `;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(JSON.parse(output)).toEqual({ value: '1,2,32031', type: 'string' });
  });
});
