import { environment } from '../environment.js';
import { DOTNET_TYPE } from '../values.js';
import { type DateTime, DateTimeKind } from './date-time.js';
import { TimeSpan } from './time-span.js';
import { localZone } from './time-zone-info.js';

/**
 * `System.TimeZone` (obsolete, still listed by API Management): `TimeZone.CurrentTimeZone` is
 * the gateway's zone, with the names of `TimeZoneInfo.Local`.
 */
export class TimeZone {
  static readonly [DOTNET_TYPE] = 'System.CurrentSystemTimeZone';

  constructor(readonly zone: string) {}

  get standardName(): string {
    return localZone().standardName;
  }

  get daylightName(): string {
    return localZone().daylightName;
  }

  /** Zero for a Utc time; the wall-clock offset otherwise. */
  getUtcOffset(time: DateTime): TimeSpan {
    if (time.kind === DateTimeKind.Utc) return TimeSpan.Zero;
    return new TimeSpan(time.localOffset());
  }

  toLocalTime(time: DateTime): DateTime {
    return time.toLocalTime();
  }

  toUniversalTime(time: DateTime): DateTime {
    return time.toUniversalTime();
  }

  isDaylightSavingTime(time: DateTime): boolean {
    return time.isDaylightSavingTime();
  }

  ToString(): string {
    return 'System.CurrentSystemTimeZone';
  }

  Equals(other: unknown): boolean {
    return other === this;
  }

  GetHashCode(): number {
    return 0;
  }
}

const instances = new Map<string, TimeZone>();

/** `TimeZone.CurrentTimeZone`: one instance per gateway zone. */
export function currentTimeZone(): TimeZone {
  const zone = environment().timeZone;
  let instance = instances.get(zone);
  if (instance === undefined) {
    instance = new TimeZone(zone);
    instances.set(zone, instance);
  }
  return instance;
}
