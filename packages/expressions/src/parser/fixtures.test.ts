import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeFrameColumns } from '@babel/code-frame';
import { describe, expect, it } from 'vitest';
import { outline } from '../test-support/outline.js';
import { render } from '../test-support/render.js';
import { parseExpression } from './parse.js';

/**
 * Each folder of `__fixtures__` holds `input.cs` (a policy expression as written in a policy) and
 * `output.snap`: its tree, the outline of every node with its range, and its diagnostics with a
 * code frame. Folders under `_error_` are inputs with errors.
 */
const root = join(import.meta.dirname, '__fixtures__');
const cases = readdirSync(root, { withFileTypes: true, recursive: true })
  .filter((entry) => entry.isFile() && entry.name === 'input.cs')
  .map((entry) => join(entry.parentPath, ''))
  .sort();

describe('fixtures', () => {
  it.each(cases.map((directory) => [directory.slice(root.length + 1), directory]))(
    '%s',
    async (name, directory) => {
      const source = readFileSync(join(directory, 'input.cs'), 'utf8').replace(/\n$/, '');
      const { ast, diagnostics } = parseExpression(source);
      expect(diagnostics.length > 0, `${name}: only _error_ fixtures may have diagnostics`).toBe(
        name.startsWith('_error_'),
      );
      const frames = diagnostics.map((d) => {
        const frame = codeFrameColumns(
          source,
          {
            start: { line: d.loc.start.line, column: d.loc.start.column + 1 },
            end: { line: d.loc.end.line, column: d.loc.end.column + 1 },
          },
          { linesAbove: 1, linesBelow: 0 },
        );
        return `${d.severity} ${d.code} ${d.loc.start.line}:${d.loc.start.column + 1} ${d.message}\n${frame}`;
      });
      const snapshot = [
        '## Tree',
        render(ast),
        '',
        '## Nodes',
        outline(ast),
        '',
        '## Diagnostics',
        frames.length === 0 ? '(none)' : frames.join('\n\n'),
        '',
      ].join('\n');
      await expect(snapshot).toMatchFileSnapshot(join(directory, 'output.snap'));
    },
  );
});
