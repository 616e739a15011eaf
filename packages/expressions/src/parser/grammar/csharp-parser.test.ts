import { describe, expect, it } from 'vitest';
import { CSharpParser } from './csharp-parser.js';

describe('the grammar', () => {
  it("passes chevrotain's own validations (the parser of the process skips them to start faster)", () => {
    expect(() => new CSharpParser({ validate: true })).not.toThrow();
  });
});
