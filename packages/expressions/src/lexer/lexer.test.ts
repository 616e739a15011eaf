import { describe, expect, it } from 'vitest';
import { createLexer, tokenize } from './lexer.js';

describe('the lexer', () => {
  it("passes chevrotain's validations of the token definitions (the lexer of the process skips them)", () => {
    const lexer = createLexer(true);
    expect(lexer.lexerDefinitionErrors).toEqual([]);
    expect(lexer.tokenize('@(a + "b")').errors).toEqual([]);
  });

  it('moves offsets of a piece lexed on its own', () => {
    const { tokens } = tokenize('a + b', 10);
    expect(tokens.map((token) => [token.image, token.startOffset, token.endOffset])).toEqual([
      ['a', 10, 10],
      ['+', 12, 12],
      ['b', 14, 14],
    ]);
  });

  it('decodes literal values into token payloads', () => {
    const { tokens } = tokenize('"a\\tb" 0x10 1.5f \'c\'');
    expect(tokens.map((token) => token.payload)).toEqual([
      { kind: 'string', stringKind: 'regular', value: 'a\tb', utf8: false },
      { kind: 'integer', value: 16n, suffix: 'none' },
      { kind: 'real', value: 1.5, digits: '1.5', suffix: 'f' },
      { kind: 'char', value: 'c' },
    ]);
  });
});
