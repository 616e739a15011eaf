import { main } from './main.js';

/**
 * The command line as the binary runs it: `process.argv` and the standard streams. The entry of
 * the one-file bundle `dist/apim-policy.cjs` that `bin.cjs` loads.
 */
export async function runProgram(): Promise<void> {
  // A reader that stops early (`apim-policy lint | head`) closes the pipe: end quietly, as Unix
  // tools do, instead of dying on the write that follows.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      process.stderr.write(`apim-policy: cannot write the output: ${error.message}\n`);
      process.exit(2);
    });
  }
  process.exitCode = await main(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
  });
}
