import { describe, expect, it } from 'vitest';
import { parseSignature, parseTypeSyntax } from './signature-syntax.js';

describe('the signature language of the model', () => {
  it('reads methods, with static, generics, extensions, defaults and params', () => {
    expect(parseSignature('static bool IsNullOrEmpty(string value)')).toMatchObject({
      kind: 'method',
      isStatic: true,
      name: 'IsNullOrEmpty',
      returns: { name: 'bool' },
      parameters: [{ name: 'value', type: { name: 'string' }, modifier: null }],
    });
    expect(parseSignature('T GetValueOrDefault<T>(string name, T defaultValue = default)')).toMatchObject({
      typeParameters: ['T'],
      parameters: [{ name: 'name' }, { name: 'defaultValue', defaultValue: 'default' }],
    });
    expect(
      parseSignature(
        'static IEnumerable<TResult> Select<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector)',
      ),
    ).toMatchObject({
      typeParameters: ['TSource', 'TResult'],
      parameters: [{ modifier: 'this' }, { type: { name: 'Func' } }],
    });
    expect(parseSignature('string[] Split(params char[] separator)')).toMatchObject({
      returns: { name: 'string', arrays: [1] },
      parameters: [{ modifier: 'params', type: { name: 'char', arrays: [1] } }],
    });
    expect(parseSignature('static bool TryParse(string s, out int result)')).toMatchObject({
      parameters: [{}, { modifier: 'out', type: { name: 'int' } }],
    });
    expect(parseSignature('int IndexOf(char value, int startIndex = -1)').kind).toBe('method');
  });

  it('reads properties, indexers, fields, constructors, operators and conversions', () => {
    expect(parseSignature('int Length { get; }')).toEqual({
      kind: 'property',
      isStatic: false,
      type: parseTypeSyntax('int'),
      name: 'Length',
      setter: false,
    });
    expect(parseSignature('static DateTime Now { get; }')).toMatchObject({
      kind: 'property',
      isStatic: true,
    });
    expect(parseSignature('JToken this[object key] { get; set; }')).toMatchObject({
      kind: 'indexer',
      setter: true,
    });
    expect(parseSignature('const int MaxValue = 2147483647')).toMatchObject({
      kind: 'field',
      isConst: true,
      isStatic: true,
      value: '2147483647',
    });
    expect(parseSignature('static readonly string Empty')).toMatchObject({
      kind: 'field',
      isStatic: true,
      isConst: false,
      value: null,
    });
    expect(parseSignature('new(string uriString)')).toMatchObject({
      kind: 'constructor',
      parameters: [{ name: 'uriString' }],
    });
    expect(parseSignature('static TimeSpan operator -(DateTime d1, DateTime d2)')).toMatchObject({
      kind: 'operator',
      operator: '-',
    });
    expect(parseSignature('static explicit operator string(JToken value)')).toMatchObject({
      kind: 'conversion',
      explicit: true,
      returns: { name: 'string' },
    });
    expect(parseSignature('static implicit operator JToken(int value)')).toMatchObject({
      kind: 'conversion',
      explicit: false,
    });
  });

  it('reads types with qualified names, nested generics, nullable and arrays', () => {
    expect(parseTypeSyntax('System.Collections.Generic.Dictionary<string, List<int[]>>')).toEqual({
      name: 'System.Collections.Generic.Dictionary',
      nullable: false,
      arrays: [],
      arguments: [
        { name: 'string', arguments: [], nullable: false, arrays: [] },
        {
          name: 'List',
          nullable: false,
          arrays: [],
          arguments: [{ name: 'int', arguments: [], nullable: false, arrays: [1] }],
        },
      ],
    });
    expect(parseTypeSyntax('int?[,]')).toMatchObject({ name: 'int', nullable: true, arrays: [2] });
  });

  it('rejects a malformed signature, naming it', () => {
    expect(() => parseSignature('int Length {')).toThrow(/Bad signature 'int Length \{'/);
    expect(() => parseSignature('bool F(int)')).toThrow(/name expected/);
  });
});
