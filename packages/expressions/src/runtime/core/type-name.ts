import { DotnetException } from '../exceptions.js';
import type { RuntimeType } from '../runtime-type.js';
import { Boxed, DOTNET_TYPE, ELEMENT_TYPE, TYPE_ARGUMENTS } from '../values.js';

/**
 * The .NET run-time type name (`value.GetType().FullName`) of a non-null value in its object
 * form (see `runtime/values.ts`), for exception messages and type comparisons:
 * - strings, numbers, bigints and booleans: `System.String`, `System.Int32`, `System.Int64`,
 *   `System.Boolean`; functions (delegates): `System.Delegate`;
 * - a `Boxed` value: its type's name; a `DotnetException`: its exception type;
 * - `Uint8Array`: `System.Byte[]`; other arrays: their element type (tagged under
 *   `ELEMENT_TYPE`, else `System.Object`) followed by `[]`;
 * - a runtime class instance: the name its class declares under `DOTNET_TYPE`, with the type
 *   arguments it carries (`System.Collections.Generic.List`1[System.String]`);
 * - anything else: `System.Object`.
 */
export function dotnetTypeNameOf(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return 'System.String';
    case 'number':
      return 'System.Int32';
    case 'bigint':
      return 'System.Int64';
    case 'boolean':
      return 'System.Boolean';
    case 'function':
      return 'System.Delegate';
    default:
      break;
  }
  if (typeof value !== 'object' || value === null) return 'System.Object';
  if (value instanceof Boxed) return value.type.name;
  if (value instanceof DotnetException) return value.type;
  if (value instanceof Uint8Array) return 'System.Byte[]';
  if (Array.isArray(value)) {
    const element = (value as unknown as Record<symbol, RuntimeType | undefined>)[ELEMENT_TYPE];
    return `${element?.name ?? 'System.Object'}[]`;
  }
  const name = (value.constructor as unknown as Record<symbol, unknown> | undefined)?.[DOTNET_TYPE];
  if (typeof name !== 'string') return 'System.Object';
  const typeArguments = (value as Record<symbol, readonly RuntimeType[] | undefined>)[TYPE_ARGUMENTS];
  return typeArguments === undefined || typeArguments.length === 0
    ? name
    : `${name}[${typeArguments.map((type) => type.name).join(',')}]`;
}
