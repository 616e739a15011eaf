import { DotnetException } from '../../../runtime/exceptions.js';
import type { DateTime } from '../../../runtime/time/date-time.js';
import type { DateTimeOffset } from '../../../runtime/time/date-time-offset.js';
import {
  convertOffsetTo,
  convertTime,
  convertTimeBySystemTimeZoneId,
  convertTimeFromUtc,
  convertTimeTo,
  convertTimeToUtc,
  findSystemTimeZoneById,
  hasSameRules,
  isAmbiguousTime,
  isDaylightSavingTimeIn,
  isDaylightSavingTimeOfOffset,
  isInvalidTime,
  localZone,
  TimeZoneInfo,
  utcOffsetOf,
  utcOffsetOfOffset,
  utcZone,
} from '../../../runtime/time/time-zone-info.js';
import { declareType } from '../../registry.js';

type Z = TimeZoneInfo;

/**
 * `System.TimeZoneInfo` (all of it on API Management's list). Zones are found by Windows id
 * ("W. Europe Standard Time") or IANA id ("Europe/Berlin"); `Local` is the gateway's zone.
 * Adjustment rules are not modelled (`GetAdjustmentRules`, `TimeZoneInfo.AdjustmentRule`).
 */
declareType({
  name: 'System.TimeZoneInfo',
  kind: 'class',
  sealed: true,
  apim: 'all',
  interfaces: ['IEquatable<TimeZoneInfo>'],
  test: (value) => value instanceof TimeZoneInfo,
  members: {
    'static TimeZoneInfo Utc { get; }': { implementation: utcZone, nonNull: true },
    'static TimeZoneInfo Local { get; }': { implementation: localZone, nonNull: true },
    'string Id { get; }': { implementation: (self: Z) => self.id, nonNull: true },
    'string DisplayName { get; }': { implementation: (self: Z) => self.displayName, nonNull: true },
    'string StandardName { get; }': { implementation: (self: Z) => self.standardName, nonNull: true },
    'string DaylightName { get; }': { implementation: (self: Z) => self.daylightName, nonNull: true },
    'TimeSpan BaseUtcOffset { get; }': (self: Z) => self.baseUtcOffset,
    'bool SupportsDaylightSavingTime { get; }': (self: Z) => self.supportsDaylightSavingTime,

    'static TimeZoneInfo FindSystemTimeZoneById(string id)': findSystemTimeZoneById,
    'static DateTime ConvertTime(DateTime dateTime, TimeZoneInfo destinationTimeZone)': convertTimeTo,
    'static DateTime ConvertTime(DateTime dateTime, TimeZoneInfo sourceTimeZone, TimeZoneInfo destinationTimeZone)':
      (dateTime: DateTime, source: Z | null, destination: Z | null) =>
        convertTime(dateTime, source, destination),
    'static DateTimeOffset ConvertTime(DateTimeOffset dateTimeOffset, TimeZoneInfo destinationTimeZone)':
      convertOffsetTo,
    'static DateTime ConvertTimeFromUtc(DateTime dateTime, TimeZoneInfo destinationTimeZone)':
      convertTimeFromUtc,
    'static DateTime ConvertTimeToUtc(DateTime dateTime)': (dateTime: DateTime) => convertTimeToUtc(dateTime),
    'static DateTime ConvertTimeToUtc(DateTime dateTime, TimeZoneInfo sourceTimeZone)': (
      dateTime: DateTime,
      source: Z | null,
    ) => convertTimeToUtc(dateTime, source),
    'static DateTime ConvertTimeBySystemTimeZoneId(DateTime dateTime, string destinationTimeZoneId)': (
      dateTime: DateTime,
      destinationId: string | null,
    ) => convertTimeTo(dateTime, findSystemTimeZoneById(destinationId)),
    'static DateTime ConvertTimeBySystemTimeZoneId(DateTime dateTime, string sourceTimeZoneId, string destinationTimeZoneId)':
      convertTimeBySystemTimeZoneId,
    'static DateTimeOffset ConvertTimeBySystemTimeZoneId(DateTimeOffset dateTimeOffset, string destinationTimeZoneId)':
      (value: DateTimeOffset, destinationId: string | null) =>
        convertOffsetTo(value, findSystemTimeZoneById(destinationId)),

    'TimeSpan GetUtcOffset(DateTime dateTime)': utcOffsetOf,
    'TimeSpan GetUtcOffset(DateTimeOffset dateTimeOffset)': utcOffsetOfOffset,
    'bool IsDaylightSavingTime(DateTime dateTime)': isDaylightSavingTimeIn,
    'bool IsDaylightSavingTime(DateTimeOffset dateTimeOffset)': isDaylightSavingTimeOfOffset,
    'bool IsAmbiguousTime(DateTime dateTime)': isAmbiguousTime,
    'bool IsInvalidTime(DateTime dateTime)': isInvalidTime,
    'bool HasSameRules(TimeZoneInfo other)': hasSameRules,
    'static void ClearCachedData()': () => undefined,

    'bool Equals(TimeZoneInfo other)': (self: Z, other: Z | null) => self.Equals(other),
    'bool Equals(object obj)': (self: Z, other: unknown) => self.Equals(other),
    'int GetHashCode()': (self: Z) => self.GetHashCode(),
    'string ToString()': { implementation: (self: Z) => self.ToString(), nonNull: true },
  },
});

/** Thrown by FindSystemTimeZoneById for an unknown id. */
declareType({
  name: 'System.TimeZoneNotFoundException',
  kind: 'class',
  base: 'System.Exception',
  apim: 'none',
  test: (value) => value instanceof DotnetException && value.type === 'System.TimeZoneNotFoundException',
});
