import { readFile } from 'node:fs/promises';
import { lintMessages } from './messages.js';
import { UsageError } from './usage-error.js';

/** A file's text; a file that cannot be read is a usage error naming the path and the OS reason. */
export async function readText(path: string, shown: string = path): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(lintMessages.unreadable(shown, osReason(error)));
  }
}

/** A file's text, or the usage error reading it gave (never a rejected promise). */
export type ReadOutcome = { readonly text: string } | { readonly error: UsageError };

/** `readText` as an outcome, for reading ahead without leaving a rejection unhandled. */
export async function readOutcome(path: string, shown: string = path): Promise<ReadOutcome> {
  try {
    return { text: await readText(path, shown) };
  } catch (error) {
    if (error instanceof UsageError) return { error };
    throw error;
  }
}

/** The operating system's words for a failed file operation (`ENOENT: no such file or directory`). */
export function osReason(error: unknown): string {
  const failure = error as NodeJS.ErrnoException;
  if (typeof failure.code === 'string') {
    // Node's messages are `CODE: reason, syscall 'path'`; the path is already in ours.
    const reason = /^[A-Z]+: ([^,]+)/.exec(failure.message)?.[1];
    return reason === undefined ? failure.code : `${reason} (${failure.code})`;
  }
  return error instanceof Error ? error.message : String(error);
}
