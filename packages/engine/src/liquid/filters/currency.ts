import { LiquidRenderError } from '../errors.js';
import { isNil, numberOf, parseNumber, toText } from '../values.js';
import { digitsText, groupThousands, roundDecimal } from './decimal-text.js';
import type { FilterDefinition } from './definition.js';

/** The `¤` symbol and patterns of .NET's invariant culture, which `Currency` uses by default. */
function invariantCurrency(value: number): string {
  const { negative, whole, fraction } = roundDecimal(value, 2, 'away');
  const body = `¤${groupThousands(whole)}.${fraction}`;
  return negative && /[1-9]/.test(whole + fraction) ? `(${body})` : body;
}

/** Currencies of the regions a culture name like `en-US` or `fr-FR` may end with. */
const REGION_CURRENCIES: Readonly<Record<string, string>> = {
  US: 'USD',
  GB: 'GBP',
  JP: 'JPY',
  CN: 'CNY',
  IN: 'INR',
  CA: 'CAD',
  AU: 'AUD',
  NZ: 'NZD',
  CH: 'CHF',
  LI: 'CHF',
  SE: 'SEK',
  NO: 'NOK',
  DK: 'DKK',
  PL: 'PLN',
  CZ: 'CZK',
  HU: 'HUF',
  RO: 'RON',
  BG: 'BGN',
  BR: 'BRL',
  MX: 'MXN',
  AR: 'ARS',
  CL: 'CLP',
  CO: 'COP',
  KR: 'KRW',
  TW: 'TWD',
  HK: 'HKD',
  SG: 'SGD',
  ZA: 'ZAR',
  TR: 'TRY',
  IL: 'ILS',
  AE: 'AED',
  SA: 'SAR',
  RU: 'RUB',
  UA: 'UAH',
  TH: 'THB',
  ID: 'IDR',
  MY: 'MYR',
  PH: 'PHP',
  VN: 'VND',
  EG: 'EGP',
  IE: 'EUR',
  FR: 'EUR',
  DE: 'EUR',
  ES: 'EUR',
  IT: 'EUR',
  NL: 'EUR',
  BE: 'EUR',
  AT: 'EUR',
  PT: 'EUR',
  FI: 'EUR',
  GR: 'EUR',
  LU: 'EUR',
  SK: 'EUR',
  SI: 'EUR',
  EE: 'EUR',
  LV: 'EUR',
  LT: 'EUR',
  MT: 'EUR',
  CY: 'EUR',
  HR: 'EUR',
};

function cultureCurrency(value: number, culture: string): string {
  const region = /^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?-([A-Za-z]{2})$/.exec(culture)?.[1]?.toUpperCase();
  const currency = region === undefined ? undefined : REGION_CURRENCIES[region];
  if (currency === undefined) {
    throw new LiquidRenderError(`Currency: no currency is known for the culture '${culture}'.`);
  }
  const rounded = Number(digitsText(roundDecimal(value, 2, 'away')));
  return new Intl.NumberFormat(culture, { style: 'currency', currency }).format(rounded);
}

/**
 * `Currency`, or `Currency: "culture"`: a number (or numeric text) as money, rounded half away
 * from zero to two decimals. Other text comes back unchanged.
 */
export const currencyFilter: FilterDefinition = {
  name: 'Currency',
  aliases: ['currency'],
  minArgs: 0,
  maxArgs: 1,
  apply: (input, args) => {
    if (isNil(input)) return null;
    const n = numberOf(input) ?? (typeof input === 'string' ? parseNumber(input) : undefined);
    if (n === undefined) return toText(input);
    const culture = isNil(args[0]) ? '' : toText(args[0]).trim();
    return culture === '' ? invariantCurrency(n) : cultureCurrency(n, culture);
  },
};
