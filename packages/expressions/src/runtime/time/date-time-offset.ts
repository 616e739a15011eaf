import { argument, argumentOutOfRange } from '../exceptions.js';
import { DOTNET_TYPE } from '../values.js';
import {
  MAX_TICKS,
  TICKS_PER_MILLISECOND,
  TICKS_PER_MINUTE,
  TICKS_PER_SECOND,
  UNIX_EPOCH_TICKS,
} from './calendar.js';
import { cultureOf } from './culture.js';
import { DateTime, DateTimeKind } from './date-time.js';
import { formatDateTime } from './date-time-format.js';
import { TimeSpan } from './time-span.js';

const MAX_OFFSET_TICKS = 14n * 36_000_000_000n;

/** `ValidateOffset`: whole minutes, within ±14 hours. */
export function validateOffset(offset: TimeSpan): bigint {
  if (offset.ticks % TICKS_PER_MINUTE !== 0n)
    throw argument('Offset must be specified in whole minutes.', 'offset');
  if (offset.ticks < -MAX_OFFSET_TICKS || offset.ticks > MAX_OFFSET_TICKS) {
    throw argumentOutOfRange('offset', 'Offset must be within plus or minus 14 hours.');
  }
  return offset.ticks;
}

/** `ValidateDate`: the UTC time of a clock time and offset must be a DateTime too. */
function utcTicksOf(clockTicks: bigint, offsetTicks: bigint): bigint {
  const utc = clockTicks - offsetTicks;
  if (utc < 0n || utc > MAX_TICKS) {
    throw argumentOutOfRange(
      'offset',
      'The UTC time represented when the offset is applied must be between year 0 and 10,000.',
    );
  }
  return utc;
}

/**
 * `System.DateTimeOffset`: a UTC instant and the offset it was seen with. Immutable. Equality
 * and ordering compare the instants; the clock time (`DateTime`, `Ticks`, `Year`...) is the
 * instant plus the offset.
 */
export class DateTimeOffset {
  static readonly [DOTNET_TYPE] = 'System.DateTimeOffset';
  static readonly MinValue = new DateTimeOffset(0n, 0n);
  static readonly MaxValue = new DateTimeOffset(MAX_TICKS, 0n);

  /** Use the factory functions below, which validate as .NET's constructors do. */
  constructor(
    readonly utcTicks: bigint,
    readonly offsetTicks: bigint,
  ) {}

  /** `new DateTimeOffset(clockTicks, offset)` after checks: from a clock time and an offset. */
  static fromClock(clockTicks: bigint, offset: TimeSpan): DateTimeOffset {
    const offsetTicks = validateOffset(offset);
    return new DateTimeOffset(utcTicksOf(clockTicks, offsetTicks), offsetTicks);
  }

  /** `new DateTimeOffset(DateTime)`: a UTC time gets offset zero, others the gateway zone's. */
  static fromDateTime(dateTime: DateTime): DateTimeOffset {
    const offset = dateTime.kind === DateTimeKind.Utc ? 0n : dateTime.localOffset();
    return DateTimeOffset.fromClock(dateTime.ticks, new TimeSpan(offset));
  }

  /** `new DateTimeOffset(DateTime, TimeSpan)`: the offset must agree with a Utc or Local kind. */
  static fromDateTimeAndOffset(dateTime: DateTime, offset: TimeSpan): DateTimeOffset {
    if (dateTime.kind === DateTimeKind.Local && offset.ticks !== dateTime.localOffset()) {
      throw argument(
        'The UTC Offset of the local dateTime parameter does not match the offset argument.',
        'offset',
      );
    }
    if (dateTime.kind === DateTimeKind.Utc && offset.ticks !== 0n) {
      throw argument('The UTC Offset for Utc DateTime instances must be 0.', 'offset');
    }
    return DateTimeOffset.fromClock(dateTime.ticks, offset);
  }

  get clockTicks(): bigint {
    return this.utcTicks + this.offsetTicks;
  }

  /** The clock time, Kind Unspecified (`DateTimeOffset.DateTime`). */
  get clockDateTime(): DateTime {
    return new DateTime(this.clockTicks, DateTimeKind.Unspecified);
  }

  get utcDateTime(): DateTime {
    return new DateTime(this.utcTicks, DateTimeKind.Utc);
  }

  get localDateTime(): DateTime {
    return this.utcDateTime.toLocalTime();
  }

  get offset(): TimeSpan {
    return new TimeSpan(this.offsetTicks);
  }

  /** The same instant with another offset (`ToOffset`). */
  toOffset(offset: TimeSpan): DateTimeOffset {
    return DateTimeOffset.fromClock(this.utcDateTime.addTicks(offset.ticks, 't').ticks, offset);
  }

  /** A new clock time with the same offset: what `Add*` and `+ TimeSpan` produce. */
  withClock(clock: DateTime): DateTimeOffset {
    return DateTimeOffset.fromClock(clock.ticks, this.offset);
  }

  toUnixTimeSeconds(): bigint {
    return this.utcTicks / TICKS_PER_SECOND - UNIX_EPOCH_TICKS / TICKS_PER_SECOND;
  }

  toUnixTimeMilliseconds(): bigint {
    return this.utcTicks / TICKS_PER_MILLISECOND - UNIX_EPOCH_TICKS / TICKS_PER_MILLISECOND;
  }

  /** Same instant and same offset (`EqualsExact`). */
  equalsExact(other: DateTimeOffset): boolean {
    return this.utcTicks === other.utcTicks && this.offsetTicks === other.offsetTicks;
  }

  ToString(format: string | null = null, provider: unknown = null): string {
    return formatDateTime(this.clockDateTime, format, cultureOf(provider), this.offsetTicks);
  }

  Equals(other: unknown): boolean {
    return other instanceof DateTimeOffset && other.utcTicks === this.utcTicks;
  }

  GetHashCode(): number {
    return this.utcDateTime.GetHashCode();
  }

  CompareTo(other: unknown): number {
    if (other === null || other === undefined) return 1;
    if (!(other instanceof DateTimeOffset)) throw argument('Object must be of type DateTimeOffset.');
    return this.utcTicks < other.utcTicks ? -1 : this.utcTicks > other.utcTicks ? 1 : 0;
  }
}

const MIN_SECONDS = -62_135_596_800n;
const MAX_SECONDS = 253_402_300_799n;

/** `DateTimeOffset.FromUnixTimeSeconds(long)`. */
export function fromUnixTimeSeconds(seconds: bigint): DateTimeOffset {
  if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
    throw argumentOutOfRange(
      'seconds',
      `Valid values are between ${MIN_SECONDS} and ${MAX_SECONDS}, inclusive.`,
    );
  }
  return new DateTimeOffset(seconds * TICKS_PER_SECOND + UNIX_EPOCH_TICKS, 0n);
}

/** `DateTimeOffset.FromUnixTimeMilliseconds(long)`. */
export function fromUnixTimeMilliseconds(milliseconds: bigint): DateTimeOffset {
  const min = MIN_SECONDS * 1000n;
  const max = MAX_SECONDS * 1000n + 999n;
  if (milliseconds < min || milliseconds > max) {
    throw argumentOutOfRange('milliseconds', `Valid values are between ${min} and ${max}, inclusive.`);
  }
  return new DateTimeOffset(milliseconds * TICKS_PER_MILLISECOND + UNIX_EPOCH_TICKS, 0n);
}
