import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('the parse-expressions demo', () => {
  it('prints each example, its shape, and the errors of the broken one with positions', () => {
    const output = execFileSync(process.execPath, [join(import.meta.dirname, 'demo.js')], {
      encoding: 'utf8',
    });
    expect(output).toContain('=== The classic client-certificate condition');
    expect(output.match(/no diagnostics/g)).toHaveLength(2);
    expect(output.split('\n').filter((line) => line.startsWith('error '))).toEqual([
      'error too-many-characters at 2:60: Too many characters in character literal',
      "error expected-token at 3:48: ')' expected",
      "error expected-token at 3:48: ';' expected",
      "error invalid-expression-term at 4:54: Invalid expression term ';'",
    ]);
  });
});
