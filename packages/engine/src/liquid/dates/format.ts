import { LiquidRenderError } from '../errors.js';
import { dayOfWeek, toUtc, type ZonedDateTime } from './zoned.js';

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * The invariant culture's standard formats (a format string of one character), as custom
 * formats; `r`, `R` and `u` also turn the date to UTC.
 */
const STANDARD_FORMATS: Readonly<Record<string, string>> = {
  d: 'MM/dd/yyyy',
  D: 'dddd, dd MMMM yyyy',
  f: 'dddd, dd MMMM yyyy HH:mm',
  F: 'dddd, dd MMMM yyyy HH:mm:ss',
  g: 'MM/dd/yyyy HH:mm',
  G: 'MM/dd/yyyy HH:mm:ss',
  m: 'MMMM dd',
  M: 'MMMM dd',
  o: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffzzz",
  O: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffzzz",
  r: "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
  R: "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
  s: "yyyy'-'MM'-'dd'T'HH':'mm':'ss",
  t: 'HH:mm',
  T: 'HH:mm:ss',
  u: "yyyy'-'MM'-'dd HH':'mm':'ss'Z'",
  y: 'yyyy MMMM',
  Y: 'yyyy MMMM',
};

const PATTERN_LETTERS = 'dfFghHKmMstyz';

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function offsetText(minutes: number, width: 1 | 2 | 3): string {
  const sign = minutes < 0 ? '-' : '+';
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  if (width === 1) return `${sign}${hours}`;
  if (width === 2) return `${sign}${pad(hours, 2)}`;
  return `${sign}${pad(hours, 2)}:${pad(rest, 2)}`;
}

function invalid(format: string): LiquidRenderError {
  return new LiquidRenderError(`'${format}' is not a valid .NET date format string.`);
}

/** One pattern letter repeated `count` times. */
function field(value: ZonedDateTime, letter: string, count: number, format: string): string {
  switch (letter) {
    case 'd':
      if (count <= 2) return pad(value.day, count);
      return count === 3 ? DAY_NAMES[dayOfWeek(value)]!.slice(0, 3) : DAY_NAMES[dayOfWeek(value)]!;
    case 'M':
      if (count <= 2) return pad(value.month, count);
      return count === 3 ? MONTH_NAMES[value.month - 1]!.slice(0, 3) : MONTH_NAMES[value.month - 1]!;
    case 'y':
      if (count === 1) return String(value.year % 100);
      return count === 2 ? pad(value.year % 100, 2) : pad(value.year, count);
    case 'h':
      return pad(value.hour % 12 || 12, Math.min(count, 2));
    case 'H':
      return pad(value.hour, Math.min(count, 2));
    case 'm':
      return pad(value.minute, Math.min(count, 2));
    case 's':
      return pad(value.second, Math.min(count, 2));
    case 'f':
    case 'F': {
      if (count > 7) throw invalid(format);
      const digits = pad(value.ticks, 7).slice(0, count);
      return letter === 'f' ? digits : digits.replace(/0+$/, '');
    }
    case 't':
      return (value.hour < 12 ? 'AM' : 'PM').slice(0, count === 1 ? 1 : 2);
    case 'z':
      return offsetText(value.offsetMinutes, Math.min(count, 3) as 1 | 2 | 3);
    case 'K':
      return offsetText(value.offsetMinutes, 3).repeat(count);
    default:
      // `g`: the era.
      return value.year > 0 ? 'A.D.' : 'B.C.';
  }
}

/** Applies a custom .NET date format string to `value`. */
function custom(value: ZonedDateTime, format: string): string {
  let out = '';
  let i = 0;
  while (i < format.length) {
    const c = format[i]!;
    if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < format.length && format[j] !== c) {
        if (format[j] === '\\') j++;
        if (j < format.length) out += format[j];
        j++;
      }
      if (j >= format.length) throw invalid(format);
      i = j + 1;
      continue;
    }
    if (c === '\\') {
      if (i + 1 >= format.length) throw invalid(format);
      out += format[i + 1];
      i += 2;
      continue;
    }
    if (c === '%') {
      const next = format[i + 1];
      if (next === undefined || next === '%') throw invalid(format);
      out = PATTERN_LETTERS.includes(next) ? append(out, value, next, 1, format) : out + next;
      i += 2;
      continue;
    }
    if (PATTERN_LETTERS.includes(c)) {
      let count = 1;
      while (format[i + count] === c) count++;
      out = append(out, value, c, count, format);
      i += count;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

/** Appends a field; an empty `F` fraction also takes back the `.` written just before it. */
function append(out: string, value: ZonedDateTime, letter: string, count: number, format: string): string {
  const text = field(value, letter, count, format);
  return letter === 'F' && text === '' && out.endsWith('.') ? out.slice(0, -1) : out + text;
}

/**
 * Formats a date with a .NET format string, in the invariant culture: custom formats (`yyyy`,
 * `MM`, `dd`, `HH`, `hh`, `mm`, `ss`, `fff`, `tt`, `zzz`, `K`, quoted literals, `\` escapes, `%`)
 * and the one-letter standard formats (`d`, `D`, `s`, `o`, `r`, `u`, …).
 */
export function formatDate(value: ZonedDateTime, format: string): string {
  if (format.length === 1) {
    const pattern = STANDARD_FORMATS[format];
    if (pattern === undefined) throw invalid(format);
    const date = format === 'r' || format === 'R' || format === 'u' ? toUtc(value) : value;
    return custom(date, pattern);
  }
  return custom(value, format);
}
