import type { Command } from 'commander';
import { formatOption, guard } from '../context/guard.js';
import { diagnosticsAsJson, printDiagnostics } from '../context/print-diagnostics.js';
import { addRequestOptions, type RequestOptions, requestInputs } from '../context/request-options.js';
import { evaluateExpression, valueAsJson } from '../eval/evaluate.js';
import { EXIT_FINDINGS, EXIT_OK, type Io } from '../io.js';

const EXAMPLES = `
Examples:
  $ apim-policy eval '@(context.Request.Headers.GetValueOrDefault("x-api-version", "none"))' --header x-api-version:2024-01-01
  $ apim-policy eval '@(context.Request.Certificate.Thumbprint)' --cert client.pem
  $ apim-policy eval '@(context.Request.Certificate.Verify())' --cert client.pem --ca root.pem --now 2026-06-01T00:00:00Z
  $ apim-policy eval '@((string)context.Variables["tenant"])' --var tenant=contoso --format json

Output: the value as .NET prints it (True, 1/15/2024 10:30:00 AM); null prints an empty line.
--format json prints {"value": ..., "type": "System.String"} ({"value": null, "type": null} for null).
Variables from --var are strings; --var-json gives numbers and booleans.
Exit status: 0 a value, 1 the expression throws ({"error": {"type", "message"}}) or does not
compile (its diagnostics), 2 a bad option or a file that cannot be read.
`;

interface EvalOptions extends RequestOptions {
  readonly format: string;
}

/** `apim-policy eval EXPRESSION`: evaluates one policy expression against a described request. */
export function registerEval(program: Command, io: Io, result: { exitCode: number }): void {
  const command = program
    .command('eval')
    .description('evaluate one policy expression, @(...) or @{...}, against a request described by options')
    .argument('<expression>', 'the expression, as written in a policy (C#, not XML-escaped)')
    .option('--format <format>', 'text or json', 'text');
  addRequestOptions(command)
    .addHelpText('after', EXAMPLES)
    .action((expression: string, options: EvalOptions) =>
      guard(io, result, async () => {
        const format = formatOption(options.format, ['text', 'json'] as const);
        const evaluation = await evaluateExpression(expression, await requestInputs(options, io.cwd));
        if (evaluation.kind === 'invalid') {
          const groups = [{ file: 'expression', text: expression, diagnostics: evaluation.diagnostics }];
          if (format === 'json')
            io.stdout.write(`${JSON.stringify({ diagnostics: diagnosticsAsJson(groups) }, null, 2)}\n`);
          else io.stderr.write(printDiagnostics(groups, io.stderr.isTTY === true));
          return EXIT_FINDINGS;
        }
        if (evaluation.kind === 'exception') {
          const { type, message } = evaluation.exception;
          if (format === 'json') io.stdout.write(`${JSON.stringify({ error: { type, message } })}\n`);
          else io.stderr.write(`${type}: ${message}\n`);
          return EXIT_FINDINGS;
        }
        const { value, type, text } = evaluation;
        if (format === 'json')
          io.stdout.write(`${JSON.stringify({ value: valueAsJson(value, type, text), type })}\n`);
        else io.stdout.write(`${text}\n`);
        return EXIT_OK;
      }),
    );
}
