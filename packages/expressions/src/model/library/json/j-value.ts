import { JRaw } from '../../../runtime/json/j-raw.js';
import { JValue } from '../../../runtime/json/j-value.js';
import { boxAs } from '../../../runtime/json/json-values.js';
import { JTokenType } from '../../../runtime/json/token-type.js';
import type { MemberDeclaration } from '../../declaration.js';
import { jsMethod, jsProperty } from '../../implementation.js';
import { declareType } from '../../registry.js';

/** `Newtonsoft.Json.Linq.JValue` and `JRaw`: the runtime classes are in `runtime/json/`. */

/** `new JValue(T value)`: the C# parameter type and the .NET type the value is stored as. */
const constructors: readonly (readonly [string, string])[] = [
  ['long', 'long'],
  ['ulong', 'ulong'],
  ['double', 'double'],
  ['float', 'float'],
  ['decimal', 'decimal'],
  ['bool', 'bool'],
  ['DateTime', 'DateTime'],
  ['DateTimeOffset', 'DateTimeOffset'],
  ['Guid', 'Guid'],
  ['TimeSpan', 'TimeSpan'],
];

const members: Record<string, MemberDeclaration> = {
  'new(JValue other)': (other: JValue) => other.cloneToken(),
  'new(object value)': (value: unknown) => JValue.fromObject(value),
  'new(string value)': (value: string | null) => JValue.CreateString(value),
  'new(char value)': (value: number) => new JValue(boxAs('char', value), JTokenType.String),
  'new(Uri value)': (value: unknown) => JValue.fromObject(value),
  'object Value { get; set; }': jsProperty('Value'),
  'int CompareTo(JValue obj)': jsMethod('CompareTo'),
  'bool Equals(JValue other)': jsMethod('Equals'),
  'string ToString(string format)': (self: JValue, format: string | null) => self.formatWith(format, null),
  'string ToString(IFormatProvider formatProvider)': (self: JValue, provider: unknown) =>
    self.formatWith(null, provider),
  'string ToString(string format, IFormatProvider formatProvider)': jsMethod('formatWith'),
  'static JValue CreateNull()': () => JValue.CreateNull(),
  'static JValue CreateUndefined()': () => JValue.CreateUndefined(),
  'static JValue CreateString(string value)': (value: string | null) => JValue.CreateString(value),
  'static JValue CreateComment(string value)': (value: string | null) => JValue.CreateComment(value),
};

for (const [type, stored] of constructors) {
  members[`new(${type} value)`] = (value: unknown) => JValue.fromObject(boxAs(stored, value));
}

declareType({
  name: 'Newtonsoft.Json.Linq.JValue',
  kind: 'class',
  apim: 'all',
  base: 'JToken',
  interfaces: ['IEquatable<JValue>', 'IFormattable', 'IComparable', 'IComparable<JValue>', 'IConvertible'],
  test: (value) => value instanceof JValue,
  members,
});

declareType({
  name: 'Newtonsoft.Json.Linq.JRaw',
  kind: 'class',
  apim: 'all',
  base: 'JValue',
  test: (value) => value instanceof JRaw,
  members: {
    'new(object rawJson)': (rawJson: unknown) => new JRaw(rawJson),
    'new(JRaw other)': (other: JRaw) => other.cloneToken(),
  },
});
