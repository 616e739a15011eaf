import {
  CultureInfo,
  cultureNamed,
  currentCulture,
  invariantCulture,
} from '../../../runtime/text/culture-info.js';
import { markFlagsEnum } from '../../../runtime/text/enum-format.js';
import { comparerFor, comparerForCulture, StringComparer } from '../../../runtime/text/string-comparer.js';
import { Boxed } from '../../../runtime/values.js';
import { jsProperty } from '../../implementation.js';
import { declareType } from '../../registry.js';

/** Tests a value in its object form: enums are `Boxed` with their type. */
const boxedAs = (name: string) => (value: unknown) => value instanceof Boxed && value.type.name === name;

/**
 * Format providers, cultures and the small enums of text handling. API Management does not
 * list `CultureInfo`: it is known so that its use is reported precisely, while the
 * `IFormatProvider` overloads that take it stay declared.
 */

declareType({ name: 'System.IFormatProvider', kind: 'interface', apim: 'all' });

declareType({
  name: 'System.Globalization.CultureInfo',
  kind: 'class',
  apim: 'none',
  interfaces: ['IFormatProvider'],
  test: (value) => value instanceof CultureInfo,
  members: {
    'new(string name)': cultureNamed,
    'static CultureInfo InvariantCulture { get; }': { implementation: invariantCulture, nonNull: true },
    'static CultureInfo CurrentCulture { get; }': { implementation: currentCulture, nonNull: true },
    'static CultureInfo CurrentUICulture { get; }': { implementation: currentCulture, nonNull: true },
    'static CultureInfo GetCultureInfo(string name)': cultureNamed,
    'string Name { get; }': { implementation: jsProperty('Name'), nonNull: true },
    'string ToString()': (self: CultureInfo) => self.ToString(),
  },
});

declareType({
  name: 'System.StringComparison',
  kind: 'enum',
  apim: 'all',
  boxing: 'boxed',
  test: boxedAs('System.StringComparison'),
  enum: {
    CurrentCulture: 0,
    CurrentCultureIgnoreCase: 1,
    InvariantCulture: 2,
    InvariantCultureIgnoreCase: 3,
    Ordinal: 4,
    OrdinalIgnoreCase: 5,
  },
});

declareType({
  name: 'System.StringSplitOptions',
  kind: 'enum',
  apim: 'all',
  boxing: 'boxed',
  test: boxedAs('System.StringSplitOptions'),
  // .NET Framework's members. Modern .NET adds TrimEntries (2), which the runtime honours when
  // the flavour is `core`; declaring it would make .NET Framework's `ToString()` of 3 print names.
  enum: { None: 0, RemoveEmptyEntries: 1 },
});

declareType({
  name: 'System.MidpointRounding',
  kind: 'enum',
  apim: 'all',
  boxing: 'boxed',
  test: boxedAs('System.MidpointRounding'),
  // .NET Framework's members. Modern .NET adds ToZero (2), ToNegativeInfinity (3) and
  // ToPositiveInfinity (4), which the runtime honours (as cast values) when the flavour is `core`.
  enum: { ToEven: 0, AwayFromZero: 1 },
});

declareType({
  name: 'System.Text.NormalizationForm',
  kind: 'enum',
  apim: 'none',
  boxing: 'boxed',
  test: boxedAs('System.Text.NormalizationForm'),
  enum: { FormC: 1, FormD: 2, FormKC: 5, FormKD: 6 },
});

declareType({
  name: 'System.Globalization.NumberStyles',
  kind: 'enum',
  apim: 'none',
  boxing: 'boxed',
  test: boxedAs('System.Globalization.NumberStyles'),
  enum: {
    None: 0,
    AllowLeadingWhite: 1,
    AllowTrailingWhite: 2,
    AllowLeadingSign: 4,
    AllowTrailingSign: 8,
    AllowParentheses: 16,
    AllowDecimalPoint: 32,
    AllowThousands: 64,
    AllowExponent: 128,
    AllowCurrencySymbol: 256,
    AllowHexSpecifier: 512,
    Integer: 7,
    HexNumber: 515,
    Number: 111,
    Float: 167,
    Currency: 383,
    Any: 511,
  },
});
markFlagsEnum('System.Globalization.NumberStyles');

/**
 * `System.StringComparer`. Its instances are the runtime's `TextComparer`s, which the
 * collections accept as key comparers.
 */
declareType({
  name: 'System.StringComparer',
  kind: 'class',
  apim: 'all',
  interfaces: [
    'System.Collections.Generic.IComparer<string>',
    'System.Collections.Generic.IEqualityComparer<string>',
  ],
  test: (value) => value instanceof StringComparer,
  members: {
    'static StringComparer Ordinal { get; }': { implementation: () => comparerFor(4), nonNull: true },
    'static StringComparer OrdinalIgnoreCase { get; }': {
      implementation: () => comparerFor(5),
      nonNull: true,
    },
    'static StringComparer InvariantCulture { get; }': {
      implementation: () => comparerFor(2),
      nonNull: true,
    },
    'static StringComparer InvariantCultureIgnoreCase { get; }': {
      implementation: () => comparerFor(3),
      nonNull: true,
    },
    'static StringComparer CurrentCulture { get; }': { implementation: () => comparerFor(0), nonNull: true },
    'static StringComparer CurrentCultureIgnoreCase { get; }': {
      implementation: () => comparerFor(1),
      nonNull: true,
    },
    'static StringComparer Create(System.Globalization.CultureInfo culture, bool ignoreCase)':
      comparerForCulture,
    'static StringComparer FromComparison(StringComparison comparisonType)': {
      implementation: comparerFor,
      apim: false,
    },
    'int Compare(string x, string y)': (self: StringComparer, x: unknown, y: unknown) => self.Compare(x, y),
    'int Compare(object x, object y)': (self: StringComparer, x: unknown, y: unknown) => self.Compare(x, y),
    'bool Equals(string x, string y)': (self: StringComparer, x: unknown, y: unknown) =>
      self.EqualsStrings(x, y),
    'int GetHashCode(string obj)': (self: StringComparer, value: unknown) => self.HashOf(value),
    'string ToString()': (self: StringComparer) => self.ToString(),
  },
});
