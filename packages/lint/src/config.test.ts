import { describe, expect, it } from 'vitest';
import { validateConfig } from './config.js';

describe('validateConfig', () => {
  it('keeps a valid configuration whole', () => {
    const json = {
      $schema: './schema.json',
      rules: { 'missing-base': 'error', 'unresolved-named-value': 'off', 'member-not-allowed': 'info' },
      namedValues: 'named-values.yaml',
      fragments: 'fragments',
      scope: 'api',
      templatePlaceholders: true,
      maxWarnings: 0,
    };
    const { $schema: _, ...expected } = json;
    expect(validateConfig(json, 'apim-policy.config.json')).toEqual({ config: expected, problems: [] });
  });

  it('names an unknown rule, with the closest known id', () => {
    const { config, problems } = validateConfig(
      { rules: { 'missing-bas': 'warning', 'unreachable-branch': 'off' } },
      'apim-policy.config.json',
    );
    expect(problems).toEqual([
      'apim-policy.config.json: rules.missing-bas: no such rule; did you mean missing-base?',
    ]);
    expect(config.rules).toEqual({ 'unreachable-branch': 'off' });
  });

  it('reports every wrong value, in plain words', () => {
    const { config, problems } = validateConfig(
      {
        rules: { 'missing-base': 'warn' },
        namedValues: 3,
        scope: 'service',
        templatePlaceholders: 'yes',
        maxWarnings: -1,
        maxWarning: 3,
      },
      'c.json',
    );
    expect(problems).toEqual([
      'c.json: maxWarning: no such setting; did you mean maxWarnings?',
      'c.json: rules.missing-base: must be one of error, warning, info, off, not "warn"',
      'c.json: namedValues: must be a path (a non-empty string)',
      'c.json: scope: must be one of global, workspace, product, api, operation, not "service"',
      'c.json: templatePlaceholders: must be true or false',
      'c.json: maxWarnings: must be a whole number, 0 or more',
    ]);
    expect(config).toEqual({ rules: {} });
  });

  it.each([[null], [[]], ['rules'], [3]])('rejects %j, which is not an object', (json) => {
    expect(validateConfig(json, 'c.json')).toEqual({
      config: {},
      problems: ['c.json: the configuration must be a JSON object'],
    });
  });

  it('rejects rules that are not an object', () => {
    expect(validateConfig({ rules: ['missing-base'] }, 'c.json').problems).toEqual([
      'c.json: rules: must be an object of rule ids and severities',
    ]);
  });
});
