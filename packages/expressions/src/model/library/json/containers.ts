import { invalidCastMessage } from '../../../runtime/exceptions.js';
import { fromObject } from '../../../runtime/json/from-object.js';
import { JArray } from '../../../runtime/json/j-array.js';
import { JConstructor } from '../../../runtime/json/j-constructor.js';
import { JContainer } from '../../../runtime/json/j-container.js';
import { JObject } from '../../../runtime/json/j-object.js';
import { JProperty } from '../../../runtime/json/j-property.js';
import type { JToken } from '../../../runtime/json/j-token.js';
import { parseJArray, parseJObject } from '../../../runtime/json/load.js';
import type { Reference } from '../../../runtime/values.js';
import { accessors, jsMethod, jsProperty } from '../../implementation.js';
import { declareType } from '../../registry.js';

/** The containers of LINQ to JSON: the runtime classes are in `runtime/json/`. */

/** `FromObject` on a subclass: the token must be of that kind (`(JObject)JToken.FromObject(o)`). */
function fromObjectAs<T extends JToken>(kind: abstract new (...args: never[]) => T, name: string) {
  return (o: unknown): T => {
    const token = fromObject(o);
    if (!(token instanceof kind)) {
      throw invalidCastMessage(`Unable to cast object of type '${token.typeName}' to type '${name}'.`);
    }
    return token;
  };
}

declareType({
  name: 'Newtonsoft.Json.Linq.JContainer',
  kind: 'class',
  apim: 'all',
  base: 'JToken',
  interfaces: ['IList<JToken>'],
  test: (value) => value instanceof JContainer,
  members: {
    'int Count { get; }': jsProperty('Count'),
    'void Add(object content)': jsMethod('Add'),
    'void AddFirst(object content)': jsMethod('AddFirst'),
    'void RemoveAll()': jsMethod('RemoveAll'),
    'void ReplaceAll(object content)': jsMethod('ReplaceAll'),
    'void Merge(object content)': jsMethod('Merge'),
    'IEnumerable<JToken> Descendants()': jsMethod('Descendants'),
    'IEnumerable<JToken> DescendantsAndSelf()': jsMethod('DescendantsAndSelf'),
  },
});

declareType({
  name: 'Newtonsoft.Json.Linq.JObject',
  kind: 'class',
  apim: 'all',
  base: 'JContainer',
  interfaces: ['IDictionary<string, JToken>'],
  test: (value) => value instanceof JObject,
  members: {
    'new()': () => new JObject(),
    'new(JObject other)': (other: JObject) => JObject.copyOf(other),
    'new(params object[] content)': (content: unknown) => JObject.withContent(content),
    'new(object content)': (content: unknown) => JObject.withContent(content),
    'JToken this[string propertyName] { get; set; }': accessors(
      jsMethod('propertyValue'),
      jsMethod('setPropertyValue'),
    ),
    'JProperty Property(string name)': (self: JObject, name: string | null) => self.Property(name),
    'JProperty Property(string name, StringComparison comparison)': jsMethod('Property'),
    'IEnumerable<JProperty> Properties()': jsMethod('Properties'),
    'JEnumerable<JToken> PropertyValues()': jsMethod('PropertyValues'),
    'JToken GetValue(string propertyName)': (self: JObject, name: string | null) => self.GetValue(name),
    'JToken GetValue(string propertyName, StringComparison comparison)': jsMethod('GetValue'),
    'bool TryGetValue(string propertyName, out JToken value)': (
      self: JObject,
      name: string | null,
      value: Reference<JToken | null>,
    ) => self.TryGetValue(name, value),
    'void Add(string propertyName, JToken value)': jsMethod('addProperty'),
    'bool ContainsKey(string propertyName)': jsMethod('ContainsKey'),
    'bool Remove(string propertyName)': jsMethod('removeProperty'),
    'IEnumerator<KeyValuePair<string, JToken>> GetEnumerator()': jsMethod('GetEnumerator'),
    'static JObject Parse(string json)': parseJObject,
    'static JObject FromObject(object o)': fromObjectAs(JObject, 'Newtonsoft.Json.Linq.JObject'),
  },
});

declareType({
  name: 'Newtonsoft.Json.Linq.JArray',
  kind: 'class',
  apim: 'all',
  base: 'JContainer',
  interfaces: ['IList<JToken>'],
  test: (value) => value instanceof JArray,
  members: {
    'new()': () => new JArray(),
    'new(JArray other)': (other: JArray) => JArray.copyOf(other),
    'new(params object[] content)': (content: unknown) => JArray.withContent(content),
    'new(object content)': (content: unknown) => JArray.withContent(content),
    'JToken this[int index] { get; set; }': accessors(jsMethod('getItem'), jsMethod('setItem')),
    'void Add(JToken item)': jsMethod('Add'),
    'void Insert(int index, JToken item)': jsMethod('Insert'),
    'void RemoveAt(int index)': jsMethod('RemoveAt'),
    'bool Remove(JToken item)': (self: JArray, item: JToken | null) => self.removeItem(item),
    'int IndexOf(JToken item)': jsMethod('IndexOf'),
    'bool Contains(JToken item)': jsMethod('Contains'),
    'void Clear()': jsMethod('Clear'),
    'bool IsReadOnly { get; }': jsProperty('IsReadOnly'),
    'static JArray Parse(string json)': parseJArray,
    'static JArray FromObject(object o)': fromObjectAs(JArray, 'Newtonsoft.Json.Linq.JArray'),
  },
});

declareType({
  name: 'Newtonsoft.Json.Linq.JProperty',
  kind: 'class',
  apim: 'all',
  base: 'JContainer',
  test: (value) => value instanceof JProperty,
  members: {
    'new(JProperty other)': (other: JProperty) => JProperty.copyOf(other),
    'new(string name, params object[] content)': (name: string | null, content: unknown) =>
      JProperty.withContent(name, content),
    'new(string name, object content)': (name: string | null, content: unknown) =>
      JProperty.withContent(name, content),
    'string Name { get; }': { implementation: jsProperty('Name'), nonNull: true },
    'JToken Value { get; set; }': jsProperty('Value'),
  },
});

declareType({
  name: 'Newtonsoft.Json.Linq.JConstructor',
  kind: 'class',
  apim: 'all',
  base: 'JContainer',
  test: (value) => value instanceof JConstructor,
  members: {
    'new()': () => new JConstructor(),
    'new(string name)': (name: string | null) => JConstructor.named(name),
    'new(JConstructor other)': (other: JConstructor) => other.cloneToken(),
    'new(string name, params object[] content)': (name: string | null, content: unknown) =>
      JConstructor.withContent(name, content),
    'new(string name, object content)': (name: string | null, content: unknown) =>
      JConstructor.withContent(name, content),
    'string Name { get; set; }': jsProperty('Name'),
    'JToken this[object key] { get; set; }': accessors(jsMethod('getItem'), jsMethod('setItem')),
  },
});
