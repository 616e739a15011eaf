import { dotnetTypeNameOf } from '../core/type-name.js';
import { invalidCastMessage } from '../exceptions.js';
import type { RuntimeType } from '../runtime-type.js';
import { convertibleOf, toBoolean, toChar, toDecimal, toFloating, toIntegral } from '../text/convert.js';
import { invariantCulture } from '../text/culture-info.js';
import { Decimal } from '../text/decimal.js';
import { invariantNumberFormat } from '../text/number-format-info.js';
import { toDateTimeFromObject } from '../time/convert.js';
import { DateTime } from '../time/date-time.js';
import { invariantString } from './invariant-text.js';
import { JToken } from './j-token.js';
import { JValue } from './j-value.js';

/** Is a value (object form) `IConvertible`: the base types, strings, decimals and dates? */
function isConvertible(value: unknown): boolean {
  if (value instanceof Decimal || value instanceof DateTime) return true;
  const kind = convertibleOf(value).kind;
  return kind !== 'Other' && kind !== 'Null';
}

/**
 * `Convert.ChangeType(value, type, CultureInfo.InvariantCulture)`, the result in its typed
 * form: null cannot become a value type, values that are not `IConvertible` convert only to
 * their own type, and an `IConvertible` refuses types other than the base ones.
 */
export function changeType(value: unknown, type: RuntimeType): unknown {
  if (value === null || value === undefined) {
    if (type.isValueType && type.nullableOf === null) {
      throw invalidCastMessage('Null object cannot be converted to a value type.');
    }
    return null;
  }
  if (!isConvertible(value)) {
    if (type.isInstance(value)) return type.unbox(value);
    throw invalidCastMessage('Object must implement IConvertible.');
  }
  const source = convertibleOf(value);
  const info = invariantNumberFormat;
  switch (type.name) {
    case 'System.Boolean':
      return toBoolean(source);
    case 'System.Char':
      return toChar(source);
    case 'System.SByte':
      return Number(toIntegral(source, 'SByte', info));
    case 'System.Byte':
      return Number(toIntegral(source, 'Byte', info));
    case 'System.Int16':
      return Number(toIntegral(source, 'Int16', info));
    case 'System.UInt16':
      return Number(toIntegral(source, 'UInt16', info));
    case 'System.Int32':
      return Number(toIntegral(source, 'Int32', info));
    case 'System.UInt32':
      return Number(toIntegral(source, 'UInt32', info));
    case 'System.Int64':
      return toIntegral(source, 'Int64', info);
    case 'System.UInt64':
      return toIntegral(source, 'UInt64', info);
    case 'System.Single':
      return toFloating(source, info, true);
    case 'System.Double':
      return toFloating(source, info);
    case 'System.Decimal':
      return value instanceof Decimal ? value : toDecimal(source, info);
    case 'System.DateTime':
      return toDateTimeFromObject(value, invariantCulture());
    case 'System.String':
      return invariantString(value);
    case 'System.Object':
      return value;
    default:
      if (type.isInstance(value)) return type.unbox(value);
      throw invalidCastMessage(`Invalid cast from '${dotnetTypeNameOf(value)}' to '${type.name}'.`);
  }
}

/**
 * `Extensions.Convert<T, U>(token)`: what `Value<U>()` and `Values<U>()` return. A token that is
 * already a `U` is returned as it is; otherwise it must be a value, whose underlying value is
 * returned when it is a `U`, or converted with `Convert.ChangeType`. `sourceType` names `T` in
 * the message for a container (`Cannot cast Newtonsoft.Json.Linq.JObject to Newtonsoft.Json.Linq.JToken.`).
 * The result is in the typed form of `U`.
 */
export function convertTokenTo(
  token: JToken | null,
  type: RuntimeType,
  sourceType = 'Newtonsoft.Json.Linq.JToken',
): unknown {
  if (token === null) return type.defaultValue;
  const target = type.nullableOf ?? type;
  if (
    target.name !== 'System.IComparable' &&
    target.name !== 'System.IFormattable' &&
    target.isInstance(token) &&
    token instanceof JToken
  ) {
    return token;
  }
  if (!(token instanceof JValue)) throw invalidCastMessage(`Cannot cast ${token.typeName} to ${sourceType}.`);
  const value = token.Value;
  if (value !== null && type.isInstance(value)) return type.unbox(value);
  if (type.nullableOf !== null) {
    if (value === null) return null;
    return changeType(value, type.nullableOf);
  }
  return changeType(value, type);
}
