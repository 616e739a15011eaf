import { dotnetHash } from '../core/equality.js';
import { dotnetTypeNameOf } from '../core/type-name.js';
import { argument, argumentOutOfRange } from '../exceptions.js';
import { convertibleOf, toBoolean, toDecimal, toFloating, toIntegral } from '../text/convert.js';
import { invariantCulture, numberFormatOfProvider } from '../text/culture-info.js';
import { Decimal } from '../text/decimal.js';
import { invariantNumberFormat } from '../text/number-format-info.js';
import { formatValue } from '../text/to-string.js';
import { toDateTimeFromObject } from '../time/convert.js';
import { DateTime } from '../time/date-time.js';
import { DateTimeOffset } from '../time/date-time-offset.js';
import { TimeSpan } from '../time/time-span.js';
import { Boxed, DOTNET_TYPE } from '../values.js';
import { BigInteger } from './big-integer.js';
import { currentString, invariantString } from './invariant-text.js';
import { JToken } from './j-token.js';
import {
  booleanText,
  bytesText,
  dateText,
  floatText,
  guidText,
  integerText,
  stringText,
  timeSpanText,
  uriValueText,
} from './json-format.js';
import type { JsonTextWriter } from './json-text-writer.js';
import { boxedTypeName, isGuid, isUri, runtimeClassName } from './json-values.js';
import { JTokenType, tokenTypeName } from './token-type.js';

/**
 * `JValue.GetValueType`: the token type of a value in object form, or an `ArgumentException`
 * for a type JSON has no primitive for (an anonymous object, a list passed where a value is
 * expected, a `char` boxed as object).
 */
export function valueTypeOf(current: JTokenType | null, value: unknown): JTokenType {
  if (value === null || value === undefined) return JTokenType.Null;
  switch (typeof value) {
    case 'string':
      return current === JTokenType.Comment || current === JTokenType.Raw ? current : JTokenType.String;
    case 'number':
    case 'bigint':
      return JTokenType.Integer;
    case 'boolean':
      return JTokenType.Boolean;
    default:
      break;
  }
  if (value instanceof BigInteger) return JTokenType.Integer;
  if (value instanceof Decimal) return JTokenType.Float;
  if (value instanceof DateTime || value instanceof DateTimeOffset) return JTokenType.Date;
  if (value instanceof Uint8Array) return JTokenType.Bytes;
  if (value instanceof TimeSpan) return JTokenType.TimeSpan;
  if (isGuid(value)) return JTokenType.Guid;
  if (isUri(value)) return JTokenType.Uri;
  if (value instanceof Boxed) {
    switch (boxedTypeName(value)) {
      case 'System.Double':
      case 'System.Single':
        return JTokenType.Float;
      case 'System.SByte':
      case 'System.Byte':
      case 'System.Int16':
      case 'System.UInt16':
      case 'System.UInt32':
      case 'System.UInt64':
        return JTokenType.Integer;
      case 'System.Boolean':
        return JTokenType.Boolean;
      default:
        if (value.type.enumMembers !== null) return JTokenType.Integer;
        break;
    }
  }
  throw argument(`Could not determine JSON object type for type ${dotnetTypeNameOf(value)}.`);
}

/** `MathUtils.ApproxEquals`: equal within a few units of the last place. */
function approxEquals(d1: number, d2: number): boolean {
  if (d1 === d2) return true;
  const tolerance = (Math.abs(d1) + Math.abs(d2) + 10.0) * 2.220446049250313e-16;
  const difference = d1 - d2;
  return -tolerance < difference && tolerance > difference;
}

function compareNumbers(a: number | bigint, b: number | bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const isUlongOrDecimal = (v: unknown) => v instanceof Decimal || boxedTypeName(v) === 'System.UInt64';
const isFloating = (v: unknown) => {
  const name = boxedTypeName(v);
  return name === 'System.Double' || name === 'System.Single';
};

const toDouble = (v: unknown) => toFloating(convertibleOf(v), invariantNumberFormat);
const toDecimalValue = (v: unknown) => toDecimal(convertibleOf(v), invariantNumberFormat);

function compareFloat(a: unknown, b: unknown): number {
  const d1 = toDouble(a);
  const d2 = toDouble(b);
  if (approxEquals(d1, d2)) return 0;
  // Double.CompareTo: NaN sorts first.
  if (Number.isNaN(d1)) return Number.isNaN(d2) ? 0 : -1;
  if (Number.isNaN(d2)) return 1;
  return compareNumbers(d1, d2);
}

/** `CompareBigInteger`: integers compare exactly; a fraction on the other side breaks a tie. */
function compareBigInteger(a: BigInteger, b: unknown): number {
  let other: bigint;
  let fraction = 0;
  if (b instanceof BigInteger) other = b.value;
  else if (b instanceof Decimal) {
    other = b.toBigInt();
    fraction = b.subtract(Decimal.fromInteger(other)).isZero() ? 0 : 1;
  } else if (isFloating(b)) {
    const d = toDouble(b);
    other = BigInt(Math.trunc(d));
    fraction = d === Math.trunc(d) ? 0 : 1;
  } else other = toIntegral(convertibleOf(b), 'Int64', invariantNumberFormat);
  const result = compareNumbers(a.value, other);
  if (result !== 0) return result;
  return fraction === 0 ? 0 : -1;
}

function ordinal(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return 0;
}

/** `JValue.Compare(valueType, objA, objB)`: how values of a token type order. */
export function compareValues(valueType: JTokenType, a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (b === null || b === undefined) return 1;
  if (a === null || a === undefined) return -1;
  switch (valueType) {
    case JTokenType.Integer:
    case JTokenType.Float:
      if (a instanceof BigInteger) return compareBigInteger(a, b);
      if (b instanceof BigInteger) return -compareBigInteger(b, a);
      if (isUlongOrDecimal(a) || isUlongOrDecimal(b)) return toDecimalValue(a).compare(toDecimalValue(b));
      if (valueType === JTokenType.Float || isFloating(a) || isFloating(b)) return compareFloat(a, b);
      return compareNumbers(
        toIntegral(convertibleOf(a), 'Int64', invariantNumberFormat),
        toIntegral(convertibleOf(b), 'Int64', invariantNumberFormat),
      );
    case JTokenType.Comment:
    case JTokenType.String:
    case JTokenType.Raw:
      return ordinal(invariantString(a), invariantString(b));
    case JTokenType.Boolean: {
      const b1 = toBoolean(convertibleOf(a));
      const b2 = toBoolean(convertibleOf(b));
      return b1 === b2 ? 0 : b1 ? 1 : -1;
    }
    case JTokenType.Date: {
      if (a instanceof DateTimeOffset) {
        const other =
          b instanceof DateTimeOffset
            ? b
            : DateTimeOffset.fromDateTime(toDateTimeFromObject(b, invariantCulture()));
        return compareNumbers(a.utcTicks, other.utcTicks);
      }
      const other =
        b instanceof DateTimeOffset ? b.clockDateTime : toDateTimeFromObject(b, invariantCulture());
      return (a as DateTime).CompareTo(other);
    }
    case JTokenType.Bytes:
      if (!(b instanceof Uint8Array)) throw argument('Object must be of type byte[].');
      return compareBytes(a as Uint8Array, b);
    case JTokenType.Guid:
      if (!isGuid(b)) throw argument('Object must be of type Guid.');
      return (a as { CompareTo(o: unknown): number }).CompareTo(b);
    case JTokenType.Uri:
      if (!isUri(b)) throw argument('Object must be of type Uri.');
      return ordinal(
        String((a as { ToString(): string }).ToString()),
        String((b as { ToString(): string }).ToString()),
      );
    case JTokenType.TimeSpan:
      if (!(b instanceof TimeSpan)) throw argument('Object must be of type TimeSpan.');
      return (a as TimeSpan).CompareTo(b);
    default:
      throw argumentOutOfRange('valueType', `Unexpected value type: ${tokenTypeName(valueType)}`);
  }
}

/**
 * `Newtonsoft.Json.Linq.JValue`: a primitive JSON value. The value is held in its .NET object
 * form (see `runtime/values.ts`): an `Int64` read from JSON is a bigint, a double a `Boxed`
 * double, a date a `DateTime`; a value given as `int` stays an `int`, as in Newtonsoft.
 */
export class JValue extends JToken {
  static override readonly [DOTNET_TYPE]: string = 'Newtonsoft.Json.Linq.JValue';

  #valueType: JTokenType;
  #value: unknown;

  constructor(value: unknown, type: JTokenType) {
    super();
    this.#value = value;
    this.#valueType = type;
  }

  /** `new JValue(object value)`: the token type follows from the value. */
  static fromObject(value: unknown): JValue {
    return new JValue(value ?? null, valueTypeOf(null, value));
  }

  static CreateNull(): JValue {
    return new JValue(null, JTokenType.Null);
  }

  static CreateUndefined(): JValue {
    return new JValue(null, JTokenType.Undefined);
  }

  static CreateString(value: string | null): JValue {
    return new JValue(value, JTokenType.String);
  }

  static CreateComment(value: string | null): JValue {
    return new JValue(value, JTokenType.Comment);
  }

  get Type(): JTokenType {
    return this.#valueType;
  }

  get HasValues(): boolean {
    return false;
  }

  /** `Value`: the underlying value in object form. */
  get Value(): unknown {
    return this.#value;
  }

  /** Setting a value of another .NET type recomputes the token type, as Newtonsoft does. */
  set Value(value: unknown) {
    const next = value ?? null;
    const current = this.#value;
    if (current === null || next === null || dotnetTypeNameOf(current) !== dotnetTypeNameOf(next)) {
      this.#valueType = valueTypeOf(this.#valueType, next);
    }
    this.#value = next;
  }

  cloneToken(): JToken {
    return new JValue(this.#value, this.#valueType);
  }

  deepEquals(other: JToken): boolean {
    return other instanceof JValue && (other === this || valuesEqual(this, other));
  }

  deepHashCode(): number {
    return this.#valueType ^ (this.#value === null ? 0 : dotnetHash(this.#value));
  }

  writeTo(writer: JsonTextWriter): void {
    const value = this.#value;
    switch (this.#valueType) {
      case JTokenType.Comment:
        writer.writeComment(value === null ? null : currentString(value));
        return;
      case JTokenType.Raw:
        writer.writeValueText(value === null ? '' : currentString(value));
        return;
      case JTokenType.Null:
        writer.writeNull();
        return;
      case JTokenType.Undefined:
        writer.writeUndefined();
        return;
      case JTokenType.Integer:
        writer.writeValueText(value === null ? 'null' : integerText(value));
        return;
      case JTokenType.Float:
        writer.writeValueText(value === null ? 'null' : floatText(value));
        return;
      case JTokenType.String:
        writer.writeValueText(stringText(value === null ? null : currentString(value)));
        return;
      case JTokenType.Boolean:
        writer.writeValueText(booleanText(value));
        return;
      case JTokenType.Date:
        writer.writeValueText(
          value instanceof DateTime || value instanceof DateTimeOffset
            ? dateText(value)
            : dateText(toDateTimeFromObject(value, invariantCulture())),
        );
        return;
      case JTokenType.Bytes:
        writer.writeValueText(bytesText(value));
        return;
      case JTokenType.Guid:
        writer.writeValueText(guidText(value));
        return;
      case JTokenType.TimeSpan:
        writer.writeValueText(timeSpanText(value));
        return;
      case JTokenType.Uri:
        writer.writeValueText(uriValueText(value));
        return;
      default:
        throw argumentOutOfRange('Type', 'Unexpected token type.');
    }
  }

  /** `ToString()`: the value's own `ToString()` in the current culture; null prints "". */
  override ToString(): string {
    return currentString(this.#value);
  }

  /** `ToString(string format, IFormatProvider formatProvider)` (and its shorter overloads). */
  formatWith(format: string | null, provider: unknown): string {
    const value = this.#value;
    if (value === null) return '';
    if (value instanceof DateTime || value instanceof DateTimeOffset || value instanceof TimeSpan) {
      return value.ToString(format, provider);
    }
    if (isGuid(value)) return (value as { ToString(f: string | null): string }).ToString(format);
    if (
      typeof value === 'number' ||
      typeof value === 'bigint' ||
      value instanceof Decimal ||
      value instanceof Boxed
    ) {
      return formatValue(value, format, numberFormatOfProvider(provider));
    }
    return currentString(value);
  }

  override Equals(other: unknown): boolean {
    return other instanceof JValue && valuesEqual(this, other);
  }

  override GetHashCode(): number {
    return this.#value === null ? 0 : dotnetHash(this.#value);
  }

  /** `CompareTo(JValue)`; a string compares as the other value's type. */
  CompareTo(other: unknown): number {
    if (other === null || other === undefined) return 1;
    if (other instanceof JValue) {
      const type =
        this.#valueType === JTokenType.String && this.#valueType !== other.#valueType
          ? other.#valueType
          : this.#valueType;
      return compareValues(type, this.#value, other.#value);
    }
    return compareValues(this.#valueType, this.#value, other);
  }
}

/** `ValuesEquals`: same token type and values that compare equal. */
export function valuesEqual(a: JValue, b: JValue): boolean {
  return a === b || (a.Type === b.Type && compareValues(a.Type, a.Value, b.Value) === 0);
}

export { runtimeClassName };
