import { describe, expect, it } from 'vitest';
import type { Node } from '../ast/nodes.js';
import { walk } from '../ast/traverse.js';
import { block, expr } from '../test-support/parse-helpers.js';
import { parseExpression } from './parse.js';

/**
 * C# newer than what API Management compiles parses without syntax errors, into nodes that the
 * binder reports as "not supported by API Management".
 */
function nodeTypes(source: string): Set<string> {
  const { ast, diagnostics } = parseExpression(source);
  expect(diagnostics).toEqual([]);
  const types = new Set<string>();
  walk(ast, { enter: (node: Node) => void types.add(node.type) });
  return types;
}

describe('C# 8 and later parse into the tree', () => {
  it('switch expressions (C# 8)', () => {
    expect(
      expr('x switch { 1 => "one", > 5 and < 10 => "some", string s when s.Length > 0 => s, _ => "other", }'),
    ).toBe(
      '(switch x (=> 1 "one") (=> (and (> 5) (< 10)) "some") (=> (declare string s) (when (> (. s Length) 0)) s) (=> _ "other"))',
    );
  });

  it('recursive, positional and property patterns (C# 8)', () => {
    expect(expr('x is { Length: 0 }')).toBe('(is x (recursive {Length: 0}))');
    expect(expr('x is Point(1, _) p')).toBe('(is x (recursive Point (1 _) p))');
    expect(expr('x is Point { X: 0, Y: var y }')).toBe('(is x (recursive Point {X: 0 Y: (var y)}))');
    expect(expr('x is { A.B: 1 }')).toBe('(is x (recursive {(. A B): 1}))');
    expect(expr('x is (1, 2)')).toBe('(is x (recursive (1 2)))');
  });

  it('not, and, or, relational and parenthesized patterns (C# 9)', () => {
    expect(expr('x is not null')).toBe('(is x (not null))');
    expect(expr('x is not string')).toBe('(is x (not (type string)))');
    expect(expr('x is >= 0 and <= 9 or -1')).toBe('(is x (or (and (>= 0) (<= 9)) (- 1)))');
    expect(expr("c is (>= 'a' and <= 'z')")).toBe("(is c (paren (and (>= 'a') (<= 'z'))))");
  });

  it('list patterns (C# 11)', () => {
    expect(expr('xs is [1, .., var last]')).toBe('(is xs (list 1 (..) (var last)))');
    expect(expr('xs is []')).toBe('(is xs (list))');
  });

  it('ranges and indexes from the end (C# 8)', () => {
    expect(expr('s[1..^1]')).toBe('(index s (.. 1 (^ 1)))');
    expect(expr('s[..]')).toBe('(index s (.. _ _))');
    expect(expr('xs[^1]')).toBe('(index xs (^ 1))');
  });

  it('??= (C# 8), target-typed new (C# 9), with (C# 9)', () => {
    expect(expr('x ??= y')).toBe('(??= x y)');
    expect(block('List<int> xs = new();')).toBe('(local List<int> (= xs (new <target> ())))');
    expect(block('X x = new(1) { A = 2 };')).toBe('(local X (= x (new <target> (1) {(= A 2)})))');
    expect(expr('p with { X = 1 }')).toBe('(with p {(= X 1)})');
  });

  it('using declarations and static local functions (C# 8)', () => {
    expect(block('using var h = Create();')).toBe('(using-local var (= h (call Create)))');
    expect(block('static int F() => 1;')).toBe('(function static int F () 1)');
  });

  it('raw string literals, interpolated raw strings and UTF-8 strings (C# 11)', () => {
    expect(expr('"""a "quoted" b"""')).toBe('"a \\"quoted\\" b"');
    expect(expr('"""\n    line 1\n      line 2\n    """')).toBe('"line 1\\n  line 2"');
    expect(expr('$"""{x} and y"""')).toBe('($ {x} " and y")');
    expect(expr('$$"""{{x}} and {y}"""')).toBe('($ {x} " and {y}")');
    expect(nodeTypes('@("abc"u8)')).toContain('StringLiteral');
    expect(expr('@$"a{b}"')).toBe('($ "a" {b})');
  });

  it('unsigned right shift (C# 11) and the null-forgiving operator (C# 8)', () => {
    expect(expr('a >>> 1')).toBe('(>>> a 1)');
    expect(expr('x!.y')).toBe('(. (post! x) y)');
  });
});
