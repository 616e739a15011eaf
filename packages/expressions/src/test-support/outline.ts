import type { Node } from '../ast/nodes.js';
import { forEachChild } from '../ast/traverse.js';

const scalarKeys = new Set(['type', 'range', 'loc']);

/**
 * An indented outline of a tree: one line per node with its type, range, line:column and its
 * own scalar fields (`operator`, `name`, `value`, ...). Used by the fixture snapshots.
 */
export function outline(root: Node): string {
  const lines: string[] = [];
  const visit = (node: Node, depth: number) => {
    const fields = Object.entries(node)
      .filter(([key, value]) => !scalarKeys.has(key) && value !== null && typeof value !== 'object')
      .map(([key, value]) => `${key}=${typeof value === 'bigint' ? `${value}n` : JSON.stringify(value)}`);
    const at = `${node.loc.start.line}:${node.loc.start.column}-${node.loc.end.line}:${node.loc.end.column}`;
    lines.push(
      `${'  '.repeat(depth)}${node.type} [${node.range[0]}, ${node.range[1]}) ${at}${fields.length > 0 ? ` ${fields.join(' ')}` : ''}`,
    );
    forEachChild(node, (child) => visit(child, depth + 1));
  };
  visit(root, 0);
  return lines.join('\n');
}
