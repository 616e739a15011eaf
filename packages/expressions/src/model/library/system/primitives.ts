import { Boxed } from '../../../runtime/values.js';
import { declareType } from '../../registry.js';

/** A test for a value type held as `Boxed` (see `runtime/values.ts`). */
const boxedAs = (name: string) => (value: unknown) => value instanceof Boxed && value.type.name === name;

const numeric = (name: string) => [
  'IComparable',
  `IComparable<${name}>`,
  `IEquatable<${name}>`,
  'IFormattable',
  'IConvertible',
];

export const booleanType = declareType({
  name: 'System.Boolean',
  keyword: 'bool',
  kind: 'struct',
  apim: 'all',
  interfaces: ['IComparable', 'IComparable<bool>', 'IEquatable<bool>', 'IConvertible'],
  test: (value) => typeof value === 'boolean',
});
export const charType = declareType({
  name: 'System.Char',
  keyword: 'char',
  kind: 'struct',
  apim: 'all',
  interfaces: ['IComparable', 'IComparable<char>', 'IEquatable<char>', 'IConvertible'],
  test: boxedAs('System.Char'),
  boxing: 'boxed',
});
export const sbyteType = declareType({
  name: 'System.SByte',
  keyword: 'sbyte',
  kind: 'struct',
  apim: 'all',
  interfaces: numeric('sbyte'),
  test: boxedAs('System.SByte'),
  boxing: 'boxed',
});
export const byteType = declareType({
  name: 'System.Byte',
  keyword: 'byte',
  kind: 'struct',
  apim: 'all',
  interfaces: numeric('byte'),
  test: boxedAs('System.Byte'),
  boxing: 'boxed',
});
export const int16Type = declareType({
  name: 'System.Int16',
  keyword: 'short',
  kind: 'struct',
  apim: 'all',
  interfaces: numeric('short'),
  test: boxedAs('System.Int16'),
  boxing: 'boxed',
});
export const uint16Type = declareType({
  name: 'System.UInt16',
  keyword: 'ushort',
  kind: 'struct',
  apim: 'all',
  interfaces: numeric('ushort'),
  test: boxedAs('System.UInt16'),
  boxing: 'boxed',
});
export const int32Type = declareType({
  name: 'System.Int32',
  keyword: 'int',
  kind: 'struct',
  apim: 'all',
  interfaces: numeric('int'),
  test: (value) => typeof value === 'number',
});
export const uint32Type = declareType({
  name: 'System.UInt32',
  keyword: 'uint',
  kind: 'struct',
  apim: 'all',
  interfaces: numeric('uint'),
  test: boxedAs('System.UInt32'),
  boxing: 'boxed',
});
export const int64Type = declareType({
  name: 'System.Int64',
  keyword: 'long',
  kind: 'struct',
  apim: 'all',
  interfaces: numeric('long'),
  test: (value) => typeof value === 'bigint',
});
export const uint64Type = declareType({
  name: 'System.UInt64',
  keyword: 'ulong',
  kind: 'struct',
  apim: 'all',
  interfaces: numeric('ulong'),
  test: boxedAs('System.UInt64'),
  boxing: 'boxed',
});
export const singleType = declareType({
  name: 'System.Single',
  keyword: 'float',
  kind: 'struct',
  apim: 'all',
  interfaces: numeric('float'),
  test: boxedAs('System.Single'),
  boxing: 'boxed',
});
export const doubleType = declareType({
  name: 'System.Double',
  keyword: 'double',
  kind: 'struct',
  apim: 'all',
  interfaces: numeric('double'),
  test: boxedAs('System.Double'),
  boxing: 'boxed',
});
export const stringType = declareType({
  name: 'System.String',
  keyword: 'string',
  kind: 'class',
  sealed: true,
  apim: 'all',
  interfaces: [
    'IEnumerable<char>',
    'IComparable',
    'IComparable<string>',
    'IEquatable<string>',
    'IConvertible',
    'ICloneable',
  ],
  test: (value) => typeof value === 'string',
});
export const voidType = declareType({ name: 'System.Void', keyword: 'void', kind: 'struct', apim: 'none' });
export const nullableType = declareType({ name: 'System.Nullable<T>', kind: 'struct', apim: 'all' });
export const arrayType = declareType({
  name: 'System.Array',
  kind: 'class',
  apim: 'all',
  interfaces: ['ICloneable', 'System.Collections.IEnumerable'],
  test: (value) => Array.isArray(value) || value instanceof Uint8Array,
});
