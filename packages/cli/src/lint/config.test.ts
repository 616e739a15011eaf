import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigFinder, loadConfig } from './config.js';
import { UsageError } from './usage-error.js';

const FIXTURES = fileURLToPath(new URL('./__fixtures__/', import.meta.url));

describe('loadConfig', () => {
  it('resolves named values and fragments relative to the file', async () => {
    const config = await loadConfig(join(FIXTURES, 'configured', 'apim-policy.config.json'));
    expect(config.rules).toEqual({ 'invalid-attribute-value': 'warning' });
    expect(config.namedValues).toEqual({ 'backend-url': 'https://backend.contoso.example' });
    expect(Object.keys(config.fragments ?? {})).toEqual(['cors']);
  });

  it('lists the problems of an invalid file', async () => {
    const error = await loadConfig(
      join(FIXTURES, 'invalid-config', 'apim-policy.config.json'),
      'bad.json',
    ).catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toBe("The configuration 'bad.json' is invalid:");
    expect((error as UsageError).details).toHaveLength(2);
  });

  it('refuses a file that is not JSON', async () => {
    await expect(loadConfig(join(FIXTURES, 'clean', 'api.xml'), 'api.xml')).rejects.toThrow(
      "'api.xml' is not valid JSON",
    );
  });
});

describe('ConfigFinder', () => {
  it('finds the nearest configuration upward, and none where there is none above', async () => {
    const finder = new ConfigFinder(FIXTURES);
    const found = await finder.forDirectory(join(FIXTURES, 'configured', 'apis', 'echo'));
    expect(found?.path).toBe(join(FIXTURES, 'configured', 'apim-policy.config.json'));
    expect(await finder.forDirectory(join(FIXTURES, 'clean'))).toBeUndefined();
  });
});
