import { environment } from '../environment.js';
import { format as formatError } from '../exceptions.js';
import type { RuntimeType } from '../runtime-type.js';

/**
 * Enum types marked `[Flags]` in .NET, by run-time name: their values print as the names of
 * their bits (`RemoveEmptyEntries, TrimEntries`). The runtime type does not carry the
 * attribute, so the list is kept here; `markFlagsEnum` adds one.
 */
const flagsEnums = new Set<string>([
  'System.StringSplitOptions',
  'System.Globalization.NumberStyles',
  'System.Globalization.CompareOptions',
  'System.Globalization.DateTimeStyles',
  'System.Text.RegularExpressions.RegexOptions',
  'System.Security.Cryptography.X509Certificates.X509KeyUsageFlags',
  'System.Security.Cryptography.X509Certificates.X509KeyStorageFlags',
  'System.Security.Cryptography.X509Certificates.OpenFlags',
  'System.Xml.Linq.LoadOptions',
  'System.Xml.Linq.SaveOptions',
  'System.Xml.Linq.ReaderOptions',
]);

/** Declares an enum (by run-time name, `System.StringSplitOptions`) to be a `[Flags]` enum. */
export function markFlagsEnum(name: string): void {
  flagsEnums.add(name);
}

export function isFlagsEnum(type: RuntimeType): boolean {
  return flagsEnums.has(type.name);
}

/** .NET's `InternalFlagsFormat`: the names of the set bits, largest value first found, listed in value order. */
function flagsText(members: ReadonlyMap<number, string>, value: number): string | null {
  const values = [...members.keys()].sort((a, b) => (a >>> 0) - (b >>> 0));
  let rest = value;
  const names: string[] = [];
  for (let i = values.length - 1; i >= 0; i--) {
    const bit = values[i]!;
    if (i === 0 && bit === 0) break;
    if ((rest & bit) === bit && bit !== 0) {
      rest -= bit;
      names.unshift(members.get(bit)!);
    }
  }
  if (rest !== 0) return null;
  if (value === 0) return members.get(0) ?? '0';
  return names.join(', ');
}

/** `Enum.ToString()` / `ToString(format)` of an enum value held as its underlying `int`. */
export function formatEnum(type: RuntimeType, value: number, format: string | null = null): string {
  const members = type.enumMembers ?? new Map<number, string>();
  const letter = format === null || format.length === 0 ? 'G' : format;
  switch (letter) {
    case 'G':
    case 'g': {
      const name = members.get(value);
      if (name !== undefined) return name;
      if (isFlagsEnum(type)) return flagsText(members, value) ?? String(value);
      return String(value);
    }
    case 'D':
    case 'd':
      return String(value);
    case 'X':
    case 'x': {
      const hex = (value >>> 0).toString(16).padStart(8, '0');
      return letter === 'x' && environment().dotnet === 'core' ? hex : hex.toUpperCase();
    }
    case 'F':
    case 'f':
      return members.get(value) ?? flagsText(members, value) ?? String(value);
    default:
      throw formatError('Format String can be only "G", "g", "X", "x", "F", "f", "D" or "d".');
  }
}
