import { describe, expect, it } from 'vitest';
import { SAMPLE } from '../test-support/sample.js';
import { formatGithub } from './github.js';

describe('formatGithub', () => {
  it('prints one workflow command per finding, escaping data and properties', () => {
    expect(formatGithub(SAMPLE).split('\n')).toEqual([
      "::error file=apis/echo policy.xml,line=3,col=26,endLine=3,endColumn=47,title=invalid-attribute-value::'never' is not a valid value",
      "::warning file=apis/echo policy.xml,line=3,col=5,endLine=3,endColumn=16,title=unresolved-named-value::The named value '{{k}}' has no value, 100%25",
      '::notice file=apis/echo policy.xml,line=4,col=3,endLine=4,endColumn=13,title=deployment-placeholder::A placeholder:%0Aline two',
      '',
    ]);
  });

  it('escapes colons and commas in properties', () => {
    const [file] = SAMPLE;
    const text = formatGithub([{ ...file!, path: 'C:/a,b.xml', diagnostics: file!.diagnostics.slice(0, 1) }]);
    expect(text).toContain('file=C%3A/a%2Cb.xml,');
  });

  it('prints nothing without findings', () => {
    expect(formatGithub([])).toBe('');
  });
});
