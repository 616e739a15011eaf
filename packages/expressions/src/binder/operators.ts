import { isNullable, isReferenceType, isValueType, known, underlyingOfNullable } from '../model/relations.js';
import { namedType, type Type } from '../model/types.js';
import { implicitConversion } from './conversions.js';
import {
  isIntegralKind,
  type NumericKind,
  numericKind,
  numericType,
  promote,
  promoteUnary,
} from './numeric.js';

/**
 * What a predefined operator works on, once its operands are converted: a numeric kind,
 * `bool`, `string` (ordinal equality), `concat` (string concatenation of object forms),
 * `reference` (reference equality, also `x == null` for nullable values), or `enum` (numbers).
 */
export type BuiltinOperation =
  | 'int'
  | 'uint'
  | 'long'
  | 'ulong'
  | 'float'
  | 'double'
  | 'decimal'
  | 'bool'
  | 'string'
  | 'concat'
  | 'reference'
  | 'enum';

/** A predefined operator chosen for operands: what to convert them to, and the result. */
export interface ResolvedOperator {
  readonly operation: BuiltinOperation;
  readonly left: Type;
  readonly right: Type;
  readonly result: Type;
  /** Applied to nullable operands: null propagates (arithmetic) or compares (equality). */
  readonly lifted: boolean;
}

const bool = () => known('System.Boolean');
const objectType = () => known('System.Object');
const stringType = () => known('System.String');
const nullableOf = (type: Type) => namedType(known('System.Nullable`1').definition, [type]);

const arithmetic = new Set(['*', '/', '%', '+', '-']);
const comparison = new Set(['<', '>', '<=', '>=']);
const equality = new Set(['==', '!=']);
const bitwise = new Set(['&', '|', '^']);
const shift = new Set(['<<', '>>']);

const isEnumType = (type: Type) => type.kind === 'named' && type.definition.kind === 'enum';
const isString = (type: Type) => type.kind === 'named' && type.definition.fullName === 'System.String';

/** The numeric kind an operand of a predefined operator takes, ignoring nullability. */
function operandNumeric(type: Type): NumericKind | null {
  return numericKind(underlyingOfNullable(type));
}

/**
 * Resolves a predefined binary operator (C# §12.10–§12.13) for operand types, or returns null
 * when none applies. `leftIsNull`/`rightIsNull` mark the `null` literal.
 */
export function resolveBinary(operator: string, left: Type, right: Type): ResolvedOperator | null {
  if (left.kind === 'error' || right.kind === 'error') {
    return {
      operation: 'reference',
      left,
      right,
      result: left.kind === 'error' ? left : right,
      lifted: false,
    };
  }
  const lifted = isNullable(left) || isNullable(right);
  const lift = (type: Type) => (lifted && isValueType(type) ? nullableOf(type) : type);

  // String concatenation: string + anything, anything + string.
  if (operator === '+' && (isString(left) || isString(right))) {
    return {
      operation: 'concat',
      left: objectType(),
      right: objectType(),
      result: stringType(),
      lifted: false,
    };
  }

  const l = underlyingOfNullable(left);
  const r = underlyingOfNullable(right);

  // Enumerations (§12.11.4, §12.12.6): E + int, int + E, E - E, E - int, comparisons, bitwise.
  if (isEnumType(l) || isEnumType(r)) {
    const enumType = isEnumType(l) ? l : r;
    const other = enumType === l ? r : l;
    const intType = numericType('int');
    const sameEnum =
      l === r || (left.kind === 'null' && isNullable(right)) || (right.kind === 'null' && isNullable(left));
    if ((equality.has(operator) || comparison.has(operator)) && (sameEnum || isConvertible(other, enumType)))
      return { operation: 'enum', left: lift(enumType), right: lift(enumType), result: bool(), lifted };
    if (bitwise.has(operator) && (sameEnum || isConvertible(other, enumType)))
      return {
        operation: 'enum',
        left: lift(enumType),
        right: lift(enumType),
        result: lift(enumType),
        lifted,
      };
    if (operator === '+' && isConvertible(other, intType) && !isEnumType(other)) {
      return enumType === l
        ? { operation: 'enum', left: lift(enumType), right: lift(intType), result: lift(enumType), lifted }
        : { operation: 'enum', left: lift(intType), right: lift(enumType), result: lift(enumType), lifted };
    }
    if (operator === '-' && enumType === l) {
      if (l === r) return { operation: 'enum', left: lift(l), right: lift(r), result: lift(intType), lifted };
      if (isConvertible(other, intType))
        return { operation: 'enum', left: lift(l), right: lift(intType), result: lift(l), lifted };
    }
  }

  // Numeric operators with binary numeric promotion.
  const ln = operandNumeric(left);
  const rn = operandNumeric(right);
  if (ln !== null && rn !== null) {
    if (shift.has(operator)) {
      const kind = promoteUnary(ln);
      if (!isIntegralKind(kind) || !isConvertible(numericType(rn), numericType('int'))) return null;
      const type = numericType(kind);
      return {
        operation: kind as BuiltinOperation,
        left: lift(type),
        right: lift(numericType('int')),
        result: lift(type),
        lifted,
      };
    }
    const kind = promote(ln, rn);
    if (kind === null) return null;
    const type = numericType(kind);
    if (arithmetic.has(operator))
      return {
        operation: kind as BuiltinOperation,
        left: lift(type),
        right: lift(type),
        result: lift(type),
        lifted,
      };
    if (comparison.has(operator) || equality.has(operator))
      return {
        operation: kind as BuiltinOperation,
        left: lift(type),
        right: lift(type),
        result: bool(),
        lifted,
      };
    if (bitwise.has(operator) && isIntegralKind(kind))
      return {
        operation: kind as BuiltinOperation,
        left: lift(type),
        right: lift(type),
        result: lift(type),
        lifted,
      };
    return null;
  }

  // Boolean operators.
  const isBool = (type: Type) => type.kind === 'named' && type.definition.fullName === 'System.Boolean';
  if (isBool(l) && isBool(r) && (equality.has(operator) || bitwise.has(operator))) {
    const result = equality.has(operator) ? bool() : lift(bool());
    return { operation: 'bool', left: lift(bool()), right: lift(bool()), result, lifted };
  }

  if (!equality.has(operator)) return null;

  // String equality is ordinal (string's own operator ==).
  if (
    (isString(left) || left.kind === 'null') &&
    (isString(right) || right.kind === 'null') &&
    !(left.kind === 'null' && right.kind === 'null')
  )
    return { operation: 'string', left: stringType(), right: stringType(), result: bool(), lifted: false };

  // A nullable value compared with null.
  if ((isNullable(left) && right.kind === 'null') || (left.kind === 'null' && isNullable(right)))
    return { operation: 'reference', left, right, result: bool(), lifted: false };

  // Reference equality (§12.12.7): both reference types, one convertible to the other.
  const referenceLike = (type: Type) => isReferenceType(type) || type.kind === 'null';
  if (referenceLike(left) && referenceLike(right)) {
    if (
      left.kind === 'null' ||
      right.kind === 'null' ||
      isConvertible(left, right) ||
      isConvertible(right, left) ||
      isInterfaceOrObject(left) ||
      isInterfaceOrObject(right)
    )
      return {
        operation: 'reference',
        left: objectType(),
        right: objectType(),
        result: bool(),
        lifted: false,
      };
  }
  return null;
}

function isInterfaceOrObject(type: Type): boolean {
  return (
    type.kind === 'named' &&
    (type.definition.kind === 'interface' || type.definition.fullName === 'System.Object')
  );
}

function isConvertible(from: Type, to: Type): boolean {
  return implicitConversion(from, to) !== null;
}

/** A predefined unary operator (`+ - ! ~`) for an operand type, or null. */
export function resolveUnary(
  operator: '+' | '-' | '!' | '~',
  operand: Type,
): { operation: BuiltinOperation; operand: Type; result: Type; lifted: boolean } | null {
  if (operand.kind === 'error') return { operation: 'reference', operand, result: operand, lifted: false };
  const lifted = isNullable(operand);
  const lift = (type: Type) => (lifted ? nullableOf(type) : type);
  const underlying = underlyingOfNullable(operand);
  if (operator === '!') {
    return underlying.kind === 'named' && underlying.definition.fullName === 'System.Boolean'
      ? { operation: 'bool', operand: lift(bool()), result: lift(bool()), lifted }
      : null;
  }
  if (operator === '~' && isEnumType(underlying))
    return { operation: 'enum', operand: lift(underlying), result: lift(underlying), lifted };
  const kind = numericKind(underlying);
  if (kind === null) return null;
  let promoted = promoteUnary(kind);
  if (operator === '-' && promoted === 'uint') promoted = 'long';
  if (operator === '-' && promoted === 'ulong') return null;
  if (operator === '~' && !isIntegralKind(promoted)) return null;
  const type = numericType(promoted);
  return { operation: promoted as BuiltinOperation, operand: lift(type), result: lift(type), lifted };
}
