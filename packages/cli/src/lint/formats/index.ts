import type { LintedFile } from '../report.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { type Colors, formatStylish } from './stylish.js';

/** The output formats of `apim-policy lint`. */
export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type FormatName = (typeof FORMATS)[number];

/** What the formats may need besides the results. */
export interface FormatOptions {
  readonly colors: Colors;
  readonly version: string;
}

/** The results in the named format. */
export function formatResults(
  name: FormatName,
  files: readonly LintedFile[],
  options: FormatOptions,
): string {
  switch (name) {
    case 'stylish':
      return formatStylish(files, { colors: options.colors });
    case 'json':
      return formatJson(files);
    case 'sarif':
      return formatSarif(files, { version: options.version });
    case 'github':
      return formatGithub(files);
  }
}
