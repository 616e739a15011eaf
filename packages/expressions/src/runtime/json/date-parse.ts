import { dateToTicks, daysInMonth, MAX_TICKS, TICKS_PER_DAY, timeToTicks } from '../time/calendar.js';
import { DateTime, DateTimeKind } from '../time/date-time.js';

/**
 * How Newtonsoft recognises dates in JSON strings (`DateParseHandling.DateTime`,
 * `DateTimeZoneHandling.RoundtripKind`): ISO 8601 `yyyy-MM-ddTHH:mm:ss[.fffffff][Z|±HH[:]mm]`
 * (`DateTimeParser`), and Microsoft's `/Date(ticks[±HHmm])/`. A string with a `Z` is a UTC
 * DateTime, one with an offset a Local one (converted to the gateway's zone), one with neither
 * Unspecified.
 */

const TICKS_PER_MINUTE = 600_000_000n;
const TICKS_PER_MILLISECOND = 10_000n;
const UNIX_EPOCH_TICKS = 621_355_968_000_000_000n;

const isAsciiDigit = (c: number) => c >= 48 && c <= 57;

type Zone = 'unspecified' | 'utc' | 'west' | 'east';

/** `DateTimeParser`: the fields of an ISO date, or null when the text is not one. */
function parseIso(text: string): {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  fraction: number;
  zone: Zone;
  zoneHour: number;
  zoneMinute: number;
} | null {
  const end = text.length;
  const digits = (start: number, count: number): number | null => {
    if (start + count - 1 >= end) return null;
    let n = 0;
    for (let i = start; i < start + count; i++) {
      const c = text.charCodeAt(i);
      if (!isAsciiDigit(c)) return null;
      n = n * 10 + (c - 48);
    }
    return n;
  };
  const charAt = (i: number, ch: string) => i < end && text[i] === ch;
  const year = digits(0, 4);
  if (year === null || year < 1 || !charAt(4, '-')) return null;
  const month = digits(5, 2);
  if (month === null || month < 1 || month > 12 || !charAt(7, '-')) return null;
  const day = digits(8, 2);
  if (day === null || day < 1 || day > daysInMonth(year, month) || !charAt(10, 'T')) return null;
  const hour = digits(11, 2);
  if (hour === null || hour > 24 || !charAt(13, ':')) return null;
  const minute = digits(14, 2);
  if (minute === null || minute >= 60 || !charAt(16, ':')) return null;
  const second = digits(17, 2);
  if (second === null || second >= 60 || (hour === 24 && (minute !== 0 || second !== 0))) return null;
  let at = 19;
  let fraction = 0;
  if (charAt(at, '.')) {
    let count = 0;
    while (++at < end && count < 7) {
      const c = text.charCodeAt(at);
      if (!isAsciiDigit(c)) break;
      fraction = fraction * 10 + (c - 48);
      count++;
    }
    if (count < 7) {
      if (count === 0) return null;
      fraction *= 10 ** (7 - count);
    }
    if (hour === 24 && fraction !== 0) return null;
  }
  let zone: Zone = 'unspecified';
  let zoneHour = 0;
  let zoneMinute = 0;
  if (at < end) {
    const ch = text[at];
    if (ch === 'Z' || ch === 'z') {
      zone = 'utc';
      at++;
    } else {
      const zh = at + 2 < end ? digits(at + 1, 2) : null;
      if (zh !== null) {
        zoneHour = zh;
        if (ch === '-') {
          zone = 'west';
          at += 3;
        } else if (ch === '+') {
          zone = 'east';
          at += 3;
        }
      }
      if (at < end) {
        if (charAt(at, ':')) at++;
        const zm = at + 1 < end ? digits(at, 2) : null;
        if (zm !== null) {
          zoneMinute = zm;
          at += 2;
        }
      }
    }
  }
  if (at !== end) return null;
  return { year, month, day, hour, minute, second, fraction, zone, zoneHour, zoneMinute };
}

/** `DateTimeUtils.TryParseDateTimeIso`. */
function tryParseIso(text: string): DateTime | null {
  const parsed = parseIso(text);
  if (parsed === null) return null;
  let ticks =
    dateToTicks(parsed.year, parsed.month, parsed.day) +
    timeToTicks(parsed.hour === 24 ? 0 : parsed.hour, parsed.minute, parsed.second) +
    BigInt(parsed.fraction);
  if (parsed.hour === 24) ticks += TICKS_PER_DAY;
  const offset = BigInt(parsed.zoneHour * 60 + parsed.zoneMinute) * TICKS_PER_MINUTE;
  switch (parsed.zone) {
    case 'utc':
      return new DateTime(ticks, DateTimeKind.Utc);
    case 'west':
    case 'east': {
      const utc = parsed.zone === 'west' ? ticks + offset : ticks - offset;
      if (utc >= 0n && utc <= MAX_TICKS) return new DateTime(utc, DateTimeKind.Utc).toLocalTime();
      const local = new DateTime(ticks, DateTimeKind.Unspecified);
      let shifted = utc + local.localOffset();
      if (shifted > MAX_TICKS) shifted = MAX_TICKS;
      if (shifted < 0n) shifted = 0n;
      return new DateTime(shifted, DateTimeKind.Local);
    }
    default:
      return new DateTime(ticks, DateTimeKind.Unspecified);
  }
}

/** `ConvertUtils.Int64TryParse` of a signed run of digits. */
function parseLong(text: string): bigint | null {
  return /^-?\d+$/.test(text) && text !== '-' ? BigInt(text) : null;
}

/** `DateTimeUtils.TryParseDateTimeMicrosoft`: `/Date(1705314600000)/`, `/Date(1705314600000+0100)/`. */
function tryParseMicrosoft(text: string): DateTime | null {
  let index = text.indexOf('+', 7);
  if (index < 0 || index > text.length - 2) index = -1;
  if (index === -1) {
    index = text.indexOf('-', 7);
    if (index > text.length - 2) index = -1;
  }
  let local = false;
  if (index !== -1) {
    local = true;
    const offsetText = text.slice(index, text.length - 2);
    if (!/^[+-]\d{2}/.test(offsetText)) return null;
    if (offsetText.length > 5 && !/^[+-]\d{4}/.test(offsetText)) return null;
  } else index = text.length - 2;
  const milliseconds = parseLong(text.slice(6, index));
  if (milliseconds === null) return null;
  const ticks = milliseconds * TICKS_PER_MILLISECOND + UNIX_EPOCH_TICKS;
  if (ticks < 0n || ticks > MAX_TICKS) return null;
  const utc = new DateTime(ticks, DateTimeKind.Utc);
  return local ? utc.toLocalTime() : utc;
}

/**
 * `DateTimeUtils.TryParseDateTime`: the DateTime a JSON string denotes, or null when the
 * reader keeps it a string.
 */
export function tryParseNewtonsoftDate(text: string): DateTime | null {
  if (text.length === 0) return null;
  if (text[0] === '/') {
    if (text.length >= 9 && text.startsWith('/Date(') && text.endsWith(')/')) return tryParseMicrosoft(text);
    return null;
  }
  if (text.length >= 19 && text.length <= 40 && /\p{Nd}/u.test(text[0]!) && text[10] === 'T')
    return tryParseIso(text);
  return null;
}
