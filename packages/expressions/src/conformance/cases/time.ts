import type { ConformanceCase } from '../case.js';

// Conformance cases of the 'time' area of the runtime library: DateTime, TimeSpan,
// DateTimeOffset, TimeZoneInfo, TimeZone and Convert's date conversions. Every case without
// `dotnet: 'core'` was run on Mono (which follows .NET Framework) in the case's time zone and
// culture, with DateTime.UtcNow fixed at the case's instant and the Windows zone ids replaced by
// their IANA equivalents. Where Mono differs from .NET Framework (missing or misformatted
// messages, Windows' zone names, CRLF in ArgumentException messages), the value is .NET
// Framework's from its reference source and the note says why. The `dotnet: 'core'` cases
// follow modern .NET's source.

/** Cases that use only what API Management allows. */
export const cases: readonly ConformanceCase[] = [
  { expression: 'DateTime.UtcNow.ToString()', expect: '1/15/2024 10:30:00 AM', type: 'System.String' },
  { expression: 'DateTime.UtcNow', expect: '1/15/2024 10:30:00 AM' },
  { expression: 'DateTime.UtcNow.ToString("o")', expect: '2024-01-15T10:30:00.0000000Z' },
  { expression: 'DateTime.UtcNow.ToString("O")', expect: '2024-01-15T10:30:00.0000000Z' },
  { expression: 'DateTime.UtcNow.ToString("s")', expect: '2024-01-15T10:30:00' },
  { expression: 'DateTime.UtcNow.ToString("u")', expect: '2024-01-15 10:30:00Z' },
  { expression: 'DateTime.UtcNow.ToString("r")', expect: 'Mon, 15 Jan 2024 10:30:00 GMT' },
  { expression: 'DateTime.UtcNow.ToString("R")', expect: 'Mon, 15 Jan 2024 10:30:00 GMT' },
  { expression: 'DateTime.UtcNow.ToString("U")', expect: 'Monday, January 15, 2024 10:30:00 AM' },
  { expression: 'DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ")', expect: '2024-01-15T10:30:00Z' },
  { expression: 'DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ")', expect: '2024-01-15T10:30:00.000Z' },
  {
    expression: 'DateTime.UtcNow.ToString("yyyy-MM-dd\'T\'HH:mm:ss.fffffffK")',
    expect: '2024-01-15T10:30:00.0000000Z',
  },
  {
    expression: 'DateTime.UtcNow.ToString("ddd, dd MMM yyyy HH:mm:ss \'GMT\'")',
    expect: 'Mon, 15 Jan 2024 10:30:00 GMT',
  },
  { expression: 'DateTime.UtcNow.ToString("yyyyMMddHHmmss")', expect: '20240115103000' },
  { expression: 'DateTime.UtcNow.ToString("MM/dd/yyyy HH:mm")', expect: '01/15/2024 10:30' },
  { expression: 'DateTime.UtcNow.Year', expect: '2024' },
  { expression: 'DateTime.UtcNow.Month', expect: '1' },
  { expression: 'DateTime.UtcNow.Day', expect: '15' },
  { expression: 'DateTime.UtcNow.Hour', expect: '10' },
  { expression: 'DateTime.UtcNow.Minute', expect: '30' },
  { expression: 'DateTime.UtcNow.Second', expect: '0' },
  { expression: 'DateTime.UtcNow.Millisecond', expect: '0' },
  { expression: 'DateTime.UtcNow.DayOfWeek', expect: 'Monday', type: 'System.DayOfWeek' },
  { expression: 'DateTime.UtcNow.DayOfYear', expect: '15' },
  { expression: 'DateTime.UtcNow.Ticks', expect: '638409114000000000' },
  { expression: 'DateTime.UtcNow.TimeOfDay', expect: '10:30:00' },
  { expression: 'DateTime.UtcNow.Date', expect: '1/15/2024 12:00:00 AM' },
  { expression: 'DateTime.UtcNow.Date.ToString("o")', expect: '2024-01-15T00:00:00.0000000Z' },
  { expression: 'DateTime.UtcNow.IsDaylightSavingTime()', expect: 'False' },
  { expression: 'DateTime.Now', expect: '1/15/2024 10:30:00 AM', type: 'System.DateTime' },
  { expression: 'DateTime.Now.ToString("o")', expect: '2024-01-15T10:30:00.0000000+00:00' },
  {
    expression: 'DateTime.Now.ToString("o")',
    expect: '2024-01-15T11:30:00.0000000+01:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'DateTime.Now.ToString()',
    expect: '1/15/2024 11:30:00 AM',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'DateTime.Now.ToString("o")',
    expect: '2024-07-01T14:00:00.0000000+02:00',
    environment: { timeZone: 'Europe/Berlin', now: '2024-07-01T12:00:00Z' },
  },
  {
    expression: 'DateTime.Now.ToString("o")',
    expect: '2024-01-15T05:30:00.0000000-05:00',
    environment: { timeZone: 'America/New_York' },
  },
  {
    expression: 'DateTime.Now.ToString("o")',
    expect: '2024-07-01T08:00:00.0000000-04:00',
    environment: { timeZone: 'America/New_York', now: '2024-07-01T12:00:00Z' },
  },
  {
    expression: 'DateTime.Now.ToString("o")',
    expect: '2024-01-15T16:00:00.0000000+05:30',
    environment: { timeZone: 'Asia/Kolkata' },
  },
  {
    expression: 'DateTime.Now.ToString("o")',
    expect: '2024-01-15T21:30:00.0000000+11:00',
    environment: { timeZone: 'Australia/Sydney' },
  },
  {
    expression: 'DateTime.Now.ToString("o")',
    expect: '2024-07-01T22:00:00.0000000+10:00',
    environment: { timeZone: 'Australia/Sydney', now: '2024-07-01T12:00:00Z' },
  },
  { expression: 'DateTime.Now.ToString("zzz")', expect: '+05:30', environment: { timeZone: 'Asia/Kolkata' } },
  { expression: 'DateTime.Now.ToString("%z")', expect: '-5', environment: { timeZone: 'America/New_York' } },
  { expression: 'DateTime.Now.ToString("zz")', expect: '-05', environment: { timeZone: 'America/New_York' } },
  {
    expression: 'DateTime.Now.ToString("K")',
    throws: 'System.FormatException',
    message: 'Input string was not in a correct format.',
    environment: { timeZone: 'America/New_York' },
  },
  { expression: 'DateTime.Now.Hour', expect: '11', environment: { timeZone: 'Europe/Berlin' } },
  { expression: 'DateTime.Now.Hour', expect: '5', environment: { timeZone: 'America/New_York' } },
  {
    expression: 'DateTime.Now.Day',
    expect: '14',
    environment: { timeZone: 'America/New_York', now: '2024-01-15T03:00:00Z' },
  },
  {
    expression: 'DateTime.Now.IsDaylightSavingTime()',
    expect: 'False',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'DateTime.Now.IsDaylightSavingTime()',
    expect: 'True',
    environment: { timeZone: 'Europe/Berlin', now: '2024-07-01T12:00:00Z' },
  },
  {
    expression: 'DateTime.Now.IsDaylightSavingTime()',
    expect: 'True',
    environment: { timeZone: 'Australia/Sydney' },
  },
  {
    expression: 'DateTime.Now.IsDaylightSavingTime()',
    expect: 'False',
    environment: { timeZone: 'Australia/Sydney', now: '2024-07-01T12:00:00Z' },
  },
  { expression: 'DateTime.Today', expect: '1/15/2024 12:00:00 AM', type: 'System.DateTime' },
  { expression: 'DateTime.Today.ToString("o")', expect: '2024-01-15T00:00:00.0000000+00:00' },
  {
    expression: 'DateTime.Today.ToString("o")',
    expect: '2024-01-15T00:00:00.0000000+01:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'DateTime.Today.ToString("o")',
    expect: '2024-01-14T00:00:00.0000000-05:00',
    environment: { timeZone: 'America/New_York', now: '2024-01-15T03:00:00Z' },
  },
  {
    expression: 'DateTime.Today.ToString("o")',
    expect: '2024-01-16T00:00:00.0000000+05:30',
    environment: { timeZone: 'Asia/Kolkata', now: '2024-01-15T20:00:00Z' },
  },
  {
    expression: '(DateTime.Now - DateTime.UtcNow).ToString()',
    expect: '01:00:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: '(DateTime.Now - DateTime.UtcNow).ToString()',
    expect: '-05:00:00',
    environment: { timeZone: 'America/New_York' },
  },
  {
    expression: '(DateTime.Now - DateTime.UtcNow).TotalHours',
    expect: '5.5',
    environment: { timeZone: 'Asia/Kolkata' },
  },
  {
    expression: 'DateTime.Now > DateTime.UtcNow',
    expect: 'True',
    environment: { timeZone: 'Europe/Berlin' },
  },
  { expression: 'DateTime.Now == DateTime.UtcNow', expect: 'True' },
  { expression: 'DateTime.UtcNow.AddHours(-1) < DateTime.UtcNow', expect: 'True' },
  { expression: 'DateTime.UtcNow.AddMinutes(5).ToString("o")', expect: '2024-01-15T10:35:00.0000000Z' },
  { expression: 'DateTime.UtcNow.AddSeconds(3600).ToString("u")', expect: '2024-01-15 11:30:00Z' },
  { expression: 'DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd")', expect: '2024-01-16' },
  { expression: 'DateTime.UtcNow.AddDays(-15).ToString("d")', expect: '12/31/2023' },
  { expression: 'DateTime.UtcNow.Subtract(new DateTime(2024, 1, 1)).TotalDays', expect: '14.4375' },
  { expression: 'DateTime.UtcNow.Subtract(new DateTime(2024, 1, 1)).Days', expect: '14' },
  { expression: 'DateTime.UtcNow.Subtract(TimeSpan.FromHours(2)).ToString("HH:mm")', expect: '08:30' },
  { expression: '(DateTime.UtcNow - new DateTime(1970, 1, 1)).TotalSeconds', expect: '1705314600' },
  { expression: '(long)(DateTime.UtcNow - new DateTime(1970, 1, 1)).TotalSeconds', expect: '1705314600' },
  {
    expression:
      '(long)(DateTime.UtcNow - new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc)).TotalMilliseconds',
    expect: '1705314600000',
  },
  {
    expression: 'DateTime.UtcNow.ToString("o")',
    expect: '2024-02-29T23:59:59.0000000Z',
    environment: { now: '2024-02-29T23:59:59Z' },
  },
  {
    expression: 'DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd")',
    expect: '2025-02-28',
    environment: { now: '2024-02-29T23:59:59Z' },
  },
  {
    expression: 'DateTime.UtcNow.AddMonths(1).ToString("yyyy-MM-dd")',
    expect: '2024-02-29',
    environment: { now: '2024-01-31T08:00:00Z' },
  },
  {
    expression: 'DateTime.UtcNow.ToString()',
    expect: '1/15/2024 12:00:00 AM',
    environment: { now: '2024-01-15T00:00:00Z' },
  },
  {
    expression: 'DateTime.UtcNow.ToString()',
    expect: '1/15/2024 12:00:00 PM',
    environment: { now: '2024-01-15T12:00:00Z' },
  },
  {
    expression: 'DateTime.UtcNow.ToString()',
    expect: '1/15/2024 11:05:06 PM',
    environment: { now: '2024-01-15T23:05:06Z' },
  },
  {
    expression: 'DateTime.UtcNow.ToString()',
    expect: '01/15/2024 10:30:00',
    environment: { culture: 'invariant' },
  },
  {
    expression: 'DateTime.Now.ToString()',
    expect: '01/15/2024 11:30:00',
    environment: { culture: 'invariant', timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'DateTime.Now.ToString("o")',
    expect: '2024-07-01T13:00:00.0000000+01:00',
    environment: { timeZone: 'Europe/London', now: '2024-07-01T12:00:00Z' },
  },
  {
    expression: 'DateTime.Now.ToString("o")',
    expect: '2024-01-15T19:30:00.0000000+09:00',
    environment: { timeZone: 'Asia/Tokyo' },
  },
  {
    expression: 'DateTime.Now.ToString("o")',
    expect: '2024-03-10T03:30:00.0000000-07:00',
    environment: { timeZone: 'America/Los_Angeles', now: '2024-03-10T10:30:00Z' },
  },
  {
    expression: 'DateTime.Now.ToString("o")',
    expect: '2024-03-10T01:30:00.0000000-08:00',
    environment: { timeZone: 'America/Los_Angeles', now: '2024-03-10T09:30:00Z' },
  },
  {
    expression: 'DateTime.Now.ToString("o")',
    expect: '2024-10-27T02:30:00.0000000+02:00',
    environment: { timeZone: 'Europe/Berlin', now: '2024-10-27T00:30:00Z' },
  },
  {
    expression: 'DateTime.Now.ToString("o")',
    expect: '2024-10-27T02:30:00.0000000+01:00',
    environment: { timeZone: 'Europe/Berlin', now: '2024-10-27T01:30:00Z' },
  },
  {
    expression: 'DateTime.Now.IsDaylightSavingTime()',
    expect: 'True',
    environment: { timeZone: 'Europe/Berlin', now: '2024-10-27T00:30:00Z' },
  },
  {
    expression: 'DateTime.Now.IsDaylightSavingTime()',
    expect: 'False',
    environment: { timeZone: 'Europe/Berlin', now: '2024-10-27T01:30:00Z' },
  },
  {
    expression: 'DateTime.Now.ToString("o")',
    expect: '2024-01-15T16:15:00.0000000+05:45',
    environment: { timeZone: 'Asia/Kathmandu' },
  },
  { expression: 'new DateTime(2024, 1, 15)', expect: '1/15/2024 12:00:00 AM', type: 'System.DateTime' },
  { expression: 'new DateTime(2024, 1, 15).ToString("o")', expect: '2024-01-15T00:00:00.0000000' },
  { expression: 'new DateTime(2024, 1, 15, 10, 30, 0)', expect: '1/15/2024 10:30:00 AM' },
  {
    expression: 'new DateTime(2024, 1, 15, 10, 30, 0, DateTimeKind.Utc).ToString("o")',
    expect: '2024-01-15T10:30:00.0000000Z',
  },
  {
    expression: 'new DateTime(2024, 1, 15, 10, 30, 0, 500).ToString("o")',
    expect: '2024-01-15T10:30:00.5000000',
  },
  {
    expression: 'new DateTime(2024, 1, 15, 10, 30, 0, 500, DateTimeKind.Utc).ToString("o")',
    expect: '2024-01-15T10:30:00.5000000Z',
  },
  { expression: 'new DateTime(638409366000000000).ToString("o")', expect: '2024-01-15T17:30:00.0000000' },
  {
    expression: 'new DateTime(638409366000000000, DateTimeKind.Utc).ToString("o")',
    expect: '2024-01-15T17:30:00.0000000Z',
  },
  { expression: 'new DateTime()', expect: '1/1/0001 12:00:00 AM' },
  { expression: 'new DateTime(0).ToString("o")', expect: '0001-01-01T00:00:00.0000000' },
  { expression: 'new DateTime(1, 1, 1)', expect: '1/1/0001 12:00:00 AM' },
  { expression: 'new DateTime(9999, 12, 31, 23, 59, 59)', expect: '12/31/9999 11:59:59 PM' },
  { expression: 'new DateTime(2024, 2, 29).DayOfYear', expect: '60' },
  { expression: 'new DateTime(2023, 12, 31).DayOfYear', expect: '365' },
  { expression: 'new DateTime(2024, 12, 31).DayOfYear', expect: '366' },
  { expression: 'new DateTime(2024, 1, 15).DayOfWeek', expect: 'Monday' },
  { expression: 'new DateTime(2000, 1, 1).DayOfWeek', expect: 'Saturday' },
  { expression: 'new DateTime(1, 1, 1).DayOfWeek', expect: 'Monday' },
  { expression: 'new DateTime(9999, 12, 31).DayOfWeek', expect: 'Friday' },
  { expression: '(int)new DateTime(2024, 1, 20).DayOfWeek', expect: '6' },
  { expression: 'new DateTime(2024, 1, 20).DayOfWeek == DayOfWeek.Saturday', expect: 'True' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).Year', expect: '2024' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).Month', expect: '3' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).Day', expect: '5' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).Hour', expect: '14' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).Minute', expect: '7' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).Second', expect: '9' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).Millisecond', expect: '45' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).Ticks', expect: '638452444290450000' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).TimeOfDay', expect: '14:07:09.0450000' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).Date', expect: '3/5/2024 12:00:00 AM' },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).Date.ToString("o")',
    expect: '2024-03-05T00:00:00.0000000',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45, DateTimeKind.Utc).Date.ToString("o")',
    expect: '2024-03-05T00:00:00.0000000Z',
  },
  { expression: 'DateTime.MinValue', expect: '1/1/0001 12:00:00 AM', type: 'System.DateTime' },
  { expression: 'DateTime.MaxValue', expect: '12/31/9999 11:59:59 PM' },
  { expression: 'DateTime.MaxValue.ToString("o")', expect: '9999-12-31T23:59:59.9999999' },
  { expression: 'DateTime.MinValue.Ticks', expect: '0' },
  { expression: 'DateTime.MaxValue.Ticks', expect: '3155378975999999999' },
  { expression: 'default(DateTime)', expect: '1/1/0001 12:00:00 AM' },
  {
    expression: 'new DateTime(2024, 13, 1)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Year, Month, and Day parameters describe an un-representable DateTime.',
  },
  {
    expression: 'new DateTime(2024, 2, 30)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Year, Month, and Day parameters describe an un-representable DateTime.',
  },
  {
    expression: 'new DateTime(0, 1, 1)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Year, Month, and Day parameters describe an un-representable DateTime.',
  },
  {
    expression: 'new DateTime(10000, 1, 1)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Year, Month, and Day parameters describe an un-representable DateTime.',
  },
  {
    expression: 'new DateTime(2024, 1, 1, 24, 0, 0)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Hour, Minute, and Second parameters describe an un-representable DateTime.',
  },
  {
    expression: 'new DateTime(2024, 1, 1, 0, 60, 0)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Hour, Minute, and Second parameters describe an un-representable DateTime.',
  },
  {
    expression: 'new DateTime(2024, 1, 1, 0, 0, -1)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Hour, Minute, and Second parameters describe an un-representable DateTime.',
  },
  {
    expression: 'new DateTime(2024, 1, 1, 0, 0, 0, 1000)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Valid values are between 0 and 999, inclusive.\r\nParameter name: millisecond',
  },
  {
    expression: 'new DateTime(2024, 1, 1, 0, 0, 0, -1)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Valid values are between 0 and 999, inclusive.\r\nParameter name: millisecond',
  },
  {
    expression: 'new DateTime(-1L)',
    throws: 'System.ArgumentOutOfRangeException',
    message:
      'Ticks must be between DateTime.MinValue.Ticks and DateTime.MaxValue.Ticks.\r\nParameter name: ticks',
  },
  {
    expression: 'new DateTime(3155378976000000000L)',
    throws: 'System.ArgumentOutOfRangeException',
    message:
      'Ticks must be between DateTime.MinValue.Ticks and DateTime.MaxValue.Ticks.\r\nParameter name: ticks',
  },
  {
    expression: 'new DateTime(2024, 1, 1, 0, 0, 0, (DateTimeKind)3)',
    throws: 'System.ArgumentException',
    message: 'Invalid DateTimeKind value.\r\nParameter name: kind',
  },
  {
    expression: 'new DateTime(0L, (DateTimeKind)(-1))',
    throws: 'System.ArgumentException',
    message: 'Invalid DateTimeKind value.\r\nParameter name: kind',
  },
  { expression: 'DateTime.DaysInMonth(2024, 2)', expect: '29' },
  { expression: 'DateTime.DaysInMonth(2023, 2)', expect: '28' },
  { expression: 'DateTime.DaysInMonth(1900, 2)', expect: '28' },
  { expression: 'DateTime.DaysInMonth(2000, 2)', expect: '29' },
  { expression: 'DateTime.DaysInMonth(2024, 4)', expect: '30' },
  { expression: 'DateTime.DaysInMonth(2024, 12)', expect: '31' },
  {
    expression: 'DateTime.DaysInMonth(2024, 0)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Month must be between one and twelve.\r\nParameter name: month',
  },
  {
    expression: 'DateTime.DaysInMonth(2024, 13)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Month must be between one and twelve.\r\nParameter name: month',
  },
  {
    expression: 'DateTime.DaysInMonth(0, 1)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Year must be between 1 and 9999.\r\nParameter name: year',
  },
  { expression: 'DateTime.IsLeapYear(2024)', expect: 'True' },
  { expression: 'DateTime.IsLeapYear(2023)', expect: 'False' },
  { expression: 'DateTime.IsLeapYear(1900)', expect: 'False' },
  { expression: 'DateTime.IsLeapYear(2000)', expect: 'True' },
  {
    expression: 'DateTime.IsLeapYear(0)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Year must be between 1 and 9999.\r\nParameter name: year',
  },
  {
    expression: 'DateTime.IsLeapYear(10000)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Year must be between 1 and 9999.\r\nParameter name: year',
  },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("d")', expect: '3/5/2024' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("D")', expect: 'Tuesday, March 5, 2024' },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("f")',
    expect: 'Tuesday, March 5, 2024 2:07 PM',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("F")',
    expect: 'Tuesday, March 5, 2024 2:07:09 PM',
  },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("g")', expect: '3/5/2024 2:07 PM' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("G")', expect: '3/5/2024 2:07:09 PM' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("m")', expect: 'March 5' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("M")', expect: 'March 5' },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("o")',
    expect: '2024-03-05T14:07:09.0450000',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("O")',
    expect: '2024-03-05T14:07:09.0450000',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("r")',
    expect: 'Tue, 05 Mar 2024 14:07:09 GMT',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("R")',
    expect: 'Tue, 05 Mar 2024 14:07:09 GMT',
  },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("s")', expect: '2024-03-05T14:07:09' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("t")', expect: '2:07 PM' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("T")', expect: '2:07:09 PM' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("u")', expect: '2024-03-05 14:07:09Z' },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("U")',
    expect: 'Tuesday, March 5, 2024 2:07:09 PM',
  },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("y")', expect: 'March 2024' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("Y")', expect: 'March 2024' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("")', expect: '3/5/2024 2:07:09 PM' },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("d")',
    expect: '03/05/2024',
    environment: { culture: 'invariant' },
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("D")',
    expect: 'Tuesday, 05 March 2024',
    environment: { culture: 'invariant' },
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("f")',
    expect: 'Tuesday, 05 March 2024 14:07',
    environment: { culture: 'invariant' },
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("F")',
    expect: 'Tuesday, 05 March 2024 14:07:09',
    environment: { culture: 'invariant' },
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("g")',
    expect: '03/05/2024 14:07',
    environment: { culture: 'invariant' },
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("G")',
    expect: '03/05/2024 14:07:09',
    environment: { culture: 'invariant' },
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("m")',
    expect: 'March 05',
    environment: { culture: 'invariant' },
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("t")',
    expect: '14:07',
    environment: { culture: 'invariant' },
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("T")',
    expect: '14:07:09',
    environment: { culture: 'invariant' },
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("y")',
    expect: '2024 March',
    environment: { culture: 'invariant' },
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString()',
    expect: '03/05/2024 14:07:09',
    environment: { culture: 'invariant' },
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString((string)null)',
    expect: '3/5/2024 2:07:09 PM',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45, DateTimeKind.Utc).ToString("U")',
    expect: 'Tuesday, March 5, 2024 2:07:09 PM',
    environment: { timeZone: 'America/New_York' },
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("U")',
    expect: 'Tuesday, March 5, 2024 7:07:09 PM',
    environment: { timeZone: 'America/New_York' },
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45, DateTimeKind.Utc).ToString("o")',
    expect: '2024-03-05T14:07:09.0450000Z',
  },
  {
    expression: 'new DateTime(2024, 7, 1, 12, 0, 0).ToString("U")',
    expect: 'Monday, July 1, 2024 10:00:00 AM',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("x")',
    throws: 'System.FormatException',
    message: 'Input string was not in a correct format.',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("z")',
    throws: 'System.FormatException',
    message: 'Input string was not in a correct format.',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("h")',
    throws: 'System.FormatException',
    message: 'Input string was not in a correct format.',
  },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("%d")', expect: '5' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("dd")', expect: '05' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("ddd")', expect: 'Tue' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("dddd")', expect: 'Tuesday' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("ddddd")', expect: 'Tuesday' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("%M")', expect: '3' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("MM")', expect: '03' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("MMM")', expect: 'Mar' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("MMMM")', expect: 'March' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("MMMMM")', expect: 'March' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("%y")', expect: '24' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("yy")', expect: '24' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("yyy")', expect: '2024' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("yyyy")', expect: '2024' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("yyyyy")', expect: '02024' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("%h")', expect: '2' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("hh")', expect: '02' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("hhh")', expect: '02' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("%H")', expect: '14' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("HH")', expect: '14' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("%m")', expect: '7' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("mm")', expect: '07' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("%s")', expect: '9' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("ss")', expect: '09' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("%t")', expect: 'P' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("tt")', expect: 'PM' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("%f")', expect: '0' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("ff")', expect: '04' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("fff")', expect: '045' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("ffff")', expect: '0450' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("fffff")', expect: '04500' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("ffffff")', expect: '045000' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("fffffff")', expect: '0450000' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("%F")', expect: '' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("FF")', expect: '04' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("FFF")', expect: '045' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("FFFF")', expect: '045' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("FFFFFFF")', expect: '045' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("%g")', expect: 'A.D.' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("gg")', expect: 'A.D.' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("%K")', expect: '' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("%z")', expect: '+0' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("zz")', expect: '+00' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("zzz")', expect: '+00:00' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("%:")', expect: ':' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("%/")', expect: '/' },
  { expression: 'new DateTime(2009, 11, 2, 0, 3, 4).ToString("%d")', expect: '2' },
  { expression: 'new DateTime(2009, 11, 2, 0, 3, 4).ToString("dd")', expect: '02' },
  { expression: 'new DateTime(2009, 11, 2, 0, 3, 4).ToString("%M")', expect: '11' },
  { expression: 'new DateTime(2009, 11, 2, 0, 3, 4).ToString("yy")', expect: '09' },
  { expression: 'new DateTime(2009, 11, 2, 0, 3, 4).ToString("%h")', expect: '12' },
  { expression: 'new DateTime(2009, 11, 2, 0, 3, 4).ToString("hh")', expect: '12' },
  { expression: 'new DateTime(2009, 11, 2, 0, 3, 4).ToString("%H")', expect: '0' },
  { expression: 'new DateTime(2009, 11, 2, 0, 3, 4).ToString("HH")', expect: '00' },
  { expression: 'new DateTime(2009, 11, 2, 0, 3, 4).ToString("%m")', expect: '3' },
  { expression: 'new DateTime(2009, 11, 2, 0, 3, 4).ToString("%s")', expect: '4' },
  { expression: 'new DateTime(2009, 11, 2, 0, 3, 4).ToString("tt")', expect: 'AM' },
  { expression: 'new DateTime(2009, 11, 2, 0, 3, 4).ToString("%t")', expect: 'A' },
  { expression: 'new DateTime(2024, 1, 1, 12, 0, 0).ToString("h tt")', expect: '12 PM' },
  { expression: 'new DateTime(2024, 1, 1, 0, 0, 0).ToString("hh tt")', expect: '12 AM' },
  { expression: 'new DateTime(2024, 1, 1, 23, 0, 0).ToString("h:mm t")', expect: '11:00 P' },
  { expression: 'new DateTime(5, 1, 1).ToString("y yy yyy yyyy yyyyy")', expect: '5 05 005 0005 00005' },
  { expression: 'new DateTime(2024, 1, 1, 0, 0, 0, 120).ToString("ss.FFF")', expect: '00.12' },
  { expression: 'new DateTime(2024, 1, 1, 0, 0, 0).ToString("ss.FFF")', expect: '00' },
  { expression: 'new DateTime(2024, 1, 1, 0, 0, 0).ToString("ss,FFF")', expect: '00,' },
  { expression: 'new DateTime(2024, 1, 1, 0, 0, 0).ToString("ss.fff")', expect: '00.000' },
  { expression: 'new DateTime(2024, 1, 1, 0, 0, 0, 5).ToString("FFFFFFF")', expect: '005' },
  {
    expression: 'new DateTime(2024, 1, 1).AddTicks(1234567).ToString("fffffff FFFFFFF ff FF")',
    expect: '1234567 1234567 12 12',
  },
  { expression: 'new DateTime(2024, 1, 1).AddTicks(1200000).ToString("s.FFFFFFF")', expect: '0.12' },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("ffffffff")',
    throws: 'System.FormatException',
    message: 'Input string was not in a correct format.',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("FFFFFFFF")',
    throws: 'System.FormatException',
    message: 'Input string was not in a correct format.',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("\'Today is\' dddd")',
    expect: 'Today is Tuesday',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("\\"Quoted\\" yyyy")',
    expect: 'Quoted 2024',
  },
  { expression: "new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString(\"'It\\\\'s' yyyy\")", expect: "It's 2024" },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("yyyy\\\\-MM\\\\-dd")',
    expect: '2024-03-05',
  },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("\\\\d\\\\a\\\\y d")', expect: 'day 5' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("HH\\\\hmm")', expect: '14h07' },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("yyyy \'year")',
    throws: 'System.FormatException',
    message: "Cannot find a matching quote character for the character '''.",
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("yyyy \\\\")',
    throws: 'System.FormatException',
    message: 'Input string was not in a correct format.',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("%")',
    throws: 'System.FormatException',
    message: 'Input string was not in a correct format.',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("%%")',
    throws: 'System.FormatException',
    message: 'Input string was not in a correct format.',
  },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("dd %M")', expect: '05 3' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("Date: d/M/y")', expect: 'DaPe: 5/3/24' },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("dd/MM/yyyy")',
    expect: '05/03/2024',
    environment: { culture: 'invariant' },
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("HH:mm:ss")',
    expect: '14:07:09',
    environment: { culture: 'invariant' },
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("MMMM dd, yyyy")',
    expect: 'March 05, 2024',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("ddd MMM d HH:mm:ss yyyy")',
    expect: 'Tue Mar 5 14:07:09 2024',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("yyyy-MM-ddTHH:mm:ss")',
    expect: '2024-03-05T14:07:09',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("yyyy-MM-dd HH:mm:ss.fff")',
    expect: '2024-03-05 14:07:09.045',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("yyyy-MM-ddTHH:mm:ssK")',
    expect: '2024-03-05T14:07:09',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssK")',
    expect: '2024-03-05T14:07:09Z',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("yyyy-MM-ddTHH:mm:sszzz")',
    expect: '2024-03-05T14:07:09+01:00',
    environment: { timeZone: 'Europe/Berlin' },
    note: 'z of an Unspecified time: the local offset at that time',
  },
  {
    expression: 'new DateTime(2024, 7, 5).ToString("zzz")',
    expect: '+02:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45, DateTimeKind.Utc).ToString("zzz")',
    expect: '+01:00',
    environment: { timeZone: 'Europe/Berlin' },
    note: '.NET Framework prints the local offset for a Utc time',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45, DateTimeKind.Utc).ToString("zzz")',
    expect: '+00:00',
    environment: { timeZone: 'Europe/Berlin', dotnet: 'core' },
    note: 'modern .NET prints +00:00 for a Utc time',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("dddd, MMMM d, yyyy")',
    expect: 'Tuesday, March 5, 2024',
    environment: { culture: 'invariant' },
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("tt")',
    expect: 'PM',
    environment: { culture: 'invariant' },
  },
  {
    expression: 'new DateTime(2024, 1, 1, 8, 0, 0).ToString("tt")',
    expect: 'AM',
    environment: { culture: 'invariant' },
  },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("g")', expect: '3/5/2024 2:07 PM' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToString("gg yyyy")', expect: 'A.D. 2024' },
  { expression: 'DateTime.MinValue.ToString("o")', expect: '0001-01-01T00:00:00.0000000' },
  { expression: 'DateTime.MinValue.ToString("yyyy-MM-dd")', expect: '0001-01-01' },
  { expression: 'DateTime.MinValue.ToString()', expect: '1/1/0001 12:00:00 AM' },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).AddDays(1).ToString("o")',
    expect: '2024-03-06T14:07:09.0450000',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).AddDays(-1.5).ToString("o")',
    expect: '2024-03-04T02:07:09.0450000',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).AddDays(0.1234567).ToString("o")',
    expect: '2024-03-05T17:04:55.7040000',
    note: '.NET Framework rounds Add* to whole milliseconds',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).AddDays(0.1234567).ToString("o")',
    expect: '2024-03-05T17:04:55.7038800',
    environment: { dotnet: 'core' },
    note: '.NET 7 and later add the whole days, then the fraction truncated to ticks (DateTime.AddUnits)',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).AddHours(1.5).ToString("o")',
    expect: '2024-03-05T15:37:09.0450000',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).AddHours(-24).ToString("o")',
    expect: '2024-03-04T14:07:09.0450000',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).AddMinutes(90).ToString("o")',
    expect: '2024-03-05T15:37:09.0450000',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).AddMinutes(0.0001).ToString("o")',
    expect: '2024-03-05T14:07:09.0510000',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).AddSeconds(0.0004).ToString("o")',
    expect: '2024-03-05T14:07:09.0450000',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).AddSeconds(0.0005).ToString("o")',
    expect: '2024-03-05T14:07:09.0460000',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).AddSeconds(-0.0005).ToString("o")',
    expect: '2024-03-05T14:07:09.0440000',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).AddSeconds(59.9999).ToString("o")',
    expect: '2024-03-05T14:08:09.0450000',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).AddMilliseconds(1.5).ToString("o")',
    expect: '2024-03-05T14:07:09.0470000',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).AddMilliseconds(2.5).ToString("o")',
    expect: '2024-03-05T14:07:09.0480000',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).AddMilliseconds(-1.5).ToString("o")',
    expect: '2024-03-05T14:07:09.0430000',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).AddTicks(1).ToString("o")',
    expect: '2024-03-05T14:07:09.0450001',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).AddTicks(-10000000).ToString("o")',
    expect: '2024-03-05T14:07:08.0450000',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).AddMonths(1).ToString("o")',
    expect: '2024-04-05T14:07:09.0450000',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).AddMonths(-3).ToString("o")',
    expect: '2023-12-05T14:07:09.0450000',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).AddMonths(12).ToString("o")',
    expect: '2025-03-05T14:07:09.0450000',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).AddMonths(-14).ToString("o")',
    expect: '2023-01-05T14:07:09.0450000',
  },
  { expression: 'new DateTime(2024, 1, 31).AddMonths(1).ToString("d")', expect: '2/29/2024' },
  { expression: 'new DateTime(2023, 1, 31).AddMonths(1).ToString("d")', expect: '2/28/2023' },
  { expression: 'new DateTime(2024, 3, 31).AddMonths(-1).ToString("d")', expect: '2/29/2024' },
  { expression: 'new DateTime(2024, 5, 31).AddMonths(-12).ToString("d")', expect: '5/31/2023' },
  { expression: 'new DateTime(2024, 2, 29).AddYears(1).ToString("d")', expect: '2/28/2025' },
  { expression: 'new DateTime(2024, 2, 29).AddYears(4).ToString("d")', expect: '2/29/2028' },
  { expression: 'new DateTime(2024, 2, 29).AddYears(-1).ToString("d")', expect: '2/28/2023' },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).AddYears(-2024)',
    throws: 'System.ArgumentOutOfRangeException',
    message:
      'The added or subtracted value results in an un-representable DateTime.\r\nParameter name: months',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).Add(TimeSpan.FromMinutes(30)).ToString("o")',
    expect: '2024-03-05T14:37:09.0450000',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).Add(new TimeSpan(-1, 0, 0, 0)).ToString("o")',
    expect: '2024-03-04T14:07:09.0450000',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).Subtract(TimeSpan.FromDays(5)).ToString("o")',
    expect: '2024-02-29T14:07:09.0450000',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).Subtract(new DateTime(2024, 1, 1))',
    expect: '64.14:07:09.0450000',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).Subtract(new DateTime(2025, 1, 1))',
    expect: '-301.09:52:50.9550000',
  },
  {
    expression: '(new DateTime(2024, 3, 5, 14, 7, 9, 45) - new DateTime(2024, 3, 5)).TotalMinutes',
    expect: '847.15075',
  },
  {
    expression: '(new DateTime(2024, 3, 5, 14, 7, 9, 45) + TimeSpan.FromHours(10)).ToString("o")',
    expect: '2024-03-06T00:07:09.0450000',
  },
  {
    expression: '(new DateTime(2024, 3, 5, 14, 7, 9, 45) - TimeSpan.FromHours(15)).ToString("o")',
    expect: '2024-03-04T23:07:09.0450000',
  },
  {
    expression:
      '(new DateTime(2024, 3, 5, 14, 7, 9, 45, DateTimeKind.Utc) + TimeSpan.FromHours(1)).ToString("o")',
    expect: '2024-03-05T15:07:09.0450000Z',
  },
  {
    expression:
      '(new DateTime(2024, 3, 5, 14, 7, 9, 45, DateTimeKind.Utc) - new DateTime(2024, 3, 5, 14, 7, 9, 45))',
    expect: '00:00:00',
  },
  {
    expression:
      'new DateTime(2024, 3, 5, 14, 7, 9, 45, DateTimeKind.Utc) == new DateTime(2024, 3, 5, 14, 7, 9, 45)',
    expect: 'True',
    note: 'equality ignores Kind',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45) != new DateTime(2024, 3, 5, 14, 7, 9, 45)',
    expect: 'False',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45) < new DateTime(2024, 3, 5, 14, 7, 9, 45).AddTicks(1)',
    expect: 'True',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45) > new DateTime(2024, 3, 5, 14, 7, 9, 45).AddTicks(1)',
    expect: 'False',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45) <= new DateTime(2024, 3, 5, 14, 7, 9, 45)',
    expect: 'True',
  },
  {
    expression:
      'new DateTime(2024, 3, 5, 14, 7, 9, 45) >= new DateTime(2024, 3, 5, 14, 7, 9, 45).AddDays(-1)',
    expect: 'True',
  },
  {
    expression: 'DateTime.MaxValue.AddTicks(1)',
    throws: 'System.ArgumentOutOfRangeException',
    message:
      'The added or subtracted value results in an un-representable DateTime.\r\nParameter name: value',
  },
  {
    expression: 'DateTime.MinValue.AddTicks(-1)',
    throws: 'System.ArgumentOutOfRangeException',
    message:
      'The added or subtracted value results in an un-representable DateTime.\r\nParameter name: value',
  },
  {
    expression: 'DateTime.MaxValue.AddDays(1)',
    throws: 'System.ArgumentOutOfRangeException',
    message:
      'The added or subtracted value results in an un-representable DateTime.\r\nParameter name: value',
  },
  {
    expression: 'DateTime.MinValue.AddDays(1e10)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Value to add was out of range.\r\nParameter name: value',
  },
  {
    expression: 'DateTime.MinValue.AddDays(double.NaN)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Value to add was out of range.\r\nParameter name: value',
  },
  {
    expression: 'DateTime.MinValue.AddMilliseconds(315537897600000)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Value to add was out of range.\r\nParameter name: value',
  },
  {
    expression: 'DateTime.MaxValue.AddMonths(1)',
    throws: 'System.ArgumentOutOfRangeException',
    message:
      'The added or subtracted value results in an un-representable DateTime.\r\nParameter name: months',
  },
  {
    expression: 'DateTime.MinValue.AddMonths(-1)',
    throws: 'System.ArgumentOutOfRangeException',
    message:
      'The added or subtracted value results in an un-representable DateTime.\r\nParameter name: months',
  },
  {
    expression: 'DateTime.MaxValue.AddMonths(200000)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Months value must be between +/-120000.\r\nParameter name: months',
  },
  {
    expression: 'DateTime.MaxValue.AddYears(1)',
    throws: 'System.ArgumentOutOfRangeException',
    message:
      'The added or subtracted value results in an un-representable DateTime.\r\nParameter name: months',
  },
  {
    expression: 'DateTime.MaxValue.AddYears(1)',
    throws: 'System.ArgumentOutOfRangeException',
    message: "The added or subtracted value results in an un-representable DateTime. (Parameter 'value')",
    environment: { dotnet: 'core' },
    note: 'modern .NET names the parameter of AddYears',
  },
  {
    expression: 'DateTime.MaxValue.AddYears(10001)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Years value must be between +/-10000.\r\nParameter name: years',
  },
  {
    expression: 'DateTime.MaxValue + TimeSpan.FromDays(1)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'The added or subtracted value results in an un-representable DateTime.\r\nParameter name: t',
  },
  {
    expression: 'DateTime.MinValue - TimeSpan.FromDays(1)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'The added or subtracted value results in an un-representable DateTime.\r\nParameter name: t',
  },
  {
    expression: 'DateTime.MinValue.Subtract(TimeSpan.FromDays(1))',
    throws: 'System.ArgumentOutOfRangeException',
    message:
      'The added or subtracted value results in an un-representable DateTime.\r\nParameter name: value',
  },
  {
    expression: 'DateTime.MaxValue.Add(TimeSpan.FromTicks(1))',
    throws: 'System.ArgumentOutOfRangeException',
    message:
      'The added or subtracted value results in an un-representable DateTime.\r\nParameter name: value',
  },
  { expression: 'DateTime.MaxValue - DateTime.MinValue', expect: '3652058.23:59:59.9999999' },
  { expression: 'DateTime.MinValue - DateTime.MaxValue', expect: '-3652058.23:59:59.9999999' },
  { expression: '(DateTime.MaxValue - DateTime.MinValue).TotalDays', expect: '3652059' },
  {
    expression: 'DateTime.MinValue.AddTicks(-1)',
    throws: 'System.ArgumentOutOfRangeException',
    message: "The added or subtracted value results in an un-representable DateTime. (Parameter 'value')",
    environment: { dotnet: 'core' },
    note: 'modern .NET words the parameter name differently',
  },
  {
    expression: 'new DateTime(2024, 7, 1).IsDaylightSavingTime()',
    expect: 'True',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'new DateTime(2024, 1, 1).IsDaylightSavingTime()',
    expect: 'False',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'new DateTime(2024, 7, 1, 0, 0, 0, DateTimeKind.Utc).IsDaylightSavingTime()',
    expect: 'False',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'new DateTime(2024, 7, 1).IsDaylightSavingTime()',
    expect: 'False',
    environment: { timeZone: 'Asia/Kolkata' },
  },
  { expression: 'new DateTime(2024, 7, 1).IsDaylightSavingTime()', expect: 'False' },
  {
    expression: 'new DateTime(2024, 1, 1).IsDaylightSavingTime()',
    expect: 'True',
    environment: { timeZone: 'Australia/Sydney' },
  },
  {
    expression: 'new DateTime(2024, 3, 31, 2, 30, 0).IsDaylightSavingTime()',
    expect: 'False',
    environment: { timeZone: 'Europe/Berlin' },
    note: 'in the skipped hour: standard time',
  },
  {
    expression: 'new DateTime(2024, 10, 27, 2, 30, 0).IsDaylightSavingTime()',
    expect: 'False',
    environment: { timeZone: 'Europe/Berlin' },
    note: 'in the repeated hour an Unspecified time is standard time',
  },
  { expression: 'DateTime.Parse("2024-01-15").ToString("o")', expect: '2024-01-15T00:00:00.0000000' },
  {
    expression: 'DateTime.Parse("2024-01-15T10:30:00").ToString("o")',
    expect: '2024-01-15T10:30:00.0000000',
  },
  {
    expression: 'DateTime.Parse("2024-01-15T10:30:00Z").ToString("o")',
    expect: '2024-01-15T10:30:00.0000000+00:00',
  },
  {
    expression: 'DateTime.Parse("2024-01-15T10:30:00.1234567Z").ToString("o")',
    expect: '2024-01-15T10:30:00.1234567+00:00',
  },
  {
    expression: 'DateTime.Parse("2024-01-15T10:30:00+01:00").ToString("o")',
    expect: '2024-01-15T09:30:00.0000000+00:00',
  },
  {
    expression: 'DateTime.Parse("2024-01-15T10:30:00-05:00").ToString("o")',
    expect: '2024-01-15T15:30:00.0000000+00:00',
  },
  {
    expression: 'DateTime.Parse("2024-01-15 10:30:00").ToString("o")',
    expect: '2024-01-15T10:30:00.0000000',
  },
  { expression: 'DateTime.Parse("2024-01-15T10:30").ToString("o")', expect: '2024-01-15T10:30:00.0000000' },
  {
    expression: 'DateTime.Parse("Mon, 15 Jan 2024 10:30:00 GMT").ToString("o")',
    expect: '2024-01-15T10:30:00.0000000+00:00',
  },
  { expression: 'DateTime.Parse("1/15/2024").ToString("o")', expect: '2024-01-15T00:00:00.0000000' },
  { expression: 'DateTime.Parse("1/15/2024 10:30 AM").ToString("o")', expect: '2024-01-15T10:30:00.0000000' },
  {
    expression: 'DateTime.Parse("1/15/2024 10:30:00 PM").ToString("o")',
    expect: '2024-01-15T22:30:00.0000000',
  },
  {
    expression: 'DateTime.Parse("01/15/2024 22:30:15").ToString("o")',
    expect: '2024-01-15T22:30:15.0000000',
  },
  { expression: 'DateTime.Parse("January 15, 2024").ToString("o")', expect: '2024-01-15T00:00:00.0000000' },
  { expression: 'DateTime.Parse("Jan 15, 2024").ToString("o")', expect: '2024-01-15T00:00:00.0000000' },
  { expression: 'DateTime.Parse("15 January 2024").ToString("o")', expect: '2024-01-15T00:00:00.0000000' },
  { expression: 'DateTime.Parse("15 Jan 2024 10:30").ToString("o")', expect: '2024-01-15T10:30:00.0000000' },
  {
    expression: 'DateTime.Parse("Monday, January 15, 2024").ToString("o")',
    expect: '2024-01-15T00:00:00.0000000',
  },
  {
    expression: 'DateTime.Parse("Monday, January 15, 2024 10:30:00 AM").ToString("o")',
    expect: '2024-01-15T10:30:00.0000000',
  },
  { expression: 'DateTime.Parse("Jan 2024").ToString("o")', expect: '2024-01-01T00:00:00.0000000' },
  { expression: 'DateTime.Parse("2024/01/15").ToString("o")', expect: '2024-01-15T00:00:00.0000000' },
  { expression: 'DateTime.Parse("2024-1-5").ToString("o")', expect: '2024-01-05T00:00:00.0000000' },
  { expression: 'DateTime.Parse("1.15.2024").ToString("o")', expect: '2024-01-15T00:00:00.0000000' },
  { expression: 'DateTime.Parse("  2024-01-15  ").ToString("o")', expect: '2024-01-15T00:00:00.0000000' },
  {
    expression: 'DateTime.Parse("2024-01-15T10:30:00 +0100").ToString("o")',
    expect: '2024-01-15T09:30:00.0000000+00:00',
  },
  {
    expression: 'DateTime.Parse("2024-01-15 10:30:00 -5").ToString("o")',
    expect: '2024-01-15T15:30:00.0000000+00:00',
  },
  { expression: 'DateTime.Parse("1/15/24").ToString("o")', expect: '2024-01-15T00:00:00.0000000' },
  { expression: 'DateTime.Parse("1/15/30").ToString("o")', expect: '1930-01-15T00:00:00.0000000' },
  { expression: 'DateTime.Parse("#1/15/2024#").ToString("o")', expect: '2024-01-15T00:00:00.0000000' },
  {
    expression: 'DateTime.Parse("2024-01-15T10:30:00.5-05:00").ToString("o")',
    expect: '2024-01-15T15:30:00.5000000+00:00',
  },
  { expression: 'DateTime.Parse("Mon Jan 15 2024").ToString("o")', expect: '2024-01-15T00:00:00.0000000' },
  {
    expression: 'DateTime.Parse("12/31/9999 11:59:59 PM").ToString("o")',
    expect: '9999-12-31T23:59:59.0000000',
  },
  {
    expression: 'DateTime.Parse("2024-01-15T10:30:00.9999999Z").ToString("o")',
    expect: '2024-01-15T10:30:00.9999999+00:00',
  },
  {
    expression: 'DateTime.Parse("2024-01-15T10:30:00.12345678Z").ToString("o")',
    expect: '2024-01-15T10:30:00.1234568+00:00',
  },
  {
    expression: 'DateTime.Parse("2024-01-15T10:30:00z").ToString("o")',
    expect: '2024-01-15T10:30:00.0000000+00:00',
  },
  {
    expression: 'DateTime.Parse("2024-01-15t10:30:00").ToString("o")',
    expect: '2024-01-15T10:30:00.0000000',
  },
  {
    expression: 'DateTime.Parse("2024-01-15 10:30 PM").ToString("o")',
    expect: '2024-01-15T22:30:00.0000000',
  },
  { expression: 'DateTime.Parse("2024-01-15 10 PM").ToString("o")', expect: '2024-01-15T22:00:00.0000000' },
  { expression: 'DateTime.Parse("15-Jan-2024").ToString("o")', expect: '2024-01-15T00:00:00.0000000' },
  { expression: 'DateTime.Parse("Jan-15-2024").ToString("o")', expect: '2024-01-15T00:00:00.0000000' },
  { expression: 'DateTime.Parse("2024-Jan-15").ToString("o")', expect: '2024-01-15T00:00:00.0000000' },
  { expression: 'DateTime.Parse("2024 January 15").ToString("o")', expect: '2024-01-15T00:00:00.0000000' },
  {
    expression: 'DateTime.Parse("1/15/2024 12:00:00 AM").ToString("o")',
    expect: '2024-01-15T00:00:00.0000000',
  },
  {
    expression: 'DateTime.Parse("1/15/2024 12:00:00 PM").ToString("o")',
    expect: '2024-01-15T12:00:00.0000000',
  },
  {
    expression: 'DateTime.Parse("2024-01-15 GMT").ToString("o")',
    expect: '2024-01-15T00:00:00.0000000+00:00',
  },
  {
    expression: 'DateTime.Parse("2024-01-15 10:30 GMT").ToString("o")',
    expect: '2024-01-15T10:30:00.0000000+00:00',
  },
  {
    expression: 'DateTime.Parse("2024-01-15 10:30Z").ToString("o")',
    expect: '2024-01-15T10:30:00.0000000+00:00',
  },
  {
    expression: 'DateTime.Parse("20 Feb 2024 08:00:00 +0000").ToString("o")',
    expect: '2024-02-20T08:00:00.0000000+00:00',
  },
  {
    expression: 'DateTime.Parse("Tue, 20 Feb 2024 08:00:00 GMT").ToString("o")',
    expect: '2024-02-20T08:00:00.0000000+00:00',
  },
  {
    expression: 'DateTime.Parse("Tuesday, January 15, 2024")',
    throws: 'System.FormatException',
    message: 'String was not recognized as a valid DateTime because the day of week was incorrect.',
  },
  {
    expression: 'DateTime.Parse("abc")',
    throws: 'System.FormatException',
    message:
      'The string was not recognized as a valid DateTime. There is an unknown word starting at index 0.',
    note: "Mono lacks this resource; the message is .NET Framework's",
  },
  {
    expression: 'DateTime.Parse("2024-02-30")',
    throws: 'System.FormatException',
    message: 'String was not recognized as a valid DateTime.',
  },
  {
    expression: 'DateTime.Parse("2024-02-30T10:00:00")',
    throws: 'System.FormatException',
    message:
      'The DateTime represented by the string is not supported in calendar System.Globalization.GregorianCalendar.',
    note: "Mono formats this message wrongly; the text is .NET Framework's",
  },
  {
    expression: 'DateTime.Parse("1/15/2024 25:00")',
    throws: 'System.FormatException',
    message:
      'The DateTime represented by the string is not supported in calendar System.Globalization.GregorianCalendar.',
    note: "Mono formats this message wrongly; the text is .NET Framework's",
  },
  {
    expression: 'DateTime.Parse("15/1/2024")',
    throws: 'System.FormatException',
    message: 'String was not recognized as a valid DateTime.',
  },
  {
    expression: 'DateTime.Parse("2024-01-15 10:30:00 UTC")',
    throws: 'System.FormatException',
    message:
      'The string was not recognized as a valid DateTime. There is an unknown word starting at index 20.',
    note: "Mono lacks this resource; the message is .NET Framework's",
  },
  {
    expression: 'DateTime.Parse("2024")',
    throws: 'System.FormatException',
    message: 'String was not recognized as a valid DateTime.',
  },
  {
    expression: 'DateTime.Parse("15.01.2024")',
    throws: 'System.FormatException',
    message: 'String was not recognized as a valid DateTime.',
  },
  {
    expression: 'DateTime.Parse("2024-01-15T24:00:00")',
    throws: 'System.FormatException',
    message:
      'The DateTime represented by the string is not supported in calendar System.Globalization.GregorianCalendar.',
    note: "Mono formats this message wrongly; the text is .NET Framework's",
  },
  {
    expression: 'DateTime.Parse("20240115")',
    throws: 'System.FormatException',
    message: 'String was not recognized as a valid DateTime.',
  },
  {
    expression: 'DateTime.Parse("Jan 15 2024 10:30:00 GMT+0200")',
    throws: 'System.FormatException',
    message: 'String was not recognized as a valid DateTime.',
  },
  {
    expression: 'DateTime.Parse("")',
    throws: 'System.FormatException',
    message: 'String was not recognized as a valid DateTime.',
  },
  {
    expression: 'DateTime.Parse(" ")',
    throws: 'System.FormatException',
    message: 'String was not recognized as a valid DateTime.',
  },
  {
    expression: 'DateTime.Parse("2024-01-15T10:30:00ZZ")',
    throws: 'System.FormatException',
    message: 'String was not recognized as a valid DateTime.',
  },
  { expression: 'DateTime.Parse("1/15/2024 13:00 PM")', expect: '1/15/2024 1:00:00 PM' },
  {
    expression: 'DateTime.Parse("2024-13-01")',
    throws: 'System.FormatException',
    message: 'String was not recognized as a valid DateTime.',
  },
  {
    expression: 'DateTime.Parse("10:30:61")',
    throws: 'System.FormatException',
    message:
      'The DateTime represented by the string is not supported in calendar System.Globalization.GregorianCalendar.',
    note: "Mono formats this message wrongly; the text is .NET Framework's",
  },
  {
    expression: 'DateTime.Parse("Jan Feb 2024")',
    throws: 'System.FormatException',
    message: 'String was not recognized as a valid DateTime.',
  },
  {
    expression: 'DateTime.Parse("2024-01-15 10:30:00 junk")',
    throws: 'System.FormatException',
    message:
      'The string was not recognized as a valid DateTime. There is an unknown word starting at index 20.',
    note: "Mono lacks this resource; the message is .NET Framework's",
  },
  {
    expression: 'DateTime.Parse("1/2/3/4")',
    throws: 'System.FormatException',
    message: 'String was not recognized as a valid DateTime.',
  },
  {
    expression: 'DateTime.Parse("abc")',
    throws: 'System.FormatException',
    message:
      "The string 'abc' was not recognized as a valid DateTime. There is an unknown word starting at index '0'.",
    environment: { dotnet: 'core' },
    note: "modern .NET's message names the input",
  },
  {
    expression: 'DateTime.Parse("2024-02-30")',
    throws: 'System.FormatException',
    message: "String '2024-02-30' was not recognized as a valid DateTime.",
    environment: { dotnet: 'core' },
    note: "modern .NET's message names the input",
  },
  {
    expression: 'DateTime.Parse(null)',
    throws: 'System.ArgumentNullException',
    message: 'String reference not set to an instance of a String.\r\nParameter name: s',
    note: "Mono says 'Value cannot be null.'; .NET Framework's DateTimeParse reports ArgumentNull_String",
  },
  {
    expression: 'DateTime.Parse("2024-01-15T10:30:00Z").ToString("o")',
    expect: '2024-01-15T11:30:00.0000000+01:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'DateTime.Parse("2024-01-15T10:30:00Z").ToString("o")',
    expect: '2024-01-15T05:30:00.0000000-05:00',
    environment: { timeZone: 'America/New_York' },
  },
  {
    expression: 'DateTime.Parse("2024-01-15T10:30:00+01:00").ToString("o")',
    expect: '2024-01-15T10:30:00.0000000+01:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'DateTime.Parse("2024-01-15T10:30:00+01:00").ToString("o")',
    expect: '2024-01-15T04:30:00.0000000-05:00',
    environment: { timeZone: 'America/New_York' },
  },
  {
    expression: 'DateTime.Parse("Mon, 15 Jan 2024 10:30:00 GMT").ToString("o")',
    expect: '2024-01-15T11:30:00.0000000+01:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'DateTime.Parse("Mon, 15 Jan 2024 10:30:00 GMT").ToString("o")',
    expect: '2024-01-15T05:30:00.0000000-05:00',
    environment: { timeZone: 'America/New_York' },
  },
  {
    expression: 'DateTime.Parse("2024-07-15T10:30:00Z").ToString("o")',
    expect: '2024-07-15T12:30:00.0000000+02:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'DateTime.Parse("2024-07-15T10:30:00Z").ToString("o")',
    expect: '2024-07-15T06:30:00.0000000-04:00',
    environment: { timeZone: 'America/New_York' },
  },
  {
    expression: 'DateTime.Parse("2024-01-15T10:30:00").ToString("o")',
    expect: '2024-01-15T10:30:00.0000000',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'DateTime.Parse("2024-01-15T10:30:00").ToString("o")',
    expect: '2024-01-15T10:30:00.0000000',
    environment: { timeZone: 'America/New_York' },
  },
  {
    expression: 'DateTime.Parse("1/15/2024 10:30 AM").ToString("o")',
    expect: '2024-01-15T10:30:00.0000000',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'DateTime.Parse("1/15/2024 10:30 AM").ToString("o")',
    expect: '2024-01-15T10:30:00.0000000',
    environment: { timeZone: 'America/New_York' },
  },
  {
    expression: 'DateTime.Parse("2024-10-27T00:30:00Z").ToString("o")',
    expect: '2024-10-27T02:30:00.0000000+02:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'DateTime.Parse("2024-10-27T01:30:00Z").ToString("o")',
    expect: '2024-10-27T02:30:00.0000000+01:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'DateTime.Parse("2024-01-15T10:30:00Z").Hour',
    expect: '16',
    environment: { timeZone: 'Asia/Kolkata' },
  },
  { expression: 'DateTime.Parse("2024-01-15T10:30:00Z").ToString()', expect: '1/15/2024 10:30:00 AM' },
  {
    expression: 'DateTime.Parse("2024-01-15T10:30:00Z") == new DateTime(2024, 1, 15, 10, 30, 0)',
    expect: 'True',
  },
  {
    expression: 'DateTime.Parse("15 January 2024").ToString("o")',
    expect: '2024-01-15T00:00:00.0000000',
    environment: { culture: 'invariant' },
    note: 'the invariant culture reads "15 January" as a year and a month (its YearMonthPattern is "yyyy MMMM")',
  },
  { expression: 'DateTime.Parse("January 15").ToString("o")', expect: '2024-01-15T00:00:00.0000000' },
  { expression: 'DateTime.Parse("15 Jan").ToString("o")', expect: '2024-01-15T00:00:00.0000000' },
  { expression: 'DateTime.Parse("1/15").ToString("o")', expect: '2024-01-15T00:00:00.0000000' },
  { expression: 'DateTime.Parse("10:30").ToString("o")', expect: '2024-01-15T10:30:00.0000000' },
  { expression: 'DateTime.Parse("10:30 PM").ToString("o")', expect: '2024-01-15T22:30:00.0000000' },
  { expression: 'DateTime.Parse("10 PM").ToString("o")', expect: '2024-01-15T22:00:00.0000000' },
  { expression: 'DateTime.Parse("12:00 AM").ToString("o")', expect: '2024-01-15T00:00:00.0000000' },
  { expression: 'DateTime.Parse("10:30:15.25").ToString("o")', expect: '2024-01-15T10:30:15.2500000' },
  {
    expression: 'DateTime.Parse("10:30").ToString("o")',
    expect: '2024-01-14T10:30:00.0000000',
    environment: { timeZone: 'America/New_York', now: '2024-01-15T03:00:00Z' },
    note: 'a time without a date takes the local date of the clock',
  },
  {
    expression: 'DateTime.Parse("10:30Z").ToString("o")',
    expect: '2024-01-15T05:30:00.0000000-05:00',
    environment: { timeZone: 'America/New_York' },
  },
  { expression: 'new TimeSpan(1, 2, 3, 4, 567)', expect: '1.02:03:04.5670000', type: 'System.TimeSpan' },
  { expression: 'new TimeSpan(1, 2, 3, 4, 567).ToString()', expect: '1.02:03:04.5670000' },
  { expression: 'new TimeSpan(2, 30, 0)', expect: '02:30:00' },
  { expression: 'new TimeSpan(0, 0, 0)', expect: '00:00:00' },
  { expression: 'new TimeSpan(-1, -2, -3)', expect: '-01:02:03' },
  { expression: 'new TimeSpan(1, 0, 0, 0)', expect: '1.00:00:00' },
  { expression: 'new TimeSpan(123456789)', expect: '00:00:12.3456789' },
  { expression: 'new TimeSpan(-123456789)', expect: '-00:00:12.3456789' },
  { expression: 'new TimeSpan(25, 61, 61)', expect: '1.02:02:01' },
  {
    expression: 'new TimeSpan(int.MaxValue, 0, 0, 0)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'TimeSpan overflowed because the duration is too long.',
  },
  { expression: 'new TimeSpan(0, 0, 0, 0, int.MaxValue)', expect: '24.20:31:23.6470000' },
  { expression: 'new TimeSpan()', expect: '00:00:00' },
  { expression: 'TimeSpan.Zero', expect: '00:00:00' },
  { expression: 'TimeSpan.MaxValue', expect: '10675199.02:48:05.4775807' },
  { expression: 'TimeSpan.MinValue', expect: '-10675199.02:48:05.4775808' },
  { expression: 'TimeSpan.TicksPerDay', expect: '864000000000' },
  { expression: 'TimeSpan.TicksPerHour', expect: '36000000000' },
  { expression: 'TimeSpan.TicksPerMinute', expect: '600000000' },
  { expression: 'TimeSpan.TicksPerSecond', expect: '10000000' },
  { expression: 'TimeSpan.TicksPerMillisecond', expect: '10000' },
  { expression: 'new TimeSpan(1, 2, 3, 4, 567).Days', expect: '1' },
  { expression: 'new TimeSpan(1, 2, 3, 4, 567).Hours', expect: '2' },
  { expression: 'new TimeSpan(1, 2, 3, 4, 567).Minutes', expect: '3' },
  { expression: 'new TimeSpan(1, 2, 3, 4, 567).Seconds', expect: '4' },
  { expression: 'new TimeSpan(1, 2, 3, 4, 567).Milliseconds', expect: '567' },
  { expression: 'new TimeSpan(1, 2, 3, 4, 567).Ticks', expect: '937845670000' },
  { expression: 'new TimeSpan(1, 2, 3, 4, 567).TotalDays', expect: '1.08546952546296' },
  { expression: 'new TimeSpan(1, 2, 3, 4, 567).TotalHours', expect: '26.0512686111111' },
  { expression: 'new TimeSpan(1, 2, 3, 4, 567).TotalMinutes', expect: '1563.07611666667' },
  { expression: 'new TimeSpan(1, 2, 3, 4, 567).TotalSeconds', expect: '93784.567' },
  { expression: 'new TimeSpan(1, 2, 3, 4, 567).TotalMilliseconds', expect: '93784567' },
  { expression: 'new TimeSpan(-1, -2, -3, -4, -5).Days', expect: '-1' },
  { expression: 'new TimeSpan(-1, -2, -3, -4, -5).Hours', expect: '-2' },
  { expression: 'new TimeSpan(-1, -2, -3, -4, -5).Minutes', expect: '-3' },
  { expression: 'new TimeSpan(-1, -2, -3, -4, -5).Seconds', expect: '-4' },
  { expression: 'new TimeSpan(-1, -2, -3, -4, -5).Milliseconds', expect: '-5' },
  { expression: 'TimeSpan.FromMinutes(90).TotalHours', expect: '1.5' },
  { expression: 'TimeSpan.FromHours(36).TotalDays', expect: '1.5' },
  { expression: 'TimeSpan.FromSeconds(1.5).TotalMilliseconds', expect: '1500' },
  { expression: 'TimeSpan.MaxValue.TotalMilliseconds', expect: '922337203685477' },
  { expression: 'TimeSpan.FromDays(1.5)', expect: '1.12:00:00' },
  { expression: 'TimeSpan.FromHours(2.25)', expect: '02:15:00' },
  { expression: 'TimeSpan.FromMinutes(-30)', expect: '-00:30:00' },
  { expression: 'TimeSpan.FromSeconds(90)', expect: '00:01:30' },
  { expression: 'TimeSpan.FromSeconds(0.0004)', expect: '00:00:00' },
  {
    expression: 'TimeSpan.FromSeconds(0.0005)',
    expect: '00:00:00.0010000',
    note: '.NET Framework rounds to whole milliseconds',
  },
  {
    expression: 'TimeSpan.FromSeconds(0.0005)',
    expect: '00:00:00.0005000',
    environment: { dotnet: 'core' },
    note: '.NET Core 3.0 and later keep the ticks',
  },
  { expression: 'TimeSpan.FromMilliseconds(1.5)', expect: '00:00:00.0020000' },
  { expression: 'TimeSpan.FromMilliseconds(-1.5)', expect: '-00:00:00.0020000' },
  { expression: 'TimeSpan.FromMilliseconds(2.5)', expect: '00:00:00.0030000' },
  { expression: 'TimeSpan.FromTicks(15)', expect: '00:00:00.0000015' },
  {
    expression: 'TimeSpan.FromDays(double.NaN)',
    throws: 'System.ArgumentException',
    message: 'TimeSpan does not accept floating point Not-a-Number values.',
  },
  {
    expression: 'TimeSpan.FromDays(1e20)',
    throws: 'System.OverflowException',
    message: 'TimeSpan overflowed because the duration is too long.',
  },
  { expression: 'TimeSpan.FromDays(10675199)', expect: '10675199.00:00:00' },
  { expression: 'TimeSpan.FromHours(1) + TimeSpan.FromMinutes(30)', expect: '01:30:00' },
  { expression: 'TimeSpan.FromHours(1) - TimeSpan.FromMinutes(90)', expect: '-00:30:00' },
  { expression: '-TimeSpan.FromHours(1)', expect: '-01:00:00' },
  { expression: '+TimeSpan.FromHours(1)', expect: '01:00:00' },
  { expression: 'TimeSpan.FromHours(1).Add(TimeSpan.FromHours(2))', expect: '03:00:00' },
  { expression: 'TimeSpan.FromHours(1).Subtract(TimeSpan.FromHours(2))', expect: '-01:00:00' },
  { expression: 'TimeSpan.FromHours(-1).Negate()', expect: '01:00:00' },
  { expression: 'TimeSpan.FromHours(-1).Duration()', expect: '01:00:00' },
  { expression: 'TimeSpan.FromHours(1).Duration()', expect: '01:00:00' },
  {
    expression: 'TimeSpan.MaxValue + TimeSpan.FromTicks(1)',
    throws: 'System.OverflowException',
    message: 'TimeSpan overflowed because the duration is too long.',
  },
  {
    expression: 'TimeSpan.MinValue - TimeSpan.FromTicks(1)',
    throws: 'System.OverflowException',
    message: 'TimeSpan overflowed because the duration is too long.',
  },
  {
    expression: 'TimeSpan.MinValue.Negate()',
    throws: 'System.OverflowException',
    message: 'Negating the minimum value of a twos complement number is invalid.',
  },
  {
    expression: 'TimeSpan.MinValue.Duration()',
    throws: 'System.OverflowException',
    message:
      'The duration cannot be returned for TimeSpan.MinValue because the absolute value of TimeSpan.MinValue exceeds the value of TimeSpan.MaxValue.',
  },
  {
    expression: '-TimeSpan.MinValue',
    throws: 'System.OverflowException',
    message: 'Negating the minimum value of a twos complement number is invalid.',
  },
  { expression: 'TimeSpan.FromHours(1) == TimeSpan.FromMinutes(60)', expect: 'True' },
  { expression: 'TimeSpan.FromHours(1) != TimeSpan.FromMinutes(60)', expect: 'False' },
  { expression: 'TimeSpan.FromHours(1) < TimeSpan.FromMinutes(61)', expect: 'True' },
  { expression: 'TimeSpan.FromHours(1) > TimeSpan.FromMinutes(61)', expect: 'False' },
  { expression: 'TimeSpan.FromHours(1) <= TimeSpan.FromMinutes(60)', expect: 'True' },
  { expression: 'TimeSpan.FromHours(1) >= TimeSpan.FromMinutes(61)', expect: 'False' },
  { expression: 'TimeSpan.Compare(TimeSpan.FromHours(1), TimeSpan.FromHours(2))', expect: '-1' },
  { expression: 'TimeSpan.FromHours(2).CompareTo(TimeSpan.FromHours(1))', expect: '1' },
  { expression: 'TimeSpan.FromHours(2).CompareTo((object)null)', expect: '1' },
  {
    expression: 'TimeSpan.FromHours(2).CompareTo("x")',
    throws: 'System.ArgumentException',
    message: 'Object must be of type TimeSpan.',
  },
  { expression: 'TimeSpan.FromHours(2).Equals(TimeSpan.FromMinutes(120))', expect: 'True' },
  { expression: 'TimeSpan.FromHours(2).Equals((object)TimeSpan.FromMinutes(120))', expect: 'True' },
  { expression: 'TimeSpan.FromHours(2).Equals((object)120)', expect: 'False' },
  { expression: 'TimeSpan.Equals(TimeSpan.Zero, new TimeSpan(0))', expect: 'True' },
  {
    expression: 'TimeSpan.FromHours(1).GetHashCode() == TimeSpan.FromMinutes(60).GetHashCode()',
    expect: 'True',
  },
  { expression: 'new TimeSpan(1, 2, 3, 4, 567).ToString("c")', expect: '1.02:03:04.5670000' },
  { expression: 'new TimeSpan(1, 2, 3, 4, 567).ToString("g")', expect: '1:2:03:04.567' },
  { expression: 'new TimeSpan(1, 2, 3, 4, 567).ToString("G")', expect: '1:02:03:04.5670000' },
  { expression: 'new TimeSpan(1, 2, 3, 4, 567).ToString("t")', expect: '1.02:03:04.5670000' },
  { expression: 'new TimeSpan(1, 2, 3, 4, 567).ToString("T")', expect: '1.02:03:04.5670000' },
  { expression: 'new TimeSpan(1, 2, 3, 4, 567).ToString("")', expect: '1.02:03:04.5670000' },
  { expression: 'new TimeSpan(1, 2, 3, 4, 567).ToString("dd\\\\.hh\\\\:mm\\\\:ss")', expect: '01.02:03:04' },
  { expression: 'new TimeSpan(1, 2, 3, 4, 567).ToString("hh\\\\:mm")', expect: '02:03' },
  { expression: 'new TimeSpan(1, 2, 3, 4, 567).ToString("%d")', expect: '1' },
  { expression: 'new TimeSpan(1, 2, 3, 4, 567).ToString("%h")', expect: '2' },
  { expression: 'new TimeSpan(1, 2, 3, 4, 567).ToString("h\\\\:m\\\\:s")', expect: '2:3:4' },
  { expression: 'new TimeSpan(1, 2, 3, 4, 567).ToString("ddd")', expect: '001' },
  { expression: 'new TimeSpan(1, 2, 3, 4, 567).ToString("dddddddd")', expect: '00000001' },
  { expression: 'new TimeSpan(1, 2, 3, 4, 567).ToString("fff")', expect: '567' },
  { expression: 'new TimeSpan(1, 2, 3, 4, 567).ToString("FFF")', expect: '567' },
  { expression: 'new TimeSpan(1, 2, 3, 4, 567).ToString("ff")', expect: '56' },
  { expression: 'new TimeSpan(1, 2, 3, 4, 567).ToString("FFFFFFF")', expect: '567' },
  { expression: 'new TimeSpan(1, 2, 3, 4, 567).ToString("fffffff")', expect: '5670000' },
  { expression: "new TimeSpan(1, 2, 3, 4, 567).ToString(\"hh':'mm':'ss\")", expect: '02:03:04' },
  {
    expression: 'new TimeSpan(1, 2, 3, 4, 567).ToString("\\"Elapsed: \\"hh\\\\:mm")',
    expect: 'Elapsed: 02:03',
  },
  { expression: 'new TimeSpan(1, 2, 3, 4, 567).ToString("mm\\\\:ss\\\\.fff")', expect: '03:04.567' },
  { expression: 'new TimeSpan(0, 2, 3, 4, 500).ToString("c")', expect: '02:03:04.5000000' },
  { expression: 'new TimeSpan(0, 2, 3, 4, 500).ToString("g")', expect: '2:03:04.5' },
  { expression: 'new TimeSpan(0, 2, 3, 4, 500).ToString("G")', expect: '0:02:03:04.5000000' },
  { expression: 'new TimeSpan(0, 2, 3, 4, 500).ToString("hh\\\\:mm\\\\:ss\\\\.FFF")', expect: '02:03:04.5' },
  { expression: 'new TimeSpan(0, 2, 3, 4, 500).ToString("%F")', expect: '5' },
  { expression: 'new TimeSpan(0, 2, 3, 4, 500).ToString("FF")', expect: '5' },
  { expression: 'new TimeSpan(-1, -2, -3, -4, -5).ToString("c")', expect: '-1.02:03:04.0050000' },
  { expression: 'new TimeSpan(-1, -2, -3, -4, -5).ToString("g")', expect: '-1:2:03:04.005' },
  { expression: 'new TimeSpan(-1, -2, -3, -4, -5).ToString("G")', expect: '-1:02:03:04.0050000' },
  { expression: 'new TimeSpan(-1, -2, -3, -4, -5).ToString("hh\\\\:mm")', expect: '02:03' },
  { expression: 'new TimeSpan(-1, -2, -3, -4, -5).ToString("\\\\-hh\\\\:mm")', expect: '-02:03' },
  { expression: 'new TimeSpan(-1, -2, -3, -4, -5).ToString("%d")', expect: '1' },
  { expression: 'TimeSpan.FromTicks(1).ToString("c")', expect: '00:00:00.0000001' },
  { expression: 'TimeSpan.FromTicks(1).ToString("g")', expect: '0:00:00.0000001' },
  { expression: 'TimeSpan.FromTicks(1).ToString("G")', expect: '0:00:00:00.0000001' },
  { expression: 'TimeSpan.FromTicks(1).ToString("fffffff")', expect: '0000001' },
  { expression: 'TimeSpan.FromTicks(1).ToString("FFFFFFF")', expect: '0000001' },
  { expression: 'TimeSpan.MaxValue.ToString("c")', expect: '10675199.02:48:05.4775807' },
  { expression: 'TimeSpan.MaxValue.ToString("g")', expect: '10675199:2:48:05.4775807' },
  { expression: 'TimeSpan.MaxValue.ToString("G")', expect: '10675199:02:48:05.4775807' },
  { expression: 'TimeSpan.MinValue.ToString("c")', expect: '-10675199.02:48:05.4775808' },
  { expression: 'TimeSpan.MinValue.ToString("g")', expect: '-10675199:2:48:05.4775808' },
  { expression: 'TimeSpan.Zero.ToString("c")', expect: '00:00:00' },
  { expression: 'TimeSpan.Zero.ToString("g")', expect: '0:00:00' },
  { expression: 'TimeSpan.Zero.ToString("G")', expect: '0:00:00:00.0000000' },
  { expression: 'TimeSpan.Zero.ToString("FFF")', expect: '' },
  { expression: 'TimeSpan.Zero.ToString("hh\\\\:mm\\\\:ss\\\\.FFF")', expect: '00:00:00.' },
  {
    expression: 'TimeSpan.FromHours(1).ToString("x")',
    throws: 'System.FormatException',
    message: 'Input string was not in a correct format.',
  },
  {
    expression: 'TimeSpan.FromHours(1).ToString("hh:mm")',
    throws: 'System.FormatException',
    message: 'Input string was not in a correct format.',
  },
  {
    expression: 'TimeSpan.FromHours(1).ToString("hhh")',
    throws: 'System.FormatException',
    message: 'Input string was not in a correct format.',
  },
  {
    expression: 'TimeSpan.FromHours(1).ToString("ffffffff")',
    throws: 'System.FormatException',
    message: 'Input string was not in a correct format.',
  },
  {
    expression: 'TimeSpan.FromHours(1).ToString("ddddddddd")',
    throws: 'System.FormatException',
    message: 'Input string was not in a correct format.',
  },
  {
    expression: 'TimeSpan.FromHours(1).ToString("%")',
    throws: 'System.FormatException',
    message: 'Input string was not in a correct format.',
  },
  {
    expression: 'TimeSpan.FromHours(1).ToString("\'abc")',
    throws: 'System.FormatException',
    message: "Cannot find a matching quote character for the character '''.",
  },
  {
    expression: 'TimeSpan.FromHours(1).ToString("hh\\\\")',
    throws: 'System.FormatException',
    message: 'Input string was not in a correct format.',
  },
  {
    expression: 'TimeSpan.FromHours(1).ToString("yyyy")',
    throws: 'System.FormatException',
    message: 'Input string was not in a correct format.',
  },
  { expression: 'new TimeSpan(1, 2, 3, 4, 567).ToString("c", null)', expect: '1.02:03:04.5670000' },
  {
    expression: 'new TimeSpan(1, 2, 3, 4, 567).ToString("G")',
    expect: '1:02:03:04.5670000',
    environment: { culture: 'invariant' },
  },
  { expression: 'TimeSpan.Parse("1")', expect: '1.00:00:00' },
  { expression: 'TimeSpan.Parse("-1")', expect: '-1.00:00:00' },
  { expression: 'TimeSpan.Parse("10:30")', expect: '10:30:00' },
  { expression: 'TimeSpan.Parse("10:30:15")', expect: '10:30:15' },
  { expression: 'TimeSpan.Parse("1.10:30")', expect: '1.10:30:00' },
  { expression: 'TimeSpan.Parse("1.10:30:15")', expect: '1.10:30:15' },
  { expression: 'TimeSpan.Parse("1.10:30:15.5")', expect: '1.10:30:15.5000000' },
  { expression: 'TimeSpan.Parse("10:30:15.1234567")', expect: '10:30:15.1234567' },
  { expression: 'TimeSpan.Parse("1:10:30:15")', expect: '1.10:30:15' },
  { expression: 'TimeSpan.Parse("1:10:30:15.5")', expect: '1.10:30:15.5000000' },
  { expression: 'TimeSpan.Parse("-10:30")', expect: '-10:30:00' },
  { expression: 'TimeSpan.Parse("-1.02:03:04.005")', expect: '-1.02:03:04.0050000' },
  { expression: 'TimeSpan.Parse("  10:30  ")', expect: '10:30:00' },
  { expression: 'TimeSpan.Parse("0:0:0.05")', expect: '00:00:00.0500000' },
  { expression: 'TimeSpan.Parse("0:0:0.5")', expect: '00:00:00.5000000' },
  { expression: 'TimeSpan.Parse("00:00:00.0000001")', expect: '00:00:00.0000001' },
  { expression: 'TimeSpan.Parse("23:59:59")', expect: '23:59:59' },
  { expression: 'TimeSpan.Parse("10675199.02:48:05.4775807")', expect: '10675199.02:48:05.4775807' },
  {
    expression: 'TimeSpan.Parse("10:30:15.12345678")',
    throws: 'System.OverflowException',
    message:
      'The TimeSpan could not be parsed because at least one of the numeric components is out of range or contains too many digits.',
  },
  {
    expression: 'TimeSpan.Parse("1.")',
    throws: 'System.FormatException',
    message: 'String was not recognized as a valid TimeSpan.',
  },
  {
    expression: 'TimeSpan.Parse("10:")',
    throws: 'System.FormatException',
    message: 'String was not recognized as a valid TimeSpan.',
  },
  {
    expression: 'TimeSpan.Parse("abc")',
    throws: 'System.FormatException',
    message: 'String was not recognized as a valid TimeSpan.',
  },
  {
    expression: 'TimeSpan.Parse("")',
    throws: 'System.FormatException',
    message: 'String was not recognized as a valid TimeSpan.',
  },
  {
    expression: 'TimeSpan.Parse("24:00")',
    throws: 'System.OverflowException',
    message:
      'The TimeSpan could not be parsed because at least one of the numeric components is out of range or contains too many digits.',
  },
  {
    expression: 'TimeSpan.Parse("10:60")',
    throws: 'System.OverflowException',
    message:
      'The TimeSpan could not be parsed because at least one of the numeric components is out of range or contains too many digits.',
  },
  {
    expression: 'TimeSpan.Parse("10:30:60")',
    throws: 'System.OverflowException',
    message:
      'The TimeSpan could not be parsed because at least one of the numeric components is out of range or contains too many digits.',
  },
  {
    expression: 'TimeSpan.Parse("1.24:00")',
    throws: 'System.OverflowException',
    message:
      'The TimeSpan could not be parsed because at least one of the numeric components is out of range or contains too many digits.',
  },
  {
    expression: 'TimeSpan.Parse("99999999")',
    throws: 'System.OverflowException',
    message:
      'The TimeSpan could not be parsed because at least one of the numeric components is out of range or contains too many digits.',
  },
  {
    expression: 'TimeSpan.Parse("10675200")',
    throws: 'System.OverflowException',
    message:
      'The TimeSpan could not be parsed because at least one of the numeric components is out of range or contains too many digits.',
  },
  {
    expression: 'TimeSpan.Parse("1,5")',
    throws: 'System.FormatException',
    message: 'String was not recognized as a valid TimeSpan.',
  },
  {
    expression: 'TimeSpan.Parse("10.30")',
    throws: 'System.FormatException',
    message: 'String was not recognized as a valid TimeSpan.',
  },
  {
    expression: 'TimeSpan.Parse("1 10:30")',
    throws: 'System.FormatException',
    message: 'String was not recognized as a valid TimeSpan.',
  },
  {
    expression: 'TimeSpan.Parse("10::30")',
    throws: 'System.FormatException',
    message: 'String was not recognized as a valid TimeSpan.',
  },
  {
    expression: 'TimeSpan.Parse("-")',
    throws: 'System.FormatException',
    message: 'String was not recognized as a valid TimeSpan.',
  },
  { expression: 'TimeSpan.Parse("1.2:3:4.5")', expect: '1.02:03:04.5000000' },
  { expression: 'TimeSpan.Parse("0:0:.5")', expect: '00:00:00.5000000' },
  { expression: 'TimeSpan.Parse("10:30:.5")', expect: '10:30:00.5000000' },
  {
    expression: 'TimeSpan.Parse("1:2:3:4:5")',
    throws: 'System.FormatException',
    message: 'String was not recognized as a valid TimeSpan.',
  },
  {
    expression: 'TimeSpan.Parse("2147483648")',
    throws: 'System.OverflowException',
    message:
      'The TimeSpan could not be parsed because at least one of the numeric components is out of range or contains too many digits.',
  },
  {
    expression: 'TimeSpan.Parse("1.1.1")',
    throws: 'System.FormatException',
    message: 'String was not recognized as a valid TimeSpan.',
  },
  {
    expression: 'TimeSpan.Parse(null)',
    throws: 'System.ArgumentNullException',
    message: 'Value cannot be null.\r\nParameter name: input',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2))',
    expect: '3/5/2024 2:07:09 PM +02:00',
    type: 'System.DateTimeOffset',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).ToString()',
    expect: '3/5/2024 2:07:09 PM +02:00',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).ToString()',
    expect: '03/05/2024 14:07:09 +02:00',
    environment: { culture: 'invariant' },
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).ToString("o")',
    expect: '2024-03-05T14:07:09.0450000+02:00',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).ToString("O")',
    expect: '2024-03-05T14:07:09.0450000+02:00',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).ToString("r")',
    expect: 'Tue, 05 Mar 2024 12:07:09 GMT',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).ToString("R")',
    expect: 'Tue, 05 Mar 2024 12:07:09 GMT',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).ToString("s")',
    expect: '2024-03-05T14:07:09',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).ToString("u")',
    expect: '2024-03-05 12:07:09Z',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).ToString("d")',
    expect: '3/5/2024',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).ToString("D")',
    expect: 'Tuesday, March 5, 2024',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).ToString("f")',
    expect: 'Tuesday, March 5, 2024 2:07 PM',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).ToString("F")',
    expect: 'Tuesday, March 5, 2024 2:07:09 PM',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).ToString("g")',
    expect: '3/5/2024 2:07 PM',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).ToString("G")',
    expect: '3/5/2024 2:07:09 PM',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).ToString("m")',
    expect: 'March 5',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).ToString("t")',
    expect: '2:07 PM',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).ToString("T")',
    expect: '2:07:09 PM',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).ToString("y")',
    expect: 'March 2024',
  },
  {
    expression:
      'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).ToString("yyyy-MM-ddTHH:mm:ss.fffzzz")',
    expect: '2024-03-05T14:07:09.045+02:00',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).ToString("K")',
    throws: 'System.FormatException',
    message: 'Input string was not in a correct format.',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).ToString("zzz")',
    expect: '+02:00',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).ToString("z")',
    throws: 'System.FormatException',
    message: 'Input string was not in a correct format.',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).ToString("zz")',
    expect: '+02',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).ToString("%K")',
    expect: '+02:00',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).ToString("HH:mm zzz")',
    expect: '14:07 +02:00',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).ToString("")',
    expect: '3/5/2024 2:07:09 PM +02:00',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).ToString("U")',
    throws: 'System.FormatException',
    message: 'Input string was not in a correct format.',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, TimeSpan.FromHours(-5.5)).ToString("o")',
    expect: '2024-03-05T14:07:09.0000000-05:30',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, TimeSpan.Zero).ToString("o")',
    expect: '2024-03-05T14:07:09.0000000+00:00',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, TimeSpan.Zero).ToString("K zzz")',
    expect: '+00:00 +00:00',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).DateTime',
    expect: '3/5/2024 2:07:09 PM',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).UtcDateTime',
    expect: '3/5/2024 12:07:09 PM',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).Date',
    expect: '3/5/2024 12:00:00 AM',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).Offset',
    expect: '02:00:00',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).Ticks',
    expect: '638452444290450000',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).UtcTicks',
    expect: '638452372290450000',
  },
  { expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).Year', expect: '2024' },
  { expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).Month', expect: '3' },
  { expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).Day', expect: '5' },
  { expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).Hour', expect: '14' },
  { expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).Minute', expect: '7' },
  { expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).Second', expect: '9' },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).Millisecond',
    expect: '45',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).DayOfWeek',
    expect: 'Tuesday',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).DayOfYear',
    expect: '65',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).TimeOfDay',
    expect: '14:07:09.0450000',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).DateTime.ToString("o")',
    expect: '2024-03-05T14:07:09.0450000',
  },
  {
    expression:
      'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).UtcDateTime.ToString("o")',
    expect: '2024-03-05T12:07:09.0450000Z',
  },
  {
    expression:
      'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).LocalDateTime.ToString("o")',
    expect: '2024-03-05T12:07:09.0450000+00:00',
  },
  {
    expression:
      'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).LocalDateTime.ToString("o")',
    expect: '2024-03-05T13:07:09.0450000+01:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).LocalDateTime.ToString("o")',
    expect: '2024-03-05T07:07:09.0450000-05:00',
    environment: { timeZone: 'America/New_York' },
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).ToUniversalTime()',
    expect: '3/5/2024 12:07:09 PM +00:00',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).ToLocalTime()',
    expect: '3/5/2024 12:07:09 PM +00:00',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).ToLocalTime()',
    expect: '3/5/2024 1:07:09 PM +01:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).ToLocalTime().ToString("o")',
    expect: '2024-03-05T07:07:09.0450000-05:00',
    environment: { timeZone: 'America/New_York', now: '2024-07-01T12:00:00Z' },
  },
  {
    expression:
      'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).ToOffset(TimeSpan.FromHours(-8))',
    expect: '3/5/2024 4:07:09 AM -08:00',
  },
  {
    expression:
      'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).ToOffset(TimeSpan.FromMinutes(330)).ToString("o")',
    expect: '2024-03-05T17:37:09.0450000+05:30',
  },
  {
    expression:
      'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).ToOffset(TimeSpan.FromHours(15))',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Offset must be within plus or minus 14 hours.\r\nParameter name: offset',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).ToUnixTimeSeconds()',
    expect: '1709640429',
  },
  {
    expression:
      'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).ToUnixTimeMilliseconds()',
    expect: '1709640429045',
  },
  {
    expression: 'DateTimeOffset.UtcNow',
    expect: '1/15/2024 10:30:00 AM +00:00',
    type: 'System.DateTimeOffset',
  },
  { expression: 'DateTimeOffset.UtcNow.ToString()', expect: '1/15/2024 10:30:00 AM +00:00' },
  { expression: 'DateTimeOffset.UtcNow.ToString("o")', expect: '2024-01-15T10:30:00.0000000+00:00' },
  { expression: 'DateTimeOffset.UtcNow.ToUnixTimeSeconds()', expect: '1705314600' },
  { expression: 'DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()', expect: '1705314600000' },
  {
    expression: 'DateTimeOffset.UtcNow.ToUnixTimeSeconds()',
    expect: '2147483648',
    environment: { now: '2038-01-19T03:14:08Z' },
  },
  { expression: 'DateTimeOffset.UtcNow.AddMinutes(10).ToUnixTimeSeconds()', expect: '1705315200' },
  { expression: 'DateTimeOffset.UtcNow.Offset', expect: '00:00:00' },
  { expression: 'DateTimeOffset.Now', expect: '1/15/2024 10:30:00 AM +00:00' },
  {
    expression: 'DateTimeOffset.Now',
    expect: '1/15/2024 11:30:00 AM +01:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'DateTimeOffset.Now',
    expect: '7/1/2024 2:00:00 PM +02:00',
    environment: { timeZone: 'Europe/Berlin', now: '2024-07-01T12:00:00Z' },
  },
  {
    expression: 'DateTimeOffset.Now.ToString("o")',
    expect: '2024-01-15T05:30:00.0000000-05:00',
    environment: { timeZone: 'America/New_York' },
  },
  { expression: 'DateTimeOffset.Now.Offset', expect: '05:30:00', environment: { timeZone: 'Asia/Kolkata' } },
  {
    expression: 'DateTimeOffset.Now.ToUnixTimeSeconds()',
    expect: '1705314600',
    environment: { timeZone: 'Australia/Sydney' },
  },
  {
    expression: 'DateTimeOffset.Now == DateTimeOffset.UtcNow',
    expect: 'True',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'DateTimeOffset.Now.EqualsExact(DateTimeOffset.UtcNow)',
    expect: 'False',
    environment: { timeZone: 'Europe/Berlin' },
  },
  { expression: 'DateTimeOffset.FromUnixTimeSeconds(1705314600)', expect: '1/15/2024 10:30:00 AM +00:00' },
  {
    expression: 'DateTimeOffset.FromUnixTimeSeconds(1705314600).ToString("o")',
    expect: '2024-01-15T10:30:00.0000000+00:00',
  },
  { expression: 'DateTimeOffset.FromUnixTimeSeconds(0).UtcDateTime', expect: '1/1/1970 12:00:00 AM' },
  { expression: 'DateTimeOffset.FromUnixTimeSeconds(-62135596800)', expect: '1/1/0001 12:00:00 AM +00:00' },
  { expression: 'DateTimeOffset.FromUnixTimeSeconds(253402300799)', expect: '12/31/9999 11:59:59 PM +00:00' },
  {
    expression: 'DateTimeOffset.FromUnixTimeSeconds(253402300800)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Valid values are between -62135596800 and 253402300799, inclusive.\r\nParameter name: seconds',
  },
  {
    expression: 'DateTimeOffset.FromUnixTimeSeconds(-62135596801)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Valid values are between -62135596800 and 253402300799, inclusive.\r\nParameter name: seconds',
  },
  {
    expression: 'DateTimeOffset.FromUnixTimeMilliseconds(1705314600123).ToString("o")',
    expect: '2024-01-15T10:30:00.1230000+00:00',
  },
  {
    expression: 'DateTimeOffset.FromUnixTimeMilliseconds(-1).ToString("o")',
    expect: '1969-12-31T23:59:59.9990000+00:00',
  },
  {
    expression: 'DateTimeOffset.FromUnixTimeMilliseconds(long.MaxValue)',
    throws: 'System.ArgumentOutOfRangeException',
    message:
      'Valid values are between -62135596800000 and 253402300799999, inclusive.\r\nParameter name: milliseconds',
  },
  {
    expression:
      'new DateTimeOffset(new DateTime(1969, 12, 31, 23, 59, 59, 500, DateTimeKind.Utc)).ToUnixTimeSeconds()',
    expect: '-1',
  },
  {
    expression:
      'new DateTimeOffset(new DateTime(1969, 12, 31, 23, 59, 59, 500, DateTimeKind.Utc)).ToUnixTimeMilliseconds()',
    expect: '-500',
  },
  {
    expression: 'new DateTimeOffset(new DateTime(2024, 1, 15, 10, 30, 0, DateTimeKind.Utc))',
    expect: '1/15/2024 10:30:00 AM +00:00',
  },
  {
    expression: 'new DateTimeOffset(new DateTime(2024, 1, 15, 10, 30, 0))',
    expect: '1/15/2024 10:30:00 AM +01:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'new DateTimeOffset(new DateTime(2024, 7, 15, 10, 30, 0))',
    expect: '7/15/2024 10:30:00 AM +02:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'new DateTimeOffset(new DateTime(2024, 1, 15, 10, 30, 0), TimeSpan.FromHours(3))',
    expect: '1/15/2024 10:30:00 AM +03:00',
  },
  {
    expression:
      'new DateTimeOffset(new DateTime(2024, 1, 15, 10, 30, 0, DateTimeKind.Utc), TimeSpan.FromHours(3))',
    throws: 'System.ArgumentException',
    message: 'The UTC Offset for Utc DateTime instances must be 0.\r\nParameter name: offset',
  },
  {
    expression: 'new DateTimeOffset(638409366000000000, TimeSpan.FromHours(1))',
    expect: '1/15/2024 5:30:00 PM +01:00',
  },
  {
    expression: 'new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.FromHours(15))',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Offset must be within plus or minus 14 hours.\r\nParameter name: offset',
  },
  {
    expression: 'new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.FromHours(-14))',
    expect: '1/1/2024 12:00:00 AM -14:00',
  },
  {
    expression: 'new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.FromSeconds(30))',
    throws: 'System.ArgumentException',
    message: 'Offset must be specified in whole minutes.\r\nParameter name: offset',
  },
  {
    expression: 'new DateTimeOffset(1, 1, 1, 0, 0, 0, TimeSpan.FromHours(1))',
    throws: 'System.ArgumentOutOfRangeException',
    message:
      'The UTC time represented when the offset is applied must be between year 0 and 10,000.\r\nParameter name: offset',
  },
  {
    expression: 'new DateTimeOffset(9999, 12, 31, 23, 0, 0, TimeSpan.FromHours(-1))',
    throws: 'System.ArgumentOutOfRangeException',
    message:
      'The UTC time represented when the offset is applied must be between year 0 and 10,000.\r\nParameter name: offset',
  },
  {
    expression: 'new DateTimeOffset(2024, 2, 30, 0, 0, 0, TimeSpan.Zero)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Year, Month, and Day parameters describe an un-representable DateTime.',
  },
  { expression: 'new DateTimeOffset()', expect: '1/1/0001 12:00:00 AM +00:00' },
  { expression: 'DateTimeOffset.MinValue', expect: '1/1/0001 12:00:00 AM +00:00' },
  { expression: 'DateTimeOffset.MaxValue', expect: '12/31/9999 11:59:59 PM +00:00' },
  { expression: 'DateTimeOffset.MaxValue.UtcTicks', expect: '3155378975999999999' },
  {
    expression: '(DateTimeOffset)new DateTime(2024, 1, 15, 10, 30, 0, DateTimeKind.Utc)',
    expect: '1/15/2024 10:30:00 AM +00:00',
  },
  {
    expression: '((DateTimeOffset)new DateTime(2024, 1, 15, 10, 30, 0)).Offset',
    expect: '01:00:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).AddDays(1)',
    expect: '3/6/2024 2:07:09 PM +02:00',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).AddHours(-3.5)',
    expect: '3/5/2024 10:37:09 AM +02:00',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).AddMinutes(30)',
    expect: '3/5/2024 2:37:09 PM +02:00',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).AddSeconds(30)',
    expect: '3/5/2024 2:07:39 PM +02:00',
  },
  {
    expression:
      'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).AddMilliseconds(1.5).ToString("o")',
    expect: '2024-03-05T14:07:09.0470000+02:00',
  },
  {
    expression:
      'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).AddTicks(1).ToString("o")',
    expect: '2024-03-05T14:07:09.0450001+02:00',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).AddMonths(11)',
    expect: '2/5/2025 2:07:09 PM +02:00',
  },
  {
    expression: 'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).AddYears(-24)',
    expect: '3/5/2000 2:07:09 PM +02:00',
  },
  {
    expression:
      'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).Add(TimeSpan.FromDays(-1))',
    expect: '3/4/2024 2:07:09 PM +02:00',
  },
  {
    expression:
      'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).Subtract(TimeSpan.FromDays(1))',
    expect: '3/4/2024 2:07:09 PM +02:00',
  },
  {
    expression:
      'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).Subtract(new DateTimeOffset(2024, 3, 5, 12, 0, 0, TimeSpan.Zero))',
    expect: '00:07:09.0450000',
  },
  {
    expression:
      '(new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)) + TimeSpan.FromHours(1)).ToString("o")',
    expect: '2024-03-05T15:07:09.0450000+02:00',
  },
  {
    expression:
      '(new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)) - TimeSpan.FromHours(1)).ToString("o")',
    expect: '2024-03-05T13:07:09.0450000+02:00',
  },
  {
    expression:
      '(new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)) - new DateTimeOffset(2024, 3, 5, 12, 7, 9, 45, TimeSpan.Zero))',
    expect: '00:00:00',
  },
  {
    expression:
      'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)) == new DateTimeOffset(2024, 3, 5, 12, 7, 9, 45, TimeSpan.Zero)',
    expect: 'True',
  },
  {
    expression:
      'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)) != new DateTimeOffset(2024, 3, 5, 12, 7, 9, 45, TimeSpan.Zero)',
    expect: 'False',
  },
  {
    expression:
      'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)) < new DateTimeOffset(2024, 3, 5, 13, 0, 0, TimeSpan.Zero)',
    expect: 'True',
  },
  {
    expression:
      'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)) > new DateTimeOffset(2024, 3, 5, 13, 0, 0, TimeSpan.Zero)',
    expect: 'False',
  },
  {
    expression:
      'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)) <= new DateTimeOffset(2024, 3, 5, 12, 7, 9, 45, TimeSpan.Zero)',
    expect: 'True',
  },
  {
    expression:
      'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)) >= new DateTimeOffset(2024, 3, 5, 13, 0, 0, TimeSpan.Zero)',
    expect: 'False',
  },
  {
    expression:
      'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).Equals(new DateTimeOffset(2024, 3, 5, 12, 7, 9, 45, TimeSpan.Zero))',
    expect: 'True',
  },
  {
    expression:
      'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).EqualsExact(new DateTimeOffset(2024, 3, 5, 12, 7, 9, 45, TimeSpan.Zero))',
    expect: 'False',
  },
  {
    expression:
      'new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)).CompareTo(new DateTimeOffset(2024, 3, 5, 12, 7, 9, 45, TimeSpan.Zero))',
    expect: '0',
  },
  {
    expression:
      'DateTimeOffset.Compare(new DateTimeOffset(2024, 3, 5, 14, 7, 9, 45, TimeSpan.FromHours(2)), DateTimeOffset.MaxValue)',
    expect: '-1',
  },
  {
    expression: 'DateTimeOffset.MaxValue.AddTicks(1)',
    throws: 'System.ArgumentOutOfRangeException',
    message:
      'The added or subtracted value results in an un-representable DateTime.\r\nParameter name: value',
  },
  {
    expression: 'DateTimeOffset.MinValue.AddDays(-1)',
    throws: 'System.ArgumentOutOfRangeException',
    message:
      'The added or subtracted value results in an un-representable DateTime.\r\nParameter name: value',
  },
  {
    expression: 'new DateTimeOffset(9999, 12, 31, 0, 0, 0, TimeSpan.FromHours(2)).AddHours(23)',
    expect: '12/31/9999 11:00:00 PM +02:00',
  },
  {
    expression: 'DateTimeOffset.Parse("2024-01-15T10:30:00+02:00").ToString("o")',
    expect: '2024-01-15T10:30:00.0000000+02:00',
  },
  {
    expression: 'DateTimeOffset.Parse("2024-01-15T10:30:00Z").ToString("o")',
    expect: '2024-01-15T10:30:00.0000000+00:00',
  },
  {
    expression: 'DateTimeOffset.Parse("2024-01-15T10:30:00").ToString("o")',
    expect: '2024-01-15T10:30:00.0000000+00:00',
  },
  {
    expression: 'DateTimeOffset.Parse("2024-01-15").ToString("o")',
    expect: '2024-01-15T00:00:00.0000000+00:00',
  },
  {
    expression: 'DateTimeOffset.Parse("1/15/2024 10:30 AM -05:00").ToString("o")',
    expect: '2024-01-15T10:30:00.0000000-05:00',
  },
  {
    expression: 'DateTimeOffset.Parse("Mon, 15 Jan 2024 10:30:00 GMT").ToString("o")',
    expect: '2024-01-15T10:30:00.0000000+00:00',
  },
  {
    expression: 'DateTimeOffset.Parse("2024-01-15 10:30:00 +0530").ToString("o")',
    expect: '2024-01-15T10:30:00.0000000+05:30',
  },
  {
    expression: 'DateTimeOffset.Parse("2024-01-15T10:30:00.1234567-08:00").ToString("o")',
    expect: '2024-01-15T10:30:00.1234567-08:00',
  },
  {
    expression: 'DateTimeOffset.Parse("2024-01-15T10:30:00+15:00").ToString("o")',
    throws: 'System.FormatException',
    message: 'The time zone offset must be within plus or minus 14 hours.',
  },
  {
    expression: 'DateTimeOffset.Parse("abc").ToString("o")',
    throws: 'System.FormatException',
    message:
      'The string was not recognized as a valid DateTime. There is an unknown word starting at index 0.',
    note: "Mono lacks this resource; the message is .NET Framework's",
  },
  { expression: 'DateTimeOffset.Parse("10:30").ToString("o")', expect: '2024-01-15T10:30:00.0000000+00:00' },
  {
    expression: 'DateTimeOffset.Parse("10:30 +01:00").ToString("o")',
    expect: '2024-01-15T10:30:00.0000000+01:00',
  },
  {
    expression: 'DateTimeOffset.Parse("2024-01-15T10:30:00").ToString("o")',
    expect: '2024-01-15T10:30:00.0000000+01:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'DateTimeOffset.Parse("2024-07-15T10:30:00").ToString("o")',
    expect: '2024-07-15T10:30:00.0000000+02:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'DateTimeOffset.Parse("2024-01-15T10:30:00Z").ToString("o")',
    expect: '2024-01-15T10:30:00.0000000+00:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'DateTimeOffset.Parse("Jan 15 10:00 +01:00")',
    throws: 'System.FormatException',
    message: 'There must be at least a partial date with a year present in the input.',
    note: "Mono accepts this; .NET Framework's DateTimeParse refuses a date without a year next to an offset",
  },
  {
    expression: 'DateTimeOffset.Parse(null)',
    throws: 'System.ArgumentNullException',
    message: 'String reference not set to an instance of a String.\r\nParameter name: s',
    note: "Mono differs; .NET Framework's DateTimeParse reports ArgumentNull_String",
  },
  {
    expression:
      'DateTimeOffset.ParseExact("2024-01-15 10:30 +02:00", "yyyy-MM-dd HH:mm zzz", null).ToString("o")',
    expect: '2024-01-15T10:30:00.0000000+02:00',
  },
  {
    expression: 'DateTimeOffset.ParseExact("Mon, 15 Jan 2024 10:30:00 GMT", "r", null).ToString("o")',
    expect: '2024-01-15T10:30:00.0000000+00:00',
  },
  {
    expression: 'DateTimeOffset.ParseExact("2024-01-15 10:30:00Z", "u", null).ToString("o")',
    expect: '2024-01-15T10:30:00.0000000+00:00',
  },
  {
    expression: 'DateTimeOffset.ParseExact("2024-01-15T10:30:00.0000000+01:00", "o", null).ToString("o")',
    expect: '2024-01-15T10:30:00.0000000+01:00',
  },
  {
    expression: 'DateTimeOffset.ParseExact("2024-01-15", "yyyy-MM-dd", null).ToString("o")',
    expect: '2024-01-15T00:00:00.0000000+01:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'TimeZoneInfo.ConvertTimeFromUtc(new DateTime(2024, 1, 15, 10, 30, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("W. Europe Standard Time")).ToString("o")',
    expect: '2024-01-15T11:30:00.0000000',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTime(new DateTime(2024, 1, 15, 10, 30, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("W. Europe Standard Time"))',
    expect: '1/15/2024 11:30:00 AM',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTimeFromUtc(new DateTime(2024, 7, 15, 10, 30, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("W. Europe Standard Time")).ToString("o")',
    expect: '2024-07-15T12:30:00.0000000',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTime(new DateTime(2024, 7, 15, 10, 30, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("W. Europe Standard Time"))',
    expect: '7/15/2024 12:30:00 PM',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTimeFromUtc(new DateTime(2024, 1, 15, 10, 30, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("Eastern Standard Time")).ToString("o")',
    expect: '2024-01-15T05:30:00.0000000',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTime(new DateTime(2024, 1, 15, 10, 30, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("Eastern Standard Time"))',
    expect: '1/15/2024 5:30:00 AM',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTimeFromUtc(new DateTime(2024, 7, 15, 10, 30, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("Eastern Standard Time")).ToString("o")',
    expect: '2024-07-15T06:30:00.0000000',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTime(new DateTime(2024, 7, 15, 10, 30, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("Eastern Standard Time"))',
    expect: '7/15/2024 6:30:00 AM',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTimeFromUtc(new DateTime(2024, 3, 10, 10, 30, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("Pacific Standard Time")).ToString("o")',
    expect: '2024-03-10T03:30:00.0000000',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTime(new DateTime(2024, 3, 10, 10, 30, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("Pacific Standard Time"))',
    expect: '3/10/2024 3:30:00 AM',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTimeFromUtc(new DateTime(2024, 1, 15, 10, 30, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("India Standard Time")).ToString("o")',
    expect: '2024-01-15T16:00:00.0000000',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTime(new DateTime(2024, 1, 15, 10, 30, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("India Standard Time"))',
    expect: '1/15/2024 4:00:00 PM',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTimeFromUtc(new DateTime(2024, 1, 15, 20, 30, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("Tokyo Standard Time")).ToString("o")',
    expect: '2024-01-16T05:30:00.0000000',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTime(new DateTime(2024, 1, 15, 20, 30, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("Tokyo Standard Time"))',
    expect: '1/16/2024 5:30:00 AM',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTimeFromUtc(new DateTime(2024, 1, 15, 10, 30, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("AUS Eastern Standard Time")).ToString("o")',
    expect: '2024-01-15T21:30:00.0000000',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTime(new DateTime(2024, 1, 15, 10, 30, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("AUS Eastern Standard Time"))',
    expect: '1/15/2024 9:30:00 PM',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTimeFromUtc(new DateTime(2024, 7, 15, 10, 30, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("AUS Eastern Standard Time")).ToString("o")',
    expect: '2024-07-15T20:30:00.0000000',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTime(new DateTime(2024, 7, 15, 10, 30, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("AUS Eastern Standard Time"))',
    expect: '7/15/2024 8:30:00 PM',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTimeFromUtc(new DateTime(2024, 7, 15, 10, 30, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("GMT Standard Time")).ToString("o")',
    expect: '2024-07-15T11:30:00.0000000',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTime(new DateTime(2024, 7, 15, 10, 30, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("GMT Standard Time"))',
    expect: '7/15/2024 11:30:00 AM',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTimeFromUtc(new DateTime(2024, 1, 15, 10, 30, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("Central European Standard Time")).ToString("o")',
    expect: '2024-01-15T11:30:00.0000000',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTime(new DateTime(2024, 1, 15, 10, 30, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("Central European Standard Time"))',
    expect: '1/15/2024 11:30:00 AM',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTimeFromUtc(new DateTime(2024, 3, 31, 0, 30, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("Romance Standard Time")).ToString("o")',
    expect: '2024-03-31T01:30:00.0000000',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTime(new DateTime(2024, 3, 31, 0, 30, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("Romance Standard Time"))',
    expect: '3/31/2024 1:30:00 AM',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTimeFromUtc(new DateTime(2024, 1, 15, 16, 30, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("China Standard Time")).ToString("o")',
    expect: '2024-01-16T00:30:00.0000000',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTime(new DateTime(2024, 1, 15, 16, 30, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("China Standard Time"))',
    expect: '1/16/2024 12:30:00 AM',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTimeFromUtc(new DateTime(2024, 1, 15, 10, 30, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("Nepal Standard Time")).ToString("o")',
    expect: '2024-01-15T16:15:00.0000000',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTime(new DateTime(2024, 1, 15, 10, 30, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("Nepal Standard Time"))',
    expect: '1/15/2024 4:15:00 PM',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTimeFromUtc(new DateTime(2024, 1, 15, 10, 30, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")).ToString("o")',
    expect: '2024-01-15T11:30:00.0000000',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTime(new DateTime(2024, 1, 15, 10, 30, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"))',
    expect: '1/15/2024 11:30:00 AM',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTimeFromUtc(new DateTime(2024, 11, 3, 5, 30, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("America/New_York")).ToString("o")',
    expect: '2024-11-03T01:30:00.0000000',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTime(new DateTime(2024, 11, 3, 5, 30, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("America/New_York"))',
    expect: '11/3/2024 1:30:00 AM',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTimeFromUtc(new DateTime(2024, 11, 3, 6, 30, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("America/New_York")).ToString("o")',
    expect: '2024-11-03T01:30:00.0000000',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTime(new DateTime(2024, 11, 3, 6, 30, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("America/New_York"))',
    expect: '11/3/2024 1:30:00 AM',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTimeFromUtc(new DateTime(2024, 1, 15, 10, 30, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("Asia/Kolkata")).ToString("o")',
    expect: '2024-01-15T16:00:00.0000000',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTime(new DateTime(2024, 1, 15, 10, 30, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("Asia/Kolkata"))',
    expect: '1/15/2024 4:00:00 PM',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTimeFromUtc(new DateTime(2024, 1, 15, 10, 30, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("UTC")).ToString("o")',
    expect: '2024-01-15T10:30:00.0000000Z',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTime(new DateTime(2024, 1, 15, 10, 30, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("UTC"))',
    expect: '1/15/2024 10:30:00 AM',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTimeFromUtc(new DateTime(2024, 1, 15, 10, 30, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("America/Sao_Paulo")).ToString("o")',
    expect: '2024-01-15T07:30:00.0000000',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTime(new DateTime(2024, 1, 15, 10, 30, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("America/Sao_Paulo"))',
    expect: '1/15/2024 7:30:00 AM',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("W. Europe Standard Time")).ToString("yyyy-MM-dd HH:mm")',
    expect: '2024-01-15 11:30',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Eastern Standard Time"))',
    expect: '1/15/2024 5:30:00 AM',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTimeFromUtc(new DateTime(2024, 1, 15, 10, 30, 0), TimeZoneInfo.FindSystemTimeZoneById("Tokyo Standard Time")).ToString("o")',
    expect: '2024-01-15T19:30:00.0000000',
    note: 'an Unspecified time is taken as UTC',
  },
  {
    expression: 'TimeZoneInfo.ConvertTimeFromUtc(DateTime.Now, TimeZoneInfo.Utc)',
    throws: 'System.ArgumentException',
    message:
      'The conversion could not be completed because the supplied DateTime did not have the Kind property set correctly.  For example, when the Kind property is DateTimeKind.Local, the source time zone must be TimeZoneInfo.Local.\r\nParameter name: sourceTimeZone',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'TimeZoneInfo.ConvertTimeToUtc(new DateTime(2024, 1, 15, 10, 30, 0)).ToString("o")',
    expect: '2024-01-15T09:30:00.0000000Z',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'TimeZoneInfo.ConvertTimeToUtc(new DateTime(2024, 7, 15, 10, 30, 0)).ToString("o")',
    expect: '2024-07-15T08:30:00.0000000Z',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'TimeZoneInfo.ConvertTimeToUtc(new DateTime(2024, 1, 15, 10, 30, 0, DateTimeKind.Utc)).ToString("o")',
    expect: '2024-01-15T10:30:00.0000000Z',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'TimeZoneInfo.ConvertTimeToUtc(DateTime.Now).ToString("o")',
    expect: '2024-01-15T10:30:00.0000000Z',
    environment: { timeZone: 'America/New_York' },
  },
  {
    expression:
      'TimeZoneInfo.ConvertTimeToUtc(new DateTime(2024, 1, 15, 10, 30, 0), TimeZoneInfo.FindSystemTimeZoneById("India Standard Time")).ToString("o")',
    expect: '2024-01-15T05:00:00.0000000Z',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTimeToUtc(new DateTime(2024, 7, 15, 10, 30, 0), TimeZoneInfo.FindSystemTimeZoneById("Pacific Standard Time")).ToString("o")',
    expect: '2024-07-15T17:30:00.0000000Z',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTimeToUtc(new DateTime(2024, 3, 31, 2, 30, 0), TimeZoneInfo.FindSystemTimeZoneById("W. Europe Standard Time"))',
    throws: 'System.ArgumentException',
    message:
      'The supplied DateTime represents an invalid time.  For example, when the clock is adjusted forward, any time in the period that is skipped is invalid.\r\nParameter name: dateTime',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTimeToUtc(new DateTime(2024, 10, 27, 2, 30, 0), TimeZoneInfo.FindSystemTimeZoneById("W. Europe Standard Time")).ToString("o")',
    expect: '2024-10-27T01:30:00.0000000Z',
    note: 'the repeated hour is read as standard time',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTimeToUtc(new DateTime(2024, 1, 15, 10, 30, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("India Standard Time"))',
    throws: 'System.ArgumentException',
    message:
      'The conversion could not be completed because the supplied DateTime did not have the Kind property set correctly.  For example, when the Kind property is DateTimeKind.Local, the source time zone must be TimeZoneInfo.Local.\r\nParameter name: sourceTimeZone',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTime(new DateTime(2024, 1, 15, 10, 30, 0), TimeZoneInfo.FindSystemTimeZoneById("W. Europe Standard Time"), TimeZoneInfo.FindSystemTimeZoneById("Eastern Standard Time")).ToString("o")',
    expect: '2024-01-15T04:30:00.0000000',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTime(new DateTime(2024, 1, 15, 10, 30, 0), TimeZoneInfo.FindSystemTimeZoneById("India Standard Time"), TimeZoneInfo.Utc).ToString("o")',
    expect: '2024-01-15T05:00:00.0000000Z',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTime(new DateTime(2024, 1, 15, 10, 30, 0), TimeZoneInfo.Utc, TimeZoneInfo.Local).ToString("o")',
    expect: '2024-01-15T11:30:00.0000000+01:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'TimeZoneInfo.ConvertTime(new DateTime(2024, 1, 15, 10, 30, 0), TimeZoneInfo.Local).ToString("o")',
    expect: '2024-01-15T10:30:00.0000000+01:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'TimeZoneInfo.ConvertTime(new DateTime(2024, 1, 15, 10, 30, 0), TimeZoneInfo.Utc).ToString("o")',
    expect: '2024-01-15T09:30:00.0000000Z',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'TimeZoneInfo.ConvertTime(DateTime.Now, TimeZoneInfo.Utc).ToString("o")',
    expect: '2024-01-15T10:30:00.0000000Z',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'TimeZoneInfo.ConvertTime(DateTime.Now, TimeZoneInfo.Local).ToString("o")',
    expect: '2024-01-15T11:30:00.0000000+01:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'TimeZoneInfo.ConvertTime(DateTime.UtcNow, TimeZoneInfo.Local).ToString("o")',
    expect: '2024-01-15T16:00:00.0000000+05:30',
    environment: { timeZone: 'Asia/Kolkata' },
  },
  {
    expression: 'TimeZoneInfo.ConvertTime(new DateTime(2024, 3, 31, 2, 30, 0), TimeZoneInfo.Utc)',
    throws: 'System.ArgumentException',
    message:
      'The supplied DateTime represents an invalid time.  For example, when the clock is adjusted forward, any time in the period that is skipped is invalid.\r\nParameter name: dateTime',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'TimeZoneInfo.ConvertTime(new DateTimeOffset(2024, 1, 15, 10, 30, 0, TimeSpan.Zero), TimeZoneInfo.FindSystemTimeZoneById("W. Europe Standard Time"))',
    expect: '1/15/2024 11:30:00 AM +01:00',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTime(new DateTimeOffset(2024, 7, 15, 10, 30, 0, TimeSpan.FromHours(-4)), TimeZoneInfo.FindSystemTimeZoneById("India Standard Time")).ToString("o")',
    expect: '2024-07-15T20:00:00.0000000+05:30',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("AUS Eastern Standard Time"))',
    expect: '1/15/2024 9:30:00 PM +11:00',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTimeBySystemTimeZoneId(new DateTime(2024, 1, 15, 10, 30, 0, DateTimeKind.Utc), "W. Europe Standard Time").ToString("o")',
    expect: '2024-01-15T11:30:00.0000000',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Eastern Standard Time").ToString("o")',
    expect: '2024-01-15T05:30:00.0000000',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTimeBySystemTimeZoneId(new DateTime(2024, 1, 15, 10, 30, 0), "Eastern Standard Time", "Tokyo Standard Time").ToString("o")',
    expect: '2024-01-16T00:30:00.0000000',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTimeOffset.UtcNow, "India Standard Time").ToString("o")',
    expect: '2024-01-15T16:00:00.0000000+05:30',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTimeBySystemTimeZoneId(new DateTime(2024, 1, 15, 10, 30, 0, DateTimeKind.Utc), "UTC", "India Standard Time").ToString("o")',
    expect: '2024-01-15T16:00:00.0000000',
  },
  {
    expression: 'TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Nowhere Standard Time")',
    throws: 'System.TimeZoneNotFoundException',
    message: "The time zone ID 'Nowhere Standard Time' was not found on the local computer.",
  },
  {
    expression:
      'TimeZoneInfo.FindSystemTimeZoneById("W. Europe Standard Time").GetUtcOffset(new DateTime(2024, 1, 15))',
    expect: '01:00:00',
  },
  {
    expression:
      'TimeZoneInfo.FindSystemTimeZoneById("W. Europe Standard Time").GetUtcOffset(new DateTime(2024, 7, 15))',
    expect: '02:00:00',
  },
  {
    expression:
      'TimeZoneInfo.FindSystemTimeZoneById("W. Europe Standard Time").GetUtcOffset(new DateTime(2024, 3, 31, 1, 30, 0, DateTimeKind.Utc))',
    expect: '02:00:00',
  },
  {
    expression:
      'TimeZoneInfo.FindSystemTimeZoneById("W. Europe Standard Time").GetUtcOffset(new DateTime(2024, 10, 27, 2, 30, 0))',
    expect: '01:00:00',
  },
  {
    expression: 'TimeZoneInfo.FindSystemTimeZoneById("Eastern Standard Time").GetUtcOffset(DateTime.UtcNow)',
    expect: '-05:00:00',
  },
  {
    expression: 'TimeZoneInfo.FindSystemTimeZoneById("India Standard Time").GetUtcOffset(DateTime.UtcNow)',
    expect: '05:30:00',
  },
  {
    expression: 'TimeZoneInfo.FindSystemTimeZoneById("Nepal Standard Time").GetUtcOffset(DateTime.UtcNow)',
    expect: '05:45:00',
  },
  {
    expression:
      'TimeZoneInfo.FindSystemTimeZoneById("AUS Eastern Standard Time").GetUtcOffset(DateTimeOffset.UtcNow)',
    expect: '11:00:00',
  },
  {
    expression: 'TimeZoneInfo.FindSystemTimeZoneById("Eastern Standard Time").GetUtcOffset(DateTime.Now)',
    expect: '-05:00:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'TimeZoneInfo.Local.GetUtcOffset(DateTime.Now)',
    expect: '01:00:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'TimeZoneInfo.Local.GetUtcOffset(DateTime.UtcNow)',
    expect: '-05:00:00',
    environment: { timeZone: 'America/New_York' },
  },
  {
    expression: 'TimeZoneInfo.Local.GetUtcOffset(new DateTime(2024, 7, 1))',
    expect: '-04:00:00',
    environment: { timeZone: 'America/New_York' },
  },
  {
    expression: 'TimeZoneInfo.Utc.GetUtcOffset(DateTime.Now)',
    expect: '00:00:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'TimeZoneInfo.Local.BaseUtcOffset',
    expect: '01:00:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'TimeZoneInfo.Local.BaseUtcOffset',
    expect: '05:30:00',
    environment: { timeZone: 'Asia/Kolkata' },
  },
  {
    expression: 'TimeZoneInfo.Local.BaseUtcOffset',
    expect: '-05:00:00',
    environment: { timeZone: 'America/New_York', now: '2024-07-01T12:00:00Z' },
  },
  { expression: 'TimeZoneInfo.Utc.BaseUtcOffset', expect: '00:00:00' },
  {
    expression: 'TimeZoneInfo.FindSystemTimeZoneById("India Standard Time").BaseUtcOffset',
    expect: '05:30:00',
  },
  {
    expression: 'TimeZoneInfo.FindSystemTimeZoneById("Pacific Standard Time").BaseUtcOffset',
    expect: '-08:00:00',
  },
  {
    expression: 'TimeZoneInfo.FindSystemTimeZoneById("AUS Eastern Standard Time").BaseUtcOffset',
    expect: '10:00:00',
  },
  {
    expression: 'TimeZoneInfo.FindSystemTimeZoneById("W. Europe Standard Time").SupportsDaylightSavingTime',
    expect: 'True',
  },
  {
    expression: 'TimeZoneInfo.FindSystemTimeZoneById("India Standard Time").SupportsDaylightSavingTime',
    expect: 'False',
    note: "Windows' zone has no daylight time (the tz data Mono reads has India's DST of the 1940s)",
  },
  { expression: 'TimeZoneInfo.Utc.SupportsDaylightSavingTime', expect: 'False' },
  {
    expression:
      'TimeZoneInfo.FindSystemTimeZoneById("W. Europe Standard Time").IsDaylightSavingTime(new DateTime(2024, 7, 1))',
    expect: 'True',
  },
  {
    expression:
      'TimeZoneInfo.FindSystemTimeZoneById("W. Europe Standard Time").IsDaylightSavingTime(new DateTime(2024, 1, 1))',
    expect: 'False',
  },
  {
    expression:
      'TimeZoneInfo.FindSystemTimeZoneById("W. Europe Standard Time").IsDaylightSavingTime(new DateTime(2024, 7, 1, 0, 0, 0, DateTimeKind.Utc))',
    expect: 'True',
  },
  {
    expression:
      'TimeZoneInfo.FindSystemTimeZoneById("AUS Eastern Standard Time").IsDaylightSavingTime(DateTime.UtcNow)',
    expect: 'True',
  },
  {
    expression:
      'TimeZoneInfo.FindSystemTimeZoneById("Eastern Standard Time").IsDaylightSavingTime(DateTimeOffset.UtcNow)',
    expect: 'False',
  },
  {
    expression: 'TimeZoneInfo.Local.IsDaylightSavingTime(DateTime.Now)',
    expect: 'True',
    environment: { timeZone: 'Europe/Berlin', now: '2024-07-01T12:00:00Z' },
  },
  { expression: 'TimeZoneInfo.Utc.IsDaylightSavingTime(DateTime.UtcNow)', expect: 'False' },
  {
    expression:
      'TimeZoneInfo.FindSystemTimeZoneById("W. Europe Standard Time").IsAmbiguousTime(new DateTime(2024, 10, 27, 2, 30, 0))',
    expect: 'True',
  },
  {
    expression:
      'TimeZoneInfo.FindSystemTimeZoneById("W. Europe Standard Time").IsAmbiguousTime(new DateTime(2024, 10, 27, 3, 30, 0))',
    expect: 'False',
  },
  {
    expression:
      'TimeZoneInfo.FindSystemTimeZoneById("W. Europe Standard Time").IsInvalidTime(new DateTime(2024, 3, 31, 2, 30, 0))',
    expect: 'True',
  },
  {
    expression:
      'TimeZoneInfo.FindSystemTimeZoneById("W. Europe Standard Time").IsInvalidTime(new DateTime(2024, 3, 31, 3, 30, 0))',
    expect: 'False',
  },
  {
    expression:
      'TimeZoneInfo.FindSystemTimeZoneById("Eastern Standard Time").IsInvalidTime(new DateTime(2024, 3, 10, 2, 30, 0))',
    expect: 'True',
  },
  {
    expression:
      'TimeZoneInfo.FindSystemTimeZoneById("Eastern Standard Time").IsAmbiguousTime(new DateTime(2024, 11, 3, 1, 30, 0))',
    expect: 'True',
  },
  {
    expression: 'TimeZoneInfo.FindSystemTimeZoneById("Nowhere/Zone")',
    throws: 'System.TimeZoneNotFoundException',
    message: "The time zone ID 'Nowhere/Zone' was not found on the local computer.",
  },
  {
    expression: 'TimeZoneInfo.FindSystemTimeZoneById("")',
    throws: 'System.TimeZoneNotFoundException',
    message: "The time zone ID '' was not found on the local computer.",
  },
  {
    expression: 'TimeZoneInfo.FindSystemTimeZoneById(null)',
    throws: 'System.ArgumentNullException',
    message: 'Value cannot be null.\r\nParameter name: id',
  },
  {
    expression: 'TimeZoneInfo.FindSystemTimeZoneById("UTC") == TimeZoneInfo.Utc',
    expect: 'True',
    note: '.NET Framework returns TimeZoneInfo.Utc itself for "UTC"',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTimeFromUtc(new DateTime(2024, 1, 15, 10, 30, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("UTC")).ToString("o")',
    expect: '2024-01-15T10:30:00.0000000Z',
    note: '"UTC" is TimeZoneInfo.Utc, so the result is of Kind Utc',
  },
  {
    expression:
      'TimeZoneInfo.ConvertTimeFromUtc(new DateTime(2024, 1, 15, 10, 30, 0, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")).ToString("o")',
    expect: '2024-01-15T11:30:00.0000000',
    environment: { timeZone: 'Europe/Berlin' },
    note: 'a zone found by id is not TimeZoneInfo.Local, even when it is the same zone: Kind Unspecified',
  },
  { expression: 'TimeZoneInfo.Utc.Id', expect: 'UTC' },
  {
    expression: 'TimeZoneInfo.Utc.DisplayName',
    expect: 'UTC',
    note: '.NET Framework names TimeZoneInfo.Utc "UTC"',
  },
  { expression: 'TimeZoneInfo.Utc.StandardName', expect: 'UTC' },
  {
    expression: 'TimeZoneInfo.Utc.DisplayName',
    expect: '(UTC) Coordinated Universal Time',
    environment: { dotnet: 'core' },
    note: 'modern .NET',
  },
  { expression: 'TimeZoneInfo.Utc.ToString()', expect: 'UTC' },
  { expression: 'TimeZoneInfo.Local.Id', expect: 'UTC', note: 'a Windows gateway set to UTC' },
  {
    expression: 'TimeZoneInfo.Local.Id',
    expect: 'W. Europe Standard Time',
    environment: { timeZone: 'Europe/Berlin' },
    note: '.NET Framework on Windows names the zone by its Windows id',
  },
  {
    expression: 'TimeZoneInfo.Local.Id',
    expect: 'Europe/Berlin',
    environment: { timeZone: 'Europe/Berlin', dotnet: 'core' },
    note: 'modern .NET on Linux keeps the IANA id',
  },
  {
    expression: 'TimeZoneInfo.Local.DisplayName',
    expect: '(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna',
    environment: { timeZone: 'Europe/Berlin' },
    note: "Windows' display name",
  },
  {
    expression: 'TimeZoneInfo.Local.StandardName',
    expect: 'W. Europe Standard Time',
    environment: { timeZone: 'Europe/Berlin' },
    note: "Windows' standard name",
  },
  {
    expression: 'TimeZoneInfo.Local.DaylightName',
    expect: 'W. Europe Daylight Time',
    environment: { timeZone: 'Europe/Berlin' },
    note: "Windows' daylight name",
  },
  {
    expression: 'TimeZoneInfo.Local.DisplayName',
    expect: '(UTC) Coordinated Universal Time',
    note: "Windows' display name of UTC",
  },
  {
    expression: 'TimeZoneInfo.FindSystemTimeZoneById("Eastern Standard Time").Id',
    expect: 'Eastern Standard Time',
  },
  {
    expression: 'TimeZoneInfo.FindSystemTimeZoneById("eastern standard time").Id',
    expect: 'eastern standard time',
    note: "Windows finds the registry key ignoring case; .NET Framework's TryGetTimeZoneByRegistryKey names the zone by the id as given",
  },
  {
    expression: 'TimeZoneInfo.FindSystemTimeZoneById("Eastern Standard Time").DisplayName',
    expect: '(UTC-05:00) Eastern Time (US & Canada)',
    note: "Windows' display name",
  },
  {
    expression: 'TimeZoneInfo.FindSystemTimeZoneById("Eastern Standard Time").DaylightName',
    expect: 'Eastern Daylight Time',
    note: "Windows' daylight name",
  },
  {
    expression: 'TimeZoneInfo.FindSystemTimeZoneById("India Standard Time").DisplayName',
    expect: '(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi',
    note: "Windows' display name",
  },
  {
    expression: 'TimeZoneInfo.FindSystemTimeZoneById("Singapore Standard Time").StandardName',
    expect: 'Malay Peninsula Standard Time',
    note: "Windows' standard name",
  },
  {
    expression: 'TimeZoneInfo.FindSystemTimeZoneById("Tokyo Standard Time").ToString()',
    expect: '(UTC+09:00) Osaka, Sapporo, Tokyo',
    note: "Windows' display name",
  },
  {
    expression: 'TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin").Id',
    expect: 'Europe/Berlin',
    note: 'IANA ids are found as .NET 6 and later find them',
  },
  {
    expression: 'TimeZoneInfo.Local.Equals(TimeZoneInfo.FindSystemTimeZoneById("W. Europe Standard Time"))',
    expect: 'True',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'TimeZoneInfo.Utc.Equals(TimeZoneInfo.Local)',
    expect: 'True',
    note: 'same id ("UTC") and same rules, though not the same instance',
  },
  {
    expression: 'TimeZoneInfo.ConvertTimeFromUtc(DateTime.Now, TimeZoneInfo.Utc)',
    throws: 'System.ArgumentException',
    message:
      'The conversion could not be completed because the supplied DateTime did not have the Kind property set correctly.  For example, when the Kind property is DateTimeKind.Local, the source time zone must be TimeZoneInfo.Local.\r\nParameter name: sourceTimeZone',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'TimeZone.CurrentTimeZone.GetUtcOffset(DateTime.Now)',
    expect: '01:00:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'TimeZone.CurrentTimeZone.GetUtcOffset(new DateTime(2024, 7, 1))',
    expect: '02:00:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'TimeZone.CurrentTimeZone.GetUtcOffset(DateTime.UtcNow)',
    expect: '00:00:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'TimeZone.CurrentTimeZone.ToLocalTime(new DateTime(2024, 1, 15, 10, 30, 0, DateTimeKind.Utc)).ToString("o")',
    expect: '2024-01-15T05:30:00.0000000-05:00',
    environment: { timeZone: 'America/New_York' },
  },
  {
    expression:
      'TimeZone.CurrentTimeZone.ToUniversalTime(new DateTime(2024, 1, 15, 10, 30, 0)).ToString("o")',
    expect: '2024-01-15T15:30:00.0000000Z',
    environment: { timeZone: 'America/New_York' },
  },
  {
    expression: 'TimeZone.CurrentTimeZone.IsDaylightSavingTime(new DateTime(2024, 7, 1))',
    expect: 'True',
    environment: { timeZone: 'America/New_York' },
  },
  {
    expression: 'TimeZone.CurrentTimeZone.StandardName',
    expect: 'W. Europe Standard Time',
    environment: { timeZone: 'Europe/Berlin' },
    note: "Windows' standard name",
  },
  { expression: 'Convert.ToDateTime("2024-01-15").ToString("o")', expect: '2024-01-15T00:00:00.0000000' },
  {
    expression: 'Convert.ToDateTime("1/15/2024 10:30 PM").ToString("o")',
    expect: '2024-01-15T22:30:00.0000000',
  },
  {
    expression: 'Convert.ToDateTime("2024-01-15T10:30:00Z").ToString("o")',
    expect: '2024-01-15T11:30:00.0000000+01:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  { expression: 'Convert.ToDateTime((string)null)', expect: '1/1/0001 12:00:00 AM' },
  { expression: 'Convert.ToDateTime((object)null)', expect: '1/1/0001 12:00:00 AM' },
  {
    expression: 'Convert.ToDateTime((object)"2024-01-15").ToString("o")',
    expect: '2024-01-15T00:00:00.0000000',
  },
  { expression: 'Convert.ToDateTime((object)new DateTime(2024, 1, 15))', expect: '1/15/2024 12:00:00 AM' },
  {
    expression: 'Convert.ToDateTime("15/01/2024")',
    throws: 'System.FormatException',
    message: 'String was not recognized as a valid DateTime.',
  },
  {
    expression: 'Convert.ToDateTime(5)',
    throws: 'System.InvalidCastException',
    message: "Invalid cast from 'Int32' to 'DateTime'.",
  },
  {
    expression: 'Convert.ToDateTime(5L)',
    throws: 'System.InvalidCastException',
    message: "Invalid cast from 'Int64' to 'DateTime'.",
  },
  {
    expression: 'Convert.ToDateTime(5.5)',
    throws: 'System.InvalidCastException',
    message: "Invalid cast from 'Double' to 'DateTime'.",
  },
  {
    expression: 'Convert.ToDateTime(true)',
    throws: 'System.InvalidCastException',
    message: "Invalid cast from 'Boolean' to 'DateTime'.",
  },
  {
    expression: 'Convert.ToDateTime((object)5.5)',
    throws: 'System.InvalidCastException',
    message: "Invalid cast from 'Double' to 'DateTime'.",
  },
  {
    expression: 'Convert.ToDateTime((object)TimeSpan.Zero)',
    throws: 'System.InvalidCastException',
    message: "Unable to cast object of type 'System.TimeSpan' to type 'System.IConvertible'.",
    note: "Mono says 'Specified cast is not valid.'; .NET Framework names the types",
  },
  { expression: 'Convert.ToString(new DateTime(2024, 1, 15, 10, 30, 0))', expect: '1/15/2024 10:30:00 AM' },
  {
    expression: 'Convert.ToString(new DateTime(2024, 1, 15, 10, 30, 0))',
    expect: '01/15/2024 10:30:00',
    environment: { culture: 'invariant' },
  },
  { expression: '"Now: " + DateTime.UtcNow', expect: 'Now: 1/15/2024 10:30:00 AM' },
  { expression: '$"{DateTime.UtcNow:yyyy-MM-dd}"', expect: '2024-01-15' },
  { expression: '$"{DateTime.UtcNow:o}"', expect: '2024-01-15T10:30:00.0000000Z' },
  { expression: 'string.Format("{0:HH:mm}", new DateTime(2024, 1, 15, 10, 30, 0))', expect: '10:30' },
  { expression: '$"{TimeSpan.FromMinutes(90):hh\\\\:mm}"', expect: '01:30' },
  { expression: '$"{TimeSpan.FromMinutes(90)}"', expect: '01:30:00' },
  { expression: '((object)DateTime.UtcNow).ToString()', expect: '1/15/2024 10:30:00 AM' },
  { expression: '((object)TimeSpan.FromHours(1)).Equals(TimeSpan.FromMinutes(60))', expect: 'True' },
  {
    expression:
      '((object)new DateTime(2024, 1, 15)).Equals(new DateTime(2024, 1, 15, 0, 0, 0, DateTimeKind.Utc))',
    expect: 'True',
  },
  { expression: '(object)DateTime.UtcNow is DateTime', expect: 'True' },
  { expression: 'new DateTime(2024, 1, 15).ToString().Length', expect: '21' },
  {
    expression:
      'new[] { new DateTime(2024, 3, 1), new DateTime(2024, 1, 1), new DateTime(2024, 2, 1) }.Max().ToString("d")',
    expect: '3/1/2024',
  },
  {
    expression:
      'new[] { new DateTime(2024, 3, 1), new DateTime(2024, 1, 1), new DateTime(2024, 2, 1) }.OrderBy(d => d).First().ToString("d")',
    expect: '1/1/2024',
  },
  { expression: 'new[] { TimeSpan.FromHours(3), TimeSpan.FromHours(1) }.Min()', expect: '01:00:00' },
  {
    expression:
      '@{ var start = new DateTime(2024, 1, 1); var end = new DateTime(2024, 1, 8); return (end - start).Days; }',
    expect: '7',
  },
  {
    expression:
      '@{ var expires = DateTime.UtcNow.AddMinutes(30); return expires > DateTime.UtcNow ? "valid" : "expired"; }',
    expect: 'valid',
  },
  { expression: '@{ DateTime? d = null; return d.HasValue; }', expect: 'False' },
  { expression: '@{ DateTime? d = DateTime.UtcNow; return d.Value.Year; }', expect: '2024' },
  {
    expression:
      '@{ var ts = DateTime.UtcNow - new DateTime(2024, 1, 15, 10, 0, 0); return ts.TotalMinutes > 20; }',
    expect: 'True',
  },
  // Patterns of real policies, and a few more members.
  {
    expression: '(long) (DateTime.UtcNow.Subtract(new DateTime(1970, 1, 1))).TotalSeconds',
    expect: '1705314600',
    type: 'System.Int64',
  },
  {
    expression:
      '@{ var unixTimestamp = (long) (DateTime.UtcNow.Subtract(new DateTime(1970, 1, 1))).TotalSeconds; var timeIndex = unixTimestamp / 30; return timeIndex; }',
    expect: '56843820',
  },
  {
    expression: 'DateTime.UtcNow.Subtract(new DateTime(1970, 1, 1)).TotalMilliseconds',
    expect: '1705314600000',
  },
  { expression: 'DateTime.UtcNow.ToString("yyyyMMddTHHmmssZ")', expect: '20240115T103000Z' },
  {
    expression: "DateTime.Now.ToString(\"yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'\")",
    expect: '2024-01-15T11:30:00Z',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'DateTime.UtcNow.AddMinutes(10).ToString("yyyy-MM-ddTHH:mm:ssZ")',
    expect: '2024-01-15T10:40:00Z',
  },
  { expression: 'DateTime.Now.AddSeconds(30) > DateTime.Now', expect: 'True' },
  {
    expression: '@{ int retryAfter = 5; return DateTime.Now.AddSeconds(retryAfter).ToString("o"); }',
    expect: '2024-01-15T05:30:05.0000000-05:00',
    environment: { timeZone: 'America/New_York' },
  },
  { expression: 'TimeSpan.FromMilliseconds(500)', expect: '00:00:00.5000000' },
  { expression: 'DateTime.MinValue == default(DateTime)', expect: 'True' },
  { expression: 'DateTime.UtcNow.AddSeconds(1.5).ToString("o")', expect: '2024-01-15T10:30:01.5000000Z' },
  {
    expression: 'DateTime.UtcNow.AddSeconds(-0.0004).ToString("o")',
    expect: '2024-01-15T10:30:00.0000000Z',
    note: '.NET Framework rounds Add* to whole milliseconds',
  },
  {
    expression: 'DateTime.UtcNow.AddMilliseconds(0.5).ToString("o")',
    expect: '2024-01-15T10:30:00.0010000Z',
    note: '.NET Framework rounds half a millisecond away from zero',
  },
  { expression: 'DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()', expect: '1705314600000' },
  {
    expression: 'DateTimeOffset.FromUnixTimeSeconds(1705314600).UtcDateTime.ToString("o")',
    expect: '2024-01-15T10:30:00.0000000Z',
  },
  {
    expression: 'DateTime.Parse("Mon, 15 Jan 2024 10:30:00 GMT").ToString("o")',
    expect: '2024-01-15T11:30:00.0000000+01:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'DateTime.Parse("2024-01-15T10:30:00+05:30").ToString("o")',
    expect: '2024-01-15T00:00:00.0000000-05:00',
    environment: { timeZone: 'America/New_York' },
  },
  { expression: '@{ TimeZoneInfo.ClearCachedData(); return TimeZoneInfo.Utc.Id; }', expect: 'UTC' },
  {
    expression: 'TimeZoneInfo.FindSystemTimeZoneById(null)',
    throws: 'System.ArgumentNullException',
    message: 'Value cannot be null.\r\nParameter name: id',
  },
  {
    expression: 'TimeZoneInfo.FindSystemTimeZoneById("")',
    throws: 'System.TimeZoneNotFoundException',
    message: "The time zone ID '' was not found on the local computer.",
  },
  {
    expression: 'TimeZoneInfo.FindSystemTimeZoneById("Nowhere/City")',
    throws: 'System.TimeZoneNotFoundException',
    message: "The time zone ID 'Nowhere/City' was not found on the local computer.",
  },
  { expression: 'TimeZoneInfo.FindSystemTimeZoneById("utc").Id', expect: 'UTC' },
  { expression: '(DateTime.UtcNow - DateTime.UtcNow.Date).TotalHours', expect: '10.5' },
  {
    expression: 'DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffffffK")',
    expect: '2024-01-15T10:30:00.0000000Z',
  },
  {
    expression: 'new DateTime(2024, 1, 15, 10, 30, 0, DateTimeKind.Utc) < DateTime.UtcNow.AddSeconds(1)',
    expect: 'True',
  },
  { expression: 'DateTime.UtcNow.AddDays(-1).DayOfWeek', expect: 'Sunday' },
  { expression: 'DateTime.UtcNow.AddMonths(1).ToString("MMMM yyyy")', expect: 'February 2024' },
  { expression: 'new DateTime(2024, 1, 31).AddMonths(1).ToString("yyyy-MM-dd")', expect: '2024-02-29' },
  { expression: 'new DateTime(2024, 2, 29).AddYears(1).ToString("yyyy-MM-dd")', expect: '2025-02-28' },
  { expression: 'TimeZoneInfo.Utc.HasSameRules(TimeZoneInfo.Utc)', expect: 'True' },
  {
    expression:
      'TimeZoneInfo.FindSystemTimeZoneById("W. Europe Standard Time").HasSameRules(TimeZoneInfo.FindSystemTimeZoneById("Eastern Standard Time"))',
    expect: 'False',
  },
  {
    expression:
      'TimeZoneInfo.FindSystemTimeZoneById("W. Europe Standard Time").HasSameRules(TimeZoneInfo.Local)',
    expect: 'True',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'TimeZoneInfo.Utc.HasSameRules(null)',
    throws: 'System.ArgumentNullException',
    message: 'Value cannot be null.\r\nParameter name: other',
  },
];

/** Cases that use members .NET has and API Management does not allow (declared `apim: false`): for the compiler's unrestricted mode. */
export const casesBeyondApim: readonly ConformanceCase[] = [
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).Kind', expect: 'Unspecified' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45, DateTimeKind.Utc).Kind', expect: 'Utc' },
  { expression: 'DateTime.Now.Kind', expect: 'Local' },
  { expression: 'DateTime.UtcNow.Kind', expect: 'Utc' },
  { expression: 'DateTime.Today.Kind', expect: 'Local' },
  { expression: 'DateTime.Parse("2024-01-15").Kind', expect: 'Unspecified' },
  { expression: 'DateTime.Parse("2024-01-15T10:30:00Z").Kind', expect: 'Local' },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToUniversalTime().ToString("o")',
    expect: '2024-03-05T13:07:09.0450000Z',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToUniversalTime().ToString("o")',
    expect: '2024-03-05T19:07:09.0450000Z',
    environment: { timeZone: 'America/New_York' },
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45, DateTimeKind.Utc).ToUniversalTime().ToString("o")',
    expect: '2024-03-05T14:07:09.0450000Z',
    environment: { timeZone: 'America/New_York' },
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToLocalTime().ToString("o")',
    expect: '2024-03-05T15:07:09.0450000+01:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45, DateTimeKind.Local).ToLocalTime().ToString("o")',
    expect: '2024-03-05T14:07:09.0450000+01:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'DateTime.Now.ToUniversalTime().ToString("o")',
    expect: '2024-01-15T10:30:00.0000000Z',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'DateTime.UtcNow.ToLocalTime().ToString("o")',
    expect: '2024-01-15T05:30:00.0000000-05:00',
    environment: { timeZone: 'America/New_York' },
  },
  {
    expression: 'DateTime.MaxValue.ToLocalTime().ToString("o")',
    expect: '9999-12-31T23:59:59.9999999+05:30',
    environment: { timeZone: 'Asia/Kolkata' },
  },
  {
    expression: 'DateTime.MinValue.ToUniversalTime().ToString("o")',
    expect: '0001-01-01T00:00:00.0000000Z',
    environment: { timeZone: 'Asia/Kolkata' },
  },
  {
    expression: 'new DateTime(2024, 10, 27, 2, 30, 0).ToUniversalTime().ToString("o")',
    expect: '2024-10-27T01:30:00.0000000Z',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'new DateTime(2024, 3, 31, 2, 30, 0).ToUniversalTime().ToString("o")',
    expect: '2024-03-31T01:30:00.0000000Z',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'new DateTime(2024, 10, 27, 0, 30, 0, DateTimeKind.Utc).ToLocalTime().ToUniversalTime().ToString("o")',
    expect: '2024-10-27T00:30:00.0000000Z',
    environment: { timeZone: 'Europe/Berlin' },
    note: 'the first occurrence of the repeated hour converts back exactly',
  },
  {
    expression:
      'new DateTime(2024, 10, 27, 1, 30, 0, DateTimeKind.Utc).ToLocalTime().ToUniversalTime().ToString("o")',
    expect: '2024-10-27T01:30:00.0000000Z',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'DateTime.SpecifyKind(new DateTime(2024, 3, 5, 14, 7, 9, 45), DateTimeKind.Utc).ToString("o")',
    expect: '2024-03-05T14:07:09.0450000Z',
  },
  {
    expression:
      'DateTime.SpecifyKind(new DateTime(2024, 3, 5, 14, 7, 9, 45, DateTimeKind.Utc), DateTimeKind.Unspecified).ToString("o")',
    expect: '2024-03-05T14:07:09.0450000',
  },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToShortDateString()', expect: '3/5/2024' },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToLongDateString()',
    expect: 'Tuesday, March 5, 2024',
  },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToShortTimeString()', expect: '2:07 PM' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToLongTimeString()', expect: '2:07:09 PM' },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToShortDateString()',
    expect: '03/05/2024',
    environment: { culture: 'invariant' },
  },
  {
    expression:
      'DateTime.Compare(new DateTime(2024, 3, 5, 14, 7, 9, 45), new DateTime(2024, 3, 5, 14, 7, 9, 45, DateTimeKind.Utc))',
    expect: '0',
  },
  { expression: 'DateTime.Compare(new DateTime(2024, 3, 5, 14, 7, 9, 45), DateTime.MaxValue)', expect: '-1' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).CompareTo(DateTime.MinValue)', expect: '1' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).CompareTo((object)null)', expect: '1' },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).CompareTo("x")',
    throws: 'System.ArgumentException',
    message: 'Object must be of type DateTime.',
  },
  {
    expression:
      'new DateTime(2024, 3, 5, 14, 7, 9, 45).Equals(new DateTime(2024, 3, 5, 14, 7, 9, 45, DateTimeKind.Utc))',
    expect: 'True',
  },
  {
    expression:
      'new DateTime(2024, 3, 5, 14, 7, 9, 45).Equals((object)new DateTime(2024, 3, 5, 14, 7, 9, 45, DateTimeKind.Utc))',
    expect: 'True',
  },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).Equals((object)"x")', expect: 'False' },
  {
    expression:
      'DateTime.Equals(new DateTime(2024, 3, 5, 14, 7, 9, 45), new DateTime(2024, 3, 5, 14, 7, 9, 45))',
    expect: 'True',
  },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).GetHashCode()', expect: '-2093629619' },
  { expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToBinary()', expect: '638452444290450000' },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45, DateTimeKind.Utc).ToBinary()',
    expect: '5250138462717837904',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45, DateTimeKind.Local).ToBinary()',
    expect: '-8584919628564325808',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45, DateTimeKind.Utc).ToFileTimeUtc()',
    expect: '133541212290450000',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45, DateTimeKind.Utc).ToFileTime()',
    expect: '133541212290450000',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45).ToFileTime()',
    expect: '133541176290450000',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'DateTime.FromFileTimeUtc(133540000000000000).ToString("o")',
    expect: '2024-03-04T04:26:40.0000000Z',
  },
  {
    expression: 'DateTime.FromFileTime(133540000000000000).ToString("o")',
    expect: '2024-03-04T05:26:40.0000000+01:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'DateTime.FromFileTimeUtc(-1)',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Not a valid Win32 FileTime.\r\nParameter name: fileTime',
  },
  {
    expression: 'new DateTime(1600, 1, 1, 0, 0, 0, DateTimeKind.Utc).ToFileTimeUtc()',
    throws: 'System.ArgumentOutOfRangeException',
    message: 'Not a valid Win32 FileTime.',
  },
  {
    expression:
      '@{ DateTime d; var ok = DateTime.TryParse("2024-01-15", out d); return ok + " " + d.ToString("o"); }',
    expect: 'True 2024-01-15T00:00:00.0000000',
  },
  {
    expression:
      '@{ DateTime d; var ok = DateTime.TryParse("not a date", out d); return ok + " " + d.ToString("o"); }',
    expect: 'False 0001-01-01T00:00:00.0000000',
  },
  {
    expression:
      '@{ DateTime d; var ok = DateTime.TryParse("2024-01-15T10:30:00Z", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal, out d); return ok + " " + d.ToString("o"); }',
    expect: 'True 2024-01-15T10:30:00.0000000Z',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      '@{ DateTime d; var ok = DateTime.TryParse("2024-01-15T10:30:00Z", null, System.Globalization.DateTimeStyles.RoundtripKind, out d); return ok + " " + d.ToString("o"); }',
    expect: 'True 2024-01-15T10:30:00.0000000Z',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      '@{ DateTime d; var ok = DateTime.TryParse("2024-01-15T10:30:00", null, System.Globalization.DateTimeStyles.AssumeUniversal, out d); return ok + " " + d.ToString("o"); }',
    expect: 'True 2024-01-15T11:30:00.0000000+01:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      '@{ DateTime d; var ok = DateTime.TryParse("2024-01-15T10:30:00", null, System.Globalization.DateTimeStyles.AssumeLocal, out d); return ok + " " + d.ToString("o"); }',
    expect: 'True 2024-01-15T10:30:00.0000000+01:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      '@{ DateTime d; var ok = DateTime.TryParse("2024-01-15T10:30:00", null, System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal, out d); return ok + " " + d.ToString("o"); }',
    expect: 'True 2024-01-15T10:30:00.0000000Z',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      '@{ DateTime d; var ok = DateTime.TryParse("10:30", null, System.Globalization.DateTimeStyles.NoCurrentDateDefault, out d); return ok + " " + d.ToString("o"); }',
    expect: 'True 0001-01-01T10:30:00.0000000',
  },
  {
    expression:
      'DateTime.Parse("1/1/2024", null, System.Globalization.DateTimeStyles.AssumeLocal | System.Globalization.DateTimeStyles.AssumeUniversal)',
    throws: 'System.ArgumentException',
    message:
      'The DateTimeStyles values AssumeLocal and AssumeUniversal cannot be used together.\r\nParameter name: styles',
  },
  {
    expression:
      'DateTime.Parse("1/1/2024", null, System.Globalization.DateTimeStyles.RoundtripKind | System.Globalization.DateTimeStyles.AdjustToUniversal)',
    throws: 'System.ArgumentException',
    message:
      'The DateTimeStyles value RoundtripKind cannot be used with the values AssumeLocal, AssumeUniversal or AdjustToUniversal.\r\nParameter name: styles',
  },
  {
    expression: 'DateTime.Parse("1/1/2024", null, (System.Globalization.DateTimeStyles)1024)',
    throws: 'System.ArgumentException',
    message: 'An undefined DateTimeStyles value is being used.\r\nParameter name: styles',
  },
  {
    expression:
      'DateTime.ParseExact("2024-01-15", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).ToString("o")',
    expect: '2024-01-15T00:00:00.0000000',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'DateTime.ParseExact("15/01/2024", "dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture).ToString("o")',
    expect: '2024-01-15T00:00:00.0000000',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'DateTime.ParseExact("2024-01-15T10:30:00Z", "yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture).ToString("o")',
    expect: '2024-01-15T11:30:00.0000000+01:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'DateTime.ParseExact("2024-01-15T10:30:00Z", "yyyy-MM-dd\'T\'HH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture).ToString("o")',
    expect: '2024-01-15T11:30:00.0000000+01:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'DateTime.ParseExact("2024-01-15T10:30:00+02:00", "yyyy-MM-dd\'T\'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture).ToString("o")',
    expect: '2024-01-15T09:30:00.0000000+01:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'DateTime.ParseExact("2024-01-15T10:30:00.1234567Z", "o", System.Globalization.CultureInfo.InvariantCulture).ToString("o")',
    expect: '2024-01-15T11:30:00.1234567+01:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'DateTime.ParseExact("2024-01-15T10:30:00Z", "o", System.Globalization.CultureInfo.InvariantCulture).ToString("o")',
    throws: 'System.FormatException',
    message: 'String was not recognized as a valid DateTime.',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'DateTime.ParseExact("Mon, 15 Jan 2024 10:30:00 GMT", "r", System.Globalization.CultureInfo.InvariantCulture).ToString("o")',
    expect: '2024-01-15T10:30:00.0000000',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'DateTime.ParseExact("2024-01-15 10:30:00Z", "u", System.Globalization.CultureInfo.InvariantCulture).ToString("o")',
    expect: '2024-01-15T10:30:00.0000000',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'DateTime.ParseExact("2024-01-15T10:30:00", "s", System.Globalization.CultureInfo.InvariantCulture).ToString("o")',
    expect: '2024-01-15T10:30:00.0000000',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'DateTime.ParseExact("1/15/2024", "d", System.Globalization.CultureInfo.InvariantCulture).ToString("o")',
    throws: 'System.FormatException',
    message: 'String was not recognized as a valid DateTime.',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'DateTime.ParseExact("1/15/2024 10:30 AM", "g", System.Globalization.CultureInfo.InvariantCulture).ToString("o")',
    throws: 'System.FormatException',
    message: 'String was not recognized as a valid DateTime.',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'DateTime.ParseExact("20240115", "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture).ToString("o")',
    expect: '2024-01-15T00:00:00.0000000',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'DateTime.ParseExact("240115", "yyMMdd", System.Globalization.CultureInfo.InvariantCulture).ToString("o")',
    expect: '2024-01-15T00:00:00.0000000',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'DateTime.ParseExact("15-Jan-2024", "dd-MMM-yyyy", System.Globalization.CultureInfo.InvariantCulture).ToString("o")',
    expect: '2024-01-15T00:00:00.0000000',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'DateTime.ParseExact("15 january 2024", "d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture).ToString("o")',
    expect: '2024-01-15T00:00:00.0000000',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'DateTime.ParseExact("Tue 15 Jan 2024", "ddd d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture).ToString("o")',
    throws: 'System.FormatException',
    message: 'String was not recognized as a valid DateTime because the day of week was incorrect.',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'DateTime.ParseExact("2024-01-15 10:30:00.5", "yyyy-MM-dd HH:mm:ss.FFF", System.Globalization.CultureInfo.InvariantCulture).ToString("o")',
    expect: '2024-01-15T10:30:00.5000000',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'DateTime.ParseExact("2024-01-15 10:30:00", "yyyy-MM-dd HH:mm:ss.FFF", System.Globalization.CultureInfo.InvariantCulture).ToString("o")',
    expect: '2024-01-15T10:30:00.0000000',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'DateTime.ParseExact("2024-01-15", "yyyy-MM-dd HH", System.Globalization.CultureInfo.InvariantCulture).ToString("o")',
    throws: 'System.FormatException',
    message: 'String was not recognized as a valid DateTime.',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'DateTime.ParseExact("2024-1-5", "yyyy-M-d", System.Globalization.CultureInfo.InvariantCulture).ToString("o")',
    expect: '2024-01-05T00:00:00.0000000',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'DateTime.ParseExact("2024-01-15 ", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).ToString("o")',
    throws: 'System.FormatException',
    message: 'String was not recognized as a valid DateTime.',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'DateTime.ParseExact("2024-01-15 +5", "yyyy-MM-dd z", System.Globalization.CultureInfo.InvariantCulture).ToString("o")',
    expect: '2024-01-14T20:00:00.0000000+01:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'DateTime.ParseExact("2024-01-15 -0530", "yyyy-MM-dd zzz", System.Globalization.CultureInfo.InvariantCulture).ToString("o")',
    expect: '2024-01-15T06:30:00.0000000+01:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'DateTime.ParseExact("2024-01-15 GMT", "yyyy-MM-dd GMT", System.Globalization.CultureInfo.InvariantCulture).ToString("o")',
    expect: '2024-01-15T01:00:00.0000000+01:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'DateTime.ParseExact("2024", "yyyy", System.Globalization.CultureInfo.InvariantCulture).ToString("o")',
    expect: '2024-01-01T00:00:00.0000000',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'DateTime.ParseExact("x", "\'x", System.Globalization.CultureInfo.InvariantCulture).ToString("o")',
    throws: 'System.FormatException',
    message: "Cannot find a matching quote character for the character '''.",
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'DateTime.ParseExact("2024-13-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).ToString("o")',
    throws: 'System.FormatException',
    message:
      'The DateTime represented by the string is not supported in calendar System.Globalization.GregorianCalendar.',
    environment: { timeZone: 'Europe/Berlin' },
    note: "Mono formats this message wrongly; the text is .NET Framework's",
  },
  {
    expression:
      'DateTime.ParseExact("12 AM", "hh tt", System.Globalization.CultureInfo.InvariantCulture).ToString("o")',
    expect: '2024-01-15T00:00:00.0000000',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'DateTime.ParseExact("13 PM", "HH tt", System.Globalization.CultureInfo.InvariantCulture).ToString("o")',
    expect: '2024-01-15T13:00:00.0000000',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'DateTime.ParseExact("2024-01-15", "x", System.Globalization.CultureInfo.InvariantCulture).ToString("o")',
    throws: 'System.FormatException',
    message: 'Input string was not in a correct format.',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'DateTime.ParseExact("1:45 PM", "h:mm tt", System.Globalization.CultureInfo.InvariantCulture).ToString("o")',
    expect: '2024-01-15T13:45:00.0000000',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'DateTime.ParseExact("", "yyyy", System.Globalization.CultureInfo.InvariantCulture).ToString("o")',
    throws: 'System.FormatException',
    message: 'String was not recognized as a valid DateTime.',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'DateTime.ParseExact("2024", "", System.Globalization.CultureInfo.InvariantCulture).ToString("o")',
    throws: 'System.FormatException',
    message: 'Format specifier was invalid.',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'DateTime.ParseExact("2024-01-15T10:30:00Z", "yyyy-MM-dd\'T\'HH:mm:ssK", null, System.Globalization.DateTimeStyles.RoundtripKind).ToString("o")',
    expect: '2024-01-15T10:30:00.0000000Z',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'DateTime.ParseExact("2024-01-15T10:30:00Z", "yyyy-MM-dd\'T\'HH:mm:ssK", null, System.Globalization.DateTimeStyles.AdjustToUniversal).ToString("o")',
    expect: '2024-01-15T10:30:00.0000000Z',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'DateTime.ParseExact(" 2024-01-15 ", "yyyy-MM-dd", null, System.Globalization.DateTimeStyles.AllowWhiteSpaces).ToString("o")',
    expect: '2024-01-15T00:00:00.0000000',
  },
  {
    expression:
      'DateTime.ParseExact("2024 - 01 - 15", "yyyy-MM-dd", null, System.Globalization.DateTimeStyles.AllowWhiteSpaces).ToString("o")',
    expect: '2024-01-15T00:00:00.0000000',
  },
  {
    expression:
      'DateTime.ParseExact("15.01.2024", new[] { "yyyy-MM-dd", "dd.MM.yyyy" }, null, System.Globalization.DateTimeStyles.None).ToString("o")',
    expect: '2024-01-15T00:00:00.0000000',
  },
  {
    expression:
      'DateTime.ParseExact("15.01.2024", new[] { "yyyy-MM-dd" }, null, System.Globalization.DateTimeStyles.None)',
    throws: 'System.FormatException',
    message: 'String was not recognized as a valid DateTime.',
  },
  {
    expression:
      '@{ DateTime d; var ok = DateTime.TryParseExact("2024-01-15", "yyyy-MM-dd", null, System.Globalization.DateTimeStyles.None, out d); return ok + " " + d.ToString("o"); }',
    expect: 'True 2024-01-15T00:00:00.0000000',
  },
  {
    expression:
      '@{ DateTime d; var ok = DateTime.TryParseExact("2024/01/15", "yyyy-MM-dd", null, System.Globalization.DateTimeStyles.None, out d); return ok + " " + d.ToString("o"); }',
    expect: 'False 0001-01-01T00:00:00.0000000',
  },
  {
    expression:
      '@{ DateTime d; var ok = DateTime.TryParseExact("01/15/2024", new[] { "yyyy-MM-dd", "MM/dd/yyyy" }, null, System.Globalization.DateTimeStyles.None, out d); return ok + " " + d.ToString("o"); }',
    expect: 'True 2024-01-15T00:00:00.0000000',
  },
  {
    expression: '@{ TimeSpan t; var ok = TimeSpan.TryParse("10:30", out t); return ok + " " + t; }',
    expect: 'True 10:30:00',
  },
  {
    expression: '@{ TimeSpan t; var ok = TimeSpan.TryParse("10:70", out t); return ok + " " + t; }',
    expect: 'False 00:00:00',
  },
  {
    expression:
      '@{ DateTimeOffset o; var ok = DateTimeOffset.TryParse("2024-01-15T10:30:00+02:00", out o); return ok + " " + o.ToString("o"); }',
    expect: 'True 2024-01-15T10:30:00.0000000+02:00',
  },
  {
    expression:
      '@{ DateTimeOffset o; var ok = DateTimeOffset.TryParse("nope", out o); return ok + " " + o.ToString("o"); }',
    expect: 'False 0001-01-01T00:00:00.0000000+00:00',
  },
  { expression: 'TimeSpan.ParseExact("10:30", "hh\\\\:mm", null)', expect: '10:30:00' },
  { expression: 'TimeSpan.ParseExact("10:30", "h\\\\:m", null)', expect: '10:30:00' },
  { expression: 'TimeSpan.ParseExact("1:02:03", "h\\\\:mm\\\\:ss", null)', expect: '01:02:03' },
  { expression: 'TimeSpan.ParseExact("01:02", "c", null)', expect: '01:02:00' },
  { expression: 'TimeSpan.ParseExact("1.02:03:04.5", "c", null)', expect: '1.02:03:04.5000000' },
  { expression: 'TimeSpan.ParseExact("1:02:03:04.5", "g", null)', expect: '1.02:03:04.5000000' },
  { expression: 'TimeSpan.ParseExact("1:02:03:04.5000000", "G", null)', expect: '1.02:03:04.5000000' },
  {
    expression: 'TimeSpan.ParseExact("1:02:03:04", "G", null)',
    throws: 'System.FormatException',
    message: 'String was not recognized as a valid TimeSpan.',
  },
  { expression: 'TimeSpan.ParseExact("5", "%d", null)', expect: '5.00:00:00' },
  { expression: 'TimeSpan.ParseExact("005", "ddd", null)', expect: '5.00:00:00' },
  {
    expression: 'TimeSpan.ParseExact("10:30:15.250", "hh\\\\:mm\\\\:ss\\\\.fff", null)',
    expect: '10:30:15.2500000',
  },
  {
    expression: 'TimeSpan.ParseExact("10:30:15", "hh\\\\:mm\\\\:ss\\\\.FFF", null)',
    throws: 'System.FormatException',
    message: 'Input string was not in a correct format.',
  },
  { expression: 'TimeSpan.ParseExact("10-30", "hh\'-\'mm", null)', expect: '10:30:00' },
  {
    expression: 'TimeSpan.ParseExact("10:30", "hh:mm", null)',
    throws: 'System.FormatException',
    message: 'Input string was not in a correct format.',
  },
  {
    expression: 'TimeSpan.ParseExact("10:30", "x", null)',
    throws: 'System.FormatException',
    message: 'Format specifier was invalid.',
  },
  {
    expression: 'TimeSpan.ParseExact("25:00", "hh\\\\:mm", null)',
    throws: 'System.OverflowException',
    message:
      'The TimeSpan could not be parsed because at least one of the numeric components is out of range or contains too many digits.',
  },
  {
    expression: 'TimeSpan.ParseExact("10:30 ", "hh\\\\:mm", null)',
    throws: 'System.FormatException',
    message: 'String was not recognized as a valid TimeSpan.',
  },
  {
    expression:
      'TimeSpan.ParseExact("10:30", "hh\\\\:mm", null, System.Globalization.TimeSpanStyles.AssumeNegative)',
    expect: '-10:30:00',
  },
  { expression: 'TimeSpan.ParseExact("10:30", new[] { "c", "hh\\\\:mm" }, null)', expect: '10:30:00' },
  {
    expression: 'TimeSpan.FromHours(1.5).Multiply(2)',
    expect: '03:00:00',
    environment: { dotnet: 'core' },
    note: 'modern .NET only',
  },
  {
    expression: '(TimeSpan.FromHours(3) / 2)',
    expect: '01:30:00',
    environment: { dotnet: 'core' },
    note: 'modern .NET only',
  },
  {
    expression: 'TimeSpan.FromHours(3) / TimeSpan.FromHours(2)',
    expect: '1.5',
    environment: { dotnet: 'core' },
    note: 'modern .NET only',
  },
  {
    expression: 'new DateTime(2024, 1, 15, 10, 30, 0, DateTimeKind.Local).ToString("o")',
    expect: '2024-01-15T10:30:00.0000000+01:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45, DateTimeKind.Local).ToString("o")',
    expect: '2024-03-05T14:07:09.0450000+01:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45, DateTimeKind.Local).ToString("o")',
    expect: '2024-03-05T14:07:09.0450000-05:00',
    environment: { timeZone: 'America/New_York' },
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45, DateTimeKind.Local).ToString("u")',
    expect: '2024-03-05 14:07:09Z',
    environment: { timeZone: 'America/New_York' },
    note: '"u" prints a Local time as it is, with a Z',
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45, DateTimeKind.Local).ToString("r")',
    expect: 'Tue, 05 Mar 2024 14:07:09 GMT',
    environment: { timeZone: 'America/New_York' },
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45, DateTimeKind.Local).ToString("U")',
    expect: 'Tuesday, March 5, 2024 7:07:09 PM',
    environment: { timeZone: 'America/New_York' },
  },
  {
    expression: 'new DateTime(2024, 3, 5, 14, 7, 9, 45, DateTimeKind.Local).ToString("yyyy-MM-ddTHH:mm:ssK")',
    expect: '2024-03-05T14:07:09+01:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'new DateTime(2024, 3, 5, 14, 7, 9, 45, DateTimeKind.Local).ToString("yyyy-MM-ddTHH:mm:sszzz")',
    expect: '2024-03-05T14:07:09+05:30',
    environment: { timeZone: 'Asia/Kolkata' },
  },
  {
    expression:
      '(new DateTime(2024, 3, 5, 14, 7, 9, 45, DateTimeKind.Local) - new DateTime(2024, 3, 5, 14, 7, 9, 45, DateTimeKind.Utc))',
    expect: '00:00:00',
    environment: { timeZone: 'Europe/Berlin' },
    note: 'subtraction ignores Kind',
  },
  {
    expression:
      'new DateTime(2024, 3, 5, 14, 7, 9, 45, DateTimeKind.Local) == new DateTime(2024, 3, 5, 14, 7, 9, 45, DateTimeKind.Utc)',
    expect: 'True',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'new DateTime(2024, 10, 27, 2, 30, 0, DateTimeKind.Local).IsDaylightSavingTime()',
    expect: 'False',
    environment: { timeZone: 'Europe/Berlin' },
    note: 'a Local time made by the constructor in the repeated hour is standard time',
  },
  {
    expression:
      'DateTime.Parse("1/15/2024", System.Globalization.CultureInfo.InvariantCulture).ToString("o")',
    expect: '2024-01-15T00:00:00.0000000',
  },
  {
    expression: 'DateTime.Parse("15/01/2024", System.Globalization.CultureInfo.InvariantCulture)',
    throws: 'System.FormatException',
    message: 'String was not recognized as a valid DateTime.',
  },
  {
    expression:
      'new TimeSpan(1, 2, 3, 4, 567).ToString("g", System.Globalization.CultureInfo.InvariantCulture)',
    expect: '1:2:03:04.567',
  },
  {
    expression: 'TimeSpan.Parse("1.02:03", System.Globalization.CultureInfo.InvariantCulture)',
    expect: '1.02:03:00',
  },
  {
    expression: 'new DateTimeOffset(new DateTime(2024, 7, 15, 10, 30, 0, DateTimeKind.Local))',
    expect: '7/15/2024 10:30:00 AM -04:00',
    environment: { timeZone: 'America/New_York' },
  },
  {
    expression:
      'new DateTimeOffset(new DateTime(2024, 1, 15, 10, 30, 0, DateTimeKind.Local), TimeSpan.FromHours(3))',
    throws: 'System.ArgumentException',
    message:
      'The UTC Offset of the local dateTime parameter does not match the offset argument.\r\nParameter name: offset',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression:
      'new DateTimeOffset(new DateTime(2024, 1, 15, 10, 30, 0, DateTimeKind.Local), TimeSpan.FromHours(1))',
    expect: '1/15/2024 10:30:00 AM +01:00',
    environment: { timeZone: 'Europe/Berlin' },
  },
  {
    expression: 'Convert.ToDateTime("15/01/2024", System.Globalization.CultureInfo.InvariantCulture)',
    throws: 'System.FormatException',
    message: 'String was not recognized as a valid DateTime.',
  },
  {
    expression:
      'Convert.ToString(new DateTime(2024, 1, 15, 10, 30, 0), System.Globalization.CultureInfo.InvariantCulture)',
    expect: '01/15/2024 10:30:00',
  },
  {
    expression: 'TimeSpan.FromHours(3).Divide(2)',
    expect: '01:30:00',
    environment: { dotnet: 'core' },
    note: 'modern .NET only',
  },
  {
    expression: 'TimeSpan.FromHours(3).Divide(TimeSpan.FromHours(2))',
    expect: '1.5',
    environment: { dotnet: 'core' },
    note: 'modern .NET only',
  },
  {
    expression: 'DateTimeOffset.UnixEpoch',
    expect: '1/1/1970 12:00:00 AM +00:00',
    environment: { dotnet: 'core' },
    note: 'modern .NET only',
  },
  {
    expression: 'DateTimeOffset.UnixEpoch.ToUnixTimeSeconds()',
    expect: '0',
    environment: { dotnet: 'core' },
    note: 'modern .NET only',
  },
];
