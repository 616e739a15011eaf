import type { Readable, Writable } from 'node:stream';

/**
 * Where a command reads and writes: the process's streams in the binary, buffers in tests. Exit
 * statuses: 0 clean, 1 findings (lint errors, an evaluation error), 2 usage or I/O error.
 */
export interface Io {
  readonly stdin: Readable;
  readonly stdout: Writable & { isTTY?: boolean };
  readonly stderr: Writable & { isTTY?: boolean };
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
