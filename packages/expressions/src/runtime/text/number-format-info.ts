import { environment } from '../environment.js';

/**
 * The number-formatting data of a culture: .NET's `NumberFormatInfo`, for the two cultures a
 * gateway can run in. Patterns are the indexes .NET uses (`CurrencyNegativePattern` 0 is
 * `($n)`).
 */
export interface NumberFormatInfo {
  readonly negativeSign: string;
  readonly positiveSign: string;
  readonly numberDecimalSeparator: string;
  readonly numberGroupSeparator: string;
  readonly numberGroupSizes: readonly number[];
  readonly numberDecimalDigits: number;
  readonly numberNegativePattern: number;
  readonly currencySymbol: string;
  readonly currencyDecimalSeparator: string;
  readonly currencyGroupSeparator: string;
  readonly currencyGroupSizes: readonly number[];
  readonly currencyDecimalDigits: number;
  readonly currencyPositivePattern: number;
  readonly currencyNegativePattern: number;
  readonly percentSymbol: string;
  readonly perMilleSymbol: string;
  readonly percentDecimalSeparator: string;
  readonly percentGroupSeparator: string;
  readonly percentGroupSizes: readonly number[];
  readonly percentDecimalDigits: number;
  readonly percentPositivePattern: number;
  readonly percentNegativePattern: number;
  readonly nanSymbol: string;
  readonly positiveInfinitySymbol: string;
  readonly negativeInfinitySymbol: string;
}

/** `CultureInfo.InvariantCulture.NumberFormat`: the same in every .NET. */
export const invariantNumberFormat: NumberFormatInfo = {
  negativeSign: '-',
  positiveSign: '+',
  numberDecimalSeparator: '.',
  numberGroupSeparator: ',',
  numberGroupSizes: [3],
  numberDecimalDigits: 2,
  numberNegativePattern: 1,
  currencySymbol: '¤',
  currencyDecimalSeparator: '.',
  currencyGroupSeparator: ',',
  currencyGroupSizes: [3],
  currencyDecimalDigits: 2,
  currencyPositivePattern: 0,
  currencyNegativePattern: 0,
  percentSymbol: '%',
  perMilleSymbol: '‰',
  percentDecimalSeparator: '.',
  percentGroupSeparator: ',',
  percentGroupSizes: [3],
  percentDecimalDigits: 2,
  percentPositivePattern: 0,
  percentNegativePattern: 0,
  nanSymbol: 'NaN',
  positiveInfinitySymbol: 'Infinity',
  negativeInfinitySymbol: '-Infinity',
};

/** en-US on .NET Framework (Windows NLS data): `($1.50)`, `50.00 %`, `Infinity`. */
const frameworkEnUs: NumberFormatInfo = {
  ...invariantNumberFormat,
  currencySymbol: '$',
};

/**
 * en-US on modern .NET, whose culture data comes from ICU (CLDR): negative currency `-$1.50`,
 * percent without a space `50.00%`, infinity `∞`.
 */
const coreEnUs: NumberFormatInfo = {
  ...frameworkEnUs,
  currencyNegativePattern: 1,
  percentPositivePattern: 1,
  percentNegativePattern: 1,
  positiveInfinitySymbol: '∞',
  negativeInfinitySymbol: '-∞',
};

/** The number format of a culture name this runtime knows, for the environment's .NET flavour. */
export function numberFormatOf(culture: 'en-US' | 'invariant'): NumberFormatInfo {
  if (culture === 'invariant') return invariantNumberFormat;
  return environment().dotnet === 'core' ? coreEnUs : frameworkEnUs;
}

/** `NumberFormatInfo.CurrentInfo`: the gateway culture's. */
export function currentNumberFormat(): NumberFormatInfo {
  return numberFormatOf(environment().culture);
}
