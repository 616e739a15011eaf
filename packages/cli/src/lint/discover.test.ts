import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { discoverFiles } from './discover.js';
import { UsageError } from './usage-error.js';

const FIXTURES = fileURLToPath(new URL('./__fixtures__/', import.meta.url));
const relative = (files: readonly string[]) =>
  files.map((file) => file.slice(FIXTURES.length).replaceAll('\\', '/'));

describe('discoverFiles', () => {
  it('takes files as they are, directories as their .xml files, globs as their matches, once each', async () => {
    const found = await discoverFiles(
      ['errors/api.xml', 'configured', 'errors/*.xml', 'invalid-config/*.json'],
      FIXTURES,
    );
    expect(relative(found.files)).toEqual([
      'errors/api.xml',
      'configured/apis/echo/policy.xml',
      'configured/fragments/cors.xml',
      'invalid-config/apim-policy.config.json',
    ]);
    expect(found.stdin).toBe(false);
  });

  it("notes '-' as standard input, once", async () => {
    expect(await discoverFiles(['-'], FIXTURES)).toEqual({ files: [], stdin: true });
    await expect(discoverFiles(['-', '-'], FIXTURES)).rejects.toThrow(UsageError);
  });

  it('refuses a path or pattern that matches nothing', async () => {
    await expect(discoverFiles(['missing.xml'], FIXTURES)).rejects.toThrow("'missing.xml' does not exist.");
    await expect(discoverFiles(['**/*.none'], FIXTURES)).rejects.toThrow("No file matches '**/*.none'.");
    await expect(discoverFiles(['no-policies'], FIXTURES)).rejects.toThrow(
      "The directory 'no-policies' holds no .xml file.",
    );
  });
});

describe('discoverFiles in a tree with node_modules and .git', () => {
  it('skips them below a directory', async () => {
    const tree = mkdtempSync(join(tmpdir(), 'apim-policy-discover-'));
    try {
      for (const file of ['a.xml', 'node_modules/pkg/b.xml', '.git/c.xml', 'sub/d.xml']) {
        mkdirSync(join(tree, file, '..'), { recursive: true });
        writeFileSync(join(tree, file), '<policies />');
      }
      const found = await discoverFiles(['.'], tree);
      expect(found.files.map((file) => file.slice(tree.length + 1).replaceAll('\\', '/'))).toEqual([
        'a.xml',
        'sub/d.xml',
      ]);
    } finally {
      rmSync(tree, { recursive: true, force: true });
    }
  });
});
