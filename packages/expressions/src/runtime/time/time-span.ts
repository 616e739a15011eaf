import { argument, overflow } from '../exceptions.js';
import { DOTNET_TYPE } from '../values.js';
import {
  TICKS_PER_DAY,
  TICKS_PER_HOUR,
  TICKS_PER_MILLISECOND,
  TICKS_PER_MINUTE,
  TICKS_PER_SECOND,
} from './calendar.js';
import { formatTimeSpan } from './time-span-format.js';

export const INT64_MAX = 9_223_372_036_854_775_807n;
export const INT64_MIN = -9_223_372_036_854_775_808n;

/** .NET's message when a TimeSpan would leave the range of its 64-bit tick count. */
export function timeSpanTooLong(): Error {
  return overflow('TimeSpan overflowed because the duration is too long.');
}

/** Checks that a tick count fits a TimeSpan. */
export function checkedTicks(ticks: bigint): bigint {
  if (ticks > INT64_MAX || ticks < INT64_MIN) throw timeSpanTooLong();
  return ticks;
}

/**
 * `System.TimeSpan`: a signed 64-bit count of ticks (100 ns). Immutable, as .NET's struct.
 * Components truncate toward zero, so a negative span has negative components.
 */
export class TimeSpan {
  static readonly [DOTNET_TYPE] = 'System.TimeSpan';
  static readonly Zero = new TimeSpan(0n);
  static readonly MaxValue = new TimeSpan(INT64_MAX);
  static readonly MinValue = new TimeSpan(INT64_MIN);

  constructor(readonly ticks: bigint) {}

  get days(): number {
    return Number(this.ticks / TICKS_PER_DAY);
  }
  get hours(): number {
    return Number((this.ticks / TICKS_PER_HOUR) % 24n);
  }
  get minutes(): number {
    return Number((this.ticks / TICKS_PER_MINUTE) % 60n);
  }
  get seconds(): number {
    return Number((this.ticks / TICKS_PER_SECOND) % 60n);
  }
  get milliseconds(): number {
    return Number((this.ticks / TICKS_PER_MILLISECOND) % 1000n);
  }

  add(other: TimeSpan): TimeSpan {
    return new TimeSpan(checkedTicks(this.ticks + other.ticks));
  }

  subtract(other: TimeSpan): TimeSpan {
    return new TimeSpan(checkedTicks(this.ticks - other.ticks));
  }

  negate(): TimeSpan {
    if (this.ticks === INT64_MIN)
      throw overflow('Negating the minimum value of a twos complement number is invalid.');
    return new TimeSpan(-this.ticks);
  }

  duration(): TimeSpan {
    if (this.ticks === INT64_MIN) {
      throw overflow(
        'The duration cannot be returned for TimeSpan.MinValue because the absolute value of TimeSpan.MinValue exceeds the value of TimeSpan.MaxValue.',
      );
    }
    return this.ticks < 0n ? new TimeSpan(-this.ticks) : this;
  }

  /** `ToString()`, `ToString(format)` and `ToString(format, provider)`. */
  ToString(format: string | null = null, provider: unknown = null): string {
    return formatTimeSpan(this, format, provider);
  }

  Equals(other: unknown): boolean {
    return other instanceof TimeSpan && other.ticks === this.ticks;
  }

  /** .NET's hash: the two halves of the tick count, xor-ed. */
  GetHashCode(): number {
    return Number(BigInt.asIntN(32, this.ticks) ^ BigInt.asIntN(32, this.ticks >> 32n));
  }

  CompareTo(other: unknown): number {
    if (other === null || other === undefined) return 1;
    if (!(other instanceof TimeSpan)) throw argument('Object must be of type TimeSpan.');
    return this.ticks < other.ticks ? -1 : this.ticks > other.ticks ? 1 : 0;
  }
}
