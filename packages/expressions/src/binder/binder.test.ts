import { describe, expect, it } from 'vitest';
import { checkExpression, compileExpression } from '../compiler/compile.js';
import { toDotnetString } from '../runtime/text/to-string.js';

/** Binding rules of C# that the conformance cases do not single out. */
const evaluates: readonly [string, unknown][] = [
  ['@("Hello".Where(char.IsUpper).Count())', 1],
  ['@(string.Join(",", new[] { "1", "2" }.Select(int.Parse)))', '1,2'],
  ['@{ var f = (Func<string, int>)(s => s.Length); return f("abc"); }', 3],
  ["@{ var f = (Func<char, bool>)char.IsDigit; return f('7'); }", true],
  ['@(new List<string> { "a", "b" }.Count())', 2],
  ['@(new List<string> { "a", "b" }.Count)', 2],
  ['@(Enumerable.Count(new[] { 1, 2, 3 }))', 3],
  ['@(new[] { 1, 2, 3 }.Count(x => x > 1))', 2],
  ['@(new Exception("bad").Message)', 'bad'],
  ['@{ int? n = null; return n.GetValueOrDefault() + (n.HasValue ? 1 : 0); }', 0],
  ['@((object)5 is int i && i > 3)', true],
  ['@(-7m % 2m)', '-1'],
];

const reports: readonly [string, string][] = [
  ['@("abc".Substring("1"))', 'argument-mismatch'],
  ['@(new List<int>().Foo())', 'member-not-found'],
  ['@(new Foo())', 'type-not-found'],
  ['@(new[] { 1, 2 }.Select(char.IsDigit))', 'cannot-infer-type-arguments'],
  ['@{ int x; return x; }', 'unassigned-local'],
];

describe('the binder', () => {
  it.each(evaluates)('%s evaluates', (source, expected) => {
    const value = compileExpression(source).evaluate({});
    if (typeof expected === 'string' && typeof value !== 'string')
      expect(toDotnetString(value)).toBe(expected);
    else expect(value).toEqual(expected);
  });

  it.each(reports)('%s reports %s', (source, code) => {
    expect(checkExpression(source).diagnostics.map((d) => d.code)).toContain(code);
  });
});
