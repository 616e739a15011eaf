import { environment } from '../environment.js';
import { cultureOf } from './culture.js';
import type { DateTime } from './date-time.js';
import { DateTimeOffset } from './date-time-offset.js';
import { parseDateTimeText } from './date-time-parse.js';
import { parseExactMultipleText, parseExactText } from './date-time-parse-exact.js';
import {
  type ParseResult,
  parseException,
  validateOffsetStyles,
  validateStyles,
} from './date-time-parse-result.js';
import { TimeSpan } from './time-span.js';

/**
 * The public faces of date parsing: `DateTime.Parse`, `TryParse`, `ParseExact`,
 * `TryParseExact` and their DateTimeOffset twins. `Parse*` throw .NET's exceptions, `TryParse*`
 * return null where .NET returns false (invalid styles throw in both, as in .NET).
 */

function dateOf(result: ParseResult, parameter = 's'): DateTime {
  if (result.failure !== null) throw parseException(result, parameter);
  return result.parsed;
}

/** `DateTime.Parse(s[, provider[, styles]])`. */
export function parseDateTime(s: string | null, provider: unknown = null, styles = 0): DateTime {
  validateStyles(styles, 'styles');
  return dateOf(parseDateTimeText(s, cultureOf(provider), styles, false));
}

/** `DateTime.TryParse(s, [provider, styles,] out result)`. */
export function tryParseDateTime(s: string | null, provider: unknown = null, styles = 0): DateTime | null {
  validateStyles(styles, 'styles');
  const result = parseDateTimeText(s, cultureOf(provider), styles, false);
  return result.failure === null ? result.parsed : null;
}

/** `DateTime.ParseExact(s, format, provider[, styles])`. */
export function parseExactDateTime(
  s: string | null,
  format: string | null,
  provider: unknown,
  styles = 0,
): DateTime {
  validateStyles(styles, 'style');
  return dateOf(parseExactText(s, format, cultureOf(provider), styles, false));
}

/** `DateTime.ParseExact(s, formats, provider, styles)`. */
export function parseExactDateTimeMultiple(
  s: string | null,
  formats: readonly (string | null)[] | null,
  provider: unknown,
  styles: number,
): DateTime {
  validateStyles(styles, 'style');
  return dateOf(parseExactMultipleText(s, formats, cultureOf(provider), styles, false));
}

/** `DateTime.TryParseExact(s, format | formats, provider, styles, out result)`. */
export function tryParseExactDateTime(
  s: string | null,
  formats: string | readonly (string | null)[] | null,
  provider: unknown,
  styles: number,
): DateTime | null {
  validateStyles(styles, 'style');
  const culture = cultureOf(provider);
  const result =
    typeof formats === 'string' || formats === null
      ? parseExactText(s, formats, culture, styles, false)
      : parseExactMultipleText(s, formats, culture, styles, false);
  return result.failure === null ? result.parsed : null;
}

function offsetOf(result: ParseResult): DateTimeOffset {
  if (result.failure !== null) {
    throw parseException(result, environment().dotnet === 'core' ? 'input' : 's');
  }
  return DateTimeOffset.fromClock(result.parsed.ticks, new TimeSpan(result.timeZoneOffset));
}

/** `DateTimeOffset.Parse(input[, provider[, styles]])`. */
export function parseDateTimeOffset(
  input: string | null,
  provider: unknown = null,
  styles = 0,
): DateTimeOffset {
  const checked = validateOffsetStyles(styles, 'styles');
  return offsetOf(parseDateTimeText(input, cultureOf(provider), checked, true));
}

/** `DateTimeOffset.TryParse(input, [provider, styles,] out result)`. */
export function tryParseDateTimeOffset(
  input: string | null,
  provider: unknown = null,
  styles = 0,
): DateTimeOffset | null {
  const checked = validateOffsetStyles(styles, 'styles');
  const result = parseDateTimeText(input, cultureOf(provider), checked, true);
  return result.failure === null ? offsetOf(result) : null;
}

/** `DateTimeOffset.ParseExact(input, format | formats, provider[, styles])`. */
export function parseExactDateTimeOffset(
  input: string | null,
  formats: string | readonly (string | null)[] | null,
  provider: unknown,
  styles = 0,
): DateTimeOffset {
  const checked = validateOffsetStyles(styles, 'styles');
  const culture = cultureOf(provider);
  return offsetOf(
    typeof formats === 'string' || formats === null
      ? parseExactText(input, formats, culture, checked, true)
      : parseExactMultipleText(input, formats, culture, checked, true),
  );
}

/** `DateTimeOffset.TryParseExact(input, format | formats, provider, styles, out result)`. */
export function tryParseExactDateTimeOffset(
  input: string | null,
  formats: string | readonly (string | null)[] | null,
  provider: unknown,
  styles: number,
): DateTimeOffset | null {
  const checked = validateOffsetStyles(styles, 'styles');
  const culture = cultureOf(provider);
  const result =
    typeof formats === 'string' || formats === null
      ? parseExactText(input, formats, culture, checked, true)
      : parseExactMultipleText(input, formats, culture, checked, true);
  return result.failure === null ? offsetOf(result) : null;
}
