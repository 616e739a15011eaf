import { describe, expect, it } from 'vitest';
import { compare, liquidEquals, sortOrder } from './compare.js';
import { LiquidRenderError } from './errors.js';
import { BLANK, EMPTY, LiquidDecimal } from './values.js';

describe('liquidEquals', () => {
  it.each([
    [1, 1, true],
    [1, new LiquidDecimal(1), true],
    [1, '1', true],
    ['1', 1, true],
    [1, '1.0', true],
    [1, 'x', false],
    [true, 'True', true],
    ['true', true, true],
    [false, 'false', true],
    [null, undefined, true],
    [null, false, false],
    [null, 0, false],
    ['a', 'a', true],
    ['a', 'A', false],
    [[1, [2]], [1, [2]], true],
    [{ a: 1 }, { a: 1 }, true],
    [{ a: 1 }, { a: 2 }, false],
  ])('%j == %j is %s', (left, right, expected) => {
    expect(liquidEquals(left, right)).toBe(expected);
  });

  it('tests empty and blank from either side', () => {
    expect(liquidEquals('', EMPTY)).toBe(true);
    expect(liquidEquals(EMPTY, [])).toBe(true);
    expect(liquidEquals(null, EMPTY)).toBe(false);
    expect(liquidEquals(null, BLANK)).toBe(true);
    expect(liquidEquals(false, BLANK)).toBe(true);
    expect(liquidEquals(' \t', BLANK)).toBe(true);
    expect(liquidEquals(0, BLANK)).toBe(false);
    expect(liquidEquals(EMPTY, EMPTY)).toBe(true);
    expect(liquidEquals(EMPTY, BLANK)).toBe(false);
  });
});

describe('compare', () => {
  it('orders numbers and strings', () => {
    expect(compare(2, '<', 10)).toBe(true);
    expect(compare('2', '<', '10')).toBe(false);
    expect(compare('10', '>', 2)).toBe(true);
    expect(compare('B', '<', 'a')).toBe(true);
    expect(compare(new LiquidDecimal(2.5), '>=', 2.5)).toBe(true);
  });

  it('is false with nil on either side', () => {
    expect(compare(null, '<', 1)).toBe(false);
    expect(compare(1, '>=', undefined)).toBe(false);
  });

  it('fails on values that do not order', () => {
    expect(() => compare(1, '<', 'x')).toThrow(LiquidRenderError);
    expect(() => compare(true, '<', false)).toThrow(/cannot compare the boolean true with the boolean false/);
    expect(() => compare({}, '>', 1)).toThrow(/cannot compare an object/);
  });

  it('tests contains', () => {
    expect(compare('abc', 'contains', 'b')).toBe(true);
    expect(compare('a1', 'contains', 1)).toBe(true);
    expect(compare([1, 2], 'contains', 2)).toBe(true);
    expect(compare([1, 2], 'contains', '2')).toBe(false);
    expect(compare({ a: 1 }, 'contains', 'a')).toBe(false);
    expect(compare(null, 'contains', 'a')).toBe(false);
    expect(compare('abc', 'contains', null)).toBe(false);
  });
});

describe('sortOrder', () => {
  it('puts nil first', () => {
    expect([3, null, 1].sort(sortOrder)).toEqual([null, 1, 3]);
  });
});
