import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { generatePolicyModule } from '../compile/generate-module.js';
import { guard } from '../context/guard.js';
import { message } from '../context/messages.js';
import { printDiagnostics } from '../context/print-diagnostics.js';
import { EXIT_FINDINGS, EXIT_OK, type Io } from '../io.js';
import { loadNamedValues } from '../lint/named-values.js';
import { readText } from '../lint/read-text.js';
import { UsageError } from '../lint/usage-error.js';
import { loadPolicyFiles, readPolicyFiles } from '../run/load.js';

const EXAMPLES = `
Examples:
  $ apim-policy compile api.xml --out policy.mjs
  $ apim-policy compile api.xml --scope global.xml --fragment auth=fragments/auth.xml --named-values values.yaml --out policy.mjs

  import { run } from './policy.mjs';
  const outcome = await run({ url: 'https://contoso.azure-api.net/echo' }, { deployment: { ca: { roots: [rootPem] } } });

The module imports @apim-policy/engine (install it beside the module) and never generates code at
run time: no eval, no new Function (CSP-restricted and edge runtimes). Named values are embedded
in the module: do not compile secrets into a module you publish.
Exit status: 0 written, 1 the policy does not load (its diagnostics), 2 a bad option or file.
`;

interface CompileOptions {
  readonly out?: string;
  readonly scope: string[];
  readonly fragment: string[];
  readonly namedValues?: string;
  readonly engine?: string;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** `apim-policy compile POLICY.xml --out policy.mjs`: a standalone ES module that runs the policy. */
export function registerCompile(program: Command, io: Io, result: { exitCode: number }): void {
  program
    .command('compile')
    .description('compile a policy to a standalone ES module that runs it without eval')
    .argument('<policy>', 'the policy file')
    .option('--out <file>', 'the module to write (default: standard output)')
    .option(
      '--scope <[scope=]file>',
      'a broader scope document for <base/>, broadest first; repeatable',
      collect,
      [],
    )
    .option('--fragment <id=file>', 'an include-fragment document; repeatable', collect, [])
    .option(
      '--named-values <file>',
      "values for {{name}} (JSON or YAML map, or Azure's list), embedded in the module",
    )
    .option('--engine <specifier>', 'where the module imports the engine from', '@apim-policy/engine')
    .addHelpText('after', EXAMPLES)
    .action((policyFile: string, options: CompileOptions) =>
      guard(io, result, async () => {
        const files = await readPolicyFiles(io.cwd, policyFile, options.scope);
        const fragments: Record<string, string> = {};
        for (const given of options.fragment) {
          const at = given.indexOf('=');
          if (at <= 0) throw new UsageError(message('bad-fragment', { value: given }));
          const file = given.slice(at + 1);
          fragments[given.slice(0, at)] = await readText(resolve(io.cwd, file), file);
        }
        const namedValues =
          options.namedValues === undefined
            ? undefined
            : await loadNamedValues(resolve(io.cwd, options.namedValues), options.namedValues);
        const { policy, problems } = await loadPolicyFiles(files, {
          fragments,
          ...(namedValues === undefined ? {} : { namedValues }),
        });
        if (!policy.ok) {
          io.stderr.write(printDiagnostics(problems, io.stderr.isTTY === true));
          return EXIT_FINDINGS;
        }
        const code = generatePolicyModule(files, fragments, namedValues, {
          ...(options.engine === undefined ? {} : { engine: options.engine }),
        });
        if (options.out === undefined) io.stdout.write(code);
        else await writeFile(resolve(io.cwd, options.out), code);
        return EXIT_OK;
      }),
    );
}
