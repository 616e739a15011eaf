import { divideByZero, overflow } from '../exceptions.js';
import type { Decimal } from '../text/decimal.js';

/**
 * Integer and decimal arithmetic with C#'s results, for the operations JavaScript's operators do
 * not already get right. `int` and `uint` are numbers, `long` and `ulong` bigints.
 */

/** A checked `int` result: `OverflowException` outside the range. */
export function checkedInt(value: number): number {
  if (value > 2147483647 || value < -2147483648) throw overflow();
  return value;
}

export function checkedUInt(value: number): number {
  if (value > 4294967295 || value < 0) throw overflow();
  return value;
}

export function checkedLong(value: bigint): bigint {
  if (value > 9223372036854775807n || value < -9223372036854775808n) throw overflow();
  return value;
}

export function checkedULong(value: bigint): bigint {
  if (value > 18446744073709551615n || value < 0n) throw overflow();
  return value;
}

/** `int / int`: truncated; `DivideByZeroException`; `int.MinValue / -1` overflows even unchecked. */
export function divideInt(left: number, right: number): number {
  if (right === 0) throw divideByZero();
  if (right === -1 && left === -2147483648) throw overflow();
  return (left / right) | 0;
}

/** `int % int`: the sign of the dividend; `int.MinValue % -1` throws as .NET does on x64. */
export function remainderInt(left: number, right: number): number {
  if (right === 0) throw divideByZero();
  if (right === -1) {
    if (left === -2147483648) throw overflow();
    return 0;
  }
  return left % right;
}

export function divideUInt(left: number, right: number): number {
  if (right === 0) throw divideByZero();
  return Math.trunc(left / right);
}

export function remainderUInt(left: number, right: number): number {
  if (right === 0) throw divideByZero();
  return left % right;
}

export function divideLong(left: bigint, right: bigint): bigint {
  if (right === 0n) throw divideByZero();
  if (right === -1n && left === -9223372036854775808n) throw overflow();
  return left / right;
}

export function remainderLong(left: bigint, right: bigint): bigint {
  if (right === 0n) throw divideByZero();
  if (right === -1n) {
    if (left === -9223372036854775808n) throw overflow();
    return 0n;
  }
  return left % right;
}

export function divideULong(left: bigint, right: bigint): bigint {
  if (right === 0n) throw divideByZero();
  return left / right;
}

export function remainderULong(left: bigint, right: bigint): bigint {
  if (right === 0n) throw divideByZero();
  return left % right;
}

/** `long << int`: the count masked to 6 bits. */
export function shiftLeftLong(left: bigint, count: number): bigint {
  return BigInt.asIntN(64, left << BigInt(count & 63));
}

export function shiftRightLong(left: bigint, count: number): bigint {
  return left >> BigInt(count & 63);
}

export function shiftLeftULong(left: bigint, count: number): bigint {
  return BigInt.asUintN(64, left << BigInt(count & 63));
}

export function shiftRightULong(left: bigint, count: number): bigint {
  return left >> BigInt(count & 63);
}

export const addDecimal = (left: Decimal, right: Decimal): Decimal => left.add(right);
export const subtractDecimal = (left: Decimal, right: Decimal): Decimal => left.subtract(right);
export const multiplyDecimal = (left: Decimal, right: Decimal): Decimal => left.multiply(right);
export const divideDecimal = (left: Decimal, right: Decimal): Decimal => left.divide(right);
export const remainderDecimal = (left: Decimal, right: Decimal): Decimal => left.remainder(right);
export const negateDecimal = (value: Decimal): Decimal => value.negate();
/** Compares two decimals: negative, zero or positive. */
export const compareDecimal = (left: Decimal, right: Decimal): number => left.compare(right);
