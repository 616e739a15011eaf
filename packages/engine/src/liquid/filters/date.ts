import { formatDate } from '../dates/format.js';
import { toZonedDateTime } from '../dates/parse.js';
import { isNil, toText } from '../values.js';
import type { FilterDefinition } from './definition.js';

/**
 * `Date: "format"` with a .NET date format string. An input that is not a date comes back as
 * text, as do all inputs when the format is empty.
 */
export const dateFilter: FilterDefinition = {
  name: 'Date',
  aliases: ['date'],
  minArgs: 1,
  maxArgs: 1,
  apply: (input, [format], env) => {
    if (isNil(input)) return null;
    const pattern = toText(format);
    if (pattern.trim() === '') return toText(input);
    const date = toZonedDateTime(input, env.timeZone, env.now);
    return date === undefined ? toText(input) : formatDate(date, pattern);
  },
};
