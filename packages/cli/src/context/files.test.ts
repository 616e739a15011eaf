import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../lint/usage-error.js';
import { readDataFile } from './files.js';

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'apim-data-file-'));
  writeFileSync(join(dir, 'data.json'), '{ "a": [1, "x"] }');
  writeFileSync(join(dir, 'data.yaml'), 'a:\n  - 1\n  - x\n');
  writeFileSync(join(dir, 'broken.yaml'), 'a: [1\n');
  writeFileSync(join(dir, 'alias.yaml'), 'a: *nowhere\n');
});

describe('readDataFile', () => {
  it('parses JSON and YAML relative to the directory', async () => {
    expect(await readDataFile(dir, 'data.json')).toEqual({ a: [1, 'x'] });
    expect(await readDataFile(dir, 'data.yaml')).toEqual({ a: [1, 'x'] });
  });

  it('names the file of a syntax error or an alias without its anchor', async () => {
    await expect(readDataFile(dir, 'broken.yaml')).rejects.toThrow(
      /^Cannot read broken\.yaml: Flow sequence/,
    );
    await expect(readDataFile(dir, 'alias.yaml')).rejects.toThrow(
      /^Cannot read alias\.yaml: Unresolved alias/,
    );
  });

  it('names a file it cannot read', async () => {
    await expect(readDataFile(dir, 'none.yaml')).rejects.toThrow(
      new UsageError("Cannot read 'none.yaml': no such file or directory (ENOENT)."),
    );
  });
});
