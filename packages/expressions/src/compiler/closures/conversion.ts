import type { Conversion } from '../../binder/conversions.js';
import { isNullable, underlyingOfNullable } from '../../model/relations.js';
import type { Type } from '../../model/types.js';
import { helpers } from '../../runtime/helpers/index.js';
import { isRepresentationPreserving } from '../../runtime/helpers/numeric-conversion.js';
import { invoker } from './members.js';
import type { SlotCache } from './slot-cache.js';

/** A conversion of a value, from the operand's form to the target's. */
export type Converter = (value: unknown) => unknown;

/** Whether boxing a value of this type changes its JavaScript representation. */
function boxes(type: Type): boolean {
  const underlying = underlyingOfNullable(type);
  return underlying.kind === 'named' && underlying.definition.boxing === 'boxed';
}

/**
 * The function applying a conversion, mirroring `codegen/emit-conversion.ts`; null when the
 * value passes unchanged.
 */
export function converter(
  slots: SlotCache,
  conversion: Conversion,
  target: Type,
  checked: boolean,
): Converter | null {
  switch (conversion.kind) {
    case 'identity':
    case 'implicit-reference':
    case 'null-literal':
      return null;
    case 'numeric':
      if (isRepresentationPreserving(conversion.from, conversion.to)) return null;
      if (conversion.from === 'int' && conversion.to === 'long') return (value) => BigInt(value as number);
      return slots.fn({ kind: 'numeric', from: conversion.from, to: conversion.to, checked });
    case 'explicit-reference': {
      const type = slots.type({ kind: 'type', type: conversion.target });
      return (value) => helpers.castReference(type, value);
    }
    case 'boxing': {
      if (!boxes(conversion.from)) return null;
      const type = slots.type({ kind: 'type', type: conversion.from });
      return (value) => helpers.box(type, value);
    }
    case 'unboxing': {
      const type = slots.type({ kind: 'type', type: conversion.to });
      return (value) => helpers.unbox(type, value);
    }
    case 'nullable-wrap':
      return converter(slots, conversion.underlying, underlyingOfNullable(target), checked);
    case 'nullable-lift': {
      const inner = converter(slots, conversion.underlying, underlyingOfNullable(target), checked);
      if (inner === null) return (value) => value;
      return (value) => (value === null ? null : inner(value));
    }
    case 'nullable-unwrap': {
      const inner = converter(slots, conversion.underlying, target, checked);
      if (inner === null) return (value) => helpers.nullableValue(value);
      return (value) => inner(helpers.nullableValue(value));
    }
    case 'user-defined': {
      const operatorParameter = conversion.operator.parameters[0]!.type;
      const before = converter(slots, conversion.before, operatorParameter, checked);
      const call = invoker(slots, conversion.operator, false, []);
      const resultType =
        isNullable(target) && !isNullable(conversion.operator.returnType)
          ? underlyingOfNullable(target)
          : target;
      const after = converter(slots, conversion.after, resultType, checked);
      const apply: Converter = (value) => {
        const called = call(null, [before === null ? value : before(value)]);
        return after === null ? called : after(called);
      };
      if (!conversion.lifted) return apply;
      return (value) => (value === null ? null : apply(value));
    }
  }
}
