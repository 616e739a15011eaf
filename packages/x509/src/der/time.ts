import { DerError } from './der-error.js';
import { Tag } from './tags.js';
import type { Tlv } from './tlv.js';

/**
 * A UTCTime or GeneralizedTime as milliseconds since the Unix epoch. DER form only: UTC (`Z`),
 * seconds present; GeneralizedTime may carry a fraction without trailing zeros. UTCTime years
 * 50–99 are 19xx and 00–49 are 20xx (RFC 5280, as .NET reads them).
 */
export function readTime(bytes: Uint8Array, tlv: Tlv): number {
  if (tlv.tag === Tag.UtcTime) return readUtcTime(bytes, tlv);
  if (tlv.tag === Tag.GeneralizedTime) return readGeneralizedTime(bytes, tlv);
  throw new DerError(tlv.offset, 'expected a UTCTime or GeneralizedTime');
}

function readUtcTime(bytes: Uint8Array, tlv: Tlv): number {
  if (tlv.end - tlv.start !== 13 || bytes[tlv.end - 1] !== 0x5a)
    throw new DerError(tlv.start, 'UTCTime must have the form YYMMDDHHMMSSZ');
  const digits = (index: number) => twoDigits(bytes, tlv.start + index);
  const shortYear = digits(0);
  const year = shortYear >= 50 ? 1900 + shortYear : 2000 + shortYear;
  return instant(tlv.start, year, digits(2), digits(4), digits(6), digits(8), digits(10), 0);
}

function readGeneralizedTime(bytes: Uint8Array, tlv: Tlv): number {
  const length = tlv.end - tlv.start;
  if (length < 15 || bytes[tlv.end - 1] !== 0x5a)
    throw new DerError(tlv.start, 'GeneralizedTime must have the form YYYYMMDDHHMMSS[.fff]Z');
  const digits = (index: number) => twoDigits(bytes, tlv.start + index);
  const year = digits(0) * 100 + digits(2);
  let milliseconds = 0;
  if (length > 15) {
    const fraction = tlv.start + 14;
    if (bytes[fraction] !== 0x2e || length < 17)
      throw new DerError(fraction, 'GeneralizedTime fraction must be a dot and digits');
    if (bytes[tlv.end - 2] === 0x30)
      throw new DerError(tlv.end - 2, 'GeneralizedTime fraction has a trailing zero');
    let scale = 100;
    for (let position = fraction + 1; position < tlv.end - 1; position++) {
      const digit = bytes[position]! - 0x30;
      if (digit < 0 || digit > 9) throw new DerError(position, 'GeneralizedTime fraction must be digits');
      milliseconds += digit * scale;
      scale /= 10;
    }
    milliseconds = Math.floor(milliseconds);
  }
  return instant(tlv.start, year, digits(4), digits(6), digits(8), digits(10), digits(12), milliseconds);
}

function twoDigits(bytes: Uint8Array, position: number): number {
  const high = bytes[position]! - 0x30;
  const low = bytes[position + 1]! - 0x30;
  if (high < 0 || high > 9 || low < 0 || low > 9)
    throw new DerError(position, 'expected two digits in a time');
  return high * 10 + low;
}

function instant(
  offset: number,
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  milliseconds: number,
): number {
  if (month < 1 || month > 12) throw new DerError(offset, `month ${month} is out of range`);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) throw new DerError(offset, `day ${day} is out of range`);
  if (hour > 23 || minute > 59 || second > 59) throw new DerError(offset, 'time of day is out of range');
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, milliseconds);
  return date.getTime();
}
