import { describe, expect, it } from 'vitest';
import '../../model/library/index.js';
import '../../model/runtime-types.js';
import { runtimeTypeNamed } from '../type-resolver.js';
import { JProperty } from './j-property.js';
import { parseJObject, parseJToken } from './load.js';
import { convertToken } from './token-conversions.js';
import { keyedValue, sequenceValues } from './token-values.js';

describe('explicit conversions of tokens', () => {
  it('converts values with the invariant culture', () => {
    expect(convertToken(parseJToken('"42"'), 'Int32', false)).toBe(42);
    expect(convertToken(parseJToken('2.5'), 'Int32', false)).toBe(2);
    expect(convertToken(parseJToken('"2024-01-15T10:30:00Z"'), 'String', false)).toBe('01/15/2024 10:30:00');
    expect(convertToken(JProperty.withContent('a', 'x'), 'String', false)).toBe('x');
  });

  it('handles nulls as .NET does', () => {
    expect(convertToken(null, 'String', false)).toBeNull();
    expect(convertToken(parseJToken('null'), 'Int32', true)).toBeNull();
    expect(() => convertToken(parseJToken('null'), 'Int32', false)).toThrow('Can not convert Null to Int32.');
    expect(() => convertToken(parseJToken('{}'), 'String', false)).toThrow(
      'Can not convert Object to String.',
    );
  });
});

describe('Value<T> and Values<T>', () => {
  const int = runtimeTypeNamed('int');
  it('gives default(T) for a missing key', () => {
    expect(keyedValue(parseJObject('{}'), [int], 'a')).toBe(0);
    expect(keyedValue(parseJObject('{"a":"5"}'), [int], 'a')).toBe(5);
  });

  it('reads the key of each token', () => {
    const array = parseJToken('[{"a":1},{"b":2},{"a":3}]');
    expect([...sequenceValues([int], array, 'a')]).toEqual([1, 3]);
  });
});
