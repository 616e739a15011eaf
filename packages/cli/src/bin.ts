#!/usr/bin/env node
import module from 'node:module';

// Node 22.1 and later keep V8's compiled code of our modules between runs (most of a short lint
// run is compiling them); Node 20 has no such cache and goes on without it.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { main } = await import('./main.js');

process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
