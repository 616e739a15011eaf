import { fromObject } from '../../../runtime/json/from-object.js';
import { JToken } from '../../../runtime/json/j-token.js';
import { JValue } from '../../../runtime/json/j-value.js';
import { selectToken, selectTokens } from '../../../runtime/json/jpath/select-token.js';
import { boxAs } from '../../../runtime/json/json-values.js';
import { parseJToken } from '../../../runtime/json/load.js';
import { deepEquals, toObject } from '../../../runtime/json/to-object.js';
import { type ConversionTarget, convertToken } from '../../../runtime/json/token-conversions.js';
import type { Formatting } from '../../../runtime/json/token-type.js';
import { childValues, keyedValue } from '../../../runtime/json/token-values.js';
import type { MemberDeclaration } from '../../declaration.js';
import { accessors, jsMethod, jsProperty, withTypeArguments } from '../../implementation.js';
import { declareType } from '../../registry.js';

/** `Newtonsoft.Json.Linq.JToken`: the runtime class is `runtime/json/j-token.ts`. */

/** The C# types of the explicit conversions from `JToken`, with their conversion target. */
const conversions: readonly (readonly [string, ConversionTarget, boolean])[] = [
  ['bool', 'Boolean', true],
  ['char', 'Char', true],
  ['sbyte', 'SByte', true],
  ['byte', 'Byte', true],
  ['short', 'Int16', true],
  ['ushort', 'UInt16', true],
  ['int', 'Int32', true],
  ['uint', 'UInt32', true],
  ['long', 'Int64', true],
  ['ulong', 'UInt64', true],
  ['float', 'Single', true],
  ['double', 'Double', true],
  ['decimal', 'Decimal', true],
  ['DateTime', 'DateTime', true],
  ['DateTimeOffset', 'DateTimeOffset', true],
  ['Guid', 'Guid', true],
  ['TimeSpan', 'TimeSpan', true],
  ['string', 'String', false],
  ['Uri', 'Uri', false],
  ['byte[]', 'byte array', false],
];

/**
 * The implicit conversions to `JToken` (`new JValue(value)`): the C# type and the .NET type the
 * chosen `JValue` constructor stores (`int` widens to `long`, as overload resolution picks
 * `JValue(long)`); nullable sources go through `JValue(object)` and keep their type.
 */
const implicitSources: readonly (readonly [string, string])[] = [
  ['bool', 'bool'],
  ['sbyte', 'long'],
  ['byte', 'long'],
  ['short', 'long'],
  ['ushort', 'long'],
  ['int', 'long'],
  ['uint', 'long'],
  ['long', 'long'],
  ['ulong', 'ulong'],
  ['float', 'float'],
  ['double', 'double'],
  ['decimal', 'decimal'],
  ['DateTime', 'DateTime'],
  ['DateTimeOffset', 'DateTimeOffset'],
  ['Guid', 'Guid'],
  ['TimeSpan', 'TimeSpan'],
];

/** `long` from a typed integer (a number or a bigint). */
const asLong = (value: number | bigint): bigint => (typeof value === 'bigint' ? value : BigInt(value));

function implicitConversion(stored: string): (value: unknown) => JValue {
  if (stored === 'long') return (value) => JValue.fromObject(asLong(value as number | bigint));
  return (value) => JValue.fromObject(boxAs(stored, value));
}

const members: Record<string, MemberDeclaration> = {
  'JTokenType Type { get; }': jsProperty('Type'),
  'bool HasValues { get; }': jsProperty('HasValues'),
  'JContainer Parent { get; }': jsProperty('Parent'),
  'JToken Root { get; }': { implementation: jsProperty('Root'), nonNull: true },
  'JToken Next { get; }': jsProperty('Next'),
  'JToken Previous { get; }': jsProperty('Previous'),
  'string Path { get; }': { implementation: jsProperty('Path'), nonNull: true },
  'JToken First { get; }': jsProperty('First'),
  'JToken Last { get; }': jsProperty('Last'),
  'JToken this[object key] { get; set; }': accessors(jsMethod('getItem'), jsMethod('setItem')),
  'JEnumerable<JToken> Children()': jsMethod('Children'),
  'IEnumerable<JToken> AfterSelf()': jsMethod('AfterSelf'),
  'IEnumerable<JToken> BeforeSelf()': jsMethod('BeforeSelf'),
  'IEnumerable<JToken> Ancestors()': jsMethod('Ancestors'),
  'IEnumerable<JToken> AncestorsAndSelf()': jsMethod('AncestorsAndSelf'),
  'void Remove()': jsMethod('Remove'),
  'void Replace(JToken value)': jsMethod('Replace'),
  'void AddAfterSelf(object content)': jsMethod('AddAfterSelf'),
  'void AddBeforeSelf(object content)': jsMethod('AddBeforeSelf'),
  'JToken DeepClone()': jsMethod('DeepClone'),
  'string ToString()': jsMethod('ToString'),
  'string ToString(Formatting formatting)': (self: JToken, formatting: Formatting) => self.toJson(formatting),
  'T Value<T>(object key)': withTypeArguments(keyedValue),
  'IEnumerable<T> Values<T>()': withTypeArguments(childValues),
  'T ToObject<T>()': withTypeArguments(toObject),
  'JToken SelectToken(string path)': (self: JToken, path: string | null) => selectToken(self, path),
  'JToken SelectToken(string path, bool errorWhenNoMatch)': selectToken,
  'IEnumerable<JToken> SelectTokens(string path)': (self: JToken, path: string | null) =>
    selectTokens(self, path),
  'IEnumerable<JToken> SelectTokens(string path, bool errorWhenNoMatch)': selectTokens,
  'static JToken Parse(string json)': parseJToken,
  'static JToken FromObject(object o)': fromObject,
  'static bool DeepEquals(JToken t1, JToken t2)': deepEquals,
  'static implicit operator JToken(string value)': (value: string | null) => JValue.CreateString(value),
  'static implicit operator JToken(byte[] value)': (value: Uint8Array | null) => JValue.fromObject(value),
  'static implicit operator JToken(Uri value)': (value: unknown) => JValue.fromObject(value),
};

for (const [type, target, isValueType] of conversions) {
  members[`static explicit operator ${type}(JToken value)`] = (value: JToken | null) =>
    convertToken(value, target, false);
  if (isValueType) {
    members[`static explicit operator ${type}?(JToken value)`] = (value: JToken | null) =>
      convertToken(value, target, true);
  }
}

for (const [source, stored] of implicitSources) {
  members[`static implicit operator JToken(${source} value)`] = implicitConversion(stored);
  members[`static implicit operator JToken(${source}? value)`] = (value: unknown) =>
    JValue.fromObject(value === null ? null : boxAs(source, value));
}

declareType({
  name: 'Newtonsoft.Json.Linq.JToken',
  kind: 'class',
  apim: 'all',
  interfaces: ['IEnumerable<JToken>'],
  test: (value) => value instanceof JToken,
  members,
});
