import { EXIT_USAGE, type Io } from '../io.js';
import { UsageError } from '../lint/usage-error.js';
import { message } from './messages.js';

/**
 * Runs a command's work and sets the exit code it returns; a `UsageError` (a bad option, a file
 * that cannot be read) is printed in plain words with exit code 2. Anything else is a defect and
 * propagates.
 */
export async function guard(
  io: Io,
  result: { exitCode: number },
  work: () => Promise<number>,
): Promise<void> {
  try {
    result.exitCode = await work();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`apim-policy: ${error.message}\n`);
    for (const detail of error.details) io.stderr.write(`  ${detail}\n`);
    result.exitCode = EXIT_USAGE;
  }
}

/** The value of a `--format` option, checked against the formats a command writes. */
export function formatOption<T extends string>(value: string, formats: readonly T[]): T {
  if ((formats as readonly string[]).includes(value)) return value as T;
  throw new UsageError(message('bad-format', { value, expected: formats.join(' or ') }));
}
