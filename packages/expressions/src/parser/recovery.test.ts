import { describe, expect, it } from 'vitest';
import { broken } from '../test-support/parse-helpers.js';
import { parseExpression } from './parse.js';

describe('error recovery', () => {
  it('keeps the tree around a missing operand', () => {
    expect(broken('@(a + )')).toEqual({ tree: '(+ a <error>)', errors: ['invalid-expression-term@6-7'] });
    expect(broken('@(a + * b)')).toEqual({
      tree: '(+ a (* <error> b))',
      errors: ['invalid-expression-term@6-7'],
    });
    expect(broken('@(-)')).toEqual({ tree: '(- <error>)', errors: ['invalid-expression-term@3-4'] });
    expect(broken('@(f(a, , b))')).toEqual({
      tree: '(call f a <error> b)',
      errors: ['invalid-expression-term@7-8'],
    });
  });

  it('inserts what is missing where the text simply stops', () => {
    expect(broken('@(f(a, b')).toEqual({ tree: '(call f a b)', errors: ['expected-token@8-8'] });
    expect(broken('@(a[1')).toEqual({
      tree: '(index a 1)',
      errors: ['expected-token@5-5', 'expected-token@5-5'],
    });
    expect(parseExpression('@(a[1').diagnostics.map((d) => d.message)).toEqual([
      "']' expected",
      "')' expected",
    ]);
    expect(broken('@{ return 1')).toEqual({
      tree: '(block (return 1))',
      errors: ['expected-token@11-11', 'expected-token@11-11'],
    });
    expect(broken('@{ if (x) { return 1;')).toEqual({
      tree: '(block (if x (block (return 1))))',
      errors: ['expected-token@21-21'],
    });
    expect(broken('@(')).toMatchObject({ tree: '<error>' });
  });

  it('reports every error of a code block, not just the first', () => {
    const { tree, errors } = broken('@{\n var x = ;\n y = 2 +;\n return (;\n}');
    expect(errors).toEqual([
      'invalid-expression-term@12-13',
      'invalid-expression-term@22-23',
      'expected-token@33-34',
      'invalid-expression-term@33-34',
    ]);
    expect(tree).toBe(
      '(block (local var (= x <error>)) (expr (= y (+ 2 <error>))) (return (paren <error>)))',
    );
  });

  it('reports a missing semicolon at the end of its line and goes on', () => {
    const { tree, errors } = broken('@{\n var x = 1\n return x;\n}');
    expect(errors).toEqual(['expected-token@13-13']);
    expect(tree).toBe('(block (local var (= x 1)) (return x))');
  });

  it('inserts the closing tokens a line ends without, and keeps the statement', () => {
    expect(broken('@{\n var bytes = F(header\n return 1; }')).toEqual({
      tree: '(block (local var (= bytes (call F header))) (return 1))',
      errors: ['expected-token@24-24', 'expected-token@24-24'],
    });
  });

  it('reports a missing parenthesis at the next token on the same line', () => {
    expect(broken('@{ if (x { return 1; } return 2; }')).toEqual({
      tree: '(block (if x (block (return 1))) (return 2))',
      errors: ['expected-token@9-10'],
    });
  });

  it('says what follows the end of the expression', () => {
    expect(broken('@(a) b').errors).toEqual(['unexpected-text-after-expression@5-6']);
    expect(broken('@{ return 1; } }').errors).toEqual(['unexpected-text-after-expression@15-16']);
  });

  it('asks for @( or @{ and still parses bare text', () => {
    expect(broken('a + b')).toEqual({ tree: '(+ a b)', errors: ['expression-form-expected@0-0'] });
    expect(broken('  x')).toEqual({ tree: 'x', errors: ['expression-form-expected@2-2'] });
    expect(broken('').errors).toEqual(['expression-form-expected@0-0', 'unexpected-end@0-0']);
  });

  it('reports where an identifier or a type is expected', () => {
    expect(broken('@(a.)').errors).toEqual(['identifier-expected@4-5']);
    expect(broken('@(typeof(1))').errors).toEqual(['type-expected@9-10']);
    expect(broken('@{ int = 1; }')).toEqual({
      tree: '(block (local int (= 1)))',
      errors: ['identifier-expected@7-7'],
    });
    expect(broken('@(x = int)').errors).toEqual(['invalid-expression-term@6-9']);
  });

  it('parses text with several errors without throwing and with positions inside it', () => {
    const inputs = [
      '@{{{{',
      '@(((((',
      '@{ ) ] } ( [ {',
      '@(new)',
      '@(new[)',
      '@(x is)',
      '@(a ? b)',
      '@(() =>)',
      '@($"{',
    ];
    for (const input of inputs) {
      const { ast, diagnostics } = parseExpression(input);
      expect(diagnostics.length, input).toBeGreaterThan(0);
      expect(
        diagnostics.some((d) => d.code === 'internal-error'),
        input,
      ).toBe(false);
      for (const d of diagnostics) expect(d.range[1], input).toBeLessThanOrEqual(input.length);
      expect(ast.range[1]).toBeLessThanOrEqual(input.length);
    }
  });
});
