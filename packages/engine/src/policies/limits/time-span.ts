/** Whole seconds from `now` until `at`, rounded up, at least 1 (the `Retry-After` of a rejection). */
export function secondsUntil(at: number, now: number): number {
  return Math.max(1, Math.ceil((at - now) / 1000));
}

/**
 * A number of seconds as .NET's `TimeSpan.ToString()` shows it: `hh:mm:ss`, with `d.` in front
 * from one day on (`1.02:03:04`).
 */
export function timeSpanText(seconds: number): string {
  const days = Math.floor(seconds / 86400);
  const hours = Math.floor((seconds % 86400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  const clock = [hours, minutes, rest].map((part) => String(part).padStart(2, '0')).join(':');
  return days > 0 ? `${days}.${clock}` : clock;
}

/** .NET's `TimeSpan.MaxValue` to the second: what a quota that never renews says it waits. */
export const NEVER_TEXT = '10675199.02:48:05';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * An ISO 8601 date and time (the catalog's `datetime` form) as epoch milliseconds; a value without
 * a zone is UTC. Null when it is not one. Works for years before 100 (`0001-01-01T00:00:00Z`),
 * which `Date.UTC` would move to the 1900s.
 */
export function parseInstant(text: string): number | null {
  const match = ISO.exec(text.trim());
  if (match === null) return null;
  const [, year, month, day, hour, minute, second, fraction, zone] = match as unknown as (
    | string
    | undefined
  )[];
  const date = new Date(0);
  date.setUTCFullYear(Number(year), Number(month) - 1, Number(day));
  date.setUTCHours(Number(hour ?? 0), Number(minute ?? 0), Number(second ?? 0), 0);
  let at = date.getTime() + (fraction === undefined ? 0 : Math.floor(Number(fraction) * 1000));
  if (zone !== undefined && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    at -= sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60000;
  }
  return Number.isNaN(at) ? null : at;
}
