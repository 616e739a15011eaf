import { describe, expect, it } from 'vitest';
import '../../model/library/index.js';
import '../../model/runtime-types.js';
import { AnonymousObject, AnonymousShape } from '../core/anonymous.js';
import { runtimeTypeNamed } from '../type-resolver.js';
import { tagArray } from '../values.js';
import { fromObject } from './from-object.js';
import { JObject } from './j-object.js';
import { deserializeObject, deserializeObjectAs, serializeObject } from './json-convert.js';
import { parseJObject } from './load.js';
import { Formatting } from './token-type.js';

const shape = (names: string[], types: string[]) =>
  new AnonymousShape(
    names,
    types.map((t) => (value: unknown) => runtimeTypeNamed(t).box(value)),
    (value) => String(value),
  );

describe('JsonConvert', () => {
  it('serializes anonymous objects in declaration order, with their value types', () => {
    const value = new AnonymousObject(shape(['a', 'd', 's', 'n'], ['int', 'double', 'string', 'string']), [
      1,
      1,
      'x',
      null,
    ]);
    expect(serializeObject(value)).toBe('{"a":1,"d":1.0,"s":"x","n":null}');
  });

  it('serializes typed arrays by their element type', () => {
    expect(serializeObject(tagArray([1, 2.5], runtimeTypeNamed('double')))).toBe('[1.0,2.5]');
    expect(serializeObject(tagArray([], runtimeTypeNamed('string')))).toBe('[]');
  });

  it('serializes tokens and values', () => {
    expect(serializeObject(parseJObject('{"a":1}'), Formatting.Indented)).toBe('{\r\n  "a": 1\r\n}');
    expect(serializeObject('a"b')).toBe('"a\\"b"');
    expect(serializeObject(null)).toBe('null');
    expect(serializeObject(true)).toBe('true');
  });

  it('deserializes', () => {
    expect(deserializeObject('5')).toBe(5n);
    expect(deserializeObject('')).toBeNull();
    expect(deserializeObject('{"a":1}')).toBeInstanceOf(JObject);
    expect(deserializeObjectAs([runtimeTypeNamed('int')], '5')).toBe(5);
    expect(deserializeObjectAs([runtimeTypeNamed('JObject')], 'null')).toBeNull();
    expect(() => deserializeObjectAs([runtimeTypeNamed('JObject')], '[1]')).toThrow(
      "Deserialized JSON type 'Newtonsoft.Json.Linq.JArray' is not compatible with expected type 'Newtonsoft.Json.Linq.JObject'. Path '', line 1, position 3.",
    );
  });

  it('builds tokens from objects', () => {
    expect(() => fromObject(null)).toThrow('Value cannot be null');
    expect(fromObject(tagArray([1, 2], runtimeTypeNamed('int'))).toJson(Formatting.None)).toBe('[1,2]');
  });
});
