import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The launcher as the binary uses it: built (`pnpm test` builds first), each load in its own process.
const LAUNCHER = resolve(import.meta.dirname, '../../dist/launch/code-cache.cjs');
const nodeHasCompileCache = 'enableCompileCache' in (await import('node:module')).default;

let dir: string;
beforeAll(() => {
  if (!existsSync(LAUNCHER)) throw new Error(`${LAUNCHER} is missing: build first`);
  dir = mkdtempSync(join(tmpdir(), 'apim-policy-code-cache-test-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Load {
  readonly cache: string;
  readonly value: unknown;
  readonly status: number | null;
  readonly stderr: string;
}

/** Loads `bundle` with the cache in `cacheDirectory`, in a fresh process. */
function load(bundle: string, cacheDirectory: string, env: Record<string, string> = {}): Load {
  const script = `const { loadBundle } = require(${JSON.stringify(LAUNCHER)});
const loaded = loadBundle(${JSON.stringify(bundle)}, ${JSON.stringify(cacheDirectory)});
process.stdout.write(JSON.stringify({ cache: loaded.cache, value: loaded.exports.value() }));`;
  const { NODE_DISABLE_COMPILE_CACHE: _off, ...inherited } = process.env;
  const ran = spawnSync(process.execPath, ['-e', script], {
    encoding: 'utf8',
    env: { ...inherited, ...env },
  });
  const printed =
    ran.status === 0 ? (JSON.parse(ran.stdout) as { cache: string; value: unknown }) : undefined;
  return { cache: printed?.cache ?? '', value: printed?.value, status: ran.status, stderr: ran.stderr };
}

function bundle(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, `exports.value = () => ${text};\n`);
  return file;
}

describe.skipIf(nodeHasCompileCache)(
  "the binary's code cache (Node without module.enableCompileCache)",
  () => {
    it('is written by the first run, used by the next, and never used for another text', () => {
      const cache = join(dir, 'cache-a');
      const file = bundle('a.cjs', '"first"');
      expect(load(file, cache)).toMatchObject({ cache: 'miss', value: 'first', status: 0 });
      expect(readdirSync(cache)).toHaveLength(1);
      expect(load(file, cache)).toMatchObject({ cache: 'hit', value: 'first' });
      // Same length, other text: V8 alone would take the old code (it checks only the length).
      bundle('a.cjs', '"other"');
      expect(load(file, cache)).toMatchObject({ cache: 'miss', value: 'other' });
      expect(readdirSync(cache)).toHaveLength(2);
    });

    it('replaces a cache V8 rejects', () => {
      const cache = join(dir, 'cache-b');
      const file = bundle('b.cjs', '42');
      expect(load(file, cache).cache).toBe('miss');
      const [name] = readdirSync(cache);
      writeFileSync(join(cache, name as string), 'not code');
      expect(load(file, cache)).toMatchObject({ cache: 'rejected', value: 42 });
      expect(load(file, cache)).toMatchObject({ cache: 'hit', value: 42 });
    });

    it('runs without a cache where it cannot keep one, and says why under NODE_DEBUG=apim-policy', () => {
      const blocked = join(dir, 'a-file');
      writeFileSync(blocked, '');
      const file = bundle('c.cjs', 'true');
      const ran = load(file, join(blocked, 'cache'), { NODE_DEBUG: 'apim-policy' });
      expect(ran).toMatchObject({ cache: 'untrusted', value: true, status: 0 });
      expect(ran.stderr).toMatch(/code cache directory not readable: ENOTDIR/);
    });

    it.skipIf(process.getuid === undefined)(
      'neither reads nor writes a directory others can write to',
      () => {
        const shared = join(dir, 'shared');
        mkdirSync(shared, { mode: 0o700 });
        const file = bundle('s.cjs', '"s"');
        expect(load(file, shared)).toMatchObject({ cache: 'miss', value: 's' });
        expect(load(file, shared).cache).toBe('hit');
        chmodSync(shared, 0o777);
        const ran = load(file, shared, { NODE_DEBUG: 'apim-policy' });
        expect(ran).toMatchObject({ cache: 'untrusted', value: 's', status: 0 });
        expect(ran.stderr).toMatch(/not a directory of this user alone/);
      },
    );

    it('makes its directory for the user alone', () => {
      const fresh = join(dir, 'fresh', 'cache');
      expect(load(bundle('f.cjs', '0'), fresh).cache).toBe('miss');
      if (process.getuid !== undefined) expect(statSync(fresh).mode & 0o077).toBe(0);
    });

    it('is off under NODE_DISABLE_COMPILE_CACHE, as Node’s own is', () => {
      const cache = join(dir, 'cache-d');
      const file = bundle('d.cjs', '1');
      expect(load(file, cache, { NODE_DISABLE_COMPILE_CACHE: '1' })).toMatchObject({
        cache: 'disabled',
        value: 1,
      });
      expect(existsSync(cache)).toBe(false);
    });
  },
);

describe.skipIf(!nodeHasCompileCache)("the binary's code cache (Node with module.enableCompileCache)", () => {
  it("leaves the caching to Node's compile cache", () => {
    expect(load(bundle('e.cjs', '1'), join(dir, 'cache-e'))).toMatchObject({ cache: 'node', value: 1 });
  });
});
