import { environment } from '../environment.js';

/**
 * What `DateTimeFormatInfo` says about dates and times in a culture: names, designators,
 * separators and patterns. Only the gateway's two cultures are here: `en-US` (as .NET Framework
 * on Windows reports it, without user overrides) and the invariant culture.
 */
export interface DateCulture {
  readonly name: 'en-US' | 'invariant';
  readonly dayNames: readonly string[];
  readonly abbreviatedDayNames: readonly string[];
  readonly monthNames: readonly string[];
  readonly abbreviatedMonthNames: readonly string[];
  readonly amDesignator: string;
  readonly pmDesignator: string;
  readonly dateSeparator: string;
  readonly timeSeparator: string;
  readonly shortDatePattern: string;
  readonly longDatePattern: string;
  readonly shortTimePattern: string;
  readonly longTimePattern: string;
  readonly fullDateTimePattern: string;
  readonly monthDayPattern: string;
  readonly yearMonthPattern: string;
  readonly eraName: string;
  readonly abbreviatedEraName: string;
  /** `NumberFormatInfo.NumberDecimalSeparator`, used by TimeSpan's "g" formats. */
  readonly decimalSeparator: string;
}

const dayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const abbreviatedDayNames = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const abbreviatedMonthNames = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

export const enUS: DateCulture = {
  name: 'en-US',
  dayNames,
  abbreviatedDayNames,
  monthNames,
  abbreviatedMonthNames,
  amDesignator: 'AM',
  pmDesignator: 'PM',
  dateSeparator: '/',
  timeSeparator: ':',
  shortDatePattern: 'M/d/yyyy',
  longDatePattern: 'dddd, MMMM d, yyyy',
  shortTimePattern: 'h:mm tt',
  longTimePattern: 'h:mm:ss tt',
  fullDateTimePattern: 'dddd, MMMM d, yyyy h:mm:ss tt',
  monthDayPattern: 'MMMM d',
  yearMonthPattern: 'MMMM yyyy',
  eraName: 'A.D.',
  abbreviatedEraName: 'AD',
  decimalSeparator: '.',
};

export const invariant: DateCulture = {
  name: 'invariant',
  dayNames,
  abbreviatedDayNames,
  monthNames,
  abbreviatedMonthNames,
  amDesignator: 'AM',
  pmDesignator: 'PM',
  dateSeparator: '/',
  timeSeparator: ':',
  shortDatePattern: 'MM/dd/yyyy',
  longDatePattern: 'dddd, dd MMMM yyyy',
  shortTimePattern: 'HH:mm',
  longTimePattern: 'HH:mm:ss',
  fullDateTimePattern: 'dddd, dd MMMM yyyy HH:mm:ss',
  monthDayPattern: 'MMMM dd',
  yearMonthPattern: 'yyyy MMMM',
  eraName: 'A.D.',
  abbreviatedEraName: 'AD',
  decimalSeparator: '.',
};

/** The date culture of the evaluation (`CultureInfo.CurrentCulture.DateTimeFormat`). */
export function currentCulture(): DateCulture {
  return environment().culture === 'invariant' ? invariant : enUS;
}

/**
 * The date culture an `IFormatProvider` argument stands for: null is the current culture; a
 * `CultureInfo` is recognised by its `Name` ("" for the invariant culture). Cultures other than
 * the two above are not modelled and format as en-US.
 */
export function cultureOf(provider: unknown): DateCulture {
  if (provider === null || provider === undefined) return currentCulture();
  if (typeof provider === 'object') {
    const record = provider as { Name?: unknown; name?: unknown };
    const name = typeof record.Name === 'string' ? record.Name : record.name;
    if (name === '' || name === 'invariant') return invariant;
    if (typeof name === 'string') return enUS;
  }
  return currentCulture();
}

/**
 * `Calendar.TwoDigitYearMax` of the Gregorian calendar: 2029 in .NET Framework, 2049 since
 * .NET 8 (which follows what Windows has said since Windows 10).
 */
export function twoDigitYearMax(): number {
  return environment().dotnet === 'core' ? 2049 : 2029;
}

/** `DateTimeFormatInfo.DateTimeOffsetPattern`: the short date, the long time and the offset. */
export function dateTimeOffsetPattern(culture: DateCulture): string {
  return `${culture.shortDatePattern} ${culture.longTimePattern} zzz`;
}
