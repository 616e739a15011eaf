import { LiquidRenderError } from './errors.js';
import { BLANK, EMPTY, isNil, isObject, LiquidKeyword, numberOf, parseNumber, toText } from './values.js';

export type ComparisonOperator = '==' | '!=' | '<>' | '<' | '>' | '<=' | '>=' | 'contains';

/** `value == empty`: an empty string, array or object. */
function isEmptyValue(value: unknown): boolean {
  if (typeof value === 'string' || Array.isArray(value)) return value.length === 0;
  return isObject(value) && Object.keys(value).length === 0;
}

/** `value == blank`: nil, false, a string of white space, or an empty array or object. */
function isBlankValue(value: unknown): boolean {
  if (isNil(value) || value === false) return true;
  if (typeof value === 'string') return value.trim() === '';
  return isEmptyValue(value);
}

/** Equality of two values of the same shape: numbers by value, arrays and objects item by item. */
export function sameValue(left: unknown, right: unknown): boolean {
  const a = numberOf(left);
  const b = numberOf(right);
  if (a !== undefined || b !== undefined) return a === b;
  if (Array.isArray(left) && Array.isArray(right)) {
    return left.length === right.length && left.every((item, i) => sameValue(item, right[i]));
  }
  if (isObject(left) && isObject(right)) {
    const keys = Object.keys(left);
    return (
      keys.length === Object.keys(right).length &&
      keys.every((key) => Object.hasOwn(right, key) && sameValue(left[key], right[key]))
    );
  }
  return left === right;
}

/**
 * `==` as DotLiquid evaluates it: `empty` and `blank` test the other side; otherwise the right
 * side is converted to the left side's type when they differ (`1 == "1"` and `"1" == 1` hold,
 * `true == "True"` holds), and values of the same type compare by value.
 */
export function liquidEquals(left: unknown, right: unknown): boolean {
  if (left instanceof LiquidKeyword) return keywordMatches(left, right);
  if (right instanceof LiquidKeyword) return keywordMatches(right, left);
  if (isNil(left) || isNil(right)) return isNil(left) && isNil(right);
  const leftNumber = numberOf(left);
  if (leftNumber !== undefined && typeof right === 'string') return parseNumber(right) === leftNumber;
  if (typeof left === 'string' && numberOf(right) !== undefined) return left === toText(right);
  if (typeof left === 'boolean' && typeof right === 'string') {
    return right.trim().toLowerCase() === String(left);
  }
  if (typeof left === 'string' && typeof right === 'boolean') {
    return left.toLowerCase() === String(right);
  }
  return sameValue(left, right);
}

function keywordMatches(keyword: LiquidKeyword, value: unknown): boolean {
  if (value instanceof LiquidKeyword) return value === keyword;
  return keyword === EMPTY ? isEmptyValue(value) : keyword === BLANK && isBlankValue(value);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (isObject(value)) return 'an object';
  if (typeof value === 'string') return `the string '${value}'`;
  return `the ${typeof value} ${toText(value)}`;
}

/**
 * Orders two values for `<`, `>`, `<=` and `>=`: numbers by value, strings by UTF-16 code units,
 * a number and a numeric string as numbers. Nil on either side makes the comparison false (the
 * result is undefined); other pairs do not compare and fail rendering, as in DotLiquid.
 */
function order(left: unknown, right: unknown): number | undefined {
  if (isNil(left) || isNil(right) || left instanceof LiquidKeyword || right instanceof LiquidKeyword) {
    return undefined;
  }
  let a: unknown = numberOf(left) ?? left;
  let b: unknown = numberOf(right) ?? right;
  if (typeof a === 'number' && typeof b === 'string') b = parseNumber(b) ?? b;
  if (typeof a === 'string' && typeof b === 'number') a = parseNumber(a) ?? a;
  if ((typeof a === 'number' && typeof b === 'number') || (typeof a === 'string' && typeof b === 'string')) {
    return a < b ? -1 : a > b ? 1 : 0;
  }
  throw new LiquidRenderError(`Liquid cannot compare ${describe(left)} with ${describe(right)}.`);
}

/** `left contains right`: an item of an array, or a substring of a string; false otherwise. */
function contains(left: unknown, right: unknown): boolean {
  if (Array.isArray(left)) return left.some((item) => sameValue(item, right));
  if (typeof left === 'string' && !isNil(right)) return left.includes(toText(right));
  return false;
}

export function compare(left: unknown, operator: ComparisonOperator, right: unknown): boolean {
  switch (operator) {
    case '==':
      return liquidEquals(left, right);
    case '!=':
    case '<>':
      return !liquidEquals(left, right);
    case 'contains':
      return contains(left, right);
    default: {
      const result = order(left, right);
      if (result === undefined) return false;
      if (operator === '<') return result < 0;
      if (operator === '>') return result > 0;
      if (operator === '<=') return result <= 0;
      return result >= 0;
    }
  }
}

/** Orders two values for the `Sort` filter: nil first, then as `<` orders them. */
export function sortOrder(left: unknown, right: unknown): number {
  if (isNil(left) || isNil(right)) return isNil(left) ? (isNil(right) ? 0 : -1) : 1;
  const result = order(left, right);
  return result ?? 0;
}
