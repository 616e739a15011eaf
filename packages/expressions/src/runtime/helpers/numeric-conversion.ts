import { overflow } from '../exceptions.js';
import { Decimal } from '../text/decimal.js';
import {
  decimalFromDouble,
  decimalFromSingle,
  decimalToSingle,
  type IntegralName,
} from '../text/decimal-convert.js';
import { bigintKinds, integralBounds, type NumericKind, smallIntegralKinds } from './numeric-kind.js';

/** A conversion between two numeric kinds, on typed forms. */
export type NumericConverter = (value: never) => unknown;

const integralNames: Readonly<Record<string, IntegralName>> = {
  sbyte: 'SByte',
  byte: 'Byte',
  short: 'Int16',
  ushort: 'UInt16',
  int: 'Int32',
  uint: 'UInt32',
  long: 'Int64',
  ulong: 'UInt64',
  char: 'UInt16',
};

/** Wraps a (safe) integer number to a small integral kind, as unchecked C# does. */
function wrapNumber(value: number, to: NumericKind): number {
  switch (to) {
    case 'sbyte':
      return (value << 24) >> 24;
    case 'byte':
      return value & 0xff;
    case 'short':
      return (value << 16) >> 16;
    case 'ushort':
    case 'char':
      return value & 0xffff;
    case 'uint':
      return value >>> 0;
    default:
      return value | 0;
  }
}

/** Wraps an integer to any integral kind, in that kind's typed form. */
function wrapBigInt(value: bigint, to: NumericKind): number | bigint {
  if (to === 'long') return BigInt.asIntN(64, value);
  if (to === 'ulong') return BigInt.asUintN(64, value);
  return wrapNumber(Number(BigInt.asIntN(32, value)), to);
}

function checkRange(value: bigint, to: NumericKind): void {
  const [min, max] = integralBounds[to]!;
  if (value < min || value > max) throw overflow();
}

const INT64_MIN = -9223372036854775808n;

/**
 * A floating-point value to an integral kind. Checked: truncated, `OverflowException` outside
 * the range or for NaN. Unchecked, C# leaves out-of-range results unspecified; this follows the
 * x64 .NET Framework JIT: NaN and out-of-range values become `int.MinValue` (for kinds up to
 * `int`, then narrowed) or `long.MinValue` (for `uint`, `long`, `ulong`, then narrowed).
 */
function fromFloating(value: number, to: NumericKind, checked: boolean): number | bigint {
  const truncated = Math.trunc(value);
  if (checked) {
    if (!Number.isFinite(truncated)) throw overflow();
    const integer = BigInt(truncated);
    checkRange(integer, to);
    return wrapBigInt(integer, to);
  }
  const viaLong = to === 'uint' || to === 'long' || to === 'ulong';
  if (viaLong) {
    const inRange = Number.isFinite(truncated) && truncated >= -(2 ** 63) && truncated < 2 ** 63;
    return wrapBigInt(inRange ? BigInt(truncated) : INT64_MIN, to);
  }
  const inRange = Number.isFinite(truncated) && truncated >= -2147483648 && truncated <= 2147483647;
  return wrapNumber(inRange ? truncated : -2147483648, to);
}

function toDecimal(from: NumericKind): NumericConverter {
  if (from === 'double') return ((value: number) => decimalFromDouble(value)) as NumericConverter;
  if (from === 'float') return ((value: number) => decimalFromSingle(value)) as NumericConverter;
  return ((value: number | bigint) => Decimal.fromInteger(value)) as NumericConverter;
}

function fromDecimal(to: NumericKind): NumericConverter {
  if (to === 'double') return ((value: Decimal) => value.toNumber()) as NumericConverter;
  if (to === 'float') return ((value: Decimal) => decimalToSingle(value)) as NumericConverter;
  const name = integralNames[to]!;
  return ((value: Decimal) => {
    const integer = value.toBigInt();
    const [min, max] = integralBounds[to === 'char' ? 'ushort' : to]!;
    if (integer < min || integer > max)
      throw overflow(`Value was either too large or too small for ${articleOf(name)}.`);
    return bigintKinds.has(to) ? integer : Number(integer);
  }) as NumericConverter;
}

function articleOf(name: IntegralName): string {
  switch (name) {
    case 'SByte':
      return 'a signed byte';
    case 'Byte':
      return 'an unsigned byte';
    default:
      return `an ${name}`;
  }
}

const identity: NumericConverter = ((value: unknown) => value) as NumericConverter;

/**
 * The conversion of typed numeric values from one kind to another, as C# performs it in a
 * checked or unchecked context. Conversions to and from `decimal` always check.
 */
export function numericConverter(from: NumericKind, to: NumericKind, checked: boolean): NumericConverter {
  if (from === to) return identity;
  if (to === 'decimal') return toDecimal(from);
  if (from === 'decimal') return fromDecimal(to);
  if (to === 'double')
    return bigintKinds.has(from) ? (((value: bigint) => Number(value)) as NumericConverter) : identity;
  if (to === 'float') {
    return bigintKinds.has(from)
      ? (((value: bigint) => Math.fround(Number(value))) as NumericConverter)
      : (((value: number) => Math.fround(value)) as NumericConverter);
  }
  if (from === 'double' || from === 'float') {
    return ((value: number) => fromFloating(value, to, checked)) as NumericConverter;
  }
  // Integral to integral.
  if (bigintKinds.has(from)) {
    return ((value: bigint) => {
      if (checked) checkRange(value, to);
      return wrapBigInt(value, to);
    }) as NumericConverter;
  }
  if (bigintKinds.has(to)) {
    return ((value: number) => {
      if (checked) checkRange(BigInt(value), to);
      return wrapBigInt(BigInt(value), to);
    }) as NumericConverter;
  }
  if (smallIntegralKinds.has(from) && smallIntegralKinds.has(to)) {
    return ((value: number) => {
      const wrapped = wrapNumber(value, to);
      if (checked && wrapped !== value) throw overflow();
      return wrapped;
    }) as NumericConverter;
  }
  throw new Error(`No numeric conversion from ${from} to ${to}`);
}

/** Whether a conversion leaves the JavaScript value as it is (the code generator then emits nothing). */
export function isRepresentationPreserving(from: NumericKind, to: NumericKind): boolean {
  if (from === to) return true;
  if (to === 'double') return smallIntegralKinds.has(from) || from === 'float';
  if (to === 'int')
    return from === 'sbyte' || from === 'byte' || from === 'short' || from === 'ushort' || from === 'char';
  if (to === 'long' || to === 'ulong' || to === 'decimal' || to === 'float') return false;
  // Widening between small integral kinds.
  const widening: Record<string, readonly NumericKind[]> = {
    short: ['sbyte', 'byte'],
    ushort: ['byte', 'char'],
    uint: ['byte', 'ushort', 'char'],
  };
  return widening[to]?.includes(from) ?? false;
}
