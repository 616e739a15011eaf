import { describe, expect, it } from 'vitest';
import { SAMPLE } from '../test-support/sample.js';
import { sarifValidator } from '../test-support/sarif-schema.js';
import { formatSarif } from './sarif.js';

const validate = sarifValidator();

describe('formatSarif', () => {
  const log = JSON.parse(formatSarif(SAMPLE, { version: '1.2.3' }));

  it('validates against the SARIF 2.1.0 schema', () => {
    expect(validate(log)).toEqual([]);
  });

  it('has one run of apim-policy with the rules its results name', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const { driver } = log.runs[0].tool;
    expect(driver).toMatchObject({ name: 'apim-policy', version: '1.2.3' });
    expect(driver.rules[0]).toEqual({
      id: 'invalid-attribute-value',
      shortDescription: { text: expect.stringContaining('is not a valid value') },
      help: { text: expect.stringMatching(/ docs\/diagnostics\/README\.md /) },
      defaultConfiguration: { level: 'error' },
    });
    expect(driver.rules[2].help.text).toMatch(/ docs\/rules\/deployment-placeholder\.md /);
    // Descriptions are sentences, not message templates with their placeholders.
    expect(JSON.stringify(driver.rules)).not.toMatch(/\{\w+\}/);
  });

  it('locates results relative to %SRCROOT%, URI-encoded, columns 1-based', () => {
    const [first, , third] = log.runs[0].results;
    expect(first).toEqual({
      ruleId: 'invalid-attribute-value',
      ruleIndex: 0,
      level: 'error',
      message: { text: "'never' is not a valid value" },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'apis/echo%20policy.xml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 3, startColumn: 26, endLine: 3, endColumn: 47 },
          },
        },
      ],
    });
    expect(third.level).toBe('note');
  });

  it('links expression diagnostics to their own page', () => {
    const [file] = SAMPLE;
    const diagnostic = { ...file!.diagnostics[0]!, code: 'name-not-found', rule: 'name-not-found' };
    const one = JSON.parse(formatSarif([{ ...file!, diagnostics: [diagnostic] }], { version: '1.2.3' }));
    expect(one.runs[0].tool.driver.rules[0].help.text).toMatch(/ docs\/diagnostics\/name-not-found\.md /);
  });

  it('is checked by a validator that rejects invalid logs', () => {
    expect(validate({ ...log, version: '2.0.0' })).not.toEqual([]);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).not.toEqual([]);
  });
});
