import { format as formatError } from '../exceptions.js';
import { TICKS_PER_DAY } from './calendar.js';
import { cultureOf } from './culture.js';
import { parseQuotedLiteral, repeatCount } from './format-tokens.js';
import type { TimeSpan } from './time-span.js';

/** The components a TimeSpan prints, made positive (custom formats print no sign). */
interface SpanParts {
  readonly negative: boolean;
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
  /** Ticks within the second, 0..9999999. */
  readonly fraction: number;
}

function partsOf(span: TimeSpan): SpanParts {
  const negative = span.ticks < 0n;
  let days = span.ticks / TICKS_PER_DAY;
  let time = span.ticks % TICKS_PER_DAY;
  if (negative) {
    days = -days;
    time = -time;
  }
  const t = Number(time);
  return {
    negative,
    days: Number(days),
    hours: Math.floor(t / 36_000_000_000) % 24,
    minutes: Math.floor(t / 600_000_000) % 60,
    seconds: Math.floor(t / 10_000_000) % 60,
    fraction: t % 10_000_000,
  };
}

const pad = (value: number, digits: number): string => String(value).padStart(digits, '0');

/** The fraction cut to `digits` digits, with trailing zeros removed ("F" specifiers). */
function trimmedFraction(fraction: number, digits: number): string {
  let value = Math.floor(fraction / 10 ** (7 - digits));
  let effective = digits;
  while (effective > 0 && value % 10 === 0) {
    value /= 10;
    effective--;
  }
  return effective > 0 ? pad(value, effective) : '';
}

/** "c" (also "t", "T" and the default): `[-][d.]hh:mm:ss[.fffffff]`, culture-independent. */
function formatConstant(p: SpanParts): string {
  const day = p.days !== 0 ? `${p.days}.` : '';
  const fraction = p.fraction !== 0 ? `.${pad(p.fraction, 7)}` : '';
  return `${p.negative ? '-' : ''}${day}${pad(p.hours, 2)}:${pad(p.minutes, 2)}:${pad(p.seconds, 2)}${fraction}`;
}

/** "g": `[-][d:]h:mm:ss[.FFFFFFF]`; "G": `[-]d:hh:mm:ss.fffffff` (culture decimal separator). */
function formatGeneral(p: SpanParts, full: boolean, decimalSeparator: string): string {
  const sign = p.negative ? '-' : '';
  if (full) {
    return `${sign}${p.days}:${pad(p.hours, 2)}:${pad(p.minutes, 2)}:${pad(p.seconds, 2)}${decimalSeparator}${pad(p.fraction, 7)}`;
  }
  const day = p.days !== 0 ? `${p.days}:` : '';
  const fraction = trimmedFraction(p.fraction, 7);
  const tail = fraction === '' ? '' : `${decimalSeparator}${fraction}`;
  return `${sign}${day}${p.hours}:${pad(p.minutes, 2)}:${pad(p.seconds, 2)}${tail}`;
}

/** Custom TimeSpan formats: d..dddddddd, h, hh, m, mm, s, ss, f.., F.., quotes, `\c`, `%c`. */
function formatCustom(p: SpanParts, format: string): string {
  let result = '';
  let i = 0;
  while (i < format.length) {
    const ch = format[i]!;
    let length: number;
    switch (ch) {
      case 'h':
      case 'm':
      case 's': {
        length = repeatCount(format, i);
        if (length > 2) throw formatError();
        const value = ch === 'h' ? p.hours : ch === 'm' ? p.minutes : p.seconds;
        result += pad(value, length);
        break;
      }
      case 'f':
        length = repeatCount(format, i);
        if (length > 7) throw formatError();
        result += pad(Math.floor(p.fraction / 10 ** (7 - length)), length);
        break;
      case 'F':
        length = repeatCount(format, i);
        if (length > 7) throw formatError();
        result += trimmedFraction(p.fraction, length);
        break;
      case 'd':
        length = repeatCount(format, i);
        if (length > 8) throw formatError();
        result += pad(p.days, length);
        break;
      case "'":
      case '"': {
        const quoted = parseQuotedLiteral(format, i);
        result += quoted.text;
        length = quoted.length;
        break;
      }
      case '%': {
        const next = format[i + 1];
        if (next === undefined || next === '%') throw formatError();
        result += formatCustom(p, next);
        length = 2;
        break;
      }
      case '\\': {
        const next = format[i + 1];
        if (next === undefined) throw formatError();
        result += next;
        length = 2;
        break;
      }
      default:
        throw formatError();
    }
    i += length;
  }
  return result;
}

/** `TimeSpan.ToString(format, provider)`: standard formats "c", "t", "T", "g", "G", or a custom format. */
export function formatTimeSpan(span: TimeSpan, format: string | null, provider: unknown): string {
  const p = partsOf(span);
  if (format === null || format === '') return formatConstant(p);
  if (format.length === 1) {
    switch (format) {
      case 'c':
      case 't':
      case 'T':
        return formatConstant(p);
      case 'g':
      case 'G':
        return formatGeneral(p, format === 'G', cultureOf(provider).decimalSeparator);
      default:
        throw formatError();
    }
  }
  return formatCustom(p, format);
}
