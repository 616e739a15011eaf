import { isNullable, isValueType } from '../model/relations.js';
import type { BoundExpression } from './bound-tree.js';

/**
 * Can the value of a bound expression be null at run time? The backends check receivers for
 * null (and throw `NullReferenceException`) only where this says so.
 */
export function mayBeNull(bound: BoundExpression): boolean {
  if (isValueType(bound.type) && !isNullable(bound.type)) return false;
  switch (bound.kind) {
    case 'literal':
      return bound.value === null;
    case 'context':
    case 'new':
    case 'new-array':
    case 'new-anonymous':
    case 'interpolation':
    case 'conditional-receiver':
    case 'lambda':
    case 'decimal-literal':
      return false;
    case 'member':
      return !(bound.symbol.kind === 'property' && bound.symbol.nonNull);
    case 'binary':
      return bound.operation !== 'concat';
    case 'convert':
      if (bound.conversion.kind === 'user-defined') return true;
      return mayBeNull(bound.operand);
    default:
      return true;
  }
}
