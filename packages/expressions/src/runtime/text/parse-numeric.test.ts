import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DotnetException } from '../exceptions.js';
import type { IntegralName } from './decimal-convert.js';
import { formatFloatingPoint } from './format-number.js';
import { invariantNumberFormat, numberFormatOf } from './number-format-info.js';
import { decimalStyle, floatStyle, integerStyle } from './number-styles.js';
import { parseDecimal, parseFloating, parseIntegral } from './parse-numeric.js';

/**
 * Rows printed by Mono (.NET Framework behaviour), en-US: [type, style (-1: the type's default
 * `Parse(string)`), input, result]. Doubles print as `R`, decimals as `value|scale`, and
 * exceptions as `!Name`.
 */
const rows = JSON.parse(
  readFileSync(new URL('./__fixtures__/numeric-parse.json', import.meta.url), 'utf8'),
) as [string, number, string | null, string][];

const integrals: Record<string, IntegralName> = {
  int: 'Int32',
  long: 'Int64',
  short: 'Int16',
  byte: 'Byte',
  sbyte: 'SByte',
  ushort: 'UInt16',
  uint: 'UInt32',
  ulong: 'UInt64',
};

function attempt(run: () => string): string {
  try {
    return run();
  } catch (error) {
    if (error instanceof DotnetException) return `!${error.type.slice(error.type.lastIndexOf('.') + 1)}`;
    throw error;
  }
}

function parse(type: string, style: number, input: string | null): string {
  const info = numberFormatOf('en-US');
  const integral = integrals[type];
  if (integral !== undefined) {
    return attempt(() => String(parseIntegral(input, integral, style < 0 ? integerStyle : style, info)));
  }
  if (type === 'decimal') {
    return attempt(() => {
      const value = parseDecimal(input, style < 0 ? decimalStyle : style, info);
      return `${value.format(null, info)}|${value.scale}`;
    });
  }
  const single = type === 'float';
  return attempt(() =>
    formatFloatingPoint(
      parseFloating(input, style < 0 ? floatStyle : style, info, single),
      'R',
      info,
      single,
    ),
  );
}

describe('numeric parsing matches .NET Framework', () => {
  for (const type of [
    'int',
    'long',
    'short',
    'byte',
    'sbyte',
    'ushort',
    'uint',
    'ulong',
    'double',
    'float',
    'decimal',
  ]) {
    it(`parses ${type}`, () => {
      const failures: string[] = [];
      let checked = 0;
      for (const [t, style, input, expected] of rows) {
        if (t !== type) continue;
        checked++;
        const actual = parse(t, style, input);
        if (actual !== expected) failures.push(`${style} ${JSON.stringify(input)}: ${actual} ≠ ${expected}`);
      }
      expect(failures).toEqual([]);
      expect(checked).toBeGreaterThan(80);
    });
  }

  it('reads the invariant culture’s symbols', () => {
    expect(parseFloating('Infinity', floatStyle, invariantNumberFormat)).toBe(Number.POSITIVE_INFINITY);
  });
});
