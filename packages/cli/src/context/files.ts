import { resolve } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { readText } from '../lint/read-text.js';
import { UsageError } from '../lint/usage-error.js';
import { message } from './messages.js';

/**
 * A JSON or YAML file (YAML is a superset of JSON), relative to `cwd`, parsed. A file that cannot
 * be read or parsed is a usage error naming it.
 */
export async function readDataFile(cwd: string, file: string): Promise<unknown> {
  const text = await readText(resolve(cwd, file), file);
  try {
    return parseYaml(text);
  } catch (error) {
    // The library's two signals of bad input: a syntax error, and (from building the values) a
    // `ReferenceError` for an alias without its anchor or too many aliases.
    if (!(error instanceof YAMLParseError || error instanceof ReferenceError)) throw error;
    throw new UsageError(message('bad-data-file', { file, reason: error.message }));
  }
}
