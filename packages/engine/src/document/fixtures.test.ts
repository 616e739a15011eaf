import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printRead } from './print.test-support.js';
import { type ReadOptions, readPolicyDocument } from './read.js';

/**
 * Each folder of `__fixtures__` holds `input.xml` (a policy file as deployed), optionally
 * `options.json` (the `readPolicyDocument` options), and `output.snap`, the outline of what is
 * read. Folders under `_error_` hold inputs that must give error diagnostics.
 */
const root = join(import.meta.dirname, '__fixtures__');

function fixtures(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== '_error_')
    .map((entry) => join(directory, entry.name))
    .sort();
}

function read(folder: string) {
  const text = readFileSync(join(folder, 'input.xml'), 'utf8');
  const optionsFile = join(folder, 'options.json');
  const options = existsSync(optionsFile)
    ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as ReadOptions)
    : {};
  return readPolicyDocument(text, { ...options, file: 'input.xml' });
}

describe('policy document fixtures', () => {
  for (const folder of fixtures(root)) {
    it(folder.slice(root.length + 1), async () => {
      const result = read(folder);
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      await expect(printRead(result)).toMatchFileSnapshot(join(folder, 'output.snap'));
    });
  }
  for (const folder of fixtures(join(root, '_error_'))) {
    it(`_error_/${folder.slice(root.length + 9)}`, async () => {
      const result = read(folder);
      expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      await expect(printRead(result)).toMatchFileSnapshot(join(folder, 'output.snap'));
    });
  }
});
