import { closestName, SCOPES, type Scope } from '@apim-policy/engine';
import { knownCodes } from './known-codes.js';
import type { RuleSetting } from './types.js';

/** What `apim-policy.config.json` holds. Paths are relative to the configuration file. */
export interface LintConfig {
  /** Severity (`error`, `warning`, `info`) or `off`, by rule id or diagnostic code. */
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  /** A JSON or YAML file of named values (name → value). */
  readonly namedValues?: string;
  /** A folder of policy fragments (`<id>.xml`, or `<id>/policy.xml` as APIOps extracts them). */
  readonly fragments?: string;
  /** The scope of every linted file, instead of inferring it from each file's path. */
  readonly scope?: Scope;
  /** The files are templates a deployment tool fills in: check around `${name}`, `#{name}#`, `__NAME__`. */
  readonly templatePlaceholders?: boolean;
  /** More warnings than this fail the run. */
  readonly maxWarnings?: number;
}

/** A configuration as far as it is valid, and what is wrong with the rest. */
export interface ConfigValidation {
  readonly config: LintConfig;
  /** One plain sentence per problem, each starting with `source` and the setting's path. */
  readonly problems: readonly string[];
}

const SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'info', 'off'];
const KEYS = ['$schema', 'rules', 'namedValues', 'fragments', 'scope', 'templatePlaceholders', 'maxWarnings'];

/**
 * Validates a parsed configuration (`JSON.parse` of `apim-policy.config.json`; `source` names it
 * in the problems). Every problem is reported, not just the first; valid settings are kept.
 * Rule ids must be registered rules or known diagnostic codes: a misspelt id would otherwise be
 * silently ignored.
 */
export function validateConfig(json: unknown, source: string): ConfigValidation {
  const problems: string[] = [];
  const problem = (path: string, text: string) => problems.push(`${source}: ${path}: ${text}`);
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    problems.push(`${source}: the configuration must be a JSON object`);
    return { config: {}, problems };
  }
  const input = json as Record<string, unknown>;
  const config: {
    rules?: Record<string, RuleSetting>;
    namedValues?: string;
    fragments?: string;
    scope?: Scope;
    templatePlaceholders?: boolean;
    maxWarnings?: number;
  } = {};
  for (const key of Object.keys(input))
    if (!KEYS.includes(key)) problem(key, `no such setting${didYouMean(key, KEYS)}`);
  if (input.rules !== undefined) {
    const rules = input.rules;
    if (typeof rules !== 'object' || rules === null || Array.isArray(rules))
      problem('rules', 'must be an object of rule ids and severities');
    else {
      const valid: Record<string, RuleSetting> = {};
      for (const [id, setting] of Object.entries(rules)) {
        if (!knownCodes.has(id)) problem(`rules.${id}`, `no such rule${didYouMean(id, knownCodes)}`);
        else if (!SETTINGS.includes(setting as RuleSetting))
          problem(`rules.${id}`, `must be one of ${SETTINGS.join(', ')}, not ${JSON.stringify(setting)}`);
        else valid[id] = setting as RuleSetting;
      }
      config.rules = valid;
    }
  }
  for (const key of ['namedValues', 'fragments'] as const) {
    const value = input[key];
    if (value === undefined) continue;
    if (typeof value !== 'string' || value === '') problem(key, 'must be a path (a non-empty string)');
    else config[key] = value;
  }
  if (input.scope !== undefined) {
    if (SCOPES.includes(input.scope as Scope)) config.scope = input.scope as Scope;
    else problem('scope', `must be one of ${SCOPES.join(', ')}, not ${JSON.stringify(input.scope)}`);
  }
  if (input.templatePlaceholders !== undefined) {
    if (typeof input.templatePlaceholders === 'boolean')
      config.templatePlaceholders = input.templatePlaceholders;
    else problem('templatePlaceholders', 'must be true or false');
  }
  if (input.maxWarnings !== undefined) {
    const value = input.maxWarnings;
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) config.maxWarnings = value;
    else problem('maxWarnings', 'must be a whole number, 0 or more');
  }
  return { config, problems };
}

function didYouMean(name: string, candidates: Iterable<string>): string {
  const suggestion = closestName(name, candidates);
  return suggestion === undefined ? '' : `; did you mean ${suggestion}?`;
}
