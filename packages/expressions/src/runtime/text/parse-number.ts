import type { NumberFormatInfo } from './number-format-info.js';
import { NumberStyles } from './number-styles.js';

/**
 * .NET's `Number.ParseNumber` and `TryStringToNumber`: reads a string under `NumberStyles`
 * into digits, a decimal exponent and a sign, or fails. What the digits may become (an `int`,
 * a `double`, ...) is decided by the callers, which also tell overflow from bad format.
 */
export interface ParsedNumber {
  /** Significant digits without leading zeros (hex digits under `AllowHexSpecifier`). */
  digits: string;
  /** The value is `0.<digits> × 10^scale`. */
  scale: number;
  negative: boolean;
  /** How many of the digits are significant (trailing zeros excluded unless parsing a decimal). */
  precision: number;
}

/** .NET keeps at most 50 digits. */
const MAX_DIGITS = 50;

const isWhite = (ch: string | undefined) => ch !== undefined && (ch === ' ' || (ch >= '\t' && ch <= '\r'));
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';
const isHexLetter = (ch: string | undefined) =>
  ch !== undefined && ((ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F'));

/** The index after `text` if it occurs at `at` (a no-break space in the culture also matches a space). */
function match(input: string, at: number, text: string | null): number | null {
  if (text === null || text.length === 0) return null;
  for (let i = 0; i < text.length; i++) {
    const want = text[i];
    const got = input[at + i];
    if (got !== want && !(want === '\u00a0' && got === ' ')) return null;
  }
  return at + text.length;
}

/** A positive or negative sign of the culture at `at`: where it ends and which it was. */
function matchSign(
  input: string,
  at: number,
  info: NumberFormatInfo,
): { end: number; negative: boolean } | null {
  const positiveEnd = match(input, at, info.positiveSign);
  if (positiveEnd !== null) return { end: positiveEnd, negative: false };
  const negativeEnd = match(input, at, info.negativeSign);
  return negativeEnd === null ? null : { end: negativeEnd, negative: true };
}

/**
 * Parses the whole of `input`; null when it is not a number in these styles. `forDecimal`
 * keeps trailing fractional zeros (`1.50` keeps its scale) as `decimal.Parse` does.
 */
export function parseNumber(
  input: string,
  style: number,
  info: NumberFormatInfo,
  forDecimal: boolean,
): ParsedNumber | null {
  const SIGN = 1;
  const PARENS = 2;
  const DIGITS = 4;
  const NONZERO = 8;
  const DECIMAL = 16;
  const CURRENCY = 32;
  const allows = (flag: number) => (style & flag) !== 0;
  let currencySymbol: string | null = null;
  let decimalSeparator = info.numberDecimalSeparator;
  let groupSeparator = info.numberGroupSeparator;
  let altDecimal: string | null = null;
  let altGroup: string | null = null;
  const parsingCurrency = allows(NumberStyles.AllowCurrencySymbol);
  if (parsingCurrency) {
    currencySymbol = info.currencySymbol;
    altDecimal = info.numberDecimalSeparator;
    altGroup = info.numberGroupSeparator;
    decimalSeparator = info.currencyDecimalSeparator;
    groupSeparator = info.currencyGroupSeparator;
  }
  let state = 0;
  let negative = false;
  let scale = 0;
  let p = 0;
  // Leading white space, sign, parenthesis and currency symbol.
  for (;;) {
    const ch = input[p];
    const skipWhite =
      isWhite(ch) &&
      allows(NumberStyles.AllowLeadingWhite) &&
      !((state & SIGN) !== 0 && (state & CURRENCY) === 0 && info.numberNegativePattern !== 2);
    if (!skipWhite) {
      const signEnd =
        allows(NumberStyles.AllowLeadingSign) && (state & SIGN) === 0 ? matchSign(input, p, info) : null;
      if (signEnd !== null) {
        state |= SIGN;
        negative = signEnd.negative;
        p = signEnd.end;
        continue;
      }
      if (ch === '(' && allows(NumberStyles.AllowParentheses) && (state & SIGN) === 0) {
        state |= SIGN | PARENS;
        negative = true;
      } else {
        const currencyEnd = match(input, p, currencySymbol);
        if (currencyEnd === null) break;
        state |= CURRENCY;
        currencySymbol = null;
        p = currencyEnd;
        continue;
      }
    }
    p++;
  }
  // Digits, decimal point and group separators.
  let digits = '';
  let digitEnd = 0;
  const hex = allows(NumberStyles.AllowHexSpecifier);
  for (;;) {
    const ch = input[p];
    if (isDigit(ch) || (hex && isHexLetter(ch))) {
      state |= DIGITS;
      if (ch !== '0' || (state & NONZERO) !== 0) {
        if (digits.length < MAX_DIGITS) {
          digits += ch;
          if (ch !== '0' || forDecimal) digitEnd = digits.length;
        }
        if ((state & DECIMAL) === 0) scale++;
        state |= NONZERO;
      } else if ((state & DECIMAL) !== 0) scale--;
      p++;
      continue;
    }
    const alternative = parsingCurrency && (state & CURRENCY) === 0;
    const decimalEnd =
      allows(NumberStyles.AllowDecimalPoint) && (state & DECIMAL) === 0
        ? (match(input, p, decimalSeparator) ?? (alternative ? match(input, p, altDecimal) : null))
        : null;
    if (decimalEnd !== null) {
      state |= DECIMAL;
      p = decimalEnd;
      continue;
    }
    const groupEnd =
      allows(NumberStyles.AllowThousands) && (state & DIGITS) !== 0 && (state & DECIMAL) === 0
        ? (match(input, p, groupSeparator) ?? (alternative ? match(input, p, altGroup) : null))
        : null;
    if (groupEnd === null) break;
    p = groupEnd;
  }
  if ((state & DIGITS) === 0) return null;
  digits = digits.slice(0, digitEnd);
  // Exponent.
  if ((input[p] === 'E' || input[p] === 'e') && allows(NumberStyles.AllowExponent)) {
    const start = p;
    p++;
    let negativeExponent = false;
    const exponentSign = matchSign(input, p, info);
    if (exponentSign !== null) {
      p = exponentSign.end;
      negativeExponent = exponentSign.negative;
    }
    if (isDigit(input[p])) {
      let exponent = 0;
      while (isDigit(input[p])) {
        exponent = exponent * 10 + (input.charCodeAt(p++) - 48);
        if (exponent > 1000) {
          exponent = 9999;
          while (isDigit(input[p])) p++;
        }
      }
      scale += negativeExponent ? -exponent : exponent;
    } else p = start;
  }
  // Trailing white space, sign, parenthesis and currency symbol.
  for (;;) {
    const ch = input[p];
    if (!isWhite(ch) || !allows(NumberStyles.AllowTrailingWhite)) {
      const signEnd =
        allows(NumberStyles.AllowTrailingSign) && (state & SIGN) === 0 ? matchSign(input, p, info) : null;
      if (signEnd !== null) {
        state |= SIGN;
        negative = signEnd.negative;
        p = signEnd.end;
        continue;
      }
      if (ch === ')' && (state & PARENS) !== 0) state &= ~PARENS;
      else {
        const currencyEnd = match(input, p, currencySymbol);
        if (currencyEnd === null) break;
        currencySymbol = null;
        p = currencyEnd;
        continue;
      }
    }
    p++;
  }
  if ((state & PARENS) !== 0) return null;
  if ((state & NONZERO) === 0) {
    if (!forDecimal) scale = 0;
    if ((state & DECIMAL) === 0) negative = false;
  }
  // Whatever remains must be NUL characters.
  for (let i = p; i < input.length; i++) if (input[i] !== '\0') return null;
  return { digits, scale, negative, precision: digits.length };
}
