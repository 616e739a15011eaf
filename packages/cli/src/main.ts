import { Command, CommanderError } from 'commander';
import { registerCompile } from './commands/compile.js';
import { registerEval } from './commands/eval.js';
import { registerFormat } from './commands/format.js';
import { registerLint } from './commands/lint.js';
import { registerRun } from './commands/run.js';
import { EXIT_USAGE, type Io } from './io.js';
import { toolVersion } from './lint/tool-version.js';

/** The program: one sub-command per file of `commands/`, each setting `result.exitCode`. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const result = { exitCode: 0 };
  const program = new Command('apim-policy')
    .description('Lint, evaluate, run, compile and format Azure API Management policies.')
    .version(toolVersion(), '-V, --version', 'print the version')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });
  registerLint(program, io, result);
  registerEval(program, io, result);
  registerRun(program, io, result);
  registerCompile(program, io, result);
  registerFormat(program, io, result);
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with exit code 0; usage errors with 1, which is ours for findings.
      return error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    throw error;
  }
  return result.exitCode;
}
