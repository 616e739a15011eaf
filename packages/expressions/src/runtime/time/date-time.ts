import { DOTNET_TYPE } from '../values.js';

/** `System.DateTimeKind`. */
export const DateTimeKind = { Unspecified: 0, Utc: 1, Local: 2 } as const;
export type DateTimeKind = (typeof DateTimeKind)[keyof typeof DateTimeKind];

/** Ticks (100 ns) from 0001-01-01 to 1970-01-01. */
export const UNIX_EPOCH_TICKS = 621355968000000000n;
export const TICKS_PER_MILLISECOND = 10000n;

/**
 * `System.DateTime`: ticks since 0001-01-01T00:00:00 and a kind. Immutable, as in .NET.
 * (The time area of the runtime library completes this class: arithmetic, formatting, parsing.)
 */
export class DateTime {
  static readonly [DOTNET_TYPE] = 'System.DateTime';

  constructor(
    readonly ticks: bigint,
    readonly kind: DateTimeKind,
  ) {}

  static fromUnixMilliseconds(milliseconds: number, kind: DateTimeKind): DateTime {
    return new DateTime(UNIX_EPOCH_TICKS + BigInt(Math.round(milliseconds)) * TICKS_PER_MILLISECOND, kind);
  }

  /** Milliseconds since 1970-01-01 of the tick count, whatever the kind. */
  toUnixMilliseconds(): number {
    return Number((this.ticks - UNIX_EPOCH_TICKS) / TICKS_PER_MILLISECOND);
  }
}
