import { environment } from '../environment.js';
import { argument, argumentOutOfRange } from '../exceptions.js';
import { DOTNET_TYPE } from '../values.js';
import {
  type DateTimeParts,
  dateToTicks,
  daysInMonth,
  MAX_TICKS,
  partsOf,
  TICKS_PER_DAY,
  TICKS_PER_MILLISECOND,
  UNIX_EPOCH_TICKS,
} from './calendar.js';
import { cultureOf } from './culture.js';
import { formatDateTime } from './date-time-format.js';
import { TimeSpan } from './time-span.js';
import { offsetFromLocal, offsetFromUtc } from './zone-offsets.js';

export { TICKS_PER_MILLISECOND, UNIX_EPOCH_TICKS } from './calendar.js';

/** `System.DateTimeKind`. */
export const DateTimeKind = { Unspecified: 0, Utc: 1, Local: 2 } as const;
export type DateTimeKind = (typeof DateTimeKind)[keyof typeof DateTimeKind];

/** `System.DayOfWeek`. */
export const DayOfWeek = {
  Sunday: 0,
  Monday: 1,
  Tuesday: 2,
  Wednesday: 3,
  Thursday: 4,
  Friday: 5,
  Saturday: 6,
} as const;

/** .NET's message for date arithmetic that leaves the years 1 to 9999. */
export function dateArithmetic(parameter: string): Error {
  return argumentOutOfRange(
    parameter,
    'The added or subtracted value results in an un-representable DateTime.',
  );
}

/** The largest number of milliseconds .NET Framework's `DateTime.Add*` accepts (`MaxMillis`). */
const MAX_MILLIS = 315_537_897_600_000;

/**
 * `System.DateTime`: ticks since 0001-01-01T00:00:00 and a kind. Immutable, as in .NET.
 * Comparisons and equality use the ticks alone, whatever the kind, as .NET's do.
 *
 * `ambiguousDst` is .NET's hidden fourth kind: a Local time in the hour repeated when clocks go
 * back that was made from its first (daylight) occurrence, by `DateTime.Now` or `ToLocalTime`,
 * so that converting it back to UTC is exact.
 */
export class DateTime {
  static readonly [DOTNET_TYPE] = 'System.DateTime';
  static readonly MinValue = new DateTime(0n, DateTimeKind.Unspecified);
  static readonly MaxValue = new DateTime(MAX_TICKS, DateTimeKind.Unspecified);

  #parts: DateTimeParts | undefined;

  constructor(
    readonly ticks: bigint,
    readonly kind: DateTimeKind,
    readonly ambiguousDst = false,
  ) {}

  static fromUnixMilliseconds(milliseconds: number, kind: DateTimeKind): DateTime {
    return new DateTime(UNIX_EPOCH_TICKS + BigInt(Math.round(milliseconds)) * TICKS_PER_MILLISECOND, kind);
  }

  /** Milliseconds since 1970-01-01 of the tick count, whatever the kind. */
  toUnixMilliseconds(): number {
    return Number((this.ticks - UNIX_EPOCH_TICKS) / TICKS_PER_MILLISECOND);
  }

  /** Year, month, day, time of day and weekday, computed once. */
  get parts(): DateTimeParts {
    this.#parts ??= partsOf(this.ticks);
    return this.#parts;
  }

  get year(): number {
    return this.parts.year;
  }
  get month(): number {
    return this.parts.month;
  }
  get day(): number {
    return this.parts.day;
  }
  get hour(): number {
    return this.parts.hour;
  }
  get minute(): number {
    return this.parts.minute;
  }
  get second(): number {
    return this.parts.second;
  }
  get millisecond(): number {
    return this.parts.millisecond;
  }
  get dayOfWeek(): number {
    return this.parts.dayOfWeek;
  }
  get dayOfYear(): number {
    return this.parts.dayOfYear;
  }

  /** Midnight of the same day, same kind. */
  get date(): DateTime {
    return new DateTime(this.ticks - (this.ticks % TICKS_PER_DAY), this.kind, this.ambiguousDst);
  }

  get timeOfDay(): TimeSpan {
    return new TimeSpan(this.ticks % TICKS_PER_DAY);
  }

  /** `AddTicks`; `parameter` names the argument in the exception, as the caller's .NET method does. */
  addTicks(value: bigint, parameter = 'value'): DateTime {
    const ticks = this.ticks + value;
    if (ticks < 0n || ticks > MAX_TICKS) throw dateArithmetic(parameter);
    return new DateTime(ticks, this.kind, this.ambiguousDst);
  }

  /**
   * `AddDays`, `AddHours`, `AddMinutes`, `AddSeconds`, `AddMilliseconds`. .NET Framework rounds
   * the product to whole milliseconds; .NET 7 and later keep every tick of it.
   */
  addUnits(value: number, millisecondsPerUnit: number): DateTime {
    if (environment().dotnet === 'core') {
      const maxUnits = MAX_MILLIS / millisecondsPerUnit;
      if (!(Math.abs(value) <= maxUnits)) throw argumentOutOfRange('value', 'Value to add was out of range.');
      const ticksPerUnit = BigInt(millisecondsPerUnit) * TICKS_PER_MILLISECOND;
      const integral = Math.trunc(value);
      const fraction = value - integral;
      return this.addTicks(
        BigInt(integral) * ticksPerUnit + BigInt(Math.trunc(fraction * Number(ticksPerUnit))),
      );
    }
    const millis = Math.trunc(value * millisecondsPerUnit + (value >= 0 ? 0.5 : -0.5));
    if (!(millis > -MAX_MILLIS && millis < MAX_MILLIS)) {
      throw argumentOutOfRange('value', 'Value to add was out of range.');
    }
    return this.addTicks(BigInt(millis) * TICKS_PER_MILLISECOND);
  }

  addMonths(months: number, parameter = 'months'): DateTime {
    if (months < -120_000 || months > 120_000) {
      throw argumentOutOfRange('months', 'Months value must be between +/-120000.');
    }
    const { year, month, day } = this.parts;
    const i = month - 1 + months;
    let y: number;
    let m: number;
    if (i >= 0) {
      m = (i % 12) + 1;
      y = year + Math.trunc(i / 12);
    } else {
      m = 12 + ((i + 1) % 12);
      y = year + Math.trunc((i - 11) / 12);
    }
    if (y < 1 || y > 9999) throw dateArithmetic(parameter);
    const d = Math.min(day, daysInMonth(y, m));
    return new DateTime(dateToTicks(y, m, d) + (this.ticks % TICKS_PER_DAY), this.kind, this.ambiguousDst);
  }

  addYears(years: number): DateTime {
    if (years < -10_000 || years > 10_000) {
      throw argumentOutOfRange('years', 'Years value must be between +/-10000.');
    }
    return this.addMonths(years * 12, environment().dotnet === 'core' ? 'value' : 'months');
  }

  /** `d1 - d2` and `Subtract(DateTime)`. */
  subtractDate(other: DateTime): TimeSpan {
    return new TimeSpan(this.ticks - other.ticks);
  }

  /** Gives `Kind` a new value without converting (`DateTime.SpecifyKind`). */
  specifyKind(kind: DateTimeKind): DateTime {
    return new DateTime(this.ticks, kind);
  }

  /** `ToLocalTime()`: Utc and Unspecified times are taken as UTC; clamped at the ends of the range. */
  toLocalTime(): DateTime {
    if (this.kind === DateTimeKind.Local) return this;
    const info = offsetFromUtc(environment().timeZone, this.ticks);
    const ticks = this.ticks + info.offsetTicks;
    if (ticks > MAX_TICKS) return new DateTime(MAX_TICKS, DateTimeKind.Local);
    if (ticks < 0n) return new DateTime(0n, DateTimeKind.Local);
    return new DateTime(ticks, DateTimeKind.Local, info.isAmbiguousLocalDst);
  }

  /** `ToUniversalTime()`: Local and Unspecified times are taken as local; clamped at the ends. */
  toUniversalTime(): DateTime {
    if (this.kind === DateTimeKind.Utc) return this;
    const ticks = this.ticks - this.localOffset();
    if (ticks > MAX_TICKS) return new DateTime(MAX_TICKS, DateTimeKind.Utc);
    if (ticks < 0n) return new DateTime(0n, DateTimeKind.Utc);
    return new DateTime(ticks, DateTimeKind.Utc);
  }

  /** The gateway zone's offset for this time read as a local wall-clock time (`GetLocalUtcOffset`). */
  localOffset(): bigint {
    return offsetFromLocal(environment().timeZone, this.ticks, this.prefersDaylight).offsetTicks;
  }

  /**
   * In the repeated hour: whether .NET reads this time as its daylight occurrence. Only a Local
   * time made from that occurrence is; every other time in that hour is standard time.
   */
  get prefersDaylight(): boolean {
    return this.kind === DateTimeKind.Local && this.ambiguousDst;
  }

  /** `IsDaylightSavingTime()`, in the gateway's time zone. */
  isDaylightSavingTime(): boolean {
    if (this.kind === DateTimeKind.Utc) return false;
    return offsetFromLocal(environment().timeZone, this.ticks, this.prefersDaylight).isDst;
  }

  /** `ToBinary()`: the kind in the top bits; a Local time is stored as UTC. */
  toBinary(): bigint {
    if (this.kind === DateTimeKind.Local) {
      let ticks = this.ticks - this.localOffset();
      if (ticks < 0n) ticks += 0x4000_0000_0000_0000n;
      return BigInt.asIntN(64, ticks | 0x8000_0000_0000_0000n);
    }
    return BigInt.asIntN(64, this.ticks | (BigInt(this.kind) << 62n));
  }

  /** `ToString()`, `ToString(format)`, `ToString(provider)`, `ToString(format, provider)`. */
  ToString(format: string | null = null, provider: unknown = null): string {
    return formatDateTime(this, format, cultureOf(provider), null);
  }

  Equals(other: unknown): boolean {
    return other instanceof DateTime && other.ticks === this.ticks;
  }

  /** .NET's hash: the two halves of the tick count, xor-ed. */
  GetHashCode(): number {
    return Number(BigInt.asIntN(32, this.ticks) ^ BigInt.asIntN(32, this.ticks >> 32n));
  }

  CompareTo(other: unknown): number {
    if (other === null || other === undefined) return 1;
    if (!(other instanceof DateTime)) throw argument('Object must be of type DateTime.');
    return this.ticks < other.ticks ? -1 : this.ticks > other.ticks ? 1 : 0;
  }
}
