import { argumentNull, format as formatError } from '../exceptions.js';

/** `bool.Parse` / `bool.TryParse`: `True` or `False` in any case, around white space and NULs. */

function read(value: string): boolean | null {
  const text = value.replace(/^[\s\0]+|[\s\0]+$/g, '').toLowerCase();
  if (text === 'true') return true;
  if (text === 'false') return false;
  return null;
}

export function parseBoolean(value: string | null): boolean {
  if (value === null) throw argumentNull('value');
  const result = read(value);
  if (result === null) throw formatError('String was not recognized as a valid Boolean.');
  return result;
}

export function tryParseBoolean(value: string | null): boolean | null {
  return value === null ? null : read(value);
}
