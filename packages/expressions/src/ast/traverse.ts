import type { Node } from './nodes.js';
import { visitorKeys } from './visitor-keys.js';

/** Calls `visit` for each direct child of `node`, in source order. */
export function forEachChild(node: Node, visit: (child: Node) => void): void {
  const keys = visitorKeys[node.type] as readonly string[];
  const record = node as unknown as Record<string, unknown>;
  for (const key of keys) {
    const value = record[key];
    if (Array.isArray(value)) {
      for (const item of value) if (item != null) visit(item as Node);
    } else if (value != null) {
      visit(value as Node);
    }
  }
}

export interface WalkCallbacks {
  /** Called before the children; return `false` to skip them. */
  enter?(node: Node, parent: Node | null): unknown;
  /** Called after the children. */
  leave?(node: Node, parent: Node | null): void;
}

/** Depth-first walk over `root` and its descendants. */
export function walk(root: Node, callbacks: WalkCallbacks): void {
  const visit = (node: Node, parent: Node | null): void => {
    if (callbacks.enter?.(node, parent) === false) return;
    forEachChild(node, (child) => visit(child, node));
    callbacks.leave?.(node, parent);
  };
  visit(root, null);
}
