import type { BoundUnary } from '../../binder/bound-tree.js';
import type { BuiltinOperation } from '../../binder/operators.js';
import { helpers } from '../../runtime/helpers/index.js';
import type { Decimal } from '../../runtime/text/decimal.js';

/**
 * Predefined operators as functions of typed-form values, mirroring `codegen/emit-operators.ts`
 * (the same helpers, the same JavaScript operators). Chosen at compile time.
 */

/** A binary operator on non-null operands. */
export type BinaryFunction = (left: unknown, right: unknown) => unknown;
export type UnaryFunction = (operand: unknown) => unknown;

type NumberOperator = (left: number, right: number) => number | boolean;
type BigIntOperator = (left: bigint, right: bigint) => bigint | boolean;

const comparisons = new Set(['<', '>', '<=', '>=']);

/** The JavaScript operator on numbers for a C# operator JavaScript shares the meaning of. */
function numberOperator(operator: string): NumberOperator {
  switch (operator) {
    case '+':
      return (a, b) => a + b;
    case '-':
      return (a, b) => a - b;
    case '*':
      return (a, b) => a * b;
    case '/':
      return (a, b) => a / b;
    case '%':
      return (a, b) => a % b;
    case '<':
      return (a, b) => a < b;
    case '>':
      return (a, b) => a > b;
    case '<=':
      return (a, b) => a <= b;
    case '>=':
      return (a, b) => a >= b;
    case '==':
      return (a, b) => a === b;
    case '!=':
      return (a, b) => a !== b;
    case '&':
      return (a, b) => a & b;
    case '|':
      return (a, b) => a | b;
    case '^':
      return (a, b) => a ^ b;
    case '<<':
      return (a, b) => a << b;
    case '>>':
      return (a, b) => a >> b;
    default:
      throw new Error(`No JavaScript operator for ${operator}`);
  }
}

/** The same on bigints (`long`, `ulong`), for the operators without a helper. */
function bigintOperator(operator: string): BigIntOperator {
  switch (operator) {
    case '+':
      return (a, b) => a + b;
    case '-':
      return (a, b) => a - b;
    case '*':
      return (a, b) => a * b;
    case '<':
      return (a, b) => a < b;
    case '>':
      return (a, b) => a > b;
    case '<=':
      return (a, b) => a <= b;
    case '>=':
      return (a, b) => a >= b;
    case '==':
      return (a, b) => a === b;
    case '!=':
      return (a, b) => a !== b;
    case '&':
      return (a, b) => a & b;
    case '|':
      return (a, b) => a | b;
    case '^':
      return (a, b) => a ^ b;
    default:
      throw new Error(`No JavaScript operator for ${operator} on bigints`);
  }
}

function intOperation(operator: string, checked: boolean): BinaryFunction {
  switch (operator) {
    case '+':
    case '-': {
      const raw = numberOperator(operator) as (a: number, b: number) => number;
      return checked
        ? (a, b) => helpers.checkedInt(raw(a as number, b as number))
        : (a, b) => raw(a as number, b as number) | 0;
    }
    case '*':
      return checked
        ? (a, b) => helpers.checkedInt((a as number) * (b as number))
        : (a, b) => Math.imul(a as number, b as number);
    case '/':
      return (a, b) => helpers.divideInt(a as number, b as number);
    case '%':
      return (a, b) => helpers.remainderInt(a as number, b as number);
    default: {
      const raw = numberOperator(operator);
      return (a, b) => raw(a as number, b as number);
    }
  }
}

function uintOperation(operator: string, checked: boolean): BinaryFunction {
  switch (operator) {
    case '+':
    case '-': {
      const raw = numberOperator(operator) as (a: number, b: number) => number;
      return checked
        ? (a, b) => helpers.checkedUInt(raw(a as number, b as number))
        : (a, b) => raw(a as number, b as number) >>> 0;
    }
    case '*':
      return checked
        ? (a, b) => helpers.checkedUInt((a as number) * (b as number))
        : (a, b) => Math.imul(a as number, b as number) >>> 0;
    case '/':
      return (a, b) => helpers.divideUInt(a as number, b as number);
    case '%':
      return (a, b) => helpers.remainderUInt(a as number, b as number);
    case '>>':
      return (a, b) => (a as number) >>> (b as number);
    case '<<':
    case '&':
    case '|':
    case '^': {
      const raw = numberOperator(operator) as (a: number, b: number) => number;
      return (a, b) => raw(a as number, b as number) >>> 0;
    }
    default: {
      const raw = numberOperator(operator);
      return (a, b) => raw(a as number, b as number);
    }
  }
}

function bigintOperation(operator: string, signed: boolean, checked: boolean): BinaryFunction {
  switch (operator) {
    case '+':
    case '-':
    case '*': {
      const raw = bigintOperator(operator) as (a: bigint, b: bigint) => bigint;
      if (checked) {
        const check = signed ? helpers.checkedLong : helpers.checkedULong;
        return (a, b) => check(raw(a as bigint, b as bigint));
      }
      return signed
        ? (a, b) => BigInt.asIntN(64, raw(a as bigint, b as bigint))
        : (a, b) => BigInt.asUintN(64, raw(a as bigint, b as bigint));
    }
    case '/': {
      const divide = signed ? helpers.divideLong : helpers.divideULong;
      return (a, b) => divide(a as bigint, b as bigint);
    }
    case '%': {
      const remainder = signed ? helpers.remainderLong : helpers.remainderULong;
      return (a, b) => remainder(a as bigint, b as bigint);
    }
    case '<<': {
      const shift = signed ? helpers.shiftLeftLong : helpers.shiftLeftULong;
      return (a, b) => shift(a as bigint, b as number);
    }
    case '>>': {
      const shift = signed ? helpers.shiftRightLong : helpers.shiftRightULong;
      return (a, b) => shift(a as bigint, b as number);
    }
    default: {
      const raw = bigintOperator(operator);
      return (a, b) => raw(a as bigint, b as bigint);
    }
  }
}

function decimalOperation(operator: string): BinaryFunction {
  switch (operator) {
    case '+':
      return (a, b) => helpers.addDecimal(a as Decimal, b as Decimal);
    case '-':
      return (a, b) => helpers.subtractDecimal(a as Decimal, b as Decimal);
    case '*':
      return (a, b) => helpers.multiplyDecimal(a as Decimal, b as Decimal);
    case '/':
      return (a, b) => helpers.divideDecimal(a as Decimal, b as Decimal);
    case '%':
      return (a, b) => helpers.remainderDecimal(a as Decimal, b as Decimal);
    default: {
      const compare = numberOperator(operator);
      return (a, b) => compare(helpers.compareDecimal(a as Decimal, b as Decimal), 0);
    }
  }
}

function boolOperation(operator: string): BinaryFunction {
  switch (operator) {
    case '&':
      return (a, b) => ((a as number) & (b as number)) !== 0;
    case '|':
      return (a, b) => ((a as number) | (b as number)) !== 0;
    case '^':
    case '!=':
      return (a, b) => a !== b;
    default:
      return (a, b) => a === b;
  }
}

/** `left op right` for a predefined operator on non-null operands (typed forms). */
export function binaryFunction(
  operator: string,
  operation: BuiltinOperation,
  checked: boolean,
): BinaryFunction {
  switch (operation) {
    case 'int':
    case 'enum':
      return intOperation(operator, checked);
    case 'uint':
      return uintOperation(operator, checked);
    case 'long':
    case 'ulong':
      return bigintOperation(operator, operation === 'long', checked);
    case 'double': {
      const raw = numberOperator(operator);
      return (a, b) => raw(a as number, b as number);
    }
    case 'float': {
      const raw = numberOperator(operator);
      if (comparisons.has(operator) || operator === '==' || operator === '!=') {
        return (a, b) => raw(a as number, b as number);
      }
      return (a, b) => Math.fround(raw(a as number, b as number) as number);
    }
    case 'decimal':
      return decimalOperation(operator);
    case 'bool':
      return boolOperation(operator);
    case 'string':
    case 'reference':
      return operator === '==' ? (a, b) => a === b : (a, b) => a !== b;
    case 'concat':
      return (a, b) => helpers.concatValues(a, b);
  }
}

/** The operator applied to lifted operands: what a null operand gives. */
export function liftedBinary(operator: string, operation: BinaryFunction): BinaryFunction {
  if (operator === '==') return (a, b) => (a === null || b === null ? a === b : operation(a, b));
  if (operator === '!=') return (a, b) => (a === null || b === null ? a !== b : operation(a, b));
  if (comparisons.has(operator)) return (a, b) => (a === null || b === null ? false : operation(a, b));
  return (a, b) => (a === null || b === null ? null : operation(a, b));
}

function unaryMinus(node: BoundUnary): UnaryFunction {
  switch (node.operation) {
    case 'int':
      return node.checked ? (v) => helpers.checkedInt(-(v as number)) : (v) => -(v as number) | 0;
    case 'long':
      return node.checked
        ? (v) => helpers.checkedLong(-(v as bigint))
        : (v) => BigInt.asIntN(64, -(v as bigint));
    case 'decimal':
      return (v) => helpers.negateDecimal(v as Decimal);
    case 'float':
    case 'double':
      return (v) => -(v as number);
    default:
      throw new Error(`No unary minus on ${node.operation}`);
  }
}

function unaryComplement(node: BoundUnary): UnaryFunction {
  switch (node.operation) {
    case 'long':
      return (v) => ~(v as bigint);
    case 'ulong':
      return (v) => BigInt.asUintN(64, ~(v as bigint));
    case 'uint':
      return (v) => ~(v as number) >>> 0;
    default:
      return (v) => ~(v as number);
  }
}

/** A unary node's operator (`+ - ! ~`), lifted where the binder says so. */
export function unaryFunction(node: BoundUnary): UnaryFunction {
  let apply: UnaryFunction;
  switch (node.operator) {
    case '+':
      apply = (v) => v;
      break;
    case '!':
      apply = (v) => !v;
      break;
    case '~':
      apply = unaryComplement(node);
      break;
    case '-':
      apply = unaryMinus(node);
      break;
  }
  if (!node.lifted) return apply;
  return (v) => (v === null ? null : apply(v));
}
