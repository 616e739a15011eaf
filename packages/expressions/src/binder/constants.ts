import type { BoundExpression } from './bound-tree.js';
import type { Conversion } from './conversions.js';
import { integralRange, isBigIntKind, type NumericKind } from './numeric.js';
import type { BoundConstant } from './symbols.js';

/** The constant value of a bound expression (C# §12.23), or undefined when it is not constant. */
export function constantOf(bound: BoundExpression): BoundConstant | undefined {
  switch (bound.kind) {
    case 'literal':
      return { kind: 'value', value: bound.value };
    case 'decimal-literal':
      return { kind: 'decimal', digits: bound.digits };
    case 'local':
      return bound.symbol.constantValue;
    case 'member':
      return bound.symbol.kind === 'field' && bound.symbol.isConst && bound.receiver === null
        ? { kind: 'value', value: bound.symbol.constantValue as string | number | bigint | boolean | null }
        : undefined;
    default:
      return undefined;
  }
}

/** The value of a constant as a plain value (decimals as their digits). */
export function constantValue(constant: BoundConstant): string | number | bigint | boolean | null {
  return constant.kind === 'decimal' ? constant.digits : constant.value;
}

/** Does an integral constant fit a numeric kind? */
export function fitsIntegral(value: number | bigint, kind: NumericKind): boolean {
  const range = integralRange[kind];
  if (range === undefined) return false;
  const big = typeof value === 'bigint' ? value : Number.isInteger(value) ? BigInt(value) : null;
  return big !== null && big >= range[0] && big <= range[1];
}

/**
 * Converts a constant numeric value to another numeric kind, as C# does at compile time, or
 * returns undefined when the conversion is not folded (decimal, overflow in checked context).
 */
export function convertConstant(
  value: string | number | bigint | boolean | null,
  conversion: Conversion,
  checked: boolean,
): { value: number | bigint } | 'overflow' | undefined {
  if (conversion.kind !== 'numeric' || (typeof value !== 'number' && typeof value !== 'bigint'))
    return undefined;
  const { from, to } = conversion;
  if (from === 'decimal' || to === 'decimal') return undefined;
  if (to === 'double') return { value: Number(value) };
  if (to === 'float') return { value: Math.fround(Number(value)) };
  // To an integral kind.
  let integer: bigint;
  if (typeof value === 'bigint') integer = value;
  else if (Number.isFinite(value)) integer = BigInt(Math.trunc(value));
  else return checked ? 'overflow' : undefined;
  const range = integralRange[to]!;
  if (integer < range[0] || integer > range[1]) {
    if (checked) return 'overflow';
    if (from === 'float' || from === 'double') return undefined;
    const bits =
      to === 'long' || to === 'ulong'
        ? 64
        : to === 'int' || to === 'uint'
          ? 32
          : to === 'short' || to === 'ushort' || to === 'char'
            ? 16
            : 8;
    const signed = to === 'sbyte' || to === 'short' || to === 'int' || to === 'long';
    integer = signed ? BigInt.asIntN(bits, integer) : BigInt.asUintN(bits, integer);
  }
  return { value: isBigIntKind(to) ? integer : Number(integer) };
}
