import {
  dateTimeToString,
  invalidToDateTime,
  toDateTimeFromObject,
  toDateTimeFromString,
} from '../../../runtime/time/convert.js';
import type { DateTime } from '../../../runtime/time/date-time.js';
import { definitionNamed, extendType } from '../../registry.js';
import { PROVIDER } from './provider.js';

/**
 * The DateTime conversions of `System.Convert`, which the text area declares. A base type
 * other than string, object and DateTime throws "Invalid cast from 'Int32' to 'DateTime'."
 * Skipped while `System.Convert` is not declared, so that the model still loads.
 */
if (definitionNamed('System.Convert') !== undefined) declareConversions();

function declareConversions(): void {
  extendType('System.Convert', {
    'static DateTime ToDateTime(string value)': (value: string | null) => toDateTimeFromString(value),
    [`static DateTime ToDateTime(string value, ${PROVIDER} provider)`]: toDateTimeFromString,
    'static DateTime ToDateTime(object value)': (value: unknown) => toDateTimeFromObject(value),
    [`static DateTime ToDateTime(object value, ${PROVIDER} provider)`]: toDateTimeFromObject,
    'static DateTime ToDateTime(DateTime value)': (value: DateTime) => value,
    'static DateTime ToDateTime(bool value)': invalidToDateTime('Boolean'),
    'static DateTime ToDateTime(char value)': invalidToDateTime('Char'),
    'static DateTime ToDateTime(int value)': invalidToDateTime('Int32'),
    'static DateTime ToDateTime(long value)': invalidToDateTime('Int64'),
    'static DateTime ToDateTime(double value)': invalidToDateTime('Double'),
    'static DateTime ToDateTime(decimal value)': invalidToDateTime('Decimal'),
    'static string ToString(DateTime value)': (value: DateTime) => dateTimeToString(value),
    [`static string ToString(DateTime value, ${PROVIDER} provider)`]: dateTimeToString,
  });
}
