import { invalidCast, invalidCastMessage } from '../exceptions.js';
import { convertibleOf } from '../text/convertible.js';
import { DOTNET_TYPE } from '../values.js';
import { DateTime, DateTimeKind } from './date-time.js';
import { parseDateTime } from './date-time-parsing.js';

/**
 * `Convert.ToDateTime` and `Convert.ToString(DateTime)`. A null string or object converts to
 * `DateTime.MinValue`; a string is parsed as `DateTime.Parse` does; a DateTime is itself; other
 * `IConvertible` values refuse ("Invalid cast from 'Int32' to 'DateTime'."), and values that
 * are not `IConvertible` cannot be cast to it.
 */

/** `Convert.ToDateTime(string[, IFormatProvider])`. */
export function toDateTimeFromString(value: string | null, provider: unknown = null): DateTime {
  if (value === null) return new DateTime(0n, DateTimeKind.Unspecified);
  return parseDateTime(value, provider);
}

/** `Convert.ToDateTime(object[, IFormatProvider])`. */
export function toDateTimeFromObject(value: unknown, provider: unknown = null): DateTime {
  if (value instanceof DateTime) return value;
  const convertible = convertibleOf(value);
  switch (convertible.kind) {
    case 'Null':
      return DateTime.MinValue;
    case 'String':
      return parseDateTime(convertible.value, provider);
    case 'Integer':
      throw invalidCastMessage(`Invalid cast from '${convertible.type}' to 'DateTime'.`);
    case 'Other': {
      const runtimeClass = (value as { constructor?: Record<symbol, unknown> }).constructor;
      const name = runtimeClass?.[DOTNET_TYPE];
      throw invalidCast(typeof name === 'string' ? name : 'System.Object', 'System.IConvertible');
    }
    default:
      throw invalidCastMessage(`Invalid cast from '${convertible.kind}' to 'DateTime'.`);
  }
}

/** `Convert.ToDateTime(int)` and the other base types that refuse: .NET's message names the source. */
export function invalidToDateTime(sourceName: string): () => never {
  return () => {
    throw invalidCastMessage(`Invalid cast from '${sourceName}' to 'DateTime'.`);
  };
}

/** `Convert.ToString(DateTime[, IFormatProvider])`. */
export function dateTimeToString(value: DateTime, provider: unknown = null): string {
  return value.ToString(null, provider);
}
