import { resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { lintMessages } from './messages.js';
import { statIfExists } from './read-text.js';
import { UsageError } from './usage-error.js';

/** What the command lints: files by absolute path, and standard input when `-` was given. */
export interface Discovered {
  readonly files: readonly string[];
  readonly stdin: boolean;
}

const IGNORED = ['**/node_modules/**', '**/.git/**'];

/**
 * Turns the command's arguments into files: a file as is (whatever its extension), a directory
 * as every `*.xml` below it (skipping `node_modules` and `.git`), a glob as its matches, `-` as
 * standard input. An argument that matches nothing is a usage error. Files are returned once
 * each, in argument order, each argument's matches sorted.
 */
export async function discoverFiles(patterns: readonly string[], cwd: string): Promise<Discovered> {
  const files = new Set<string>();
  let stdin = false;
  for (const pattern of patterns) {
    if (pattern === '-') {
      if (stdin) throw new UsageError(lintMessages.stdinTwice());
      stdin = true;
      continue;
    }
    const path = resolve(cwd, pattern);
    const found = await statIfExists(path, pattern);
    if (found?.isFile()) {
      files.add(path);
      continue;
    }
    if (found?.isDirectory()) {
      const matches = await glob('**/*.xml', { cwd: path, absolute: true, ignore: IGNORED, dot: false });
      if (matches.length === 0) throw new UsageError(lintMessages.noFiles(pattern));
      for (const match of matches.map((file) => resolve(file)).sort()) files.add(match);
      continue;
    }
    if (!isDynamicPattern(pattern)) throw new UsageError(lintMessages.notFound(pattern));
    const matches = await glob(pattern, { cwd, absolute: true, ignore: IGNORED, onlyFiles: true });
    if (matches.length === 0) throw new UsageError(lintMessages.noMatch(pattern));
    for (const match of matches.map((file) => resolve(file)).sort()) files.add(match);
  }
  return { files: [...files], stdin };
}
