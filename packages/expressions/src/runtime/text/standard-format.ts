import { format as formatError } from '../exceptions.js';
import { type NumberBuffer, type RoundingRules, roundNumber } from './number-buffer.js';
import type { NumberFormatInfo } from './number-format-info.js';

/**
 * .NET's standard numeric format strings (`C`, `E`, `F`, `G`, `N`, `P`) applied to a number
 * buffer: a port of `Number.NumberToString` and its helpers. `D`, `X` and `R` are handled by
 * the callers, which know the type.
 */

const positiveCurrency = ['$#', '#$', '$ #', '# $'];
const negativeCurrency = [
  '($#)',
  '-$#',
  '$-#',
  '$#-',
  '(#$)',
  '-#$',
  '#-$',
  '#$-',
  '-# $',
  '-$ #',
  '# $-',
  '$ #-',
  '$ -#',
  '#- $',
  '($ #)',
  '(# $)',
  '$- #',
];
const positivePercent = ['# %', '#%', '%#', '% #'];
const negativePercent = [
  '-# %',
  '-#%',
  '-%#',
  '%-#',
  '%#-',
  '#-%',
  '#%-',
  '-% #',
  '# %-',
  '% #-',
  '% -#',
  '#- %',
];
const negativeNumber = ['(#)', '-#', '- #', '#-', '# -'];

export function badFormatSpecifier(): Error {
  return formatError('Format specifier was invalid.');
}

/** `FormatFixed`: integer part (grouped when `groupSizes` is given), then `decimals` digits. */
export function formatFixed(
  number: NumberBuffer,
  decimals: number,
  groupSizes: readonly number[] | null,
  decimalSeparator: string,
  groupSeparator: string,
): string {
  const digits = number.digits;
  let cursor = 0;
  let out = '';
  let position = number.scale;
  if (position > 0) {
    let integer = '';
    while (position > 0) {
      integer += cursor < digits.length ? digits[cursor++] : '0';
      position--;
    }
    out = groupSizes === null ? integer : group(integer, groupSizes, groupSeparator);
  } else out = '0';
  if (decimals > 0) {
    out += decimalSeparator;
    let remaining = decimals;
    if (position < 0) {
      const zeros = Math.min(-position, remaining);
      out += '0'.repeat(zeros);
      position += zeros;
      remaining -= zeros;
    }
    while (remaining > 0) {
      out += cursor < digits.length ? digits[cursor++] : '0';
      remaining--;
    }
  }
  return out;
}

/** Inserts group separators from the right: the last size repeats; a final 0 stops grouping. */
export function group(integer: string, sizes: readonly number[], separator: string): string {
  if (sizes.length === 0) return integer;
  const parts: string[] = [];
  let end = integer.length;
  let index = 0;
  let size = sizes[0]!;
  while (size > 0 && end > size) {
    parts.unshift(integer.slice(end - size, end));
    end -= size;
    if (index < sizes.length - 1) size = sizes[++index]!;
  }
  parts.unshift(integer.slice(0, end));
  return parts.join(separator);
}

/** `FormatExponent`: the exponent with at least `minDigits` digits. */
export function formatExponent(
  exponent: number,
  expChar: string,
  minDigits: number,
  positiveSign: boolean,
  info: NumberFormatInfo,
): string {
  let out = expChar;
  if (exponent < 0) {
    out += info.negativeSign;
    exponent = -exponent;
  } else if (positiveSign) out += info.positiveSign;
  return out + String(exponent).padStart(minDigits, '0');
}

function formatScientific(
  number: NumberBuffer,
  maxDigits: number,
  info: NumberFormatInfo,
  expChar: string,
): string {
  const digits = number.digits;
  let cursor = 0;
  let out = cursor < digits.length ? digits[cursor++]! : '0';
  if (maxDigits !== 1) out += info.numberDecimalSeparator;
  while (--maxDigits > 0) out += cursor < digits.length ? digits[cursor++] : '0';
  const exponent = digits.length === 0 ? 0 : number.scale - 1;
  return out + formatExponent(exponent, expChar, 3, true, info);
}

function formatGeneral(
  number: NumberBuffer,
  maxDigits: number,
  info: NumberFormatInfo,
  expChar: string,
  suppressScientific: boolean,
): string {
  const digits = number.digits;
  let position = number.scale;
  let scientific = false;
  if (!suppressScientific && (position > maxDigits || position < -3)) {
    position = 1;
    scientific = true;
  }
  let cursor = 0;
  let out = '';
  if (position > 0) {
    do {
      out += cursor < digits.length ? digits[cursor++] : '0';
    } while (--position > 0);
  } else out = '0';
  if (cursor < digits.length || position < 0) {
    out += info.numberDecimalSeparator;
    while (position < 0) {
      out += '0';
      position++;
    }
    out += digits.slice(cursor);
  }
  if (scientific) out += formatExponent(number.scale - 1, expChar, 2, true, info);
  return out;
}

function applyPattern(pattern: string, body: string, info: NumberFormatInfo, symbol: string): string {
  let out = '';
  for (const ch of pattern) {
    if (ch === '#') out += body;
    else if (ch === '-') out += info.negativeSign;
    else if (ch === '$' || ch === '%') out += symbol;
    else out += ch;
  }
  return out;
}

/**
 * `NumberToString`: formats a buffer with a standard format letter and its precision
 * (`maxDigits`, -1 when absent). Throws .NET's `FormatException` for letters it does not know.
 */
export function numberToString(
  number: NumberBuffer,
  format: string,
  maxDigits: number,
  info: NumberFormatInfo,
  core: boolean,
): string {
  // Modern .NET's floating-point digits arrive correctly rounded, and keep the sign of -0.
  const floating = core && number.kind === 'floating';
  const keep: RoundingRules = { keepNegativeZero: floating, truncate: floating };
  switch (format) {
    case 'C':
    case 'c': {
      const decimals = maxDigits < 0 ? info.currencyDecimalDigits : maxDigits;
      roundNumber(number, number.scale + decimals, keep);
      const body = formatFixed(
        number,
        decimals,
        info.currencyGroupSizes,
        info.currencyDecimalSeparator,
        info.currencyGroupSeparator,
      );
      const pattern = number.negative
        ? negativeCurrency[info.currencyNegativePattern]!
        : positiveCurrency[info.currencyPositivePattern]!;
      return applyPattern(pattern, body, info, info.currencySymbol);
    }
    case 'F':
    case 'f': {
      const decimals = maxDigits < 0 ? info.numberDecimalDigits : maxDigits;
      roundNumber(number, number.scale + decimals, keep);
      const body = formatFixed(number, decimals, null, info.numberDecimalSeparator, '');
      return number.negative ? info.negativeSign + body : body;
    }
    case 'N':
    case 'n': {
      const decimals = maxDigits < 0 ? info.numberDecimalDigits : maxDigits;
      roundNumber(number, number.scale + decimals, keep);
      const body = formatFixed(
        number,
        decimals,
        info.numberGroupSizes,
        info.numberDecimalSeparator,
        info.numberGroupSeparator,
      );
      return number.negative
        ? applyPattern(negativeNumber[info.numberNegativePattern]!, body, info, '')
        : body;
    }
    case 'E':
    case 'e': {
      const significant = (maxDigits < 0 ? 6 : maxDigits) + 1;
      roundNumber(number, significant, keep);
      const body = formatScientific(number, significant, info, format);
      return number.negative ? info.negativeSign + body : body;
    }
    case 'G':
    case 'g': {
      const expChar = format === 'G' ? 'E' : 'e';
      if (maxDigits < 1) {
        if (number.kind === 'decimal' && maxDigits === -1) {
          // Decimals print every digit they hold, trailing zeros included, and never `-0`.
          const body = formatGeneral(number, maxDigits, info, expChar, true);
          return number.negative && number.digits.length > 0 ? info.negativeSign + body : body;
        }
        maxDigits = core ? number.digits.length : number.precision;
      }
      roundNumber(number, maxDigits, keep);
      const body = formatGeneral(number, maxDigits, info, expChar, false);
      return number.negative ? info.negativeSign + body : body;
    }
    case 'P':
    case 'p': {
      const decimals = maxDigits < 0 ? info.percentDecimalDigits : maxDigits;
      number.scale += 2;
      roundNumber(number, number.scale + decimals, keep);
      const body = formatFixed(
        number,
        decimals,
        info.percentGroupSizes,
        info.percentDecimalSeparator,
        info.percentGroupSeparator,
      );
      const pattern = number.negative
        ? negativePercent[info.percentNegativePattern]!
        : positivePercent[info.percentPositivePattern]!;
      return applyPattern(pattern, body, info, info.percentSymbol);
    }
    case 'R':
    case 'r':
      // Modern .NET reads `R` as `G` for every type (floating-point callers pass the digits).
      if (!core) throw badFormatSpecifier();
      return numberToString(number, format === 'R' ? 'G' : 'g', maxDigits, info, core);
    default:
      throw badFormatSpecifier();
  }
}
