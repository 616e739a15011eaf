import { dirname, relative, resolve, sep } from 'node:path';
import { SCOPES, type Scope } from '@apim-policy/engine';
import type { RuleSetting } from '@apim-policy/lint';
import picocolors from 'picocolors';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type Io } from '../io.js';
import { shouldColor } from './color.js';
import { ConfigFinder, loadConfig, type ResolvedConfig } from './config.js';
import { discoverFiles } from './discover.js';
import { FORMATS, type FormatName, formatResults } from './formats/index.js';
import { loadFragments } from './fragments.js';
import { lintMessages } from './messages.js';
import { loadNamedValues } from './named-values.js';
import { readTextSync } from './read-text.js';
import { countFindings, type LintedFile } from './report.js';
import { checkRuleId, lintText, type RuleSettings } from './run-lint.js';
import { toolVersion } from './tool-version.js';
import { UsageError } from './usage-error.js';

/** The options of `apim-policy lint` as commander hands them over (values not yet checked). */
export interface LintCommandOptions {
  readonly format?: string;
  readonly namedValues?: string;
  readonly fragments?: string;
  readonly config?: string;
  readonly rule?: readonly string[];
  readonly scope?: string;
  readonly templatePlaceholders?: boolean;
  readonly maxWarnings?: string;
  readonly quiet?: boolean;
  readonly color?: boolean;
  readonly stdinFilename?: string;
}

/** The options once checked and their files read. */
interface Settings {
  readonly format: FormatName;
  readonly rules: RuleSettings;
  readonly namedValues?: Readonly<Record<string, string>>;
  readonly fragments?: Readonly<Record<string, string>>;
  readonly config?: ResolvedConfig;
  readonly scope?: Scope;
  readonly templatePlaceholders: boolean;
  readonly maxWarnings?: number;
  readonly quiet: boolean;
}

const SEVERITIES: readonly string[] = ['error', 'warning', 'info', 'off'];

/**
 * Runs `apim-policy lint`: finds the files, lints each with the options and the configuration
 * that applies to it, prints the results in the chosen format, and returns the exit status (0
 * clean, 1 errors or too many warnings, 2 usage or I/O error).
 */
export async function runLintCommand(
  patterns: readonly string[],
  options: LintCommandOptions,
  io: Io,
): Promise<number> {
  try {
    const settings = await settle(options, io.cwd);
    const files = await lintAll(patterns.length === 0 ? ['.'] : patterns, options, settings, io);
    const totals = countFindings(files);
    const shown = settings.quiet
      ? files.map((file) => ({
          ...file,
          diagnostics: file.diagnostics.filter((diagnostic) => diagnostic.severity === 'error'),
        }))
      : files;
    const colors = picocolors.createColors(shouldColor(options.color, io.stdout, io.env));
    io.stdout.write(formatResults(settings.format, shown, { colors, version: toolVersion() }));
    const maximum = settings.maxWarnings ?? minimumOf(files.map((file) => file.maxWarnings));
    if (totals.errorCount > 0) return EXIT_FINDINGS;
    if (maximum !== undefined && totals.warningCount > maximum) {
      io.stderr.write(`${lintMessages.tooManyWarnings(totals.warningCount, maximum)}\n`);
      return EXIT_FINDINGS;
    }
    return EXIT_OK;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`apim-policy lint: ${error.message}\n`);
    for (const detail of error.details) io.stderr.write(`  ${detail}\n`);
    return EXIT_USAGE;
  }
}

function minimumOf(values: readonly (number | undefined)[]): number | undefined {
  const given = values.filter((value): value is number => value !== undefined);
  return given.length === 0 ? undefined : Math.min(...given);
}

/** Checks the options' values and reads the files they name. */
async function settle(options: LintCommandOptions, cwd: string): Promise<Settings> {
  const format = options.format ?? 'stylish';
  if (!(FORMATS as readonly string[]).includes(format))
    throw new UsageError(lintMessages.badFormat(format, FORMATS));
  if (options.scope !== undefined && !(SCOPES as readonly string[]).includes(options.scope)) {
    throw new UsageError(lintMessages.badScope(options.scope, SCOPES));
  }
  const rules: Record<string, RuleSetting> = {};
  for (const entry of options.rule ?? []) {
    const match = /^([^=\s]+)=(\w+)$/.exec(entry.trim());
    if (match === null || !SEVERITIES.includes(match[2]!)) throw new UsageError(lintMessages.badRule(entry));
    const checked = checkRuleId(match[1]!);
    if (!checked.known) throw new UsageError(lintMessages.unknownRule(match[1]!, checked.suggestion));
    rules[match[1]!] = match[2] as RuleSetting;
  }
  let maxWarnings: number | undefined;
  if (options.maxWarnings !== undefined) {
    if (!/^\d+$/.test(options.maxWarnings))
      throw new UsageError(lintMessages.badMaxWarnings(options.maxWarnings));
    maxWarnings = Number(options.maxWarnings);
  }
  const namedValues =
    options.namedValues === undefined
      ? undefined
      : await loadNamedValues(resolve(cwd, options.namedValues), options.namedValues);
  const fragments =
    options.fragments === undefined
      ? undefined
      : await loadFragments(resolve(cwd, options.fragments), options.fragments);
  const config =
    options.config === undefined ? undefined : await loadConfig(resolve(cwd, options.config), options.config);
  return {
    format: format as FormatName,
    rules,
    ...(namedValues === undefined ? {} : { namedValues }),
    ...(fragments === undefined ? {} : { fragments }),
    ...(config === undefined ? {} : { config }),
    ...(options.scope === undefined ? {} : { scope: options.scope as Scope }),
    templatePlaceholders: options.templatePlaceholders === true,
    ...(maxWarnings === undefined ? {} : { maxWarnings }),
    quiet: options.quiet === true,
  };
}

/** A linted file, with the maximum of warnings its configuration allows. */
interface LintedWithLimit extends LintedFile {
  readonly maxWarnings: number | undefined;
}

async function lintAll(
  patterns: readonly string[],
  options: LintCommandOptions,
  settings: Settings,
  io: Io,
): Promise<LintedWithLimit[]> {
  const discovered = await discoverFiles(patterns, io.cwd);
  const finder = new ConfigFinder(io.cwd);
  const sources: { path: string; shown: string; text: string | undefined }[] = discovered.files.map(
    (path) => ({
      path,
      shown: shownPath(io.cwd, path),
      text: undefined,
    }),
  );
  if (discovered.stdin) {
    const name = options.stdinFilename;
    sources.push({
      path: resolve(io.cwd, name ?? '<stdin>'),
      shown: name === undefined ? '<stdin>' : shownPath(io.cwd, resolve(io.cwd, name)),
      text: await readStream(io.stdin),
    });
  }
  const linted: LintedWithLimit[] = [];
  for (const source of sources) {
    // Read synchronously: linting is synchronous too, so a read in the background would wait for
    // it, and each of its steps would wait for the file before.
    const text = source.text ?? readTextSync(source.path, source.shown);
    const config = settings.config ?? (await finder.forDirectory(dirname(source.path)));
    const namedValues = settings.namedValues ?? config?.namedValues;
    const fragments = settings.fragments ?? config?.fragments;
    const scope = settings.scope ?? config?.scope;
    const { diagnostics } = lintText(text, {
      file: source.shown,
      rules: { ...config?.rules, ...settings.rules },
      templatePlaceholders: settings.templatePlaceholders || config?.templatePlaceholders === true,
      ...(namedValues === undefined ? {} : { namedValues }),
      ...(fragments === undefined ? {} : { fragments }),
      ...(scope === undefined ? {} : { scope }),
    });
    linted.push({ path: source.shown, text, diagnostics, maxWarnings: config?.maxWarnings });
  }
  return linted;
}

/** A path as shown: relative to the current directory, with forward slashes. */
function shownPath(cwd: string, path: string): string {
  return relative(cwd, path).split(sep).join('/');
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}
