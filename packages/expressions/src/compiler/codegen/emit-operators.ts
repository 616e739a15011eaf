import type { BoundBinary, BoundUnary } from '../../binder/bound-tree.js';
import type { BuiltinOperation } from '../../binder/operators.js';
import { type Code, js } from '../js-template.js';
import type { Emitter } from './emitter.js';

const comparisons = new Set(['<', '>', '<=', '>=']);

/** `left op right` for a predefined operator on non-null operands (typed forms). */
export function binaryOperation(
  e: Emitter,
  operator: string,
  operation: BuiltinOperation,
  checked: boolean,
  left: Code,
  right: Code,
): Code {
  switch (operation) {
    case 'int':
    case 'enum':
      return intOperation(e, operator, checked, left, right);
    case 'uint':
      return uintOperation(e, operator, checked, left, right);
    case 'long':
    case 'ulong':
      return bigintOperation(e, operator, operation, checked, left, right);
    case 'double':
      return js`(${left} ${operatorCode(operator)} ${right})`;
    case 'float':
      if (comparisons.has(operator) || operator === '==' || operator === '!=')
        return js`(${left} ${operatorCode(operator)} ${right})`;
      return js`Math.fround(${left} ${operatorCode(operator)} ${right})`;
    case 'decimal':
      return decimalOperation(e, operator, left, right);
    case 'bool':
      switch (operator) {
        case '&':
          return js`((${left} & ${right}) !== 0)`;
        case '|':
          return js`((${left} | ${right}) !== 0)`;
        case '^':
        case '!=':
          return js`(${left} !== ${right})`;
        default:
          return js`(${left} === ${right})`;
      }
    case 'string':
    case 'reference':
      return operator === '==' ? js`(${left} === ${right})` : js`(${left} !== ${right})`;
    case 'concat':
      return js`${e.helper('concatValues')}(${left}, ${right})`;
  }
}

/** The JavaScript operator for a C# one whose meaning JavaScript shares on these operands. */
function operatorCode(operator: string): Code {
  switch (operator) {
    case '+':
      return js`+`;
    case '-':
      return js`-`;
    case '*':
      return js`*`;
    case '/':
      return js`/`;
    case '%':
      return js`%`;
    case '<':
      return js`<`;
    case '>':
      return js`>`;
    case '<=':
      return js`<=`;
    case '>=':
      return js`>=`;
    case '==':
      return js`===`;
    case '!=':
      return js`!==`;
    case '&':
      return js`&`;
    case '|':
      return js`|`;
    case '^':
      return js`^`;
    case '<<':
      return js`<<`;
    case '>>':
      return js`>>`;
    default:
      throw new Error(`No JavaScript operator for ${operator}`);
  }
}

function intOperation(e: Emitter, operator: string, checked: boolean, left: Code, right: Code): Code {
  switch (operator) {
    case '+':
    case '-':
      return checked
        ? js`${e.helper('checkedInt')}(${left} ${operatorCode(operator)} ${right})`
        : js`((${left} ${operatorCode(operator)} ${right}) | 0)`;
    case '*':
      return checked ? js`${e.helper('checkedInt')}(${left} * ${right})` : js`Math.imul(${left}, ${right})`;
    case '/':
      return js`${e.helper('divideInt')}(${left}, ${right})`;
    case '%':
      return js`${e.helper('remainderInt')}(${left}, ${right})`;
    default:
      return js`(${left} ${operatorCode(operator)} ${right})`;
  }
}

function uintOperation(e: Emitter, operator: string, checked: boolean, left: Code, right: Code): Code {
  switch (operator) {
    case '+':
    case '-':
      return checked
        ? js`${e.helper('checkedUInt')}(${left} ${operatorCode(operator)} ${right})`
        : js`((${left} ${operatorCode(operator)} ${right}) >>> 0)`;
    case '*':
      return checked
        ? js`${e.helper('checkedUInt')}(${left} * ${right})`
        : js`(Math.imul(${left}, ${right}) >>> 0)`;
    case '/':
      return js`${e.helper('divideUInt')}(${left}, ${right})`;
    case '%':
      return js`${e.helper('remainderUInt')}(${left}, ${right})`;
    case '>>':
      return js`(${left} >>> ${right})`;
    case '<<':
    case '&':
    case '|':
    case '^':
      return js`((${left} ${operatorCode(operator)} ${right}) >>> 0)`;
    default:
      return js`(${left} ${operatorCode(operator)} ${right})`;
  }
}

function bigintOperation(
  e: Emitter,
  operator: string,
  operation: 'long' | 'ulong',
  checked: boolean,
  left: Code,
  right: Code,
): Code {
  const signed = operation === 'long';
  const wrap = (code: Code) => (signed ? js`BigInt.asIntN(64, ${code})` : js`BigInt.asUintN(64, ${code})`);
  const check = (code: Code) =>
    signed ? js`${e.helper('checkedLong')}(${code})` : js`${e.helper('checkedULong')}(${code})`;
  switch (operator) {
    case '+':
    case '-':
    case '*': {
      const raw = js`(${left} ${operatorCode(operator)} ${right})`;
      return checked ? check(raw) : wrap(raw);
    }
    case '/':
      return js`${e.helper(signed ? 'divideLong' : 'divideULong')}(${left}, ${right})`;
    case '%':
      return js`${e.helper(signed ? 'remainderLong' : 'remainderULong')}(${left}, ${right})`;
    case '<<':
      return js`${e.helper(signed ? 'shiftLeftLong' : 'shiftLeftULong')}(${left}, ${right})`;
    case '>>':
      return js`${e.helper(signed ? 'shiftRightLong' : 'shiftRightULong')}(${left}, ${right})`;
    default:
      return js`(${left} ${operatorCode(operator)} ${right})`;
  }
}

function decimalOperation(e: Emitter, operator: string, left: Code, right: Code): Code {
  switch (operator) {
    case '+':
      return js`${e.helper('addDecimal')}(${left}, ${right})`;
    case '-':
      return js`${e.helper('subtractDecimal')}(${left}, ${right})`;
    case '*':
      return js`${e.helper('multiplyDecimal')}(${left}, ${right})`;
    case '/':
      return js`${e.helper('divideDecimal')}(${left}, ${right})`;
    case '%':
      return js`${e.helper('remainderDecimal')}(${left}, ${right})`;
    default:
      return js`(${e.helper('compareDecimal')}(${left}, ${right}) ${operatorCode(operator)} 0)`;
  }
}

/** A binary node, lifted over nullable operands where the binder says so. */
export function emitBinary(e: Emitter, node: BoundBinary, left: Code, right: Code): Code {
  if (!node.lifted) return binaryOperation(e, node.operator, node.operation, node.checked, left, right);
  const a = e.frame.temp();
  const b = e.frame.temp();
  const operation = binaryOperation(e, node.operator, node.operation, node.checked, a, b);
  const assign = js`${a} = ${left}, ${b} = ${right}`;
  if (node.operator === '==')
    return js`(${assign}, ${a} === null || ${b} === null ? ${a} === ${b} : ${operation})`;
  if (node.operator === '!=')
    return js`(${assign}, ${a} === null || ${b} === null ? ${a} !== ${b} : ${operation})`;
  if (comparisons.has(node.operator))
    return js`(${assign}, ${a} === null || ${b} === null ? false : ${operation})`;
  return js`(${assign}, ${a} === null || ${b} === null ? null : ${operation})`;
}

/** A unary node (`+ - ! ~`), lifted where the binder says so. */
export function emitUnary(e: Emitter, node: BoundUnary, operand: Code): Code {
  const apply = (value: Code): Code => {
    switch (node.operator) {
      case '+':
        return value;
      case '!':
        return js`!${value}`;
      case '~':
        if (node.operation === 'long' || node.operation === 'ulong')
          return node.operation === 'long' ? js`(~${value})` : js`BigInt.asUintN(64, ~${value})`;
        return node.operation === 'uint' ? js`(~${value} >>> 0)` : js`(~${value})`;
      case '-':
        switch (node.operation) {
          case 'int':
            return node.checked ? js`${e.helper('checkedInt')}(-${value})` : js`((-${value}) | 0)`;
          case 'long':
            return node.checked
              ? js`${e.helper('checkedLong')}(-${value})`
              : js`BigInt.asIntN(64, -${value})`;
          case 'decimal':
            return js`${e.helper('negateDecimal')}(${value})`;
          case 'float':
          case 'double':
            return js`(-${value})`;
          default:
            throw new Error(`No unary minus on ${node.operation}`);
        }
    }
  };
  if (!node.lifted) return apply(operand);
  const t = e.frame.temp();
  return js`((${t} = ${operand}) === null ? null : ${apply(t)})`;
}
