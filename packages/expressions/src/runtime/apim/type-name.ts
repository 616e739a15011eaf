import type { RuntimeType } from '../runtime-type.js';
import { Boxed, DOTNET_TYPE, ELEMENT_TYPE, TYPE_ARGUMENTS } from '../values.js';

/**
 * The .NET type name (`GetType().FullName`) of a value in its object form, for exception
 * messages: `System.String`, `System.Int32`, `System.Byte[]`,
 * `System.Collections.Generic.List`1[System.String]`.
 */
export function dotnetTypeName(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return 'System.String';
    case 'boolean':
      return 'System.Boolean';
    case 'number':
      return 'System.Int32';
    case 'bigint':
      return 'System.Int64';
    default:
      break;
  }
  if (value instanceof Boxed) return value.type.name;
  if (value instanceof Uint8Array) return 'System.Byte[]';
  if (Array.isArray(value)) {
    const element = (value as unknown as Record<symbol, RuntimeType | undefined>)[ELEMENT_TYPE];
    return `${element?.name ?? 'System.Object'}[]`;
  }
  if (typeof value === 'object' && value !== null) {
    const name = (value.constructor as unknown as Record<symbol, unknown> | undefined)?.[DOTNET_TYPE];
    if (typeof name === 'string') {
      const typeArguments = (value as Record<symbol, readonly RuntimeType[] | undefined>)[TYPE_ARGUMENTS];
      return typeArguments === undefined || typeArguments.length === 0
        ? name
        : `${name}[${typeArguments.map((type) => type.name).join(',')}]`;
    }
  }
  return 'System.Object';
}
