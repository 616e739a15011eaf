import { DotnetException } from '../exceptions.js';
import type { RuntimeType } from '../runtime-type.js';
import { runtimeTypeNamed } from '../type-resolver.js';
import { Boxed, ELEMENT_TYPE } from '../values.js';
import { Decimal } from './decimal.js';
import { formatEnum } from './enum-format.js';
import { formatFloatingPoint, formatInteger, type IntegerTypeName } from './format-number.js';
import { currentNumberFormat, type NumberFormatInfo } from './number-format-info.js';

/**
 * .NET's `ToString()` of a value in its object form (see `runtime/values.ts`), or
 * `ToString(format)` for values that are `IFormattable` (numbers, enums, dates, ...): what
 * string concatenation, interpolation holes and `object.ToString()` print.
 *
 * - null prints as the empty string, as `string.Concat` and interpolation treat it (a call on
 *   a null receiver is the compiler's `NullReferenceException`, not this function's);
 * - `bool` prints `True`/`False`, `char` its character (formats ignored: neither is
 *   `IFormattable`), numbers in the current culture;
 * - runtime class instances print through their own `ToString`.
 */
export function toDotnetString(value: unknown, format: string | null = null): string {
  return formatValue(value, format, currentNumberFormat());
}

const integerTypes: Record<string, IntegerTypeName> = {
  'System.SByte': 'SByte',
  'System.Byte': 'Byte',
  'System.Int16': 'Int16',
  'System.UInt16': 'UInt16',
  'System.Int32': 'Int32',
  'System.UInt32': 'UInt32',
  'System.Int64': 'Int64',
  'System.UInt64': 'UInt64',
};

/** The same as `toDotnetString`, with an explicit number format (an `IFormatProvider` argument). */
export function formatValue(value: unknown, format: string | null, info: NumberFormatInfo): string {
  switch (typeof value) {
    case 'string':
      return value;
    case 'boolean':
      return value ? 'True' : 'False';
    case 'number':
      return formatInteger(value, 'Int32', format, info);
    case 'bigint':
      return formatInteger(value, 'Int64', format, info);
    case 'undefined':
      return '';
    case 'function':
      return 'System.Delegate';
    default:
      break;
  }
  if (value === null) return '';
  if (value instanceof Boxed) return formatBoxed(value.type, value.value, format, info);
  if (value instanceof Decimal) return value.format(format, info);
  if (value instanceof DotnetException) return `${value.type}: ${value.message}`;
  if (value instanceof Uint8Array) return 'System.Byte[]';
  if (Array.isArray(value)) {
    const element = (value as unknown as Record<symbol, RuntimeType | undefined>)[ELEMENT_TYPE];
    return `${element?.name ?? 'System.Object'}[]`;
  }
  return formatObject(value as object, format);
}

function formatBoxed(type: RuntimeType, raw: unknown, format: string | null, info: NumberFormatInfo): string {
  const name = type.nullableOf?.name ?? type.name;
  switch (name) {
    case 'System.Double':
      return formatFloatingPoint(raw as number, format, info);
    case 'System.Single':
      return formatFloatingPoint(raw as number, format, info, true);
    case 'System.Char':
      return String.fromCharCode(raw as number);
    case 'System.Boolean':
      return raw ? 'True' : 'False';
    default:
      break;
  }
  const integer = integerTypes[name];
  if (integer !== undefined) return formatInteger(raw as number | bigint, integer, format, info);
  if (type.enumMembers !== null) return formatEnum(type, raw as number, format);
  return formatValue(raw, format, info);
}

interface DotnetObject {
  ToString(format?: string | null): string;
}

const formattable = new WeakMap<object, boolean>();

/** Whether a runtime class's .NET type implements `IFormattable` (asked of the model once per class). */
function isFormattable(value: object): boolean {
  const runtimeClass = value.constructor as object | undefined;
  if (runtimeClass === undefined) return false;
  let known = formattable.get(runtimeClass);
  if (known === undefined) {
    known = runtimeTypeNamed('System.IFormattable').isInstance(value);
    formattable.set(runtimeClass, known);
  }
  return known;
}

function formatObject(value: object, format: string | null): string {
  const method = (value as Partial<DotnetObject>).ToString;
  if (typeof method === 'function') {
    const withFormat = format !== null && format.length > 0 && isFormattable(value);
    return withFormat ? (value as DotnetObject).ToString(format) : (value as DotnetObject).ToString();
  }
  return 'System.Object';
}
