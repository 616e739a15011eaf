#!/usr/bin/env node
// The `apim-policy` binary: loads the one-file bundle of the command line with its compiled code
// kept between runs (see launch/code-cache.cts) and runs it.
import path = require('node:path');
import launch = require('./launch/code-cache.cjs');

/** A defect, not a finding: exit 2 as for a usage error, with the stack to report it by. */
function internalError(error: unknown): void {
  process.stderr.write(
    `apim-policy: internal error: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exitCode = 2;
}

try {
  const bundle = launch.loadBundle(path.join(__dirname, 'apim-policy.cjs'));
  const { runProgram } = bundle.exports as { runProgram: () => Promise<void> };
  runProgram().catch(internalError);
} catch (error) {
  internalError(error);
}
