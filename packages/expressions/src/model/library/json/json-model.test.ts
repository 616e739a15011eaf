import { describe, expect, it } from 'vitest';
import '../index.js';
import '../../runtime-types.js';
import { JArray } from '../../../runtime/json/j-array.js';
import { JConstructor } from '../../../runtime/json/j-constructor.js';
import { JEnumerable } from '../../../runtime/json/j-enumerable.js';
import { JObject } from '../../../runtime/json/j-object.js';
import { JProperty } from '../../../runtime/json/j-property.js';
import { JRaw } from '../../../runtime/json/j-raw.js';
import { JValue } from '../../../runtime/json/j-value.js';
import { definitionNamed } from '../../registry.js';
import { declarationProblems, membersOf } from '../test-support/check-declarations.js';

/** The types the JSON area declares, with an instance of their runtime class when they have one. */
const types: readonly (readonly [string, object | null])[] = [
  ['Newtonsoft.Json.Linq.JToken', new JObject()],
  ['Newtonsoft.Json.Linq.JContainer', new JArray()],
  ['Newtonsoft.Json.Linq.JObject', new JObject()],
  ['Newtonsoft.Json.Linq.JArray', new JArray()],
  ['Newtonsoft.Json.Linq.JProperty', new JProperty('p')],
  ['Newtonsoft.Json.Linq.JConstructor', new JConstructor('c')],
  ['Newtonsoft.Json.Linq.JValue', JValue.CreateNull()],
  ['Newtonsoft.Json.Linq.JRaw', new JRaw('1')],
  ['Newtonsoft.Json.Linq.JEnumerable`1', JEnumerable.empty()],
  ['Newtonsoft.Json.Linq.Extensions', null],
  ['Newtonsoft.Json.Linq.JTokenType', null],
  ['Newtonsoft.Json.Formatting', null],
  ['Newtonsoft.Json.JsonConvert', null],
];

function definitionOf(name: string) {
  const definition = definitionNamed(name) ?? definitionNamed(name.replace('`1', '<T>'));
  if (definition === undefined) throw new Error(`${name} is not declared`);
  return definition;
}

describe('the JSON area’s model', () => {
  it.each(types)('resolves every member of %s and finds its implementation', (name, instance) => {
    const definition = definitionOf(name);
    expect(membersOf(definition).length).toBeGreaterThan(0);
    expect(declarationProblems(definition, { sample: instance })).toEqual([]);
  });

  it('allows only SerializeObject and DeserializeObject of JsonConvert', () => {
    const members = [...definitionOf('Newtonsoft.Json.JsonConvert').members.byName.values()].flat();
    expect(members.every((m) => m.allowed)).toBe(true);
    expect(new Set(members.map((m) => m.name))).toEqual(new Set(['SerializeObject', 'DeserializeObject']));
  });

  it('declares the conversions of JToken', () => {
    const operators = definitionOf('Newtonsoft.Json.Linq.JToken').members.operators;
    expect(operators.filter((o) => o.operator === 'explicit').length).toBe(37);
    expect(operators.filter((o) => o.operator === 'implicit').length).toBe(35);
  });
});
