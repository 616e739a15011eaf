import { argument, argumentNull, format } from '../exceptions.js';
import { Decimal } from '../text/decimal.js';
import { type Guid, parseGuid } from '../text/guid.js';
import { invariantNumberFormat } from '../text/number-format-info.js';
import { NumberStyles } from '../text/number-styles.js';
import { parseDecimal, parseFloating, parseIntegral } from '../text/parse-numeric.js';
import { formatValue, toDotnetString } from '../text/to-string.js';
import { invariant } from '../time/culture.js';
import { DateTime } from '../time/date-time.js';
import { parseDateTimeText } from '../time/date-time-parse.js';
import { DateTimeStyles, parseException } from '../time/date-time-parse-result.js';
import { runtimeTypeNamed } from '../type-resolver.js';
import { Boxed } from '../values.js';
import { XObject } from './x-node.js';
import { trimXmlWhitespace } from './xml-chars.js';
import { LinqRes } from './xml-errors.js';

/**
 * `XContainer.GetStringValue`: how `SetValue`, `new XAttribute(name, value)` and content turn a
 * value into text, in `XmlConvert`'s invariant forms (`true`, `1.5`, `INF`, round-trip dates).
 */
export function stringValueOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof XObject) throw argument(LinqRes.XObjectValue);
  if (value instanceof Decimal) return value.format(null, invariantNumberFormat);
  if (value instanceof DateTime) return value.ToString('yyyy-MM-ddTHH:mm:ss.FFFFFFFK');
  if (
    value instanceof Boxed &&
    (value.type.name === 'System.Double' || value.type.name === 'System.Single')
  ) {
    return floatingToString(value.value as number, value.type.name === 'System.Single');
  }
  return toDotnetString(value);
}

/** `XmlConvert.ToString(double)` and `(float)`: `R`, with `INF`, `-INF` and `-0`. */
function floatingToString(value: number, single: boolean): string {
  if (value === Number.POSITIVE_INFINITY) return 'INF';
  if (value === Number.NEGATIVE_INFINITY) return '-INF';
  if (Object.is(value, -0)) return '-0';
  return formatValue(
    new Boxed(runtimeTypeNamed(single ? 'float' : 'double'), value),
    'R',
    invariantNumberFormat,
  );
}

/** The text of an element or attribute converted explicitly (`(int)element`). */
interface HasValue {
  readonly Value: string;
}

/** `XmlConvert`'s styles: unsigned types take no sign, decimals no exponent. */
const unsignedStyle = NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;
const integerStyle = unsignedStyle | NumberStyles.AllowLeadingSign;
const floatStyle = integerStyle | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
const decimalStyle = integerStyle | NumberStyles.AllowDecimalPoint;

/** `XmlConvert.ToBoolean` of the lower-cased value, as the explicit operators do. */
export function xmlToBoolean(text: string): boolean {
  const trimmed = trimXmlWhitespace(text.toLowerCase());
  if (trimmed === '1' || trimmed === 'true') return true;
  if (trimmed === '0' || trimmed === 'false') return false;
  throw format(`The string '${text.toLowerCase()}' is not a valid Boolean value.`);
}

export function xmlToInt32(text: string): number {
  return Number(parseIntegral(text, 'Int32', integerStyle, invariantNumberFormat));
}

export function xmlToInt64(text: string): bigint {
  return parseIntegral(text, 'Int64', integerStyle, invariantNumberFormat);
}

export function xmlToUInt32(text: string): number {
  return Number(parseIntegral(text, 'UInt32', unsignedStyle, invariantNumberFormat));
}

export function xmlToUInt64(text: string): bigint {
  return parseIntegral(text, 'UInt64', unsignedStyle, invariantNumberFormat);
}

/** `XmlConvert.ToDouble` (`single`: `ToSingle`). */
export function xmlToFloating(text: string, single = false): number {
  const trimmed = trimXmlWhitespace(text);
  if (trimmed === '-INF') return Number.NEGATIVE_INFINITY;
  if (trimmed === 'INF') return Number.POSITIVE_INFINITY;
  const value = parseFloating(trimmed, floatStyle, invariantNumberFormat, single);
  return value === 0 && trimmed.startsWith('-') ? -0 : value;
}

export function xmlToDecimal(text: string): Decimal {
  return parseDecimal(text, decimalStyle, invariantNumberFormat);
}

export function xmlToGuid(text: string): Guid {
  return parseGuid(text, 'g');
}

/**
 * `(DateTime)element`: unlike the other conversions, .NET uses `DateTime.Parse` with the
 * invariant culture and `DateTimeStyles.RoundtripKind` (so `01/02/2024` is accepted, `Z` gives a
 * UTC time and an offset a local one).
 */
export function xmlToDateTime(text: string): DateTime {
  const result = parseDateTimeText(text, invariant, DateTimeStyles.RoundtripKind, false);
  if (result.failure !== null) throw parseException(result, 's');
  return result.parsed;
}

/**
 * An explicit conversion of `XElement` or `XAttribute` to a value type: null throws
 * `ArgumentNullException` naming the operand (`element` or `attribute`).
 */
export function convertRequired<T>(
  parameter: 'element' | 'attribute',
  convert: (text: string) => T,
): (node: HasValue | null) => T {
  return (node) => {
    if (node === null) throw argumentNull(parameter);
    return convert(node.Value);
  };
}

/** The conversion to a nullable type or a reference type: null stays null. */
export function convertNullable<T>(convert: (text: string) => T): (node: HasValue | null) => T | null {
  return (node) => (node === null ? null : convert(node.Value));
}

/** `(string)element`, `(string)attribute`. */
export function stringOf(node: HasValue | null): string | null {
  return node === null ? null : node.Value;
}
