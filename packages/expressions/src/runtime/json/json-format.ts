import { convertibleOf, toBoolean, toFloating, toIntegral } from '../text/convert.js';
import { Decimal } from '../text/decimal.js';
import { formatFloatingPoint } from '../text/format-number.js';
import { invariantNumberFormat } from '../text/number-format-info.js';
import { type DateTime, DateTimeKind } from '../time/date-time.js';
import { DateTimeOffset } from '../time/date-time-offset.js';
import { TimeSpan } from '../time/time-span.js';
import { Boxed } from '../values.js';
import { toBase64String } from '../web/encoding/base64.js';
import { BigInteger } from './big-integer.js';
import { escapeJsonString } from './escape.js';
import { boxedTypeName, isGuid, isUri, uriText } from './json-values.js';

/**
 * How Newtonsoft writes values as JSON text (`JsonConvert.ToString` and `JsonTextWriter`'s
 * `WriteValue` with the default settings): round-trip doubles with at least one decimal place,
 * NaN and infinities as strings, ISO 8601 dates by kind, GUIDs, time spans and URIs as strings,
 * byte arrays as base-64.
 */

/** `EnsureDecimalPlace`: `1` becomes `1.0`; exponents and special values stay as they are. */
function ensureDecimalPlace(text: string): string {
  return /[.eE]/.test(text) || !/^-?\d+$/.test(text) ? text : `${text}.0`;
}

/** A `double` (`single` for `float`) as Newtonsoft writes it. */
export function floatingText(value: number, single = false): string {
  if (Number.isNaN(value) || !Number.isFinite(value)) {
    const symbol = Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity';
    return `"${symbol}"`;
  }
  return ensureDecimalPlace(formatFloatingPoint(value, 'R', invariantNumberFormat, single));
}

/** A `decimal` as Newtonsoft writes it: its digits and scale, at least one decimal place. */
export function decimalText(value: Decimal): string {
  return ensureDecimalPlace(value.format(null, invariantNumberFormat));
}

/** An integer value of any width (object form) as JSON digits. */
export function integerText(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'bigint') return value.toString();
  if (value instanceof BigInteger) return value.value.toString();
  if (value instanceof Boxed && typeof value.value !== 'object') {
    const name = boxedTypeName(value);
    if (name !== 'System.Double' && name !== 'System.Single' && name !== 'System.Char')
      return String(value.value);
  }
  return toIntegral(convertibleOf(value), 'Int64', invariantNumberFormat).toString();
}

/** A floating-point value of any kind (object form) as Newtonsoft writes it. */
export function floatText(value: unknown): string {
  if (value instanceof Decimal) return decimalText(value);
  const name = boxedTypeName(value);
  if (name === 'System.Single') return floatingText((value as Boxed).value as number, true);
  if (name === 'System.Double') return floatingText((value as Boxed).value as number);
  if (value instanceof BigInteger) return value.value.toString();
  return floatingText(toFloating(convertibleOf(value), invariantNumberFormat));
}

const pad = (n: number | bigint, width: number) => n.toString().padStart(width, '0');

/** `+HH:mm` / `-HH:mm` of an offset in ticks. */
function offsetText(offsetTicks: bigint): string {
  const sign = offsetTicks >= 0n ? '+' : '-';
  const minutes = (offsetTicks < 0n ? -offsetTicks : offsetTicks) / 600_000_000n;
  return `${sign}${pad(minutes / 60n, 2)}:${pad(minutes % 60n, 2)}`;
}

/** `yyyy-MM-ddTHH:mm:ss` and the fraction of a second without trailing zeros. */
function clockText(dateTime: DateTime): string {
  const { year, month, day, hour, minute, second } = dateTime.parts;
  let text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}`;
  let fraction = dateTime.ticks % 10_000_000n;
  if (fraction !== 0n) {
    let digits = 7;
    while (fraction % 10n === 0n) {
      digits--;
      fraction /= 10n;
    }
    text += `.${pad(fraction, digits)}`;
  }
  return text;
}

/** A DateTime as Newtonsoft's ISO format writes it (without quotes): `Z` for UTC, the offset for Local. */
export function isoDateText(dateTime: DateTime): string {
  const clock = clockText(dateTime);
  switch (dateTime.kind) {
    case DateTimeKind.Utc:
      return `${clock}Z`;
    case DateTimeKind.Local:
      return clock + offsetText(dateTime.localOffset());
    default:
      return clock;
  }
}

/** A DateTimeOffset in ISO format (without quotes): its clock time and its offset. */
export function isoDateOffsetText(value: DateTimeOffset): string {
  return clockText(value.clockDateTime) + offsetText(value.offsetTicks);
}

/** A date value (DateTime or DateTimeOffset) as a JSON string. */
export function dateText(value: unknown): string {
  if (value instanceof DateTimeOffset) return `"${isoDateOffsetText(value)}"`;
  return `"${isoDateText(value as DateTime)}"`;
}

export function booleanText(value: unknown): string {
  return toBoolean(convertibleOf(value)) ? 'true' : 'false';
}

/** A string as a JSON string literal. */
export function stringText(value: string | null): string {
  return value === null ? 'null' : escapeJsonString(value);
}

/** A GUID, a TimeSpan or a URI as the JSON string Newtonsoft writes for it. */
export function guidText(value: unknown): string {
  return value === null ? 'null' : `"${(value as { ToString(format: string): string }).ToString('D')}"`;
}

export function timeSpanText(value: unknown): string {
  return value instanceof TimeSpan ? `"${value.ToString()}"` : 'null';
}

export function uriValueText(value: unknown): string {
  return isUri(value) ? escapeJsonString(uriText(value)) : 'null';
}

export function bytesText(value: unknown): string {
  return value instanceof Uint8Array ? `"${toBase64String(value)}"` : 'null';
}

export { isGuid };
