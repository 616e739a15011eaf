import { dirname, join, relative, resolve } from 'node:path';
import type { Scope } from '@apim-policy/engine';
import { loadFragments } from './fragments.js';
import { lintMessages } from './messages.js';
import { loadNamedValues } from './named-values.js';
import { readText, statIfExists } from './read-text.js';
import { type RuleSettings, validateConfig } from './run-lint.js';
import { UsageError } from './usage-error.js';

/** The name of the configuration file looked for upward from each linted file. */
export const CONFIG_FILE_NAME = 'apim-policy.config.json';

/** A configuration file read, its paths resolved and their files loaded. */
export interface ResolvedConfig {
  /** The configuration file's path. */
  readonly path: string;
  readonly rules: RuleSettings;
  readonly namedValues?: Readonly<Record<string, string>>;
  readonly fragments?: Readonly<Record<string, string>>;
  readonly scope?: Scope;
  readonly templatePlaceholders?: boolean;
  readonly maxWarnings?: number;
}

/**
 * Reads, validates and resolves a configuration file: `namedValues` given as a path and
 * `fragments` are relative to the file. An invalid file is a usage error listing its problems.
 */
export async function loadConfig(path: string, shown: string = path): Promise<ResolvedConfig> {
  const text = await readText(path, shown);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(lintMessages.badJson(shown, error instanceof Error ? error.message : String(error)));
  }
  const { config, problems } = validateConfig(json, shown);
  if (problems.length > 0) throw new UsageError(lintMessages.invalidConfig(shown), problems);
  const base = dirname(path);
  const namedValues =
    typeof config.namedValues === 'string'
      ? await loadNamedValues(resolve(base, config.namedValues))
      : config.namedValues;
  const fragments =
    config.fragments === undefined ? undefined : await loadFragments(resolve(base, config.fragments));
  return {
    path,
    rules: config.rules ?? {},
    ...(namedValues === undefined ? {} : { namedValues }),
    ...(fragments === undefined ? {} : { fragments }),
    ...(config.scope === undefined ? {} : { scope: config.scope }),
    ...(config.templatePlaceholders === undefined
      ? {}
      : { templatePlaceholders: config.templatePlaceholders }),
    ...(config.maxWarnings === undefined ? {} : { maxWarnings: config.maxWarnings }),
  };
}

/**
 * Finds the nearest `apim-policy.config.json` from a directory upward, loading each found file
 * once. Lookups are cached by directory.
 */
export class ConfigFinder {
  readonly #cwd: string;
  readonly #found = new Map<string, Promise<string | undefined>>();
  readonly #loaded = new Map<string, Promise<ResolvedConfig>>();

  /** `cwd`: the directory configuration paths are shown relative to. */
  constructor(cwd: string) {
    this.#cwd = cwd;
  }

  /** The configuration that applies to files of `directory`, if any. */
  async forDirectory(directory: string): Promise<ResolvedConfig | undefined> {
    const path = await this.#find(resolve(directory));
    if (path === undefined) return undefined;
    let loaded = this.#loaded.get(path);
    if (loaded === undefined) {
      loaded = loadConfig(path, relative(this.#cwd, path) || path);
      this.#loaded.set(path, loaded);
    }
    return loaded;
  }

  #find(directory: string): Promise<string | undefined> {
    let found = this.#found.get(directory);
    if (found === undefined) {
      found = this.#lookUp(directory);
      this.#found.set(directory, found);
    }
    return found;
  }

  async #lookUp(directory: string): Promise<string | undefined> {
    const candidate = join(directory, CONFIG_FILE_NAME);
    const found = await statIfExists(candidate, relative(this.#cwd, candidate) || candidate);
    if (found?.isFile() === true) return candidate;
    const parent = dirname(directory);
    return parent === directory ? undefined : this.#find(parent);
  }
}
