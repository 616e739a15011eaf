import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { message } from './messages.js';
import { UsageError } from './usage-error.js';

/** Why reading a file failed, in plain words. */
function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** The bytes of a file (relative to `cwd`); a `UsageError` naming the file when it cannot be read. */
export async function readBytes(cwd: string, file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(resolve(cwd, file)));
  } catch (error) {
    if (error instanceof Error && 'code' in error) {
      throw new UsageError(message('unreadable-file', { file, reason: reasonOf(error) }));
    }
    throw error;
  }
}

/** The text of a file (UTF-8). */
export async function readText(cwd: string, file: string): Promise<string> {
  return new TextDecoder().decode(await readBytes(cwd, file));
}

/** A JSON or YAML file (YAML is a superset of JSON), parsed. */
export async function readDataFile(cwd: string, file: string): Promise<unknown> {
  const text = await readText(cwd, file);
  try {
    return parseYaml(text);
  } catch (error) {
    throw new UsageError(
      message('bad-data-file', { file, reason: error instanceof Error ? error.message : String(error) }),
    );
  }
}

/** A `--named-values` file: a map of names to text (numbers and booleans are written as text). */
export async function readNamedValues(cwd: string, file: string): Promise<Record<string, string>> {
  const data = await readDataFile(cwd, file);
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    throw new UsageError(message('bad-named-values', { file }));
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(data)) {
    if (typeof value === 'string') values[name] = value;
    else if (typeof value === 'number' || typeof value === 'boolean') values[name] = String(value);
    else throw new UsageError(message('bad-named-values', { file }));
  }
  return values;
}
