import { describe, expect, it } from 'vitest';
import type { BinaryOperator } from '../ast/expressions.js';
import { expr } from '../test-support/parse-helpers.js';
import { binaryPrecedence } from './operator-chain.js';

const operators = Object.keys(binaryPrecedence) as BinaryOperator[];
const rightAssociative = new Set<BinaryOperator>(['??']);

/** What C# makes of `a op1 b op2 c`. */
function expected(op1: BinaryOperator, op2: BinaryOperator): string {
  const first = binaryPrecedence[op1];
  const second = binaryPrecedence[op2];
  const leftFirst = first > second || (first === second && !rightAssociative.has(op1));
  return leftFirst ? `(${op2} (${op1} a b) c)` : `(${op1} a (${op2} b c))`;
}

describe('binary operator precedence and associativity', () => {
  const pairs = operators.flatMap((op1) => operators.map((op2) => [op1, op2] as const));
  it.each(pairs)('a %s b %s c', (op1, op2) => {
    expect(expr(`a ${op1} b ${op2} c`)).toBe(expected(op1, op2));
  });

  it('follows the precedence levels of the C# specification, loosest first', () => {
    const levels = [
      ['??'],
      ['||'],
      ['&&'],
      ['|'],
      ['^'],
      ['&'],
      ['==', '!='],
      ['<', '>', '<=', '>='],
      ['<<', '>>', '>>>'],
      ['+', '-'],
      ['*', '/', '%'],
    ];
    levels.forEach((level, index) => {
      for (const operator of level) expect(binaryPrecedence[operator as BinaryOperator]).toBe(index + 1);
    });
  });
});

describe('is and as bind like the relational operators', () => {
  it.each(operators)('a %s b is int', (op) => {
    const want = binaryPrecedence[op] >= 8 ? `(is (${op} a b) (type int))` : `(${op} a (is b (type int)))`;
    expect(expr(`a ${op} b is int`)).toBe(want);
  });

  it.each(operators)('a %s b as string', (op) => {
    const want = binaryPrecedence[op] >= 8 ? `(as (${op} a b) string)` : `(${op} a (as b string))`;
    expect(expr(`a ${op} b as string`)).toBe(want);
  });

  it.each(operators.filter((op) => binaryPrecedence[op] <= 8))('a is int %s c', (op) => {
    expect(expr(`a is int ${op} c`)).toBe(`(${op} (is a (type int)) c)`);
  });

  it('chains type tests left to right', () => {
    expect(expr('a as object is string')).toBe('(is (as a object) (type string))');
    expect(expr('a is bool == b is bool')).toBe('(== (is a (type bool)) (is b (type bool)))');
  });
});

describe('unary operators bind tighter than any binary operator', () => {
  it.each(['+', '-', '!', '~', '++', '--'])('%sa * b', (op) => {
    expect(expr(`${op}a * b`)).toBe(`(* (${op} a) b)`);
  });

  it('nests prefix operators and casts', () => {
    expect(expr('-(-a)')).toBe('(- (paren (- a)))');
    expect(expr('- -a')).toBe('(- (- a))');
    expect(expr('!!a')).toBe('(! (! a))');
    expect(expr('-(int)a')).toBe('(- (cast int a))');
    expect(expr('(int)-a')).toBe('(cast int (- a))');
    expect(expr('(string)a + b')).toBe('(+ (cast string a) b)');
  });

  it('applies postfix operators and member access before prefix operators', () => {
    expect(expr('-a.b')).toBe('(- (. a b))');
    expect(expr('!a.b()')).toBe('(! (call (. a b)))');
    expect(expr('-a++')).toBe('(- (post++ a))');
    expect(expr('a++ + b')).toBe('(+ (post++ a) b)');
    expect(expr('a+++b')).toBe('(+ (post++ a) b)');
    expect(expr('a + ++b')).toBe('(+ a (++ b))');
    expect(expr('(int)a.b')).toBe('(cast int (. a b))');
  });
});

describe('conditional, coalescing, assignment and lambdas', () => {
  it('makes ?: the loosest operator but assignment, right-associative', () => {
    expect(expr('a ?? b ? c : d')).toBe('(?: (?? a b) c d)');
    expect(expr('a || b ? c : d')).toBe('(?: (|| a b) c d)');
    expect(expr('a ? b : c ? d : e')).toBe('(?: a b (?: c d e))');
    expect(expr('a ? b ? c : d : e')).toBe('(?: a (?: b c d) e)');
    expect(expr('a ? b + c : d + e')).toBe('(?: a (+ b c) (+ d e))');
  });

  it('makes ?? right-associative and looser than ||', () => {
    expect(expr('a ?? b ?? c')).toBe('(?? a (?? b c))');
    expect(expr('a || b ?? c')).toBe('(?? (|| a b) c)');
    expect(expr('a ?? b || c')).toBe('(?? a (|| b c))');
  });

  it.each(['=', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '<<=', '>>=', '??='])(
    'makes %s right-associative and loosest',
    (op) => {
      expect(expr(`a ${op} b ${op} c`)).toBe(`(${op} a (${op} b c))`);
      expect(expr(`a ${op} b ? c : d`)).toBe(`(${op} a (?: b c d))`);
      expect(expr(`a ${op} b || c`)).toBe(`(${op} a (|| b c))`);
    },
  );

  it('lets a lambda body take the rest of the expression', () => {
    expect(expr('x => x + 1')).toBe('(lambda (x) (+ x 1))');
    expect(expr('f(x => x ? 1 : 2, y)')).toBe('(call f (lambda (x) (?: x 1 2)) y)');
    expect(expr('x => y => x + y')).toBe('(lambda (x) (lambda (y) (+ x y)))');
    expect(expr('a = x => x')).toBe('(= a (lambda (x) x))');
  });

  it('parses both conditional branches as full expressions, assignments included', () => {
    expect(expr('a ? b = 1 : c = 2')).toBe('(?: a (= b 1) (= c 2))');
  });

  it('reads a throw expression operand as far as ?? reaches', () => {
    expect(expr('a ?? throw e')).toBe('(?? a (throw e))');
    expect(expr('a ? b : throw new E()')).toBe('(?: a b (throw (new E ())))');
  });
});

describe('C# 8 operators take their places', () => {
  it('binds switch and with tighter than multiplication', () => {
    expect(expr('a * b switch { _ => 1 }')).toBe('(* a (switch b (=> _ 1)))');
    expect(expr('a + b with { X = 1 }')).toBe('(+ a (with b {(= X 1)}))');
  });

  it('binds ranges tighter than switch and looser than unary', () => {
    expect(expr('a..b')).toBe('(.. a b)');
    expect(expr('..b')).toBe('(.. _ b)');
    expect(expr('a..')).toBe('(.. a _)');
    expect(expr('^1..^0')).toBe('(.. (^ 1) (^ 0))');
    expect(expr('-a..b')).toBe('(.. (- a) b)');
  });
});
