import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The built binary the package publishes. */
export const BINARY = resolve(import.meta.dirname, '../../dist/bin.cjs');

/** What the binary printed, and its exit status. */
export interface BinaryRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `node dist/bin.cjs ...args` in `cwd`; node flags (`--disallow-code-generation-from-strings`)
 * go in `nodeFlags`. Throws "build first" when the binary has not been built.
 */
export function runBinary(
  args: readonly string[],
  cwd: string,
  nodeFlags: readonly string[] = [],
): BinaryRun {
  if (!existsSync(BINARY))
    throw new Error(
      `${BINARY} is missing: build first (npx --yes pnpm@10 --filter @apim-policy/cli... run build)`,
    );
  const ran = spawnSync(process.execPath, [...nodeFlags, BINARY, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (ran.error !== undefined) throw ran.error;
  return { status: ran.status, stdout: ran.stdout, stderr: ran.stderr };
}
