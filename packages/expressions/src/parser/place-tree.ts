import type { Node, PolicyExpression } from '../ast/nodes.js';
import { walk } from '../ast/traverse.js';
import type { PositionMapper } from '../source/position-mapper.js';

/** Moves every node of the tree (and its comments) from parse offsets to file positions. */
export function placeTree(root: PolicyExpression, mapper: PositionMapper): void {
  const place = (node: Node) => {
    const start = mapper(node.range[0]);
    const end = mapper(node.range[1]);
    node.range = [start.offset, end.offset];
    node.loc = {
      start: { line: start.line, column: start.column },
      end: { line: end.line, column: end.column },
    };
  };
  walk(root, { enter: (node) => void place(node) });
  for (const comment of root.comments) place(comment);
}
