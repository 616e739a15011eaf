import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Node } from '../ast/nodes.js';
import { walk } from '../ast/traverse.js';
import { cloneSyntax } from './clone-syntax.js';
import { parseExpression } from './parse.js';

// Every parser fixture's input, errors included.
const root = join(import.meta.dirname, '__fixtures__');
const sources = readdirSync(root, { withFileTypes: true, recursive: true })
  .filter((entry) => entry.isFile() && entry.name === 'input.cs')
  .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8').replace(/\n$/, ''));

const here = { offset: 120, line: 7, column: 12 };
const there = { offset: 5000, line: 200, column: 3 };

describe('a text parsed again', () => {
  it.each(sources.map((source) => [source.slice(0, 40), source]))(
    'is placed anew and equals a fresh parse: %s',
    (_name, source) => {
      const first = parseExpression(source, { start: here });
      const again = parseExpression(source, { start: there });
      expect(first).toEqual(parseExpression(source, { start: here, reuse: false }));
      expect(again).toEqual(parseExpression(source, { start: there, reuse: false }));
    },
  );

  it('shares no node with an earlier result', () => {
    const source = sources.find((text) => text.includes('$"')) ?? sources[0]!;
    const first = parseExpression(source);
    const nodes = new Set<Node>();
    walk(first.ast, { enter: (node) => void nodes.add(node) });
    const again = parseExpression(source);
    walk(again.ast, { enter: (node) => void expect(nodes.has(node)).toBe(false) });
    expect(nodes.size).toBeGreaterThan(5);
  });
});

describe('cloneSyntax', () => {
  it('copies plain data and refuses anything else', () => {
    const node = { type: 'Identifier', range: [0, 1] };
    const copy = cloneSyntax({ a: node, b: [1n, 'x', null, undefined] });
    expect(copy).toEqual({ a: node, b: [1n, 'x', null, undefined] });
    expect(copy.a).not.toBe(node);
    expect(copy.a.range).not.toBe(node.range);
    expect(() => cloneSyntax({ when: new Date(0) })).toThrow('instance of Date');
    expect(() => cloneSyntax({ f: () => 1 })).toThrow('holds a function');
  });
});
