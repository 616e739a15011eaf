import type { Severity } from '@apim-policy/expressions';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { displayPosition, type LintedFile } from '../report.js';
import { describeRule, hasDiagnosticPage } from '../run-lint.js';

/** Options of the SARIF format. */
export interface SarifOptions {
  /** The tool's version (the CLI package's). */
  readonly version: string;
}

const LEVELS: Readonly<Record<Severity, Result.level>> = { error: 'error', warning: 'warning', info: 'note' };

/** The published package: the tool's home page (its README documents the command line). */
const INFORMATION_URI = 'https://www.npmjs.com/package/@apim-policy/cli';

/**
 * The page of the apim-policy documentation that explains a rule or an engine diagnostic. The
 * project names no public repository, so SARIF carries the page's path in the help text rather
 * than a `helpUri` that could lead nowhere.
 */
export function helpPage(id: string): string {
  const rule = describeRule(id);
  if (rule.kind === 'rule') return `docs/rules/${id}.md`;
  return hasDiagnosticPage(id) ? `docs/diagnostics/${id}.md` : 'docs/diagnostics/README.md';
}

/** A shown path as a relative URI reference: forward slashes, each segment percent-encoded. */
function relativeUri(path: string): string {
  return path
    .split('/')
    .map((segment) => (segment === '..' || segment === '.' ? segment : encodeURIComponent(segment)))
    .join('/');
}

/**
 * `--format sarif`: a SARIF 2.1.0 log with one run of the tool `apim-policy`, the rules its
 * results name (id, description, help page, default level) and one result per finding, located
 * relative to `%SRCROOT%` (the current directory) with 1-based lines and UTF-16 columns, as
 * GitHub code scanning reads it.
 */
export function formatSarif(files: readonly LintedFile[], options: SarifOptions): string {
  const rules: ReportingDescriptor[] = [];
  const indexes = new Map<string, number>();
  const results: Result[] = [];
  for (const file of files) {
    for (const diagnostic of file.diagnostics) {
      let ruleIndex = indexes.get(diagnostic.rule);
      if (ruleIndex === undefined) {
        const rule = describeRule(diagnostic.rule);
        ruleIndex = rules.length;
        indexes.set(diagnostic.rule, ruleIndex);
        rules.push({
          id: diagnostic.rule,
          shortDescription: { text: rule.description },
          help: {
            text: `${rule.description.replace(/[.!?]?$/, '.')} Explained in ${helpPage(diagnostic.rule)} of the apim-policy documentation.`,
          },
          defaultConfiguration: { level: LEVELS[rule.defaultSeverity] },
        });
      }
      const { line, column, endLine, endColumn } = displayPosition(diagnostic);
      results.push({
        ruleId: diagnostic.rule,
        ruleIndex,
        level: LEVELS[diagnostic.severity],
        message: { text: diagnostic.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: relativeUri(file.path), uriBaseId: '%SRCROOT%' },
              region: { startLine: line, startColumn: column, endLine, endColumn },
            },
          },
        ],
      });
    }
  }
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'apim-policy', version: options.version, informationUri: INFORMATION_URI, rules },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
