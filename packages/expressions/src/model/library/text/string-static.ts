import { argumentNull, argumentOutOfRange } from '../../../runtime/exceptions.js';
import type { RuntimeType } from '../../../runtime/runtime-type.js';
import { formatComposite, formatCompositeWith } from '../../../runtime/text/composite-format.js';
import { numberFormatOfProvider } from '../../../runtime/text/culture-info.js';
import {
  compareNullable,
  equalsWith,
  ordinalCompare,
  StringComparison,
} from '../../../runtime/text/string-comparison.js';
import {
  concatEnumerable,
  concatObjects,
  concatStrings,
  joinEnumerable,
  joinObjects,
  joinStrings,
} from '../../../runtime/text/string-join.js';
import { fromCharArray, isNullOrWhiteSpace, repeatChar } from '../../../runtime/text/string-ops.js';
import type { MemberDeclaration } from '../../declaration.js';
import { withTypeArguments } from '../../implementation.js';
import { extendType } from '../../registry.js';

/** `System.String`'s constructors and static members. */

type Texts = readonly (string | null)[] | null;
type Objects = readonly unknown[] | null;

const INDEX = 'Index was out of range. Must be non-negative and less than the size of the collection.';

/** The substring `Compare(strA, indexA, strB, indexB, length)` compares, with .NET's checks. */
function part(text: string | null, index: number, length: number, name: 'A' | 'B'): string | null {
  if (length < 0) throw argumentOutOfRange('length', 'Length cannot be less than zero.');
  if (index < 0) throw argumentOutOfRange(`index${name}`, INDEX);
  if (text === null) return null;
  if (text.length - index < 0) throw argumentOutOfRange(`index${name}`, INDEX);
  return text.substr(index, Math.min(length, text.length - index));
}

function compareParts(
  strA: string | null,
  indexA: number,
  strB: string | null,
  indexB: number,
  length: number,
  comparison: number,
): number {
  if (strA === null || strB === null) return compareNullable(strA, strB, comparison);
  return compareNullable(part(strA, indexA, length, 'A'), part(strB, indexB, length, 'B'), comparison);
}

const members: Record<string, MemberDeclaration> = {
  'new(char c, int count)': repeatChar,
  'new(char[] value)': (value: readonly number[] | null) => fromCharArray(value),
  'new(char[] value, int startIndex, int length)': fromCharArray,
  'static readonly string Empty': () => '',
  'static bool IsNullOrEmpty(string value)': (value: string | null) => value === null || value.length === 0,
  'static bool IsNullOrWhiteSpace(string value)': isNullOrWhiteSpace,
  'static bool Equals(string a, string b)': (a: string | null, b: string | null) => a === b,
  'static bool Equals(string a, string b, StringComparison comparisonType)': equalsWith,
  'static int Compare(string strA, string strB)': (a: string | null, b: string | null) =>
    compareNullable(a, b, StringComparison.CurrentCulture),
  'static int Compare(string strA, string strB, bool ignoreCase)': (
    a: string | null,
    b: string | null,
    ignoreCase: boolean,
  ) => compareNullable(a, b, ignoreCase ? 1 : 0),
  'static int Compare(string strA, string strB, StringComparison comparisonType)': compareNullable,
  'static int Compare(string strA, string strB, bool ignoreCase, System.Globalization.CultureInfo culture)': (
    a: string | null,
    b: string | null,
    ignoreCase: boolean,
  ) => compareNullable(a, b, ignoreCase ? 3 : 2),
  'static int Compare(string strA, int indexA, string strB, int indexB, int length)': (
    a: string | null,
    indexA: number,
    b: string | null,
    indexB: number,
    length: number,
  ) => compareParts(a, indexA, b, indexB, length, StringComparison.CurrentCulture),
  'static int Compare(string strA, int indexA, string strB, int indexB, int length, bool ignoreCase)': (
    a: string | null,
    indexA: number,
    b: string | null,
    indexB: number,
    length: number,
    ignoreCase: boolean,
  ) => compareParts(a, indexA, b, indexB, length, ignoreCase ? 1 : 0),
  'static int Compare(string strA, int indexA, string strB, int indexB, int length, StringComparison comparisonType)':
    compareParts,
  'static int CompareOrdinal(string strA, string strB)': (a: string | null, b: string | null) =>
    a === b ? 0 : a === null ? -1 : b === null ? 1 : ordinalCompare(a, b),
  'static int CompareOrdinal(string strA, int indexA, string strB, int indexB, int length)': (
    a: string | null,
    indexA: number,
    b: string | null,
    indexB: number,
    length: number,
  ) => compareParts(a, indexA, b, indexB, length, StringComparison.Ordinal),
  // Join
  'static string Join(string separator, params string[] value)': (separator: string | null, value: Texts) =>
    joinStrings(separator, value),
  'static string Join(string separator, string[] value, int startIndex, int count)': joinStrings,
  'static string Join(string separator, params object[] values)': joinObjects,
  'static string Join(string separator, IEnumerable<string> values)': joinEnumerable,
  'static string Join<T>(string separator, IEnumerable<T> values)': withTypeArguments(
    ([element]: readonly RuntimeType[], separator: string | null, values: unknown) =>
      joinEnumerable(separator, values, element ?? null),
  ),
  'static string Join(char separator, params string[] value)': {
    implementation: (separator: number, value: Texts) => joinStrings(String.fromCharCode(separator), value),
    apim: false,
  },
  'static string Join(char separator, params object[] values)': {
    implementation: (separator: number, values: Objects) =>
      joinObjects(String.fromCharCode(separator), values),
    apim: false,
  },
  'static string Join<T>(char separator, IEnumerable<T> values)': {
    implementation: withTypeArguments(
      ([element]: readonly RuntimeType[], separator: number, values: unknown) =>
        joinEnumerable(String.fromCharCode(separator), values, element ?? null),
    ),
    apim: false,
  },
  // Concat
  'static string Concat(object arg0)': (a: unknown) => concatObjects([a]),
  'static string Concat(object arg0, object arg1)': (a: unknown, b: unknown) => concatObjects([a, b]),
  'static string Concat(object arg0, object arg1, object arg2)': (a: unknown, b: unknown, c: unknown) =>
    concatObjects([a, b, c]),
  'static string Concat(params object[] args)': concatObjects,
  'static string Concat(string str0, string str1)': (a: string | null, b: string | null) =>
    concatStrings([a, b]),
  'static string Concat(string str0, string str1, string str2)': (
    a: string | null,
    b: string | null,
    c: string | null,
  ) => concatStrings([a, b, c]),
  'static string Concat(string str0, string str1, string str2, string str3)': (
    a: string | null,
    b: string | null,
    c: string | null,
    d: string | null,
  ) => concatStrings([a, b, c, d]),
  'static string Concat(params string[] values)': concatStrings,
  'static string Concat(IEnumerable<string> values)': concatEnumerable,
  'static string Concat<T>(IEnumerable<T> values)': withTypeArguments(
    ([element]: readonly RuntimeType[], values: unknown) => concatEnumerable(values, element ?? null),
  ),
  // Format
  'static string Format(string format, object arg0)': (format: string | null, a: unknown) =>
    formatComposite(format, [a]),
  'static string Format(string format, object arg0, object arg1)': (
    format: string | null,
    a: unknown,
    b: unknown,
  ) => formatComposite(format, [a, b]),
  'static string Format(string format, object arg0, object arg1, object arg2)': (
    format: string | null,
    a: unknown,
    b: unknown,
    c: unknown,
  ) => formatComposite(format, [a, b, c]),
  'static string Format(string format, params object[] args)': formatComposite,
  'static string Format(IFormatProvider provider, string format, object arg0)': (
    provider: unknown,
    format: string | null,
    a: unknown,
  ) => formatCompositeWith(numberFormatOfProvider(provider), format, [a]),
  'static string Format(IFormatProvider provider, string format, object arg0, object arg1)': (
    provider: unknown,
    format: string | null,
    a: unknown,
    b: unknown,
  ) => formatCompositeWith(numberFormatOfProvider(provider), format, [a, b]),
  'static string Format(IFormatProvider provider, string format, object arg0, object arg1, object arg2)': (
    provider: unknown,
    format: string | null,
    a: unknown,
    b: unknown,
    c: unknown,
  ) => formatCompositeWith(numberFormatOfProvider(provider), format, [a, b, c]),
  'static string Format(IFormatProvider provider, string format, params object[] args)': (
    provider: unknown,
    format: string | null,
    args: Objects,
  ) => formatCompositeWith(numberFormatOfProvider(provider), format, args),
  'static string Copy(string str)': (value: string | null) => {
    if (value === null) throw argumentNull('str');
    return value;
  },
};

extendType('System.String', members);
