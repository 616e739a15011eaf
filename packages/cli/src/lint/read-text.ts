import { readFileSync, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { lintMessages } from './messages.js';
import { UsageError } from './usage-error.js';

/** A file's text; a file that cannot be read is a usage error naming the path and the OS reason. */
export async function readText(path: string, shown: string = path): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw unreadable(error, shown);
  }
}

/** A file's bytes; a file that cannot be read is a usage error naming the path and the OS reason. */
export async function readBytes(path: string, shown: string = path): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    throw unreadable(error, shown);
  }
}

/**
 * What is at a path, or `undefined` when nothing is (`ENOENT`, or `ENOTDIR`: a file where a
 * directory of the path should be). Any other OS failure (`EACCES`, `EIO`...) is a usage error.
 */
export async function statIfExists(path: string, shown: string = path): Promise<Stats | undefined> {
  try {
    return await stat(path);
  } catch (error) {
    if (isOsError(error) && (error.code === 'ENOENT' || error.code === 'ENOTDIR')) return undefined;
    throw unreadable(error, shown);
  }
}

/**
 * `readText`, synchronously: for reading files one after another while the process has nothing
 * else to do (an asynchronous read there only adds the round trips to the thread pool).
 */
export function readTextSync(path: string, shown: string = path): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw unreadable(error, shown);
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

/**
 * Whether an error is the operating system's: a failed system call with its `code` (ENOENT,
 * EACCES, EISDIR...). Node's own `ERR_*` errors (a bad argument) have a code but no system call.
 */
function isOsError(error: unknown): error is NodeJS.ErrnoException {
  const failure = error as NodeJS.ErrnoException;
  return error instanceof Error && typeof failure.code === 'string' && typeof failure.syscall === 'string';
}

/** An OS error as the usage error naming the path; anything else is a defect, returned as is to rethrow. */
function unreadable(error: unknown, shown: string): unknown {
  return isOsError(error) ? new UsageError(lintMessages.unreadable(shown, osReason(error))) : error;
}
