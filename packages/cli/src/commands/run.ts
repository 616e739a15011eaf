import { printOutcome } from '@apim-policy/engine';
import type { Command } from 'commander';
import { formatOption, guard } from '../context/guard.js';
import { message } from '../context/messages.js';
import { diagnosticsAsJson, printDiagnostics } from '../context/print-diagnostics.js';
import { addRequestOptions, type RequestOptions, requestInputs } from '../context/request-options.js';
import { DEFAULT_URL } from '../eval/evaluate.js';
import { EXIT_FINDINGS, EXIT_OK, type Io } from '../io.js';
import { UsageError } from '../lint/usage-error.js';
import { loadPolicyFiles, readPolicyFiles } from '../run/load.js';
import { outcomeAsJson } from '../run/outcome-json.js';
import { mergeRequest, readRequestFile } from '../run/request-file.js';

const EXAMPLES = `
Examples:
  $ apim-policy run api.xml --url https://contoso.azure-api.net/echo --cert client.pem --ca root.pem
  $ apim-policy run api.xml --request request.yaml --scope global.xml --scope product.xml
  $ apim-policy run operation.xml --scope global=global.xml --scope api=api.xml --fragments fragments/
  $ apim-policy run api.xml --request request.json --format json --expect-status 403

request.yaml:  method: POST
               url: https://contoso.azure-api.net/orders
               headers: { Content-Type: application/json }
               body: { "id": 1 }
               certificate: certs/client.pem   # relative to the request file
Options override the file's fields. --scope files are broadest first; a file alone is global,
then product, then api; the policy is an api policy (an operation policy below an api document).
Exit status: 0 the run produced an outcome, whatever its status (with --expect-status: that
status); 1 the policy does not load (its diagnostics) or the status differs; 2 a bad option or file.
`;

interface RunCommandOptions extends RequestOptions {
  readonly request?: string;
  readonly scope: string[];
  readonly fragments?: string;
  readonly format: string;
  readonly lenient?: boolean;
  readonly expectStatus?: string;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** `apim-policy run POLICY.xml`: runs a policy on a described request and prints the outcome. */
export function registerRun(program: Command, io: Io, result: { exitCode: number }): void {
  const command = program
    .command('run')
    .description('run a policy on a request and print the outcome and the trace')
    .argument('<policy>', 'the policy file')
    .option(
      '--request <file>',
      'the request: JSON or YAML (method, url, headers, body, ip, certificate, negotiated)',
    )
    .option(
      '--scope <[scope=]file>',
      'a broader scope document for <base/>, broadest first; repeatable',
      collect,
      [],
    )
    .option('--fragments <dir>', 'the directory of include-fragment documents (<id>.xml or <id>/policy.xml)')
    .option('--lenient', 'skip policies the engine does not execute (with a trace entry) instead of failing')
    .option('--format <format>', 'pretty or json', 'pretty')
    .option('--expect-status <status>', 'exit 1 unless the outcome has this status (forward counts as 200)');
  addRequestOptions(command)
    .addHelpText('after', EXAMPLES)
    .action((policyFile: string, options: RunCommandOptions) =>
      guard(io, result, async () => {
        const format = formatOption(options.format, ['pretty', 'json'] as const);
        const expected = options.expectStatus === undefined ? undefined : Number(options.expectStatus);
        if (expected !== undefined && !(Number.isInteger(expected) && expected >= 100 && expected <= 599))
          throw new UsageError(message('bad-status', { value: options.expectStatus as string }));
        const inputs = await requestInputs(options, io.cwd);
        const fromFile = options.request === undefined ? {} : await readRequestFile(io.cwd, options.request);
        const files = await readPolicyFiles(io.cwd, policyFile, options.scope);
        const { policy, problems } = await loadPolicyFiles(files, {
          deployment: inputs.deployment,
          ...(options.fragments === undefined ? {} : { fragments: options.fragments }),
          ...(inputs.namedValues === undefined ? {} : { namedValues: inputs.namedValues }),
          ...(options.lenient === true ? { mode: 'lenient' as const } : {}),
        });
        if (!policy.ok) {
          if (format === 'json')
            io.stdout.write(`${JSON.stringify({ diagnostics: diagnosticsAsJson(problems) }, null, 2)}\n`);
          else io.stderr.write(printDiagnostics(problems, io.stderr.isTTY === true));
          return EXIT_FINDINGS;
        }
        const outcome = await policy.run(mergeRequest(fromFile, inputs, DEFAULT_URL), {
          variables: inputs.variables,
          ...(inputs.now === undefined ? {} : { now: inputs.now }),
        });
        if (format === 'json') io.stdout.write(`${JSON.stringify(outcomeAsJson(outcome), null, 2)}\n`);
        else io.stdout.write(`${printOutcome(outcome)}\n`);
        const status = outcome.kind === 'respond' ? outcome.response.status : 200;
        if (expected !== undefined && status !== expected) {
          io.stderr.write(`apim-policy: expected status ${expected}, the outcome has ${status}\n`);
          return EXIT_FINDINGS;
        }
        return EXIT_OK;
      }),
    );
}
