import type { Command } from 'commander';
import type { Io } from '../io.js';
import { CONFIG_FILE_NAME } from '../lint/config.js';
import { FORMATS } from '../lint/formats/index.js';
import { type LintCommandOptions, runLintCommand } from '../lint/lint-command.js';

const EXAMPLES = `
Examples:
  apim-policy lint policies/                       every .xml below policies/
  apim-policy lint "apis/**/*.xml" --format sarif > apim-policy.sarif
  apim-policy lint api.xml --named-values named-values.yaml --fragments fragments/
  apim-policy lint . --rule missing-base=off --rule thumbprint-literal=warning
  apim-policy lint --format github --max-warnings 0 policies/
  cat api.xml | apim-policy lint - --stdin-filename apis/echo/policy.xml

Without --config, the nearest ${CONFIG_FILE_NAME} upward from each file applies.
Without --named-values, an unresolved {{name}} is a warning and checking goes on around it.
Exit status: 0 clean, 1 errors (or more warnings than --max-warnings), 2 usage or I/O error.
`;

function collect(value: string, previous: readonly string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** `apim-policy lint [paths or globs...]`: everything APIM rejects at save time, plus the lint rules. */
export function registerLint(program: Command, io: Io, result: { exitCode: number }): void {
  program
    .command('lint')
    .description(
      'check policy documents: what API Management rejects when saving, and policies it accepts that are wrong',
    )
    .argument(
      '[paths...]',
      "files, directories (every .xml below) or globs; '-' reads standard input (default: .)",
    )
    .option('--format <format>', `output format: ${FORMATS.join(', ')}`, 'stylish')
    .option(
      '--named-values <file>',
      'values of {{named values}}: a JSON object or YAML mapping of name to value',
    )
    .option('--fragments <dir>', 'policy fragments: <id>.xml or <id>/policy.xml')
    .option('--config <file>', `configuration file (default: the nearest ${CONFIG_FILE_NAME})`)
    .option('--rule <id=severity>', 'set a rule severity: error, warning, info or off (repeatable)', collect)
    .option(
      '--scope <scope>',
      'the scope documents are deployed at: global, workspace, product, api, operation',
    )
    .option(
      '--template-placeholders',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the help names Terraform's ${x} placeholder.
      'check around Terraform/Azure DevOps placeholders (${x}, #{x}#, __X__)',
    )
    .option('--max-warnings <n>', 'exit with status 1 when there are more warnings than this')
    .option('--quiet', 'report errors only')
    .option('--stdin-filename <name>', "the name shown for '-' (standard input)")
    .option('--color', 'colour the output (default: when it goes to a terminal)')
    .option('--no-color', 'do not colour the output')
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], options: LintCommandOptions) => {
      result.exitCode = await runLintCommand(paths, options, io);
    });
}
