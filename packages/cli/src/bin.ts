#!/usr/bin/env node
import module from 'node:module';

// Node 22.1 and later keep V8's compiled code of our modules between runs (most of a short lint
// run is compiling them); Node 20 has no such cache and goes on without it.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { main } = await import('./main.js');

// A reader that stops early (`apim-policy lint | head`) closes the pipe: end quietly, as Unix tools
// do, instead of dying on the write that follows.
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
