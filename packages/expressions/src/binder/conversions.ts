import {
  baseOf,
  isBoxingConvertible,
  isInterface,
  isNullable,
  isReferenceConvertible,
  isReferenceType,
  isValueType,
  underlyingOfNullable,
} from '../model/relations.js';
import type { OperatorSymbol } from '../model/type-definition.js';
import type { Type } from '../model/types.js';
import { isImplicitNumeric, type NumericKind, numericKind } from './numeric.js';

/**
 * How a value of one type becomes a value of another (C# §10). The backends generate code per
 * kind; `identity` and `implicit-reference` change nothing at run time.
 */
export type Conversion =
  | { readonly kind: 'identity' }
  /** Between numeric kinds; enums convert as their underlying `int`. */
  | {
      readonly kind: 'numeric';
      readonly from: NumericKind;
      readonly to: NumericKind;
      readonly implicit: boolean;
    }
  /** The `null` literal to a reference or nullable type. */
  | { readonly kind: 'null-literal' }
  | { readonly kind: 'implicit-reference' }
  /** A checked downcast: `InvalidCastException` when the value is not an instance of `target`. */
  | { readonly kind: 'explicit-reference'; readonly target: Type }
  /** A value type's typed form to its object form. */
  | { readonly kind: 'boxing'; readonly from: Type }
  /** An object form to a value type's typed form (`NullReferenceException` for null, unless `T?`). */
  | { readonly kind: 'unboxing'; readonly to: Type }
  /** `S` to `T?`: the underlying conversion; a typed `T?` is a `T` or null. */
  | { readonly kind: 'nullable-wrap'; readonly underlying: Conversion }
  /** `S?` to `T?`: null stays null, other values convert. */
  | { readonly kind: 'nullable-lift'; readonly underlying: Conversion }
  /** `S?` to `T` (explicit): null throws `InvalidOperationException`. */
  | { readonly kind: 'nullable-unwrap'; readonly underlying: Conversion }
  /** A user-defined conversion operator, with standard conversions before and after it. */
  | {
      readonly kind: 'user-defined';
      readonly operator: OperatorSymbol;
      readonly before: Conversion;
      readonly after: Conversion;
      /** The operator applies to a non-null nullable operand; null stays null. */
      readonly lifted: boolean;
    };

export const identity: Conversion = { kind: 'identity' };

/** The numeric kind of a numeric type or of an enum (as `int`). */
function numericOrEnum(type: Type): NumericKind | null {
  if (type.kind === 'named' && type.definition.kind === 'enum') return 'int';
  return numericKind(type);
}

const isEnum = (type: Type) => type.kind === 'named' && type.definition.kind === 'enum';

/** A standard implicit conversion (§10.4.2): no user-defined operators. */
export function standardImplicit(from: Type, to: Type): Conversion | null {
  if (from === to) return identity;
  if (from.kind === 'error' || to.kind === 'error') return identity;
  if (from.kind === 'null') return isReferenceType(to) || isNullable(to) ? { kind: 'null-literal' } : null;
  const fromNumeric = numericKind(from);
  const toNumeric = numericKind(to);
  if (fromNumeric !== null && toNumeric !== null && isImplicitNumeric(fromNumeric, toNumeric))
    return { kind: 'numeric', from: fromNumeric, to: toNumeric, implicit: true };
  if (isNullable(to)) {
    const target = underlyingOfNullable(to);
    if (isNullable(from)) {
      const underlying = standardImplicit(underlyingOfNullable(from), target);
      return underlying === null ? null : { kind: 'nullable-lift', underlying };
    }
    if (isValueType(from)) {
      const underlying = standardImplicit(from, target);
      return underlying === null ? null : { kind: 'nullable-wrap', underlying };
    }
    return null;
  }
  if (isReferenceType(from)) return isReferenceConvertible(from, to) ? { kind: 'implicit-reference' } : null;
  if (isValueType(from) && isBoxingConvertible(from, to)) return { kind: 'boxing', from };
  return null;
}

/** A standard explicit conversion (§10.3, without user-defined operators). */
export function standardExplicit(from: Type, to: Type): Conversion | null {
  const implicit = standardImplicit(from, to);
  if (implicit !== null) return implicit;
  const fromNumeric = numericOrEnum(from);
  const toNumeric = numericOrEnum(to);
  if (fromNumeric !== null && toNumeric !== null) {
    if (isEnum(from) && isEnum(to)) return identity;
    return { kind: 'numeric', from: fromNumeric, to: toNumeric, implicit: false };
  }
  if (isNullable(from) || isNullable(to)) {
    const source = underlyingOfNullable(from);
    const target = underlyingOfNullable(to);
    if (isValueType(source) && isValueType(target)) {
      const underlying = standardExplicit(source, target);
      if (underlying === null) return null;
      if (isNullable(from) && isNullable(to)) return { kind: 'nullable-lift', underlying };
      if (isNullable(from)) return { kind: 'nullable-unwrap', underlying };
      return { kind: 'nullable-wrap', underlying };
    }
  }
  if (isReferenceType(from) && isValueType(to)) {
    // Unboxing: from object, ValueType, Enum or an interface the value type implements.
    return isBoxingConvertible(to, from) ? { kind: 'unboxing', to } : null;
  }
  if (isReferenceType(from) && isReferenceType(to)) {
    if (isReferenceConvertible(to, from)) return { kind: 'explicit-reference', target: to };
    const sealedClass = (type: Type) =>
      type.kind === 'array' || (type.kind === 'named' && type.definition.isSealed && !isInterface(type));
    if (isInterface(from) && isInterface(to)) return { kind: 'explicit-reference', target: to };
    if (isInterface(from) && !sealedClass(to)) return { kind: 'explicit-reference', target: to };
    if (isInterface(to) && !sealedClass(from)) return { kind: 'explicit-reference', target: to };
  }
  return null;
}

/** The types whose user-defined conversion operators apply to `from` → `to` (§10.5.3). */
function operatorSources(type: Type): Type[] {
  const result: Type[] = [];
  for (let current: Type | null = underlyingOfNullable(type); current !== null; current = baseOf(current)) {
    if (current.kind === 'named' && current.definition.fullName === 'System.Object') break;
    result.push(current);
  }
  return result;
}

/** User-defined conversion operators declared on a type (`implicit` or `explicit`). */
function conversionOperators(type: Type): OperatorSymbol[] {
  if (type.kind !== 'named') return [];
  return type.definition.members.operators.filter(
    (o) => o.operator === 'implicit' || o.operator === 'explicit',
  );
}

/**
 * A user-defined conversion (§10.5.4, §10.5.5): the most specific operator of the source's and
 * target's types, with the standard conversions around it. Null when none, or when ambiguous.
 */
export function userDefined(from: Type, to: Type, explicit: boolean): Conversion | null {
  if (from.kind === 'null' || from.kind === 'error' || to.kind === 'error') return null;
  const standard = explicit ? standardExplicit : standardImplicit;
  const candidates: { operator: OperatorSymbol; before: Conversion; after: Conversion; lifted: boolean }[] =
    [];
  const seen = new Set<OperatorSymbol>();
  for (const owner of [...operatorSources(from), ...operatorSources(to)]) {
    for (const operator of conversionOperators(owner)) {
      if (seen.has(operator)) continue;
      seen.add(operator);
      if (operator.operator === 'explicit' && !explicit) continue;
      const parameter = operator.parameters[0]!.type;
      let before = (explicit ? standardExplicit : standardImplicit)(from, parameter);
      let lifted = false;
      if (before === null && isNullable(from) && isValueType(parameter) && !isNullable(parameter)) {
        before = standard(underlyingOfNullable(from), parameter);
        lifted = before !== null && isNullable(to);
      }
      if (before === null) continue;
      const result = lifted ? underlyingOfNullable(to) : to;
      const after = standard(operator.returnType, result);
      if (after === null) continue;
      candidates.push({ operator, before, after, lifted });
    }
  }
  if (candidates.length === 0) return null;
  // The most specific: an exact source type first, then an exact target type.
  const score = (c: (typeof candidates)[number]) =>
    (c.before.kind === 'identity' ? 0 : 1) + (c.after.kind === 'identity' ? 0 : 2);
  const numericRank = (c: (typeof candidates)[number]) => {
    // Among numeric sources, the one the others convert to implicitly is the most encompassed.
    const parameter = c.operator.parameters[0]!.type;
    return candidates.filter(
      (other) => other !== c && standardImplicit(parameter, other.operator.parameters[0]!.type) !== null,
    ).length;
  };
  const sorted = [...candidates].sort((a, b) => score(a) - score(b) || numericRank(b) - numericRank(a));
  const best = sorted[0]!;
  const runnerUp = sorted[1];
  if (
    runnerUp !== undefined &&
    score(runnerUp) === score(best) &&
    numericRank(runnerUp) === numericRank(best)
  )
    return null;
  return { kind: 'user-defined', ...best };
}

/** An implicit conversion between types (§10.2), or null. */
export function implicitConversion(from: Type, to: Type): Conversion | null {
  return standardImplicit(from, to) ?? userDefined(from, to, false);
}

/** An explicit conversion between types (§10.3), or null. */
export function explicitConversion(from: Type, to: Type): Conversion | null {
  return standardExplicit(from, to) ?? userDefined(from, to, true);
}

/** Does a conversion do nothing at run time? */
export function isNoOp(conversion: Conversion): boolean {
  return (
    conversion.kind === 'identity' ||
    conversion.kind === 'implicit-reference' ||
    conversion.kind === 'null-literal'
  );
}

/**
 * C#'s "better conversion target" (§12.6.4.7) for overload resolution: is `a` a better target
 * than `b`?
 */
export function isBetterTarget(a: Type, b: Type): boolean {
  if (a === b) return false;
  const aToB = implicitConversion(a, b) !== null;
  const bToA = implicitConversion(b, a) !== null;
  if (aToB && !bToA) return true;
  if (bToA && !aToB) return false;
  const x = numericKind(underlyingOfNullable(a));
  const y = numericKind(underlyingOfNullable(b));
  if (x === null || y === null) return false;
  const signedOver: Partial<Record<NumericKind, readonly NumericKind[]>> = {
    sbyte: ['byte', 'ushort', 'uint', 'ulong'],
    short: ['ushort', 'uint', 'ulong'],
    int: ['uint', 'ulong'],
    long: ['ulong'],
  };
  return signedOver[x]?.includes(y) ?? false;
}
