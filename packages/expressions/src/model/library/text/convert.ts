import {
  charOfString,
  convertibleOf,
  parseInBase,
  toBoolean,
  toChar,
  toDecimal,
  toFloating,
  toIntegral,
  toStringInBase,
} from '../../../runtime/text/convert.js';
import type { Convertible } from '../../../runtime/text/convertible.js';
import { numberFormatOfProvider } from '../../../runtime/text/culture-info.js';
import type { Decimal } from '../../../runtime/text/decimal.js';
import type { IntegralName } from '../../../runtime/text/decimal-convert.js';
import { currentNumberFormat } from '../../../runtime/text/number-format-info.js';
import { formatValue, toDotnetString } from '../../../runtime/text/to-string.js';
import { runtimeTypeNamed } from '../../../runtime/type-resolver.js';
import type { MemberDeclaration } from '../../declaration.js';
import { declareType } from '../../registry.js';

/**
 * `System.Convert`, declared here with its conversions between the base types. Other areas add
 * their members (`ToBase64String` from the web area, `ToDateTime` from the time area) with
 * `extendType('System.Convert', ...)`.
 */

/** The source types of `Convert`'s overloads, and how to see a typed argument as `IConvertible`. */
const sources: readonly [string, (value: never) => Convertible][] = [
  ['bool', (value: boolean) => ({ kind: 'Boolean', value })],
  ['char', (value: number) => ({ kind: 'Char', value })],
  ['sbyte', (value: number) => ({ kind: 'Integer', type: 'SByte', value: BigInt(value) })],
  ['byte', (value: number) => ({ kind: 'Integer', type: 'Byte', value: BigInt(value) })],
  ['short', (value: number) => ({ kind: 'Integer', type: 'Int16', value: BigInt(value) })],
  ['ushort', (value: number) => ({ kind: 'Integer', type: 'UInt16', value: BigInt(value) })],
  ['int', (value: number) => ({ kind: 'Integer', type: 'Int32', value: BigInt(value) })],
  ['uint', (value: number) => ({ kind: 'Integer', type: 'UInt32', value: BigInt(value) })],
  ['long', (value: bigint) => ({ kind: 'Integer', type: 'Int64', value })],
  ['ulong', (value: bigint) => ({ kind: 'Integer', type: 'UInt64', value })],
  ['float', (value: number) => ({ kind: 'Single', value })],
  ['double', (value: number) => ({ kind: 'Double', value })],
  ['decimal', (value: Decimal) => ({ kind: 'Decimal', value })],
  ['string', (value: string | null) => (value === null ? { kind: 'Null' } : { kind: 'String', value })],
  ['object', (value: unknown) => convertibleOf(value)],
];

const integralTargets: readonly [string, IntegralName][] = [
  ['sbyte', 'SByte'],
  ['byte', 'Byte'],
  ['short', 'Int16'],
  ['ushort', 'UInt16'],
  ['int', 'Int32'],
  ['uint', 'UInt32'],
  ['long', 'Int64'],
  ['ulong', 'UInt64'],
];

const targetNames: Record<string, string> = {
  bool: 'Boolean',
  char: 'Char',
  sbyte: 'SByte',
  byte: 'Byte',
  short: 'Int16',
  ushort: 'UInt16',
  int: 'Int32',
  uint: 'UInt32',
  long: 'Int64',
  ulong: 'UInt64',
  float: 'Single',
  double: 'Double',
  decimal: 'Decimal',
};

const wide = (type: IntegralName) => type === 'Int64' || type === 'UInt64';
const typed = (type: IntegralName, value: bigint) => (wide(type) ? value : Number(value));

const members: Record<string, MemberDeclaration> = {};

/** Adds `static T ToX(S value)` and, for strings and objects, `ToX(S value, IFormatProvider provider)`. */
function conversions(keyword: string, convert: (source: Convertible, provider: unknown) => unknown): void {
  const name = targetNames[keyword]!;
  for (const [source, view] of sources) {
    members[`static ${keyword} To${name}(${source} value)`] = (value: never) => convert(view(value), null);
    if (source === 'string' || source === 'object') {
      members[`static ${keyword} To${name}(${source} value, IFormatProvider provider)`] = (
        value: never,
        provider: unknown,
      ) => convert(view(value), provider);
    }
  }
}

for (const [keyword, type] of integralTargets) {
  conversions(keyword, (source, provider) =>
    typed(type, toIntegral(source, type, numberFormatOfProvider(provider))),
  );
  members[`static ${keyword} To${type}(string value, int fromBase)`] = (value: string | null, base: number) =>
    typed(type, parseInBase(value, base, type));
}
conversions('double', (source, provider) => toFloating(source, numberFormatOfProvider(provider)));
conversions('float', (source, provider) => toFloating(source, numberFormatOfProvider(provider), true));
conversions('decimal', (source, provider) => toDecimal(source, numberFormatOfProvider(provider)));
conversions('bool', (source) => toBoolean(source));
conversions('char', (source) => toChar(source));
// `Convert.ToChar(string)` rejects null (the object overload maps it to '\0').
members['static char ToChar(string value)'] = charOfString;
members['static char ToChar(string value, IFormatProvider provider)'] = (value: string | null) =>
  charOfString(value);

/** `Convert.ToString(x)`: the value's `ToString()` in the current culture; a null object is "". */
for (const [source] of sources) {
  if (source === 'string') continue;
  const box = (value: unknown) => (source === 'object' ? value : runtimeTypeNamed(source).box(value));
  members[`static string ToString(${source} value)`] = (value: unknown) => toDotnetString(box(value));
  members[`static string ToString(${source} value, IFormatProvider provider)`] = (
    value: unknown,
    provider: unknown,
  ) =>
    formatValue(
      box(value),
      null,
      provider === null ? currentNumberFormat() : numberFormatOfProvider(provider),
    );
}
members['static string ToString(string value)'] = (value: string | null) => value;
members['static string ToString(string value, IFormatProvider provider)'] = (value: string | null) => value;
members['static string ToString(byte value, int toBase)'] = (value: number, base: number) =>
  toStringInBase(value, 8, base);
members['static string ToString(short value, int toBase)'] = (value: number, base: number) =>
  toStringInBase(value, 16, base);
members['static string ToString(int value, int toBase)'] = (value: number, base: number) =>
  toStringInBase(value, 32, base);
members['static string ToString(long value, int toBase)'] = (value: bigint, base: number) =>
  toStringInBase(value, 64, base);
members['static bool IsDBNull(object value)'] = () => false;

export const convertType = declareType({
  name: 'System.Convert',
  kind: 'class',
  static: true,
  apim: 'all',
  members,
});
