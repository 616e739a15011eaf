import { describe, expect, it } from 'vitest';
import type { Node } from '../ast/nodes.js';
import { walk } from '../ast/traverse.js';
import type { PositionMapper } from '../source/position-mapper.js';
import { parseExpression } from './parse.js';

/** The first node of `type` in the tree. */
function find(root: Node, type: Node['type']): Node {
  let found: Node | undefined;
  walk(root, {
    enter: (node) => {
      if (found === undefined && node.type === type) found = node;
      return found === undefined;
    },
  });
  if (found === undefined) throw new Error(`no ${type}`);
  return found;
}

describe('node positions', () => {
  it('gives every node a range and a loc in the text', () => {
    const source = '@{\n  var x = a.b;\n  return x;\n}';
    const { ast } = parseExpression(source);
    expect(ast.range).toEqual([0, source.length]);
    expect(ast.loc).toEqual({ start: { line: 1, column: 0 }, end: { line: 4, column: 1 } });
    const member = find(ast, 'MemberExpression');
    expect(source.slice(...member.range)).toBe('a.b');
    expect(member.loc).toEqual({ start: { line: 2, column: 10 }, end: { line: 2, column: 13 } });
    const ret = find(ast, 'ReturnStatement');
    expect(source.slice(...ret.range)).toBe('return x;');
    expect(ret.loc.start).toEqual({ line: 3, column: 2 });
  });

  it('covers exactly the text of each node', () => {
    const source =
      '@(context.Variables.GetValueOrDefault<string>("k", "") == $"a{b,2:x}" ? (int)c?[0] : new[] { 1 })';
    const { ast } = parseExpression(source);
    const texts: Record<string, string> = {};
    walk(ast, {
      enter: (node) => {
        texts[node.type] ??= source.slice(...node.range);
        expect(node.range[0]).toBeLessThanOrEqual(node.range[1]);
        expect(node.loc.start.line).toBeGreaterThan(0);
      },
    });
    expect(texts).toMatchObject({
      ConditionalExpression: source.slice(2, -1),
      InvocationExpression: 'context.Variables.GetValueOrDefault<string>("k", "")',
      InterpolatedString: '$"a{b,2:x}"',
      Interpolation: '{b,2:x}',
      InterpolationFormat: 'x',
      CastExpression: '(int)c?[0]',
      ConditionalAccessExpression: 'c?[0]',
      ArrayCreationExpression: 'new[] { 1 }',
      ArrayInitializer: '{ 1 }',
      PredefinedType: 'string',
    });
  });

  it('places the tree where the expression starts in its file', () => {
    const { ast, diagnostics } = parseExpression('@(a +\n  )', {
      start: { offset: 100, line: 7, column: 30 },
    });
    expect(ast.range).toEqual([100, 109]);
    expect(ast.loc).toEqual({ start: { line: 7, column: 30 }, end: { line: 8, column: 3 } });
    expect(diagnostics[0]).toMatchObject({ range: [108, 109], loc: { start: { line: 8, column: 2 } } });
  });

  it('maps positions through a caller-supplied mapper (XML-escaped text)', () => {
    // The file holds `@(x == &quot;a&quot;)` at offset 10; the parser is given the decoded text.
    const file = '<when a="@(x == &quot;a&quot; +)">';
    const decoded = '@(x == "a" +)';
    const fileOffsets = [9, 10, 11, 12, 13, 14, 15, 16, 22, 23, 29, 30, 31, 32];
    const lineOf = (offset: number) => ({ offset, line: 1, column: offset });
    const mapper: PositionMapper = (offset) => lineOf(fileOffsets[offset]!);
    const { ast, diagnostics } = parseExpression(decoded, { mapper });
    const literal = find(ast, 'StringLiteral');
    expect(file.slice(...literal.range)).toBe('&quot;a&quot;');
    expect(diagnostics.map((d) => file.slice(...d.range))).toEqual([')']);
  });
});
