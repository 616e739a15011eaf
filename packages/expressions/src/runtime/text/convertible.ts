import { Boxed } from '../values.js';
import { Decimal } from './decimal.js';
import type { IntegralName } from './decimal-convert.js';

/**
 * A value in its object form seen as .NET's `IConvertible`: what `Convert.ToXxx(object)`
 * dispatches on. Values of other types are `other` (an `InvalidCastException` for most targets).
 */
export type Convertible =
  | { readonly kind: 'Boolean'; readonly value: boolean }
  | { readonly kind: 'Char'; readonly value: number }
  | { readonly kind: 'Integer'; readonly type: IntegralName; readonly value: bigint }
  | { readonly kind: 'Double' | 'Single'; readonly value: number }
  | { readonly kind: 'Decimal'; readonly value: Decimal }
  | { readonly kind: 'String'; readonly value: string }
  | { readonly kind: 'Null' }
  | { readonly kind: 'Other'; readonly value: unknown };

const integralNames: Record<string, IntegralName> = {
  'System.SByte': 'SByte',
  'System.Byte': 'Byte',
  'System.Int16': 'Int16',
  'System.UInt16': 'UInt16',
  'System.Int32': 'Int32',
  'System.UInt32': 'UInt32',
  'System.Int64': 'Int64',
  'System.UInt64': 'UInt64',
};

export function convertibleOf(value: unknown): Convertible {
  if (value === null || value === undefined) return { kind: 'Null' };
  switch (typeof value) {
    case 'boolean':
      return { kind: 'Boolean', value };
    case 'number':
      return { kind: 'Integer', type: 'Int32', value: BigInt(value) };
    case 'bigint':
      return { kind: 'Integer', type: 'Int64', value };
    case 'string':
      return { kind: 'String', value };
    default:
      break;
  }
  if (value instanceof Decimal) return { kind: 'Decimal', value };
  if (value instanceof Boxed) {
    const name = value.type.nullableOf?.name ?? value.type.name;
    if (name === 'System.Double') return { kind: 'Double', value: value.value as number };
    if (name === 'System.Single') return { kind: 'Single', value: value.value as number };
    if (name === 'System.Char') return { kind: 'Char', value: value.value as number };
    if (name === 'System.Boolean') return { kind: 'Boolean', value: value.value as boolean };
    const integral = integralNames[name];
    if (integral !== undefined)
      return { kind: 'Integer', type: integral, value: BigInt(value.value as number | bigint) };
    // Enums convert as their underlying int.
    if (value.type.enumMembers !== null)
      return { kind: 'Integer', type: 'Int32', value: BigInt(value.value as number) };
  }
  return { kind: 'Other', value };
}
