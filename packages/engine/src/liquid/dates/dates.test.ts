import { describe, expect, it } from 'vitest';
import { LiquidRenderError } from '../errors.js';
import { parseLiquid } from '../parser.js';
import { renderLiquid } from '../render.js';
import { render } from '../test-support/render.js';

/** Tuesday 5 March 2024, 14:30:15.123 UTC. */
const now = Date.UTC(2024, 2, 5, 14, 30, 15, 123);

/** A Liquid string literal (Liquid strings have no escapes). */
function literal(text: string): string {
  return text.includes("'") ? `"${text}"` : `'${text}'`;
}

function date(input: string, format: string, timeZone = 'UTC', values: Record<string, unknown> = {}): string {
  return render(`{{ ${input} | Date: ${literal(format)} }}`, values, { now, timeZone });
}

describe('Date with custom .NET formats', () => {
  it.each([
    ['yyyyMMdd', '20240305'],
    ['yyyy-MM-ddTHH:mm:ss.fffzzz', '2024-03-05T14:30:15.123+00:00'],
    ['dddd, MMMM d, yyyy', 'Tuesday, March 5, 2024'],
    ['ddd dd MMM', 'Tue 05 Mar'],
    ['hh:mm tt', '02:30 PM'],
    ['h:m:s t', '2:30:15 P'],
    ['%H', '14'],
    ['yy|y|yyy|yyyyy', '24|24|2024|02024'],
    ['fff|ffff|FFFF|FFFFFFF', '123|1230|123|123'],
    ["'Day' d 'of' MMMM", 'Day 5 of March'],
    ['"quoted" yyyy', 'quoted 2024'],
    ["\\'d\\' \\\\", "'5' \\"],
    ['\\d d', 'd 5'],
    ['%d', '5'],
    ['K|z|zz', '+00:00|+0|+00'],
    ['g yyyy', 'A.D. 2024'],
    ['MM/dd/yyyy HH:mm', '03/05/2024 14:30'],
  ])('"now" with %s', (format, expected) => {
    expect(date('"now"', format)).toBe(expected);
  });

  it('drops the point before an empty F fraction', () => {
    expect(date('"2024-01-02T03:04:05Z"', 'HH:mm:ss.FFF')).toBe('03:04:05');
    expect(date('"2024-01-02T03:04:05.5Z"', 'HH:mm:ss.FFF')).toBe('03:04:05.5');
  });

  it('reads "today" as the current instant, as DotLiquid does', () => {
    expect(date('"today"', 'yyyy-MM-dd HH:mm')).toBe('2024-03-05 14:30');
    expect(date('"Now"', 'yyyy')).toBe('2024');
  });
});

describe('Date with standard .NET formats (invariant culture)', () => {
  it.each([
    ['d', '03/05/2024'],
    ['D', 'Tuesday, 05 March 2024'],
    ['f', 'Tuesday, 05 March 2024 14:30'],
    ['F', 'Tuesday, 05 March 2024 14:30:15'],
    ['g', '03/05/2024 14:30'],
    ['G', '03/05/2024 14:30:15'],
    ['M', 'March 05'],
    ['o', '2024-03-05T14:30:15.1230000+00:00'],
    ['r', 'Tue, 05 Mar 2024 14:30:15 GMT'],
    ['s', '2024-03-05T14:30:15'],
    ['t', '14:30'],
    ['T', '14:30:15'],
    ['u', '2024-03-05 14:30:15Z'],
    ['Y', '2024 March'],
  ])('%s', (format, expected) => {
    expect(date('"now"', format)).toBe(expected);
  });

  it('turns r and u to UTC', () => {
    expect(date('"now"', 'r', 'Europe/Paris')).toBe('Tue, 05 Mar 2024 14:30:15 GMT');
    expect(date('"now"', 'o', 'Europe/Paris')).toBe('2024-03-05T15:30:15.1230000+01:00');
  });
});

describe('Date inputs', () => {
  it('shows "now" and epoch numbers in the time zone asked for', () => {
    expect(date('"now"', 'HH:mm zzz', 'Europe/Paris')).toBe('15:30 +01:00');
    expect(date('"now"', 'HH:mm zzz', 'America/New_York')).toBe('09:30 -05:00');
    expect(date('"now"', 'HH:mm zzz', 'Asia/Kolkata')).toBe('20:00 +05:30');
    expect(date('0', 'yyyy-MM-dd HH:mm:ss')).toBe('1970-01-01 00:00:00');
    expect(date('1700000000', 'yyyy-MM-dd HH:mm:ss')).toBe('2023-11-14 22:13:20');
    expect(date('seconds', 'yyyy-MM-dd HH:mm:ss', 'UTC', { seconds: 1700000000.5 })).toBe(
      '2023-11-14 22:13:20',
    );
  });

  it('keeps the offset written in a date', () => {
    expect(date('"2024-01-02T03:04:05+02:00"', 'yyyy-MM-dd HH:mm:ss zzz', 'America/New_York')).toBe(
      '2024-01-02 03:04:05 +02:00',
    );
    expect(date('"2024-01-02T03:04:05Z"', 'HH:mm K')).toBe('03:04 +00:00');
    expect(date('"2024-01-02T03:04:05-0530"', 'HH:mm zzz')).toBe('03:04 -05:30');
  });

  it('reads a date without an offset in the time zone, daylight saving included', () => {
    expect(date('"2024-01-02"', 'yyyy-MM-dd HH:mm zzz')).toBe('2024-01-02 00:00 +00:00');
    expect(date('"2024-01-02 08:15"', 'HH:mm zzz', 'Europe/Paris')).toBe('08:15 +01:00');
    expect(date('"2024-07-01T12:00:00"', 'HH:mm zzz', 'America/New_York')).toBe('12:00 -04:00');
  });

  it('reads fractions, RFC 1123 and the invariant M/d/yyyy', () => {
    expect(date('"2024-01-02T03:04:05.1234567Z"', 'fffffff')).toBe('1234567');
    expect(date('"Tue, 02 Jan 2024 03:04:05 GMT"', 'yyyy-MM-dd HH:mm:ss')).toBe('2024-01-02 03:04:05');
    expect(date('"2 January 2024"', 'yyyy-MM-dd')).toBe('2024-01-02');
    expect(date('"1/2/2024 3:04 PM"', 'yyyy-MM-dd HH:mm')).toBe('2024-01-02 15:04');
    expect(date('"12/31/2024"', 'yyyy-MM-dd')).toBe('2024-12-31');
  });

  it('reads a JavaScript Date in the model', () => {
    expect(date('when', 'yyyy-MM-dd HH:mm', 'UTC', { when: new Date(Date.UTC(2020, 0, 31, 23, 59)) })).toBe(
      '2020-01-31 23:59',
    );
  });

  it('gives back what is not a date, and everything for an empty format', () => {
    expect(date('"hello"', 'yyyy')).toBe('hello');
    expect(date('"2024-02-30"', 'yyyy')).toBe('2024-02-30');
    expect(date('"now"', '')).toBe('now');
    expect(date('nil', 'yyyy')).toBe('');
  });

  it('is also spelt date', () => {
    expect(render('{{ "2024-01-02" | date: "dd.MM.yyyy" }}')).toBe('02.01.2024');
  });
});

describe('Date format errors', () => {
  it.each(["'unclosed", 'q', 'H', '%', '%%', 'ffffffff', 'yyyy\\'])('fails the render on %s', (format) => {
    const { template } = parseLiquid(`{{ "now" | Date: ${literal(format)} }}`);
    expect(() => renderLiquid(template!, {}, { now })).toThrow(LiquidRenderError);
    expect(() => renderLiquid(template!, {}, { now })).toThrow(/is not a valid .NET date format string/);
  });
});
