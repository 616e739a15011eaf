import { invariantCulture } from '../text/culture-info.js';
import { invariantNumberFormat } from '../text/number-format-info.js';
import { formatValue, toDotnetString } from '../text/to-string.js';
import { DateTime } from '../time/date-time.js';
import { DateTimeOffset } from '../time/date-time-offset.js';
import { BigInteger } from './big-integer.js';

/**
 * `Convert.ToString(value, CultureInfo.InvariantCulture)` of a value in object form: what
 * Newtonsoft's `(string)token` and its comparisons of string values print. Null is "".
 */
export function invariantString(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof DateTime || value instanceof DateTimeOffset)
    return value.ToString(null, invariantCulture());
  if (value instanceof BigInteger) return value.value.toString();
  return formatValue(value, null, invariantNumberFormat);
}

/** `value.ToString()` in the current culture (what `JValue.ToString()` prints). */
export function currentString(value: unknown): string {
  return value === null || value === undefined ? '' : toDotnetString(value);
}
