import { describe, expect, it } from 'vitest';
import { verbatimText } from './mapped-text.js';
import { findTokens } from './patterns.js';
import { substitute } from './substitute.js';

describe('substitute', () => {
  it('fills in named values and maps every character back to the file', () => {
    const file = 'xx"{{user}}:{{pw}}"';
    const { text, unresolved } = substitute(verbatimText(file, 2, file.length), {
      namedValues: { user: 'alice', pw: 'x' },
    });
    expect(text.text).toBe('"alice:x"');
    expect(unresolved).toEqual([]);
    // Inside a substitution: the token's start; after it: the right character of the file.
    expect(Array.from(text.offsets)).toEqual([2, 3, 3, 3, 3, 3, 11, 12, 18, 19]);
  });

  it('leaves unresolved names in the text and reports their file range', () => {
    const { text, unresolved } = substitute(verbatimText('a{{b}}c', 0, 7), { namedValues: new Map() });
    expect(text.text).toBe('a{{b}}c');
    expect(unresolved).toEqual([{ kind: 'named-value', name: 'b', token: '{{b}}', range: [1, 6] }]);
  });

  it('fills in deployment placeholders only when asked', () => {
    const values = { url: 'https://x', Env: 'prod', REGION: 'eu' };
    const input = verbatimText('\u0024{url} #{Env}# __REGION__', 0, 25);
    expect(substitute(input, { namedValues: values }).text.text).toBe('\u0024{url} #{Env}# __REGION__');
    expect(substitute(input, { namedValues: values, placeholders: true }).text.text).toBe(
      'https://x prod eu',
    );
  });

  it('does not take C# identifiers for placeholders', () => {
    expect(findTokens('x.__proto__ + a__B__c', true)).toEqual([]);
  });
});
