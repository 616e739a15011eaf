import { describe, expect, it } from 'vitest';
import { SAMPLE } from '../test-support/sample.js';
import { formatJson } from './json.js';

describe('formatJson', () => {
  it('prints every file with 1-based lines and columns', () => {
    const document = JSON.parse(formatJson(SAMPLE));
    expect(document.files.map((file: { path: string }) => file.path)).toEqual([
      'apis/echo policy.xml',
      'clean.xml',
    ]);
    expect(document.files[0].diagnostics[0]).toEqual({
      severity: 'error',
      rule: 'invalid-attribute-value',
      message: "'never' is not a valid value",
      line: 3,
      column: 26,
      endLine: 3,
      endColumn: 47,
    });
    expect(document.files[1].diagnostics).toEqual([]);
  });

  it('prints an empty list for no files', () => {
    expect(formatJson([])).toBe('{"files":[]}\n');
  });
});
