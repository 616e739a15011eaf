import { known } from '../model/relations.js';
import type { Type } from '../model/types.js';
import { integralBounds, type NumericKind } from '../runtime/helpers/numeric-kind.js';

export type { NumericKind };

const byFullName: ReadonlyMap<string, NumericKind> = new Map([
  ['System.SByte', 'sbyte'],
  ['System.Byte', 'byte'],
  ['System.Int16', 'short'],
  ['System.UInt16', 'ushort'],
  ['System.Int32', 'int'],
  ['System.UInt32', 'uint'],
  ['System.Int64', 'long'],
  ['System.UInt64', 'ulong'],
  ['System.Char', 'char'],
  ['System.Single', 'float'],
  ['System.Double', 'double'],
  ['System.Decimal', 'decimal'],
]);

const fullNames: ReadonlyMap<NumericKind, string> = new Map(
  [...byFullName].map(([name, kind]) => [kind, name]),
);

/** The numeric kind of a type (not of enums or nullables), or null. */
export function numericKind(type: Type): NumericKind | null {
  return type.kind === 'named' ? (byFullName.get(type.definition.fullName) ?? null) : null;
}

export function numericType(kind: NumericKind): Type {
  return known(fullNames.get(kind)!);
}

/** The integral kinds whose values are bigints at run time. */
export function isBigIntKind(kind: NumericKind): boolean {
  return kind === 'long' || kind === 'ulong';
}

export function isIntegralKind(kind: NumericKind): boolean {
  return kind !== 'float' && kind !== 'double' && kind !== 'decimal';
}

/** C#'s implicit numeric conversions (§10.2.3), `char` included as a source. */
const implicitTargets: Readonly<Record<NumericKind, readonly NumericKind[]>> = {
  sbyte: ['short', 'int', 'long', 'float', 'double', 'decimal'],
  byte: ['short', 'ushort', 'int', 'uint', 'long', 'ulong', 'float', 'double', 'decimal'],
  short: ['int', 'long', 'float', 'double', 'decimal'],
  ushort: ['int', 'uint', 'long', 'ulong', 'float', 'double', 'decimal'],
  int: ['long', 'float', 'double', 'decimal'],
  uint: ['long', 'ulong', 'float', 'double', 'decimal'],
  long: ['float', 'double', 'decimal'],
  ulong: ['float', 'double', 'decimal'],
  char: ['ushort', 'int', 'uint', 'long', 'ulong', 'float', 'double', 'decimal'],
  float: ['double'],
  double: [],
  decimal: [],
};

export function isImplicitNumeric(from: NumericKind, to: NumericKind): boolean {
  return from === to || implicitTargets[from].includes(to);
}

/** The range of each integral kind, for constant conversions and checked arithmetic. */
export const integralRange = integralBounds;

/**
 * Binary numeric promotion (§12.4.7.3): the kind both operands of `+`, `<` and the like are
 * converted to, or null when the combination has no predefined operator (`decimal + double`,
 * `ulong + int`).
 */
export function promote(left: NumericKind, right: NumericKind): NumericKind | null {
  const has = (kind: NumericKind) => left === kind || right === kind;
  const signed = (kind: NumericKind) =>
    kind === 'sbyte' || kind === 'short' || kind === 'int' || kind === 'long';
  if (has('decimal')) return has('float') || has('double') ? null : 'decimal';
  if (has('double')) return 'double';
  if (has('float')) return 'float';
  if (has('ulong')) return signed(left) || signed(right) ? null : 'ulong';
  if (has('long')) return 'long';
  if (has('uint')) return signed(left) || signed(right) ? 'long' : 'uint';
  return 'int';
}

/** Unary numeric promotion: `byte`, `short`, `char`... become `int`. */
export function promoteUnary(kind: NumericKind): NumericKind {
  switch (kind) {
    case 'sbyte':
    case 'byte':
    case 'short':
    case 'ushort':
    case 'char':
      return 'int';
    default:
      return kind;
  }
}
