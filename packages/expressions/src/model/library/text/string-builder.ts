import { formatComposite, formatCompositeWith } from '../../../runtime/text/composite-format.js';
import { numberFormatOfProvider } from '../../../runtime/text/culture-info.js';
import type { Decimal } from '../../../runtime/text/decimal.js';
import {
  formatFloatingPoint,
  formatInteger,
  type IntegerTypeName,
} from '../../../runtime/text/format-number.js';
import { currentNumberFormat } from '../../../runtime/text/number-format-info.js';
import { StringBuilder } from '../../../runtime/text/string-builder.js';
import { fromUnits } from '../../../runtime/text/text-values.js';
import { toDotnetString } from '../../../runtime/text/to-string.js';
import type { MemberDeclaration } from '../../declaration.js';
import { accessors, jsMethod, jsProperty } from '../../implementation.js';
import { declareType } from '../../registry.js';

/** `System.Text.StringBuilder`: the runtime class is `runtime/text/string-builder.ts`. */

type Builder = StringBuilder;
type Objects = readonly unknown[] | null;

const integerText = (type: IntegerTypeName) => (value: number | bigint) =>
  formatInteger(value, type, null, currentNumberFormat());

/** The `Append` and `Insert` overloads for each type, with how the value prints. */
const printers: readonly [string, (value: never) => string][] = [
  ['bool', (value: boolean) => (value ? 'True' : 'False')],
  ['char', (value: number) => String.fromCharCode(value)],
  ['sbyte', integerText('SByte')],
  ['byte', integerText('Byte')],
  ['short', integerText('Int16')],
  ['ushort', integerText('UInt16')],
  ['int', integerText('Int32')],
  ['uint', integerText('UInt32')],
  ['long', integerText('Int64')],
  ['ulong', integerText('UInt64')],
  ['float', (value: number) => formatFloatingPoint(value, null, currentNumberFormat(), true)],
  ['double', (value: number) => formatFloatingPoint(value, null, currentNumberFormat())],
  ['decimal', (value: Decimal) => value.format(null)],
  ['object', (value: unknown) => toDotnetString(value)],
  ['string', (value: string | null) => value ?? ''],
];

const members: Record<string, MemberDeclaration> = {
  'new()': () => new StringBuilder(),
  'new(int capacity)': (capacity: number) => new StringBuilder('', capacity),
  'new(string value)': (value: string | null) => new StringBuilder(value ?? ''),
  'new(string value, int capacity)': (value: string | null, capacity: number) =>
    new StringBuilder(value ?? '', capacity),
  'new(int capacity, int maxCapacity)': (capacity: number, max: number) =>
    new StringBuilder('', capacity, max),
  'new(string value, int startIndex, int length, int capacity)': (
    value: string | null,
    start: number,
    length: number,
    capacity: number,
  ) => new StringBuilder('', capacity).appendRange(value ?? '', start, length),
  'int Length { get; set; }': accessors(jsProperty('Length'), jsProperty('Length')),
  'int Capacity { get; set; }': accessors(jsProperty('Capacity'), jsProperty('Capacity')),
  'int MaxCapacity { get; }': jsProperty('MaxCapacity'),
  'char this[int index] { get; set; }': accessors(
    (self: Builder, index: number) => self.getChar(index),
    (self: Builder, value: number, index: number) => self.setChar(value, index),
  ),
  'int EnsureCapacity(int capacity)': jsMethod('EnsureCapacity'),
  'StringBuilder Append(char value, int repeatCount)': (self: Builder, value: number, count: number) =>
    self.appendRepeated(value, count),
  'StringBuilder Append(char[] value)': (self: Builder, value: readonly number[] | null) =>
    self.append(value === null ? '' : fromUnits(value)),
  'StringBuilder Append(char[] value, int startIndex, int charCount)': (
    self: Builder,
    value: readonly number[] | null,
    start: number,
    count: number,
  ) => self.appendRange(value === null ? null : fromUnits(value), start, count),
  'StringBuilder Append(string value, int startIndex, int count)': (
    self: Builder,
    value: string | null,
    start: number,
    count: number,
  ) => self.appendRange(value, start, count),
  'StringBuilder Append(StringBuilder value)': (self: Builder, value: Builder | null) =>
    self.append(value === null ? '' : value.ToString()),
  'StringBuilder AppendLine()': (self: Builder) => self.AppendLine(),
  'StringBuilder AppendLine(string value)': (self: Builder, value: string | null) => self.AppendLine(value),
  'StringBuilder AppendFormat(string format, object arg0)': (
    self: Builder,
    format: string | null,
    a: unknown,
  ) => self.append(formatComposite(format, [a])),
  'StringBuilder AppendFormat(string format, object arg0, object arg1)': (
    self: Builder,
    format: string | null,
    a: unknown,
    b: unknown,
  ) => self.append(formatComposite(format, [a, b])),
  'StringBuilder AppendFormat(string format, object arg0, object arg1, object arg2)': (
    self: Builder,
    format: string | null,
    a: unknown,
    b: unknown,
    c: unknown,
  ) => self.append(formatComposite(format, [a, b, c])),
  'StringBuilder AppendFormat(string format, params object[] args)': (
    self: Builder,
    format: string | null,
    args: Objects,
  ) => self.append(formatComposite(format, args)),
  'StringBuilder AppendFormat(IFormatProvider provider, string format, params object[] args)': (
    self: Builder,
    provider: unknown,
    format: string | null,
    args: Objects,
  ) => self.append(formatCompositeWith(numberFormatOfProvider(provider), format, args)),
  'StringBuilder Insert(int index, string value, int count)': (
    self: Builder,
    index: number,
    value: string | null,
    count: number,
  ) => self.insert(index, value, count),
  'StringBuilder Insert(int index, char[] value)': (
    self: Builder,
    index: number,
    value: readonly number[] | null,
  ) => self.insert(index, value === null ? null : fromUnits(value)),
  'StringBuilder Remove(int startIndex, int length)': jsMethod('Remove'),
  'StringBuilder Replace(string oldValue, string newValue)': (
    self: Builder,
    oldValue: string | null,
    newValue: string | null,
  ) => self.replace(oldValue, newValue),
  'StringBuilder Replace(string oldValue, string newValue, int startIndex, int count)': (
    self: Builder,
    oldValue: string | null,
    newValue: string | null,
    start: number,
    count: number,
  ) => self.replace(oldValue, newValue, start, count),
  'StringBuilder Replace(char oldChar, char newChar)': (self: Builder, oldChar: number, newChar: number) =>
    self.replaceChar(oldChar, newChar),
  'StringBuilder Replace(char oldChar, char newChar, int startIndex, int count)': (
    self: Builder,
    oldChar: number,
    newChar: number,
    start: number,
    count: number,
  ) => self.replaceChar(oldChar, newChar, start, count),
  'StringBuilder Clear()': jsMethod('Clear'),
  'string ToString()': jsMethod('ToString'),
  'string ToString(int startIndex, int length)': (self: Builder, start: number, length: number) =>
    self.slice(start, length),
  'bool Equals(StringBuilder sb)': (self: Builder, other: Builder | null) => self.sameAs(other),
};

for (const [type, print] of printers) {
  members[`StringBuilder Append(${type} value)`] = (self: Builder, value: never) => self.append(print(value));
  members[`StringBuilder Insert(int index, ${type} value)`] = (self: Builder, index: number, value: never) =>
    self.insert(index, print(value));
}

declareType({
  name: 'System.Text.StringBuilder',
  kind: 'class',
  sealed: true,
  apim: 'all',
  test: (value) => value instanceof StringBuilder,
  members,
});
