import type {
  AsExpression,
  BinaryExpression,
  BinaryOperator,
  Expression,
  IsPatternExpression,
} from '../ast/expressions.js';
import type { Pattern } from '../ast/patterns.js';
import type { TypeNode } from '../ast/types.js';
import { UNPLACED } from './unplaced.js';

/** What follows the first operand of a binary chain, in source order. */
export type ChainItem =
  | { kind: 'binary'; operator: BinaryOperator; right: Expression }
  | { kind: 'is'; pattern: Pattern }
  | { kind: 'as'; targetType: TypeNode };

/** C#'s binary operator precedence, loosest first (see `Precedence` in grammar-base). */
export const binaryPrecedence: Readonly<Record<BinaryOperator, number>> = {
  '??': 1,
  '||': 2,
  '&&': 3,
  '|': 4,
  '^': 5,
  '&': 6,
  '==': 7,
  '!=': 7,
  '<': 8,
  '>': 8,
  '<=': 8,
  '>=': 8,
  '<<': 9,
  '>>': 9,
  '>>>': 9,
  '+': 10,
  '-': 10,
  '*': 11,
  '/': 11,
  '%': 11,
};

/** `is` and `as` bind like the relational operators. */
const TYPE_TEST_PRECEDENCE = 8;

const span = (first: { range: [number, number] }, last: { range: [number, number] }): [number, number] => [
  first.range[0],
  last.range[1],
];

/**
 * Builds the tree of a flat chain `a op b op c is T ...` by precedence (shunting-yard). Every
 * operator is left-associative except `??`.
 */
export function reduceChain(first: Expression, items: readonly ChainItem[]): Expression {
  const operands: Expression[] = [first];
  const operators: BinaryOperator[] = [];
  const reduce = () => {
    const operator = operators.pop()!;
    const right = operands.pop()!;
    const left = operands.pop()!;
    const node: BinaryExpression = {
      type: 'BinaryExpression',
      operator,
      left,
      right,
      range: span(left, right),
      loc: UNPLACED,
    };
    operands.push(node);
  };
  const top = () => binaryPrecedence[operators[operators.length - 1]!];
  for (const item of items) {
    if (item.kind === 'binary') {
      const precedence = binaryPrecedence[item.operator];
      const rightAssociative = item.operator === '??';
      while (operators.length > 0 && (top() > precedence || (top() === precedence && !rightAssociative)))
        reduce();
      operators.push(item.operator);
      operands.push(item.right);
      continue;
    }
    while (operators.length > 0 && top() >= TYPE_TEST_PRECEDENCE) reduce();
    const operand = operands.pop()!;
    if (item.kind === 'is') {
      const node: IsPatternExpression = {
        type: 'IsPatternExpression',
        expression: operand,
        pattern: item.pattern,
        range: span(operand, item.pattern),
        loc: UNPLACED,
      };
      operands.push(node);
    } else {
      const node: AsExpression = {
        type: 'AsExpression',
        expression: operand,
        targetType: item.targetType,
        range: span(operand, item.targetType),
        loc: UNPLACED,
      };
      operands.push(node);
    }
  }
  while (operators.length > 0) reduce();
  return operands[0]!;
}
