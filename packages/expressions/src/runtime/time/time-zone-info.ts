import { environment } from '../environment.js';
import { argument, argumentNull, DotnetException } from '../exceptions.js';
import { DOTNET_TYPE } from '../values.js';
import { MAX_TICKS } from './calendar.js';
import { DateTime, DateTimeKind } from './date-time.js';
import { DateTimeOffset } from './date-time-offset.js';
import { TimeSpan } from './time-span.js';
import { type WindowsZone, windowsZoneById, windowsZoneOfIana } from './windows-zones.js';
import {
  canonicalZone,
  isKnownZone,
  offsetFromLocal,
  offsetFromUtc,
  standardOffsetMs,
  ticksToMs,
  validOffsetsMs,
} from './zone-offsets.js';

/**
 * `System.TimeZoneInfo`, over the IANA data of the JavaScript engine. A zone has the id it was
 * found by (a Windows id such as "W. Europe Standard Time", or an IANA id), the IANA zone that
 * keeps its clock, and its names: Windows' names for the Windows zones of `windows-zones.ts`,
 * "(UTC+hh:mm) id" otherwise.
 *
 * As in .NET, `TimeZoneInfo.Utc` and `TimeZoneInfo.Local` are particular instances: a
 * conversion to them gives a DateTime of Kind Utc or Local, and a DateTime of Kind Local must be
 * converted from `Local` itself. A zone found by id is a different instance even when it is the
 * gateway's zone, so converting to it gives Kind Unspecified, as in .NET.
 */
export class TimeZoneInfo {
  static readonly [DOTNET_TYPE] = 'System.TimeZoneInfo';

  constructor(
    readonly id: string,
    /** The IANA zone whose offsets this zone has. */
    readonly zone: string,
    readonly displayName: string,
    readonly standardName: string,
    readonly daylightName: string,
  ) {}

  /** `BaseUtcOffset`: the standard offset in the current year. */
  get baseUtcOffset(): TimeSpan {
    return new TimeSpan(BigInt(standardOffsetMs(this.zone, currentYear())) * 10_000n);
  }

  /** `SupportsDaylightSavingTime`: whether the offset changes within the current year. */
  get supportsDaylightSavingTime(): boolean {
    const year = currentYear();
    const jan = Date.UTC(year, 0, 1);
    const jul = Date.UTC(year, 6, 1);
    return (
      offsetFromUtc(this.zone, msTicks(jan)).offsetTicks !==
      offsetFromUtc(this.zone, msTicks(jul)).offsetTicks
    );
  }

  /** `ToString()`: the display name. */
  ToString(): string {
    return this.displayName;
  }

  /** Same id (ignoring case) and same rules. */
  Equals(other: unknown): boolean {
    return (
      other instanceof TimeZoneInfo &&
      other.id.toLowerCase() === this.id.toLowerCase() &&
      canonicalZone(other.zone) === canonicalZone(this.zone)
    );
  }

  GetHashCode(): number {
    let hash = 0;
    for (const ch of this.id.toUpperCase()) hash = (Math.imul(hash, 31) + ch.charCodeAt(0)) | 0;
    return hash;
  }
}

const msTicks = (ms: number): bigint => BigInt(ms) * 10_000n + 621_355_968_000_000_000n;

function currentYear(): number {
  return new Date(environment().now()).getUTCFullYear();
}

/** "(UTC+01:00) " style prefix of a zone's standard offset. */
function offsetLabel(zone: string): string {
  const minutes = Math.round(standardOffsetMs(zone, currentYear()) / 60_000);
  if (minutes === 0) return '(UTC)';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `(UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')})`;
}

function fromWindows(id: string, windows: WindowsZone): TimeZoneInfo {
  return new TimeZoneInfo(id, windows.iana, windows.display, windows.standard, windows.daylight);
}

function fromIana(id: string): TimeZoneInfo {
  const windows = windowsZoneOfIana(id) ?? windowsZoneOfIana(canonicalZone(id));
  if (windows !== undefined)
    return new TimeZoneInfo(id, id, windows.display, windows.standard, windows.daylight);
  return new TimeZoneInfo(id, id, `${offsetLabel(id)} ${id}`, id, id);
}

const utcInstances = new Map<string, TimeZoneInfo>();
const localInstances = new Map<string, TimeZoneInfo>();

/**
 * `TimeZoneInfo.Utc`. .NET Framework names it "UTC" throughout; modern .NET calls it
 * "(UTC) Coordinated Universal Time".
 */
export function utcZone(): TimeZoneInfo {
  const flavour = environment().dotnet;
  let zone = utcInstances.get(flavour);
  if (zone === undefined) {
    zone =
      flavour === 'core'
        ? new TimeZoneInfo(
            'UTC',
            'UTC',
            '(UTC) Coordinated Universal Time',
            'Coordinated Universal Time',
            'Coordinated Universal Time',
          )
        : new TimeZoneInfo('UTC', 'UTC', 'UTC', 'UTC', 'UTC');
    utcInstances.set(flavour, zone);
  }
  return zone;
}

/**
 * `TimeZoneInfo.Local`: the gateway's zone (`environment().timeZone`). With .NET Framework on
 * Windows its id is the Windows id ("W. Europe Standard Time" for Europe/Berlin, "UTC" for
 * UTC); with modern .NET, the IANA id.
 */
export function localZone(): TimeZoneInfo {
  const { timeZone, dotnet } = environment();
  const key = `${dotnet}|${timeZone}`;
  let zone = localInstances.get(key);
  if (zone === undefined) {
    const windows = windowsZoneOfIana(timeZone) ?? windowsZoneOfIana(canonicalZone(timeZone));
    if (windows !== undefined && dotnet === 'framework') zone = fromWindows(windows.id, windows);
    else zone = fromIana(timeZone);
    localInstances.set(key, zone);
  }
  return zone;
}

export function timeZoneNotFound(id: string): DotnetException {
  return new DotnetException(
    'System.TimeZoneNotFoundException',
    `The time zone ID '${id}' was not found on the local computer.`,
  );
}

/**
 * `TimeZoneInfo.FindSystemTimeZoneById`: "UTC" is `TimeZoneInfo.Utc`; Windows ids of the table
 * and IANA ids are both found (.NET Framework on Windows knows only the former, .NET 6 and later
 * both).
 */
export function findSystemTimeZoneById(id: string | null): TimeZoneInfo {
  if (id === null) throw argumentNull('id');
  if (id.toLowerCase() === 'utc') return utcZone();
  if (id === '' || id.length > 255 || id.includes('\0')) throw timeZoneNotFound(id);
  // Windows finds the registry key ignoring case, and .NET names the zone by the id as given.
  const windows = windowsZoneById(id);
  if (windows !== undefined) return fromWindows(id, windows);
  if (id.includes('/') || isKnownZoneName(id)) {
    if (isKnownZone(id)) return fromIana(id);
  }
  throw timeZoneNotFound(id);
}

/** Single-word IANA names (Japan, NZ, PRC, GMT...) that the engine knows. */
function isKnownZoneName(id: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+\-_]*$/.test(id) && isKnownZone(id);
}

/** How a zone relates to the kinds of DateTime (`CachedData.GetCorrespondingKind`). */
export function kindOfZone(zone: TimeZoneInfo): DateTimeKind {
  if (zone === utcZone()) return DateTimeKind.Utc;
  if (zone === localZone()) return DateTimeKind.Local;
  return DateTimeKind.Unspecified;
}

/** The offset of a wall-clock time in `zone` (UTC's zone has none). */
function wallClock(zone: TimeZoneInfo, dateTime: DateTime) {
  return offsetFromLocal(zone.zone, dateTime.ticks, dateTime.prefersDaylight);
}

/** .NET Framework's resources put two spaces between these sentences; modern .NET's one. */
const sentenceGap = () => (environment().dotnet === 'core' ? ' ' : '  ');

const convertMismatch = () =>
  argument(
    `The conversion could not be completed because the supplied DateTime did not have the Kind property set correctly.${sentenceGap()}For example, when the Kind property is DateTimeKind.Local, the source time zone must be TimeZoneInfo.Local.`,
    'sourceTimeZone',
  );

const invalidTime = () =>
  argument(
    `The supplied DateTime represents an invalid time.${sentenceGap()}For example, when the clock is adjusted forward, any time in the period that is skipped is invalid.`,
    'dateTime',
  );

/** `ConvertUtcToTimeZone`: a UTC tick count seen in `zone`, clamped to DateTime's range. */
function fromUtcTicks(utcTicks: bigint, zone: TimeZoneInfo): { ticks: bigint; ambiguous: boolean } {
  const clamped = utcTicks > MAX_TICKS ? MAX_TICKS : utcTicks < 0n ? 0n : utcTicks;
  const info = kindOfZone(zone) === DateTimeKind.Utc ? null : offsetFromUtc(zone.zone, clamped);
  const ticks = utcTicks + (info?.offsetTicks ?? 0n);
  return {
    ticks: ticks > MAX_TICKS ? MAX_TICKS : ticks < 0n ? 0n : ticks,
    ambiguous: info?.isAmbiguousLocalDst ?? false,
  };
}

/** `TimeZoneInfo.ConvertTime(dateTime, source, destination)` and the conversions built on it. */
export function convertTime(
  dateTime: DateTime,
  source: TimeZoneInfo | null,
  destination: TimeZoneInfo | null,
  throwOnInvalid = true,
): DateTime {
  if (source === null) throw argumentNull('sourceTimeZone');
  if (destination === null) throw argumentNull('destinationTimeZone');
  const sourceKind = kindOfZone(source);
  if (throwOnInvalid && dateTime.kind !== DateTimeKind.Unspecified && dateTime.kind !== sourceKind) {
    throw convertMismatch();
  }
  let sourceOffset = 0n;
  if (sourceKind !== DateTimeKind.Utc) {
    const info = wallClock(source, dateTime);
    if (throwOnInvalid && info.isInvalid) throw invalidTime();
    sourceOffset = info.offsetTicks;
  }
  const targetKind = kindOfZone(destination);
  if (
    dateTime.kind !== DateTimeKind.Unspecified &&
    sourceKind !== DateTimeKind.Unspecified &&
    sourceKind === targetKind
  ) {
    return dateTime;
  }
  const converted = fromUtcTicks(dateTime.ticks - sourceOffset, destination);
  return targetKind === DateTimeKind.Local
    ? new DateTime(converted.ticks, DateTimeKind.Local, converted.ambiguous)
    : new DateTime(converted.ticks, targetKind);
}

/** `TimeZoneInfo.ConvertTime(DateTime, destination)`: from UTC or from the gateway's zone. */
export function convertTimeTo(dateTime: DateTime, destination: TimeZoneInfo | null): DateTime {
  if (destination === null) throw argumentNull('destinationTimeZone');
  const source = dateTime.kind === DateTimeKind.Utc ? utcZone() : localZone();
  return convertTime(dateTime, source, destination);
}

/** `TimeZoneInfo.ConvertTime(DateTimeOffset, destination)`. */
export function convertOffsetTo(value: DateTimeOffset, destination: TimeZoneInfo | null): DateTimeOffset {
  if (destination === null) throw argumentNull('destinationTimeZone');
  const offset =
    kindOfZone(destination) === DateTimeKind.Utc
      ? 0n
      : offsetFromUtc(destination.zone, value.utcTicks).offsetTicks;
  const ticks = value.utcTicks + offset;
  if (ticks > MAX_TICKS) return DateTimeOffset.MaxValue;
  if (ticks < 0n) return DateTimeOffset.MinValue;
  return new DateTimeOffset(value.utcTicks, offset);
}

/** `TimeZoneInfo.ConvertTimeFromUtc(dateTime, destination)`. */
export function convertTimeFromUtc(dateTime: DateTime, destination: TimeZoneInfo | null): DateTime {
  return convertTime(dateTime, utcZone(), destination);
}

/** `TimeZoneInfo.ConvertTimeToUtc(dateTime[, source])`. */
export function convertTimeToUtc(dateTime: DateTime, source?: TimeZoneInfo | null): DateTime {
  if (source === undefined) {
    if (dateTime.kind === DateTimeKind.Utc) return dateTime;
    return convertTime(dateTime, localZone(), utcZone());
  }
  return convertTime(dateTime, source, utcZone());
}

/** `TimeZoneInfo.ConvertTimeBySystemTimeZoneId(dateTime, [source,] destination)`. */
export function convertTimeBySystemTimeZoneId(
  dateTime: DateTime,
  sourceId: string | null,
  destinationId: string | null,
): DateTime {
  if (sourceId === null) throw argumentNull('sourceTimeZoneId');
  if (dateTime.kind === DateTimeKind.Local && sourceId.toLowerCase() === localZone().id.toLowerCase()) {
    return convertTime(dateTime, localZone(), findSystemTimeZoneById(destinationId));
  }
  if (dateTime.kind === DateTimeKind.Utc && sourceId.toLowerCase() === 'utc') {
    return convertTime(dateTime, utcZone(), findSystemTimeZoneById(destinationId));
  }
  return convertTime(dateTime, findSystemTimeZoneById(sourceId), findSystemTimeZoneById(destinationId));
}

/** `GetUtcOffset(DateTime)`: a Utc time by its instant, others as wall-clock times of the zone. */
export function utcOffsetOf(zone: TimeZoneInfo, dateTime: DateTime): TimeSpan {
  const zoneKind = kindOfZone(zone);
  if (dateTime.kind === DateTimeKind.Local && zoneKind !== DateTimeKind.Local) {
    const utc = convertTime(dateTime, localZone(), utcZone(), false);
    return new TimeSpan(zoneKind === DateTimeKind.Utc ? 0n : offsetFromUtc(zone.zone, utc.ticks).offsetTicks);
  }
  if (dateTime.kind === DateTimeKind.Utc) {
    return new TimeSpan(
      zoneKind === DateTimeKind.Utc ? 0n : offsetFromUtc(zone.zone, dateTime.ticks).offsetTicks,
    );
  }
  if (zoneKind === DateTimeKind.Utc) return TimeSpan.Zero;
  return new TimeSpan(wallClock(zone, dateTime).offsetTicks);
}

/** `GetUtcOffset(DateTimeOffset)`. */
export function utcOffsetOfOffset(zone: TimeZoneInfo, value: DateTimeOffset): TimeSpan {
  if (kindOfZone(zone) === DateTimeKind.Utc) return TimeSpan.Zero;
  return new TimeSpan(offsetFromUtc(zone.zone, value.utcTicks).offsetTicks);
}

/** `IsDaylightSavingTime(DateTime)`. */
export function isDaylightSavingTimeIn(zone: TimeZoneInfo, dateTime: DateTime): boolean {
  const zoneKind = kindOfZone(zone);
  if (zoneKind === DateTimeKind.Utc) return false;
  if (dateTime.kind === DateTimeKind.Utc) return offsetFromUtc(zone.zone, dateTime.ticks).isDst;
  const wall =
    dateTime.kind === DateTimeKind.Local ? convertTime(dateTime, localZone(), zone, false) : dateTime;
  return offsetFromLocal(zone.zone, wall.ticks, wall.prefersDaylight).isDst;
}

/** `IsDaylightSavingTime(DateTimeOffset)`. */
export function isDaylightSavingTimeOfOffset(zone: TimeZoneInfo, value: DateTimeOffset): boolean {
  if (kindOfZone(zone) === DateTimeKind.Utc) return false;
  return offsetFromUtc(zone.zone, value.utcTicks).isDst;
}

/** The wall-clock time of a DateTime in `zone` (a Utc or Local time is converted first). */
function wallTicks(zone: TimeZoneInfo, dateTime: DateTime): bigint {
  if (dateTime.kind === DateTimeKind.Unspecified) return dateTime.ticks;
  const source = dateTime.kind === DateTimeKind.Utc ? utcZone() : localZone();
  return convertTime(dateTime, source, zone, false).ticks;
}

/** `IsAmbiguousTime(DateTime)`: in the hour repeated when clocks go back. */
export function isAmbiguousTime(zone: TimeZoneInfo, dateTime: DateTime): boolean {
  if (kindOfZone(zone) === DateTimeKind.Utc) return false;
  return validOffsetsMs(zone.zone, ticksToMs(wallTicks(zone, dateTime))).length > 1;
}

/** `IsInvalidTime(DateTime)`: in the hour skipped when clocks go forward (Unspecified or Local times only). */
export function isInvalidTime(zone: TimeZoneInfo, dateTime: DateTime): boolean {
  if (kindOfZone(zone) === DateTimeKind.Utc) return false;
  if (dateTime.kind === DateTimeKind.Utc) return false;
  if (dateTime.kind === DateTimeKind.Local && kindOfZone(zone) !== DateTimeKind.Local) return false;
  return validOffsetsMs(zone.zone, ticksToMs(dateTime.ticks)).length === 0;
}

/** `HasSameRules(other)`: whether both zones keep the same clock (the same IANA zone, after links). */
export function hasSameRules(zone: TimeZoneInfo, other: TimeZoneInfo | null): boolean {
  if (other === null) throw argumentNull('other');
  return canonicalZone(zone.zone) === canonicalZone(other.zone);
}
