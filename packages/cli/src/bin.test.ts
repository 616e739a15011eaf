import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The built binary and its launcher (`pnpm test` builds first), copied without the bundle.
const DIST = resolve(import.meta.dirname, '../dist');
const dir = mkdtempSync(join(tmpdir(), 'apim-policy-bin-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the binary', () => {
  it('exits 2 with the stack when it cannot run the command line at all', () => {
    mkdirSync(join(dir, 'launch'));
    copyFileSync(join(DIST, 'bin.cjs'), join(dir, 'bin.cjs'));
    copyFileSync(join(DIST, 'launch', 'code-cache.cjs'), join(dir, 'launch', 'code-cache.cjs'));
    const ran = spawnSync(process.execPath, [join(dir, 'bin.cjs'), '--version'], { encoding: 'utf8' });
    expect(ran.status).toBe(2);
    expect(ran.stderr).toMatch(/^apim-policy: internal error: Error: ENOENT.*apim-policy\.cjs/);
    expect(ran.stdout).toBe('');
  });
});
