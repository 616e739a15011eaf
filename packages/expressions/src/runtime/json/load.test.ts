import { describe, expect, it } from 'vitest';
import { parseJArray, parseJObject, parseJToken } from './load.js';
import '../../model/library/index.js';
import '../../model/runtime-types.js';
import { Formatting } from './token-type.js';

describe('parsing JSON into tokens', () => {
  it('parses and prints indented JSON', () => {
    const token = parseJToken('{"a":1,"b":[true,null,"x"],"c":{"d":1.5}}');
    expect(token.ToString()).toBe(
      '{\r\n  "a": 1,\r\n  "b": [\r\n    true,\r\n    null,\r\n    "x"\r\n  ],\r\n  "c": {\r\n    "d": 1.5\r\n  }\r\n}',
    );
    expect(token.toJson(Formatting.None)).toBe('{"a":1,"b":[true,null,"x"],"c":{"d":1.5}}');
  });

  it('replaces a repeated property in place', () => {
    expect(parseJObject('{"a":1,"b":2,"a":3}').toJson(Formatting.None)).toBe('{"a":3,"b":2}');
  });

  it('parses arrays and values', () => {
    expect(parseJArray('[1, 2]').Count).toBe(2);
    expect(parseJToken('"s"').ToString()).toBe('s');
  });

  it('rejects a non-object for JObject.Parse', () => {
    expect(() => parseJObject('[1]')).toThrow(
      "Error reading JObject from JsonReader. Current JsonReader item is not an object: StartArray. Path '', line 1, position 1.",
    );
  });

  it('rejects text after the content', () => {
    expect(() => parseJToken('{} x')).toThrow(
      /Additional text encountered after finished reading JSON content: x/,
    );
  });
});
