import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DotnetException } from '../exceptions.js';
import { decimalFromBits } from './decimal-convert.js';
import { formatFloatingPoint, formatInteger, type IntegerTypeName } from './format-number.js';
import { invariantNumberFormat, numberFormatOf } from './number-format-info.js';

/**
 * Every row was printed by Mono (which follows .NET Framework) with en-US as the current
 * culture: [kind, value, format, result], a result starting with `!` naming the exception.
 */
const rows = JSON.parse(
  readFileSync(new URL('./__fixtures__/numeric-format.json', import.meta.url), 'utf8'),
) as [string, string, string, string][];

function doubleOfBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
}

function singleOfBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(4));
  view.setUint32(0, Number.parseInt(hex, 16));
  return view.getFloat32(0);
}

const integerKinds: Record<string, IntegerTypeName> = {
  i: 'Int32',
  l: 'Int64',
  s: 'Int16',
  sb: 'SByte',
  b: 'Byte',
  us: 'UInt16',
  ui: 'UInt32',
  ul: 'UInt64',
};

function attempt(run: () => string): string {
  try {
    return run();
  } catch (error) {
    if (error instanceof DotnetException) return `!${error.type.slice(error.type.lastIndexOf('.') + 1)}`;
    throw error;
  }
}

function format(kind: string, value: string, text: string): string | undefined {
  const enUs = numberFormatOf('en-US');
  switch (kind) {
    case 'd':
      return attempt(() => formatFloatingPoint(doubleOfBits(value), text, enUs));
    case 'di':
      return attempt(() => formatFloatingPoint(doubleOfBits(value), text, invariantNumberFormat));
    case 'f':
      return attempt(() => formatFloatingPoint(singleOfBits(value), text, enUs, true));
    case 'm':
      return attempt(() => decimalFromBits(value.split(',').map(Number)).format(text, enUs));
    default: {
      const type = integerKinds[kind];
      if (type === undefined) return undefined;
      return attempt(() => formatInteger(BigInt(value), type, text, enUs));
    }
  }
}

describe('numeric formatting matches .NET Framework', () => {
  for (const kind of ['d', 'di', 'f', 'm', 'i', 'l', 's', 'sb', 'b', 'us', 'ui', 'ul']) {
    it(`formats ${kind} values`, () => {
      const failures: string[] = [];
      let checked = 0;
      for (const [k, value, text, expected] of rows) {
        if (k !== kind) continue;
        const actual = format(k, value, text);
        checked++;
        if (actual !== expected) failures.push(`${value} ${JSON.stringify(text)}: ${actual} ≠ ${expected}`);
      }
      expect(failures).toEqual([]);
      expect(checked).toBeGreaterThan(5);
    });
  }
});
