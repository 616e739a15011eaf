import { describe, expect, it } from 'vitest';
import '../../model/library/index.js';
import '../../model/runtime-types.js';
import { DateTime } from '../time/date-time.js';
import { Boxed } from '../values.js';
import { BigInteger } from './big-integer.js';
import { JsonTextReader } from './json-text-reader.js';
import { JsonToken, jsonTokenName } from './token-type.js';

/** Every token of a text, as `Name:value@path`. */
function tokens(text: string): string[] {
  const reader = new JsonTextReader(text);
  const found: string[] = [];
  while (reader.read()) {
    const value = reader.value;
    const shown =
      value === null
        ? ''
        : value instanceof Boxed
          ? `:${String(value.value)}`
          : typeof value === 'object'
            ? `:${(value as { ToString(): string }).ToString()}`
            : `:${String(value)}`;
    found.push(`${jsonTokenName(reader.tokenType)}${shown}@${reader.path}`);
  }
  return found;
}

describe('the JSON text reader', () => {
  it('reads tokens with their paths', () => {
    expect(tokens('{"a":[1,"x",true,null],"b":{"c":1.5}}')).toEqual([
      'StartObject@',
      'PropertyName:a@a',
      'StartArray@a',
      'Integer:1@a[0]',
      'String:x@a[1]',
      'Boolean:true@a[2]',
      'Null@a[3]',
      'EndArray@a',
      'PropertyName:b@b',
      'StartObject@b',
      'PropertyName:c@b.c',
      'Float:1.5@b.c',
      'EndObject@b',
      'EndObject@',
    ]);
  });

  it('reads integers as long, larger ones as BigInteger, and dates as DateTime', () => {
    const reader = new JsonTextReader('[9007199254740993, 12345678901234567890, "2024-01-15T10:30:00Z"]');
    reader.read();
    reader.read();
    expect(reader.value).toBe(9007199254740993n);
    reader.read();
    expect(reader.value).toBeInstanceOf(BigInteger);
    reader.read();
    expect(reader.tokenType).toBe(JsonToken.Date);
    expect(reader.value).toBeInstanceOf(DateTime);
  });

  it('accepts Newtonsoft’s extensions', () => {
    expect(tokens("{a:'x' /*c*/}")).toEqual([
      'StartObject@',
      'PropertyName:a@a',
      'String:x@a',
      'Comment:c@a',
      'EndObject@',
    ]);
    expect(tokens('[NaN,undefined]')).toEqual(['StartArray@', 'Float:NaN@[0]', 'Undefined@[1]', 'EndArray@']);
  });

  it('reports errors with the path, line and position', () => {
    expect(() => tokens('{"a":}')).toThrow(
      "Unexpected character encountered while parsing value: }. Path 'a', line 1, position 5.",
    );
    expect(() => tokens('"abc')).toThrow(
      "Unterminated string. Expected delimiter: \". Path '', line 1, position 4.",
    );
    expect(() => tokens('[1 2]')).toThrow(
      "After parsing a value an unexpected character was encountered: 2. Path '[0]', line 1, position 3.",
    );
  });

  it('limits the depth to 64', () => {
    expect(() => tokens(`${'['.repeat(65)}${']'.repeat(65)}`)).toThrow(
      "The reader's MaxDepth of 64 has been exceeded.",
    );
  });
});
