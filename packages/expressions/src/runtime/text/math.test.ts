import { describe, expect, it } from 'vitest';
import { pow, roundDouble, roundDoubleDigits } from './math.js';

describe('Math as .NET Framework computes it', () => {
  it('Pow: NaN for any NaN argument and for Pow(-1, ±∞), 1 for Pow(1, ±∞)', () => {
    expect(pow(Number.NaN, 0)).toBeNaN();
    expect(pow(1, Number.NaN)).toBeNaN();
    expect(pow(-1, Number.NEGATIVE_INFINITY)).toBeNaN();
    expect(pow(1, Number.POSITIVE_INFINITY)).toBe(1);
    expect(pow(2, 10)).toBe(1024);
  });

  it('Round: to even by default, by scaling when given digits (values established with Mono)', () => {
    expect(roundDouble(2.5)).toBe(2);
    expect(roundDouble(-2.5)).toBe(-2);
    expect(roundDouble(3.5)).toBe(4);
    expect(roundDoubleDigits(2.345, 2)).toBe(2.35);
    expect(roundDoubleDigits(2.675, 2)).toBe(2.68);
    expect(roundDoubleDigits(1.005, 2)).toBe(1);
    expect(roundDoubleDigits(0.285, 2)).toBe(0.28);
    expect(roundDoubleDigits(2.5, 0, 1)).toBe(3);
  });
});
