import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBytes, readText, readTextSync, statIfExists } from './read-text.js';
import { UsageError } from './usage-error.js';

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'apim-read-text-'));
  writeFileSync(join(dir, 'file.txt'), 'héllo');
  mkdirSync(join(dir, 'folder'));
  symlinkSync(join(dir, 'loop-b'), join(dir, 'loop-a'));
  symlinkSync(join(dir, 'loop-a'), join(dir, 'loop-b'));
});

describe('readText, readTextSync and readBytes', () => {
  it('read a file as UTF-8 text or as bytes', async () => {
    expect(await readText(join(dir, 'file.txt'))).toBe('héllo');
    expect(readTextSync(join(dir, 'file.txt'))).toBe('héllo');
    expect(await readBytes(join(dir, 'file.txt'))).toEqual(new TextEncoder().encode('héllo'));
  });

  it('turn an OS failure into a usage error naming the path shown and the reason', async () => {
    await expect(readText(join(dir, 'none.txt'), 'none.txt')).rejects.toThrow(
      new UsageError("Cannot read 'none.txt': no such file or directory (ENOENT)."),
    );
    await expect(readBytes(join(dir, 'folder'), 'folder')).rejects.toThrow(
      new UsageError("Cannot read 'folder': illegal operation on a directory (EISDIR)."),
    );
    expect(() => readTextSync(join(dir, 'folder'), 'folder')).toThrow(
      new UsageError("Cannot read 'folder': illegal operation on a directory (EISDIR)."),
    );
  });

  it('rethrow what is not an OS failure', async () => {
    const refused = readText(join(dir, 'bad\0name'));
    await expect(refused).rejects.toThrow(TypeError);
    await expect(refused).rejects.not.toBeInstanceOf(UsageError);
    expect(() => readTextSync(join(dir, 'bad\0name'))).toThrow(TypeError);
  });
});

describe('statIfExists', () => {
  it('gives what is at a path, or undefined when nothing is', async () => {
    expect((await statIfExists(join(dir, 'folder')))?.isDirectory()).toBe(true);
    expect(await statIfExists(join(dir, 'none'))).toBeUndefined();
    // ENOTDIR: a file where a directory of the path should be.
    expect(await statIfExists(join(dir, 'file.txt', 'child'))).toBeUndefined();
  });

  it('turns other OS failures into usage errors instead of hiding them', async () => {
    await expect(statIfExists(join(dir, 'loop-a'), 'loop-a')).rejects.toThrow(
      /^Cannot read 'loop-a': too many symbolic links encountered \(ELOOP\)\.$/,
    );
  });
});
