import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { convertEncoding } from '@apim-policy/engine';
import type { Command } from 'commander';
import { formatOption, guard } from '../context/guard.js';
import { EXIT_FINDINGS, EXIT_OK, type Io } from '../io.js';
import { readText } from '../lint/read-text.js';

const EXAMPLES = `
Examples:
  $ apim-policy format policy.xml --to xml --out policy.escaped.xml
  $ apim-policy format policy.xml --to rawxml
  $ apim-policy format policy.xml --to xml --check

xml: well-formed XML, as ARM/Bicep "format": "xml" and Terraform's xml_content expect: inside
expressions, attribute values escape " & < > and element text escapes & <.
rawxml: expressions written as C# ("format": "rawxml"). Only expressions change; comments, white
space and CDATA stay byte for byte.
Exit status: 0 done (with --check: already in that encoding), 1 --check found a difference,
2 a file that cannot be read or written.
`;

interface FormatOptions {
  readonly to: string;
  readonly out?: string;
  readonly check?: boolean;
}

/** `apim-policy format POLICY.xml --to xml|rawxml`: converts between API Management's two encodings. */
export function registerFormat(program: Command, io: Io, result: { exitCode: number }): void {
  program
    .command('format')
    .description("convert a policy between API Management's encodings: escaped well-formed xml, or rawxml")
    .argument('<policy>', 'the policy file')
    .requiredOption('--to <encoding>', 'xml or rawxml')
    .option('--out <file>', 'write the result to a file (default: standard output)')
    .option('--check', 'write nothing; exit 1 when the file is not already in that encoding')
    .addHelpText('after', EXAMPLES)
    .action((file: string, options: FormatOptions) =>
      guard(io, result, async () => {
        const encoding = formatOption(options.to, ['xml', 'rawxml'] as const);
        const text = await readText(resolve(io.cwd, file), file);
        const converted = convertEncoding(text, encoding);
        if (options.check === true) {
          if (converted.changed === 0) return EXIT_OK;
          io.stderr.write(`${file}: ${converted.changed} expression(s) not in ${encoding} form\n`);
          return EXIT_FINDINGS;
        }
        if (options.out === undefined) io.stdout.write(converted.text);
        else await writeFile(resolve(io.cwd, options.out), converted.text);
        return EXIT_OK;
      }),
    );
}
