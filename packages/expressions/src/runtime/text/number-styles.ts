import { environment } from '../environment.js';
import { argument } from '../exceptions.js';

/** `System.Globalization.NumberStyles`, a flags enum. */
export const NumberStyles = {
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
} as const;

/** The styles each type's `Parse(string)` uses. */
export const integerStyle = NumberStyles.Integer;
export const floatStyle = NumberStyles.Float | NumberStyles.AllowThousands;
export const decimalStyle = NumberStyles.Number;

/** .NET's `ValidateParseStyleInteger`: undefined bits, or hex mixed with other styles, are an `ArgumentException`. */
export function validateIntegerStyle(style: number): void {
  if ((style & ~0x3ff) !== 0) {
    throw argument('An undefined NumberStyles value is being used.', 'style');
  }
  if ((style & NumberStyles.AllowHexSpecifier) !== 0 && (style & ~NumberStyles.HexNumber) !== 0) {
    throw argument(
      environment().dotnet === 'framework'
        ? 'With the AllowHexSpecifier bit set in the enum bit field, the only other valid bits that can be combined into the enum value must be a subset of those in HexNumber.'
        : 'With the AllowHexSpecifier bit set in the enum bit field, the only other valid bits that can be combined into the enum value must be a subset of those in HexNumber.',
    );
  }
}

/** .NET's `ValidateParseStyleFloatingPoint`: hex is not supported for `double`, `float` or `decimal`. */
export function validateFloatStyle(style: number): void {
  if ((style & ~0x3ff) !== 0) {
    throw argument('An undefined NumberStyles value is being used.', 'style');
  }
  if ((style & NumberStyles.AllowHexSpecifier) !== 0) {
    throw argument('The number style AllowHexSpecifier is not supported on floating point data types.');
  }
}
