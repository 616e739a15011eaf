import { describe, expect, it } from 'vitest';
import '../../model/library/index.js';
import '../../model/runtime-types.js';
import { List } from '../collections/list.js';
import { DotnetException } from '../exceptions.js';
import { Guid } from '../text/guid.js';
import { runtimeTypeNamed } from '../type-resolver.js';
import { Boxed, ELEMENT_TYPE } from '../values.js';
import { dotnetTypeNameOf } from './type-name.js';

describe('dotnetTypeNameOf', () => {
  it('names primitives, boxed values and exceptions', () => {
    expect(dotnetTypeNameOf('a')).toBe('System.String');
    expect(dotnetTypeNameOf(1)).toBe('System.Int32');
    expect(dotnetTypeNameOf(1n)).toBe('System.Int64');
    expect(dotnetTypeNameOf(true)).toBe('System.Boolean');
    expect(dotnetTypeNameOf(() => 1)).toBe('System.Delegate');
    expect(dotnetTypeNameOf(new Boxed(runtimeTypeNamed('double'), 1.5))).toBe('System.Double');
    expect(dotnetTypeNameOf(new DotnetException('System.FormatException', 'bad'))).toBe(
      'System.FormatException',
    );
  });

  it('names arrays by their element type', () => {
    expect(dotnetTypeNameOf(new Uint8Array(1))).toBe('System.Byte[]');
    expect(dotnetTypeNameOf([])).toBe('System.Object[]');
    const strings = Object.assign([], { [ELEMENT_TYPE]: runtimeTypeNamed('string') });
    expect(dotnetTypeNameOf(strings)).toBe('System.String[]');
  });

  it('names runtime class instances with their type arguments', () => {
    expect(dotnetTypeNameOf(Guid.newGuid())).toBe('System.Guid');
    expect(dotnetTypeNameOf(new List([runtimeTypeNamed('string')]))).toBe(
      'System.Collections.Generic.List`1[System.String]',
    );
    expect(dotnetTypeNameOf({})).toBe('System.Object');
  });
});
