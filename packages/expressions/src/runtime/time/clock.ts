import { environment } from '../environment.js';
import { MAX_TICKS, TICKS_PER_MILLISECOND, UNIX_EPOCH_TICKS } from './calendar.js';
import { DateTime, DateTimeKind } from './date-time.js';
import { offsetFromUtc } from './zone-offsets.js';

/** `DateTime.UtcNow`: the evaluation's clock, Kind Utc. */
export function utcNow(): DateTime {
  return new DateTime(
    UNIX_EPOCH_TICKS + BigInt(Math.floor(environment().now())) * TICKS_PER_MILLISECOND,
    DateTimeKind.Utc,
  );
}

/**
 * `DateTime.Now`: UtcNow in the gateway's time zone, Kind Local, remembering whether it is the
 * first occurrence of a repeated hour (as .NET does, so that ToUniversalTime is exact).
 */
export function now(): DateTime {
  const utc = utcNow();
  const info = offsetFromUtc(environment().timeZone, utc.ticks);
  const ticks = utc.ticks + info.offsetTicks;
  if (ticks > MAX_TICKS) return new DateTime(MAX_TICKS, DateTimeKind.Local);
  if (ticks < 0n) return new DateTime(0n, DateTimeKind.Local);
  return new DateTime(ticks, DateTimeKind.Local, info.isAmbiguousLocalDst);
}

/** `DateTime.Today`: midnight of Now, Kind Local. */
export function today(): DateTime {
  const current = now();
  return new DateTime(current.date.ticks, DateTimeKind.Local);
}
