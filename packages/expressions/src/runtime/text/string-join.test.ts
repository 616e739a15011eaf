import { describe, expect, it } from 'vitest';
import '../../model/library/index.js';
import '../../model/runtime-types.js';
import { runtimeTypeNamed } from '../type-resolver.js';
import { concatEnumerable, joinEnumerable, joinObjects } from './string-join.js';

describe('string.Join and string.Concat over sequences', () => {
  it('print the items of Join<T> as their type T (values established with Mono)', () => {
    expect(joinEnumerable(', ', [1.5, 2.25], runtimeTypeNamed('System.Double'))).toBe('1.5, 2.25');
    expect(joinEnumerable(',', [1, 2, 3], runtimeTypeNamed('System.Int32'))).toBe('1,2,3');
    expect(joinEnumerable(null, ['a', null, 'c'])).toBe('ac');
  });

  it('print the characters of Concat<char> as characters', () => {
    expect(concatEnumerable([0x61, 0x62], runtimeTypeNamed('System.Char'))).toBe('ab');
  });

  it('keep .NET Framework’s empty result when the first object is null', () => {
    expect(joinObjects(',', [null, 'a'])).toBe('');
    expect(joinObjects('-', [1, null, true])).toBe('1--True');
  });
});
