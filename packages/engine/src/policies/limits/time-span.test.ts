import { describe, expect, it } from 'vitest';
import { parseInstant, secondsUntil, timeSpanText } from './time-span.js';

describe('time spans and instants', () => {
  it('formats seconds as TimeSpan.ToString() does', () => {
    expect(timeSpanText(0)).toBe('00:00:00');
    expect(timeSpanText(3599)).toBe('00:59:59');
    expect(timeSpanText(86400 + 3 * 3600 + 4 * 60 + 5)).toBe('1.03:04:05');
  });

  it('rounds waits up to whole seconds, at least one', () => {
    expect(secondsUntil(1001, 0)).toBe(2);
    expect(secondsUntil(1000, 0)).toBe(1);
    expect(secondsUntil(0, 0)).toBe(1);
  });

  it('reads ISO 8601 instants as UTC unless they say otherwise, including year 1', () => {
    expect(parseInstant('2025-01-01T00:30:00Z')).toBe(Date.UTC(2025, 0, 1, 0, 30));
    expect(parseInstant('2025-01-01T00:30:00')).toBe(Date.UTC(2025, 0, 1, 0, 30));
    expect(parseInstant('2025-01-01T02:30:00+02:00')).toBe(Date.UTC(2025, 0, 1, 0, 30));
    expect(parseInstant('2025-01-01')).toBe(Date.UTC(2025, 0, 1));
    expect(parseInstant('2025-01-01T00:00:00.250Z')).toBe(Date.UTC(2025, 0, 1) + 250);
    expect(parseInstant('0001-01-01T00:00:00Z')).toBe(-62135596800000);
    expect(parseInstant('yesterday')).toBeNull();
  });
});
