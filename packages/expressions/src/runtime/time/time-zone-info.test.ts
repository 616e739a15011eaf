import { describe, expect, it } from 'vitest';
import { DotnetException } from '../exceptions.js';
import { findSystemTimeZoneById, hasSameRules, utcZone } from './time-zone-info.js';

describe('TimeZoneInfo.FindSystemTimeZoneById', () => {
  it('finds Windows ids ignoring case and keeps the id as given, as the registry lookup does', () => {
    expect(findSystemTimeZoneById('Eastern Standard Time').id).toBe('Eastern Standard Time');
    expect(findSystemTimeZoneById('eastern standard time').id).toBe('eastern standard time');
    expect(
      findSystemTimeZoneById('eastern standard time').Equals(findSystemTimeZoneById('Eastern Standard Time')),
    ).toBe(true);
  });

  it('answers TimeZoneInfo.Utc for "UTC" in any case', () => {
    expect(findSystemTimeZoneById('utc')).toBe(utcZone());
  });

  it('finds IANA ids', () => {
    expect(findSystemTimeZoneById('Europe/Berlin').id).toBe('Europe/Berlin');
  });

  it('throws TimeZoneNotFoundException for unknown and empty ids', () => {
    for (const id of ['', 'Nowhere/City']) {
      const thrown = (() => {
        try {
          findSystemTimeZoneById(id);
        } catch (error) {
          return error;
        }
        return null;
      })();
      expect(thrown).toBeInstanceOf(DotnetException);
      expect((thrown as DotnetException).type).toBe('System.TimeZoneNotFoundException');
      expect((thrown as DotnetException).message).toBe(
        `The time zone ID '${id}' was not found on the local computer.`,
      );
    }
  });
});

describe('TimeZoneInfo.HasSameRules', () => {
  it('compares the clocks of the zones', () => {
    const berlin = findSystemTimeZoneById('W. Europe Standard Time');
    expect(hasSameRules(berlin, findSystemTimeZoneById('Europe/Berlin'))).toBe(true);
    expect(hasSameRules(berlin, findSystemTimeZoneById('Eastern Standard Time'))).toBe(false);
    expect(() => hasSameRules(berlin, null)).toThrow(DotnetException);
  });
});
