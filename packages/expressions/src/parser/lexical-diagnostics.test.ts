import { describe, expect, it } from 'vitest';
import { broken, expr } from '../test-support/parse-helpers.js';
import { parseExpression } from './parse.js';

/** Diagnostics of `@(text)` as `code@start-end`, offsets relative to `text`. */
function problems(text: string): string[] {
  return parseExpression(`@(${text})`).diagnostics.map(
    (d) => `${d.code}@${d.range[0] - 2}-${d.range[1] - 2}`,
  );
}

describe('keywords and identifiers', () => {
  it('tells keywords from identifiers that start like them', () => {
    expect(expr('double.Parse(s)')).toBe('(call (. double Parse) s)');
    expect(expr('integer + interval + doSomething + format')).toBe(
      '(+ (+ (+ integer interval) doSomething) format)',
    );
    expect(expr('@int + @class')).toBe('(+ @int @class)');
  });

  it('keeps contextual keywords usable as names', () => {
    expect(expr('var + value + when + from + select + async + nameof + dynamic + global')).toBe(
      '(+ (+ (+ (+ (+ (+ (+ (+ var value) when) from) select) async) nameof) dynamic) global)',
    );
  });

  it('reads Unicode identifiers', () => {
    expect(expr('größe + 名前 + _x1')).toBe('(+ (+ größe 名前) _x1)');
  });

  it('reports an identifier expected where a keyword stands', () => {
    expect(problems('a.class')).toEqual(['identifier-expected-keyword@2-7']);
  });
});

describe('string and character literals', () => {
  it('reports a line break inside a regular string, and recovers on the next line', () => {
    const { diagnostics } = parseExpression('@{ var s = "abc\n; return 1; }');
    expect(diagnostics.map((d) => d.code)).toEqual(['newline-in-constant']);
    expect(diagnostics[0]?.loc).toEqual({ start: { line: 1, column: 11 }, end: { line: 1, column: 15 } });
  });

  it('reports strings that never end', () => {
    expect(broken('@("abc').errors).toEqual(['unterminated-string@2-6', 'expected-token@6-6']);
    expect(broken('@(@"abc').errors).toEqual(['unterminated-string@2-7', 'expected-token@7-7']);
    expect(broken('@($"a{b}').errors).toEqual(['unterminated-string@2-8', 'expected-token@8-8']);
  });

  it('reports unrecognized escapes at the escape itself', () => {
    expect(problems('"a\\qb"')).toEqual(['invalid-escape@2-4']);
    expect(problems('"\\u12"')).toEqual(['invalid-escape@1-5']);
    expect(problems('"\\U0011FFFF"')).toEqual(['invalid-escape@1-11']);
    expect(problems('"\\x"')).toEqual(['invalid-escape@1-3']);
    expect(problems("'\\e'")).toEqual(['invalid-escape@1-3']);
    expect(problems('@"\\q"')).toEqual([]);
  });

  it('reports character literals that are empty, too long or unterminated', () => {
    expect(problems("''")).toEqual(['empty-character@0-2']);
    expect(problems("'ab'")).toEqual(['too-many-characters@0-4']);
    expect(problems("'Retry-After'")).toEqual(['too-many-characters@0-13']);
    expect(problems("'\\U0001F600'")).toEqual(['too-many-characters@0-12']);
    expect(broken("@('a").errors).toEqual(['unterminated-character@2-4', 'expected-token@4-4']);
  });

  it('reports a lone } and an empty or unclosed hole in interpolated strings', () => {
    expect(problems('$"a}b"')).toEqual(['unescaped-close-brace@3-4']);
    expect(problems('$"{}"')).toEqual(['empty-interpolation@3-3']);
    expect(problems('$"{ }"')).toEqual(['empty-interpolation@3-4']);
    expect(problems('$"{x,}"')).toEqual(['empty-interpolation@5-5']);
    expect(broken('@($"{a")').errors).toContain('unterminated-interpolation@4-8');
  });

  it('reports errors inside holes at their place in the text', () => {
    expect(problems('$"x{a +}y"')).toEqual(['unexpected-end@7-7']);
    expect(problems('$"{a b}"')).toEqual(['unexpected-token@5-6']);
  });
});

describe('numbers', () => {
  it('reports malformed digit separators and prefixes', () => {
    expect(problems('1_')).toEqual(['invalid-number@0-2']);
    expect(problems('0x')).toEqual(['invalid-number@0-2']);
    expect(problems('0b')).toEqual(['invalid-number@0-2']);
    expect(problems('1_.5')).toEqual(['invalid-number@0-4']);
    expect(problems('1e')).toEqual(['invalid-number@0-2']);
    expect(problems('1e_5')).toEqual(['invalid-number@0-4']);
  });

  it('reports constants out of range', () => {
    expect(problems('18446744073709551616')).toEqual(['integer-too-large@0-20']);
    expect(problems('0x1_0000_0000_0000_0000')).toEqual(['integer-too-large@0-23']);
    expect(problems('1e400')).toEqual(['real-out-of-range@0-5']);
    expect(problems('3.5e38f')).toEqual(['real-out-of-range@0-7']);
    expect(problems('8e28m')).toEqual(['real-out-of-range@0-5']);
    expect(problems('3.4e38f')).toEqual([]);
  });
});

describe('characters and comments', () => {
  it('reports characters that start no token', () => {
    expect(problems('a # b')).toEqual(['unexpected-character@2-3', 'expected-token@4-5']);
    expect(problems('a ` b')[0]).toBe('unexpected-character@2-3');
  });

  it('keeps comments, and reports one that never ends', () => {
    const { ast, diagnostics } = parseExpression('@{ // line\n /* block */ return 1; /* open');
    expect(ast.comments.map((c) => [c.kind, c.value])).toEqual([
      ['line', ' line'],
      ['block', ' block '],
      ['block', ' open'],
    ]);
    expect(diagnostics.map((d) => d.code)).toEqual(['expected-token', 'unterminated-comment']);
  });
});
