import { argument, argumentNull } from '../exceptions.js';
import type { RuntimeType } from '../runtime-type.js';

/**
 * `Enum.Parse` / `Enum.TryParse`: a member name, names separated by commas (their values
 * combined), or a number (kept even when no member has it). Names come from the runtime
 * type's members, so an alias name that shares a value with an earlier member is not known.
 */

/** The value, or the error `Parse` would throw. */
function read(type: RuntimeType, input: string, ignoreCase: boolean): number | (() => Error) {
  const text = input.trim();
  if (text.length === 0) return () => argument('Must specify valid information for parsing in the string.');
  const first = text[0]!;
  if ((first >= '0' && first <= '9') || first === '-' || first === '+') {
    if (/^[+-]?\d+$/.test(text)) return Number(BigInt.asIntN(32, BigInt(text)));
  }
  const members = type.enumMembers ?? new Map<number, string>();
  let result = 0;
  for (const part of text.split(',')) {
    const name = part.trim();
    let found: number | undefined;
    for (const [value, member] of members) {
      if (member === name || (ignoreCase && member.toLowerCase() === name.toLowerCase())) {
        found = value;
        break;
      }
    }
    if (found === undefined) return () => argument(`Requested value '${text}' was not found.`);
    result |= found;
  }
  return result;
}

/** `Enum.Parse(Type enumType, string value, bool ignoreCase)`: the value as an `int`. */
export function parseEnum(type: RuntimeType, value: string | null, ignoreCase = false): number {
  if (value === null) throw argumentNull('value');
  const result = read(type, value, ignoreCase);
  if (typeof result === 'function') throw result();
  return result;
}

/** `Enum.TryParse<TEnum>(string value, bool ignoreCase, out TEnum result)`: null when it fails. */
export function tryParseEnum(type: RuntimeType, value: string | null, ignoreCase = false): number | null {
  if (value === null) return null;
  const result = read(type, value, ignoreCase);
  return typeof result === 'function' ? null : result;
}
