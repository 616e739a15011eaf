import type { BoundArgument, BoundExpression, BoundPattern, BoundStatement } from './bound-tree.js';

/** A node of the bound tree: an expression or a statement. */
export type BoundNode = BoundExpression | BoundStatement;

function argumentValues(args: readonly BoundArgument[]): BoundExpression[] {
  return args.map((argument) => (argument.kind === 'value' ? argument.value : argument.variable));
}

function patternChildren(pattern: BoundPattern | null): BoundExpression[] {
  return pattern?.kind === 'constant' ? [pattern.value] : [];
}

/**
 * The direct children of a bound node, in evaluation order: for analyses that walk the whole
 * tree (which locals are passed by reference, which certificate facts an expression needs).
 */
export function boundChildren(node: BoundNode): readonly BoundNode[] {
  switch (node.kind) {
    case 'literal':
    case 'decimal-literal':
    case 'default':
    case 'context':
    case 'local':
    case 'conditional-receiver':
    case 'error':
    case 'break':
    case 'continue':
    case 'goto-section':
      return [];
    case 'member':
      return node.receiver === null ? [] : [node.receiver];
    case 'call':
      return [...(node.receiver === null ? [] : [node.receiver]), ...argumentValues(node.arguments)];
    case 'operator-call':
      return node.arguments;
    case 'indexer':
      return [node.receiver, ...node.arguments];
    case 'array-element':
      return [node.array, node.index];
    case 'delegate-invoke':
      return [node.target, ...argumentValues(node.arguments)];
    case 'local-function-call':
      return argumentValues(node.arguments);
    case 'new':
      return [
        ...argumentValues(node.arguments),
        ...node.initializers.flatMap((initializer): BoundExpression[] => {
          if (initializer.kind === 'member') return [initializer.value];
          if (initializer.kind === 'indexer') return [...initializer.arguments, initializer.value];
          return [initializer.call];
        }),
      ];
    case 'new-array':
      return [...(node.size === null ? [] : [node.size]), ...(node.elements ?? [])];
    case 'new-anonymous':
      return node.values;
    case 'anonymous-member':
      return [node.receiver];
    case 'convert':
      return [node.operand];
    case 'unary':
      return [node.operand];
    case 'binary':
    case 'logical':
      return [node.left, node.right];
    case 'conditional':
      return [node.test, node.whenTrue, node.whenFalse];
    case 'coalesce':
      return [node.left, node.leftConversion, node.right];
    case 'conditional-access':
      return [node.receiver, node.whenNotNull];
    case 'is-pattern':
      return [node.operand, ...patternChildren(node.pattern)];
    case 'as':
      return [node.operand];
    case 'assign':
      return [node.target, node.value];
    case 'compound-assign':
      return [node.target, node.value];
    case 'lambda':
      return [node.body];
    case 'throw-expression':
      return [node.exception];
    case 'interpolation':
      return node.parts.flatMap((part) =>
        typeof part === 'string' ? [] : [part.value, ...(part.alignment === null ? [] : [part.alignment])],
      );
    case 'block':
      return node.statements;
    case 'local-declaration':
      return node.initializer === null ? [] : [node.initializer];
    case 'local-function':
      return [node.body];
    case 'expression':
      return [node.expression];
    case 'if':
      return [node.test, node.whenTrue, ...(node.whenFalse === null ? [] : [node.whenFalse])];
    case 'while':
      return [node.test, node.body];
    case 'do':
      return [node.body, node.test];
    case 'for':
      return [...node.initializers, ...(node.test === null ? [] : [node.test]), ...node.updates, node.body];
    case 'foreach':
      return [node.collection, node.elementConversion, node.body];
    case 'return':
      return node.value === null ? [] : [node.value];
    case 'throw':
      return node.exception === null ? [] : [node.exception];
    case 'try':
      return [
        node.block,
        ...node.catches.flatMap((clause) => [
          ...(clause.filter === null ? [] : [clause.filter]),
          clause.body,
        ]),
        ...(node.finallyBlock === null ? [] : [node.finallyBlock]),
      ];
    case 'switch':
      return [
        node.discriminant,
        ...node.sections.flatMap((section) => [
          ...section.labels.flatMap((label) => [
            ...patternChildren(label.pattern),
            ...(label.guard === null ? [] : [label.guard]),
          ]),
          ...section.body,
        ]),
      ];
    case 'using':
      return [...node.declarations, node.body];
  }
}

/** Visits every node of a bound tree, depth first, parents before children. */
export function walkBound(node: BoundNode, visit: (node: BoundNode) => void): void {
  visit(node);
  for (const child of boundChildren(node)) walkBound(child, visit);
}
