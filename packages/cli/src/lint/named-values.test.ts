import { describe, expect, it } from 'vitest';
import { parseNamedValues } from './named-values.js';

describe('parseNamedValues', () => {
  it('reads a JSON object and a YAML mapping, scalars as text', () => {
    expect(parseNamedValues('{"a": "x", "n": 5, "b": true}', 'v.json', 'json')).toEqual({
      a: 'x',
      n: '5',
      b: 'true',
    });
    expect(parseNamedValues('a: x\nn: 5\n', 'v.yaml', 'yaml')).toEqual({ a: 'x', n: '5' });
  });

  it("reads Azure's lists by display name, leaving out values it does not give", () => {
    const cli =
      '[{"displayName":"a","name":"id1","value":"x"},{"displayName":"s","name":"id2","value":null,"secret":true}]';
    expect(parseNamedValues(cli, 'v.json', 'json')).toEqual({ a: 'x' });
    const rest = JSON.stringify({ value: [{ name: 'id1', properties: { displayName: 'a', value: 'x' } }] });
    expect(parseNamedValues(rest, 'v.json', 'json')).toEqual({ a: 'x' });
  });

  it('refuses invalid syntax and other shapes, naming the file', () => {
    expect(() => parseNamedValues('{', 'v.json', 'json')).toThrow("'v.json' is not valid JSON");
    expect(() => parseNamedValues('a: [', 'v.yaml', 'yaml')).toThrow("'v.yaml' is not valid YAML");
    expect(() => parseNamedValues('"text"', 'v.json', 'json')).toThrow("'v.json' must map named-value names");
    expect(() => parseNamedValues('{"a": {"b": 1}}', 'v.json', 'json')).toThrow(
      "the named value 'a' must be",
    );
  });
});
