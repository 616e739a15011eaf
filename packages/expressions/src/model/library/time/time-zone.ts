import type { DateTime } from '../../../runtime/time/date-time.js';
import { currentTimeZone, TimeZone } from '../../../runtime/time/time-zone.js';
import { declareType } from '../../registry.js';

/** `System.TimeZone` (obsolete; API Management lists it): the gateway's zone as `CurrentTimeZone`. */
declareType({
  name: 'System.TimeZone',
  kind: 'class',
  apim: 'all',
  test: (value) => value instanceof TimeZone,
  members: {
    'static TimeZone CurrentTimeZone { get; }': { implementation: currentTimeZone, nonNull: true },
    'string StandardName { get; }': { implementation: (self: TimeZone) => self.standardName, nonNull: true },
    'string DaylightName { get; }': { implementation: (self: TimeZone) => self.daylightName, nonNull: true },
    'TimeSpan GetUtcOffset(DateTime time)': (self: TimeZone, time: DateTime) => self.getUtcOffset(time),
    'DateTime ToLocalTime(DateTime time)': (self: TimeZone, time: DateTime) => self.toLocalTime(time),
    'DateTime ToUniversalTime(DateTime time)': (self: TimeZone, time: DateTime) => self.toUniversalTime(time),
    'bool IsDaylightSavingTime(DateTime time)': (self: TimeZone, time: DateTime) =>
      self.isDaylightSavingTime(time),
  },
});

/** The run-time class of `TimeZone.CurrentTimeZone`. */
declareType({ name: 'System.CurrentSystemTimeZone', kind: 'class', base: 'System.TimeZone', apim: 'none' });
