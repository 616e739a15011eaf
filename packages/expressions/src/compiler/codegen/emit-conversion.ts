import type { Conversion } from '../../binder/conversions.js';
import { isNullable, underlyingOfNullable } from '../../model/relations.js';
import type { Type } from '../../model/types.js';
import { isRepresentationPreserving } from '../../runtime/helpers/numeric-conversion.js';
import { type Code, js } from '../js-template.js';
import { emitInvocation } from './emit-members.js';
import type { Emitter } from './emitter.js';

/** Whether boxing a value of this type changes its JavaScript representation. */
function boxes(type: Type): boolean {
  const underlying = underlyingOfNullable(type);
  return underlying.kind === 'named' && underlying.definition.boxing === 'boxed';
}

/** Applies a conversion to a value (typed forms in, typed or object form out). */
export function emitConversion(
  e: Emitter,
  conversion: Conversion,
  value: Code,
  target: Type,
  checked: boolean,
): Code {
  switch (conversion.kind) {
    case 'identity':
    case 'implicit-reference':
    case 'null-literal':
      return value;
    case 'numeric':
      if (isRepresentationPreserving(conversion.from, conversion.to)) return value;
      if (conversion.from === 'int' && conversion.to === 'long') return js`BigInt(${value})`;
      return js`${e.slot({ kind: 'numeric', from: conversion.from, to: conversion.to, checked })}(${value})`;
    case 'explicit-reference':
      return js`${e.helper('castReference')}(${e.slot({ kind: 'type', type: conversion.target })}, ${value})`;
    case 'boxing':
      return boxes(conversion.from)
        ? js`${e.helper('box')}(${e.slot({ kind: 'type', type: conversion.from })}, ${value})`
        : value;
    case 'unboxing':
      return js`${e.helper('unbox')}(${e.slot({ kind: 'type', type: conversion.to })}, ${value})`;
    case 'nullable-wrap':
      return emitConversion(e, conversion.underlying, value, underlyingOfNullable(target), checked);
    case 'nullable-lift': {
      const t = e.frame.temp();
      const inner = emitConversion(e, conversion.underlying, t, underlyingOfNullable(target), checked);
      return js`((${t} = ${value}) === null ? null : ${inner})`;
    }
    case 'nullable-unwrap':
      return emitConversion(
        e,
        conversion.underlying,
        js`${e.helper('nullableValue')}(${value})`,
        target,
        checked,
      );
    case 'user-defined': {
      const operatorParameter = conversion.operator.parameters[0]!.type;
      const apply = (input: Code): Code => {
        const before = emitConversion(e, conversion.before, input, operatorParameter, checked);
        const called = emitInvocation(e, conversion.operator, null, [], [before]);
        const resultType =
          isNullable(target) && !isNullable(conversion.operator.returnType)
            ? underlyingOfNullable(target)
            : target;
        return emitConversion(e, conversion.after, called, resultType, checked);
      };
      if (!conversion.lifted) return apply(value);
      const t = e.frame.temp();
      return js`((${t} = ${value}) === null ? null : ${apply(t)})`;
    }
  }
}
