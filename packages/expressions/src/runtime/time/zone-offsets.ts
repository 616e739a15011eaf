import { TICKS_PER_MILLISECOND, UNIX_EPOCH_TICKS } from './calendar.js';

/**
 * UTC offsets of IANA time zones, read from the JavaScript engine's own time zone data through
 * `Intl.DateTimeFormat`: no tz database ships with the library. Offsets are whole minutes.
 *
 * .NET speaks of a zone's standard offset and its daylight saving time; Intl only gives the
 * offset at an instant. The standard offset of a year is taken as the smaller of the offsets on
 * 1 January and 1 July, which is what Windows' zone data says for every zone with a regular DST
 * (including Europe/Dublin, whose tz data calls winter time the "negative DST").
 */

const MS_PER_MINUTE = 60_000;
const TICKS_PER_MINUTE = 600_000_000n;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

const FIXED_UTC = new Set([
  'UTC',
  'Etc/UTC',
  'Etc/GMT',
  'GMT',
  'Etc/Universal',
  'Etc/Zulu',
  'Universal',
  'Zulu',
]);

/** Is `zone` a time zone name the JavaScript engine knows? */
export function isKnownZone(zone: string): boolean {
  if (FIXED_UTC.has(zone)) return true;
  try {
    formatterOf(zone);
    return true;
  } catch (error) {
    // Intl rejects a zone it does not know with a RangeError.
    if (error instanceof RangeError) return false;
    throw error;
  }
}

/** The zone's canonical IANA name as the engine reports it (`Asia/Calcutta` may become `Asia/Kolkata`). */
export function canonicalZone(zone: string): string {
  if (FIXED_UTC.has(zone)) return zone;
  return formatterOf(zone).resolvedOptions().timeZone;
}

/**
 * Before 1900 the offset of 1 January 1900 applies: Windows' zone data, which .NET Framework
 * reads, knows no local mean time (the tz data does, with offsets like +00:53:28 for Berlin).
 */
const EARLIEST_MS = Date.UTC(1900, 0, 1);

/** The offset of `zone` at an instant (milliseconds since 1970), in milliseconds. */
export function offsetAtMs(zone: string, utcMs: number): number {
  if (FIXED_UTC.has(zone)) return 0;
  const whole = Math.floor(Math.max(utcMs, EARLIEST_MS) / 1000) * 1000;
  const parts = formatterOf(zone).formatToParts(new Date(whole));
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let beforeChrist = false;
  for (const part of parts) {
    switch (part.type) {
      case 'year':
        year = Number(part.value);
        break;
      case 'month':
        month = Number(part.value);
        break;
      case 'day':
        day = Number(part.value);
        break;
      case 'hour':
        hour = Number(part.value);
        break;
      case 'minute':
        minute = Number(part.value);
        break;
      case 'second':
        second = Number(part.value);
        break;
      case 'era':
        beforeChrist = part.value.startsWith('B');
        break;
      default:
        break;
    }
  }
  const local = new Date(0);
  local.setUTCFullYear(beforeChrist ? 1 - year : year, month - 1, day);
  local.setUTCHours(hour, minute, second, 0);
  const offset = local.getTime() - whole;
  return Math.round(offset / MS_PER_MINUTE) * MS_PER_MINUTE;
}

/** Milliseconds since 1970 of a tick count (floored). */
export function ticksToMs(ticks: bigint): number {
  const delta = ticks - UNIX_EPOCH_TICKS;
  const ms = delta / TICKS_PER_MILLISECOND;
  return Number(delta < 0n && ms * TICKS_PER_MILLISECOND !== delta ? ms - 1n : ms);
}

const msToTicks = (ms: number): bigint => BigInt(ms) * TICKS_PER_MILLISECOND;

/** The offset of `zone` at a UTC tick count, in ticks. */
export function offsetAtUtcTicks(zone: string, utcTicks: bigint): bigint {
  return msToTicks(offsetAtMs(zone, ticksToMs(utcTicks)));
}

const standardOffsets = new Map<string, number>();

/** The zone's standard (non-daylight) offset in a year, in milliseconds. */
export function standardOffsetMs(zone: string, year: number): number {
  if (FIXED_UTC.has(zone)) return 0;
  const key = `${zone}|${year}`;
  let offset = standardOffsets.get(key);
  if (offset === undefined) {
    const jan = new Date(0);
    jan.setUTCFullYear(year, 0, 1);
    const jul = new Date(0);
    jul.setUTCFullYear(year, 6, 1);
    offset = Math.min(offsetAtMs(zone, jan.getTime()), offsetAtMs(zone, jul.getTime()));
    standardOffsets.set(key, offset);
  }
  return offset;
}

const yearOfMs = (ms: number): number => new Date(ms).getUTCFullYear();

/**
 * The offsets (milliseconds, largest first) under which a wall-clock time of the zone is a real
 * instant: one normally, two in the hour repeated when clocks go back, none in the hour
 * skipped when they go forward.
 */
export function validOffsetsMs(zone: string, localMs: number): number[] {
  if (FIXED_UTC.has(zone)) return [0];
  const day = 86_400_000;
  const candidates = new Set([offsetAtMs(zone, localMs - day), offsetAtMs(zone, localMs + day)]);
  for (const c of [...candidates]) candidates.add(offsetAtMs(zone, localMs - c));
  return [...candidates].filter((c) => offsetAtMs(zone, localMs - c) === c).sort((a, b) => b - a);
}

/** What the zone says of a UTC instant (`GetUtcOffsetFromUtc`). */
export interface UtcOffsetInfo {
  readonly offsetTicks: bigint;
  /** In daylight saving time. */
  readonly isDst: boolean;
  /** The local time is in the repeated hour, and this is its first (daylight) occurrence. */
  readonly isAmbiguousLocalDst: boolean;
}

export function offsetFromUtc(zone: string, utcTicks: bigint): UtcOffsetInfo {
  if (FIXED_UTC.has(zone)) return { offsetTicks: 0n, isDst: false, isAmbiguousLocalDst: false };
  const utcMs = ticksToMs(utcTicks);
  const offset = offsetAtMs(zone, utcMs);
  const isDst = offset > standardOffsetMs(zone, yearOfMs(utcMs + offset));
  const isAmbiguousLocalDst = isDst && validOffsetsMs(zone, utcMs + offset).length > 1;
  return { offsetTicks: msToTicks(offset), isDst, isAmbiguousLocalDst };
}

/** How a wall-clock time of the zone maps to UTC (`GetUtcOffset` of a local time). */
export interface LocalOffsetInfo {
  readonly offsetTicks: bigint;
  readonly isDst: boolean;
  /** The time is in the repeated hour. */
  readonly isAmbiguous: boolean;
  /** The time is in the skipped hour. */
  readonly isInvalid: boolean;
}

/**
 * The offset .NET applies to a wall-clock time. In the repeated hour .NET takes standard time,
 * except for a Local DateTime made from the first (daylight) occurrence by DateTime.Now or
 * ToLocalTime, which remembers it (`preferDaylight`). In the skipped hour .NET applies the
 * standard offset, as if clocks had not moved yet.
 */
export function offsetFromLocal(zone: string, localTicks: bigint, preferDaylight: boolean): LocalOffsetInfo {
  if (FIXED_UTC.has(zone)) return { offsetTicks: 0n, isDst: false, isAmbiguous: false, isInvalid: false };
  const localMs = ticksToMs(localTicks);
  const standard = standardOffsetMs(zone, yearOfMs(localMs));
  const valid = validOffsetsMs(zone, localMs);
  if (valid.length === 1) {
    const offset = valid[0]!;
    return { offsetTicks: msToTicks(offset), isDst: offset > standard, isAmbiguous: false, isInvalid: false };
  }
  if (valid.length > 1) {
    const offset = preferDaylight ? valid[0]! : valid[valid.length - 1]!;
    return { offsetTicks: msToTicks(offset), isDst: preferDaylight, isAmbiguous: true, isInvalid: false };
  }
  const day = 86_400_000;
  const before = offsetAtMs(zone, localMs - day);
  const after = offsetAtMs(zone, localMs + day);
  const offset = before === standard || after === standard ? standard : Math.min(before, after);
  return { offsetTicks: msToTicks(offset), isDst: false, isAmbiguous: false, isInvalid: true };
}

/** Whole minutes of an offset in ticks. */
export function offsetMinutes(offsetTicks: bigint): number {
  return Number(offsetTicks / TICKS_PER_MINUTE);
}
