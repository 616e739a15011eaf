import { argument, argumentNull, DotnetException, invalidCastMessage, overflow } from '../exceptions.js';
import type { RuntimeType } from '../runtime-type.js';
import { convertibleOf, toBoolean, toChar, toDecimal, toFloating, toIntegral } from '../text/convert.js';
import { invariantCulture } from '../text/culture-info.js';
import { Decimal, decimalOverflow } from '../text/decimal.js';
import type { IntegralName } from '../text/decimal-convert.js';
import { Guid, parseGuid } from '../text/guid.js';
import { invariantNumberFormat } from '../text/number-format-info.js';
import { toDateTimeFromObject } from '../time/convert.js';
import type { DateTime } from '../time/date-time.js';
import { DateTimeOffset } from '../time/date-time-offset.js';
import { parseDateTimeOffset } from '../time/date-time-parsing.js';
import { TimeSpan } from '../time/time-span.js';
import { parseTimeSpan } from '../time/time-span-parse.js';
import { fromBase64String, toBase64String } from '../web/encoding/base64.js';
import { Uri } from '../web/net/uri.js';
import { BigInteger } from './big-integer.js';
import { invariantString } from './invariant-text.js';
import { JProperty } from './j-property.js';
import type { JToken } from './j-token.js';
import { JValue } from './j-value.js';
import { isGuid, isUri } from './json-values.js';
import { JTokenType, tokenTypeName } from './token-type.js';

/**
 * The explicit conversions of `JToken` (`(int)token`, `(string)token`, ...): the token (or the
 * value of a property) must be a value of an accepted token type, which is then converted with
 * `Convert.ToXxx(value, CultureInfo.InvariantCulture)`. Results are in their typed forms.
 */

const T = JTokenType;
const NUMBER_TYPES: readonly JTokenType[] = [T.Integer, T.Float, T.String, T.Comment, T.Raw, T.Boolean];
const STRING_TYPES: readonly JTokenType[] = [
  T.Date,
  T.Integer,
  T.Float,
  T.String,
  T.Comment,
  T.Raw,
  T.Boolean,
  T.Bytes,
  T.Guid,
  T.TimeSpan,
  T.Uri,
];
const GUID_TYPES: readonly JTokenType[] = [T.String, T.Comment, T.Raw, T.Guid, T.Bytes];
const TIME_SPAN_TYPES: readonly JTokenType[] = [T.String, T.Comment, T.Raw, T.TimeSpan];
const URI_TYPES: readonly JTokenType[] = [T.String, T.Comment, T.Raw, T.Uri];
const CHAR_TYPES: readonly JTokenType[] = [T.Integer, T.Float, T.String, T.Comment, T.Raw];
const DATE_TYPES: readonly JTokenType[] = [T.Date, T.String, T.Comment, T.Raw];
const BYTES_TYPES: readonly JTokenType[] = [T.Bytes, T.String, T.Comment, T.Raw, T.Integer];
const BIG_INTEGER_TYPES: readonly JTokenType[] = [...NUMBER_TYPES, T.Bytes];

/** The targets of the explicit conversions, by the .NET name used in messages. */
export type ConversionTarget =
  | 'Boolean'
  | 'Char'
  | IntegralName
  | 'Single'
  | 'Double'
  | 'Decimal'
  | 'DateTime'
  | 'DateTimeOffset'
  | 'String'
  | 'Guid'
  | 'TimeSpan'
  | 'Uri'
  | 'byte array'
  | 'BigInteger';

/** `EnsureValue`: the value token behind a token (a property's value), or null for a container. */
function ensureValue(token: JToken): JValue | null {
  const value = token instanceof JProperty ? token.Value : token;
  return value instanceof JValue ? value : null;
}

/** `GetType(token)`: the token type name in messages (a property reports its value's type). */
function typeOfToken(token: JToken): string {
  return tokenTypeName((token instanceof JProperty ? token.Value : token).Type);
}

function cannotConvert(token: JToken, target: string): DotnetException {
  return argument(`Can not convert ${typeOfToken(token)} to ${target}.`) as DotnetException;
}

const integralRanges: Record<IntegralName, readonly [bigint, bigint]> = {
  SByte: [-128n, 127n],
  Byte: [0n, 255n],
  Int16: [-32768n, 32767n],
  UInt16: [0n, 65535n],
  Int32: [-2147483648n, 2147483647n],
  UInt32: [0n, 4294967295n],
  Int64: [-9223372036854775808n, 9223372036854775807n],
  UInt64: [0n, 18446744073709551615n],
};

/** `(int)bigInteger` and its siblings: an `OverflowException` outside the type's range. */
function integralOfBigInteger(value: bigint, target: IntegralName): bigint {
  const [min, max] = integralRanges[target];
  if (value < min || value > max) {
    const article = /^[AEIOU]/.test(target) ? 'an' : 'a';
    throw overflow(`Value was either too large or too small for ${article} ${target}.`);
  }
  return value;
}

function allowedTypes(target: ConversionTarget): readonly JTokenType[] {
  switch (target) {
    case 'String':
      return STRING_TYPES;
    case 'Guid':
      return GUID_TYPES;
    case 'TimeSpan':
      return TIME_SPAN_TYPES;
    case 'Uri':
      return URI_TYPES;
    case 'Char':
      return CHAR_TYPES;
    case 'DateTime':
    case 'DateTimeOffset':
      return DATE_TYPES;
    case 'byte array':
      return BYTES_TYPES;
    case 'BigInteger':
      return BIG_INTEGER_TYPES;
    default:
      return NUMBER_TYPES;
  }
}

/**
 * `(Target)token` (`nullable`: `(Target?)token`, where a null token, a JSON null or undefined
 * gives null). `String`, `Uri` and `byte array` are reference types: null tokens give null.
 */
export function convertToken(token: JToken | null, target: ConversionTarget, nullable: boolean): unknown {
  const referenceTarget = target === 'String' || target === 'Uri' || target === 'byte array';
  if (token === null) {
    if (nullable || referenceTarget) return null;
    throw argumentNull('value');
  }
  const v = ensureValue(token);
  const acceptsNull = nullable || target === 'String' || target === 'Uri';
  if (
    v === null ||
    !(allowedTypes(target).includes(v.Type) || (acceptsNull && (v.Type === T.Null || v.Type === T.Undefined)))
  ) {
    throw cannotConvert(token, target);
  }
  const value = v.Value;
  if (acceptsNull && value === null) return null;
  return convertValue(value, target, token);
}

function convertValue(value: unknown, target: ConversionTarget, token: JToken): unknown {
  const big = value instanceof BigInteger ? value.value : null;
  switch (target) {
    case 'Boolean':
      if (big !== null) return integralOfBigInteger(big, 'Int32') !== 0n;
      return toBoolean(convertibleOf(value));
    case 'Char':
      if (big !== null) return Number(integralOfBigInteger(big, 'UInt16'));
      return toChar(convertibleOf(value));
    case 'SByte':
    case 'Byte':
    case 'Int16':
    case 'UInt16':
    case 'Int32':
    case 'UInt32':
    case 'Int64':
    case 'UInt64': {
      const result =
        big !== null
          ? integralOfBigInteger(big, target)
          : toIntegral(convertibleOf(value), target, invariantNumberFormat);
      return target === 'Int64' || target === 'UInt64' ? result : Number(result);
    }
    case 'Single':
      return big !== null
        ? Math.fround(Number(big))
        : toFloating(convertibleOf(value), invariantNumberFormat, true);
    case 'Double':
      return big !== null ? Number(big) : toFloating(convertibleOf(value), invariantNumberFormat);
    case 'Decimal':
      if (big !== null) {
        if (big >= 1n << 96n || big <= -(1n << 96n)) throw decimalOverflow();
        return Decimal.fromInteger(big);
      }
      return toDecimal(convertibleOf(value), invariantNumberFormat);
    case 'DateTime':
      if (value instanceof DateTimeOffset) return value.clockDateTime;
      return toDateTimeFromObject(value, invariantCulture());
    case 'DateTimeOffset':
      if (value instanceof DateTimeOffset) return value;
      if (typeof value === 'string') return parseDateTimeOffset(value, invariantCulture());
      return DateTimeOffset.fromDateTime(toDateTimeFromObject(value, invariantCulture()) as DateTime);
    case 'String':
      if (value instanceof Uint8Array) return toBase64String(value);
      if (big !== null) return big.toString();
      return invariantString(value);
    case 'Guid':
      if (value instanceof Uint8Array) return Guid.fromBytes(value);
      return isGuid(value) ? value : parseGuid(invariantString(value), 'g');
    case 'TimeSpan':
      return value instanceof TimeSpan ? value : parseTimeSpan(invariantString(value));
    case 'Uri':
      return isUri(value) ? value : Uri.create(invariantString(value));
    case 'byte array':
      if (typeof value === 'string') return fromBase64String(value);
      if (big !== null) return bigIntegerBytes(big);
      if (value instanceof Uint8Array) return value;
      throw cannotConvert(token, target);
    case 'BigInteger':
      return toBigInteger(value);
  }
}

/** `BigInteger.ToByteArray()`: little-endian two's complement, as short as possible. */
function bigIntegerBytes(value: bigint): Uint8Array {
  const bytes: number[] = [];
  let rest = value;
  for (;;) {
    const byte = Number(BigInt.asUintN(8, rest));
    bytes.push(byte);
    rest >>= 8n;
    if ((rest === 0n && (byte & 0x80) === 0) || (rest === -1n && (byte & 0x80) !== 0)) break;
  }
  return Uint8Array.from(bytes);
}

/** `ConvertUtils.ToBigInteger`. */
export function toBigInteger(value: unknown): BigInteger {
  if (value instanceof BigInteger) return value;
  if (typeof value === 'string') {
    if (!/^\s*[+-]?\d+\s*$/.test(value))
      throw new DotnetException('System.FormatException', 'The value could not be parsed.');
    return new BigInteger(BigInt(value.trim()));
  }
  if (value instanceof Uint8Array) {
    let result = 0n;
    for (let i = value.length - 1; i >= 0; i--) result = (result << 8n) | BigInt(value[i]!);
    if (value.length > 0 && (value[value.length - 1]! & 0x80) !== 0) result -= 1n << BigInt(value.length * 8);
    return new BigInteger(result);
  }
  if (value instanceof Decimal) return new BigInteger(value.toBigInt());
  const source = convertibleOf(value);
  if (source.kind === 'Double' || source.kind === 'Single')
    return new BigInteger(BigInt(Math.trunc(source.value)));
  if (source.kind === 'Integer') return new BigInteger(source.value);
  throw invalidCastMessage(`Cannot convert ${invariantString(value)} to BigInteger.`);
}

/** The conversion target of a runtime type (`int` is `Int32`), or null for other types. */
export function conversionTargetOf(type: RuntimeType): ConversionTarget | null {
  const name = (type.nullableOf ?? type).name;
  switch (name) {
    case 'System.Boolean':
      return 'Boolean';
    case 'System.Char':
      return 'Char';
    case 'System.SByte':
      return 'SByte';
    case 'System.Byte':
      return 'Byte';
    case 'System.Int16':
      return 'Int16';
    case 'System.UInt16':
      return 'UInt16';
    case 'System.Int32':
      return 'Int32';
    case 'System.UInt32':
      return 'UInt32';
    case 'System.Int64':
      return 'Int64';
    case 'System.UInt64':
      return 'UInt64';
    case 'System.Single':
      return 'Single';
    case 'System.Double':
      return 'Double';
    case 'System.Decimal':
      return 'Decimal';
    case 'System.DateTime':
      return 'DateTime';
    case 'System.DateTimeOffset':
      return 'DateTimeOffset';
    case 'System.String':
      return 'String';
    case 'System.Guid':
      return 'Guid';
    case 'System.TimeSpan':
      return 'TimeSpan';
    case 'System.Uri':
      return 'Uri';
    case 'System.Byte[]':
      return 'byte array';
    case 'System.Numerics.BigInteger':
      return 'BigInteger';
    default:
      return null;
  }
}
