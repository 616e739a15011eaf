/**
 * A number as .NET's formatter sees it (`Number.NumberBuffer`): its significant decimal digits,
 * where the decimal point falls, and its sign. The value is `0.<digits> × 10^scale`; a zero has
 * no digits.
 */
export interface NumberBuffer {
  /** Decimal digits, no leading zeros; decimals keep their trailing zeros (`1.50m` is `150`). */
  digits: string;
  scale: number;
  negative: boolean;
  /** What the digits came from: the formatter treats each a little differently. */
  readonly kind: 'integer' | 'decimal' | 'floating';
  /** The type's default precision for `G` (15 for `double`, 29 for `decimal`, ...). */
  readonly precision: number;
}

/** How `roundNumber` treats a buffer, which depends on the .NET flavour and the number's kind. */
export interface RoundingRules {
  /** Modern .NET keeps the sign of a floating-point value that rounds to zero (`-0.00`). */
  readonly keepNegativeZero: boolean;
  /** Modern .NET's floating-point digits are already correctly rounded: only cut them. */
  readonly truncate: boolean;
}

export const frameworkRounding: RoundingRules = { keepNegativeZero: false, truncate: false };

/**
 * .NET's `RoundNumber`: keeps `position` digits, rounding half away from zero on the digits
 * (so a double already cut to 15 digits rounds again: `1.005.ToString("F2")` is `1.01`), and
 * drops trailing zeros. A result of zero loses its sign unless the rules keep it.
 */
export function roundNumber(
  number: NumberBuffer,
  position: number,
  rules: RoundingRules = frameworkRounding,
): void {
  const digits = number.digits;
  let i = 0;
  while (i < position && i < digits.length) i++;
  let result: string;
  if (i === position && i < digits.length && !rules.truncate && digits.charCodeAt(i) >= 0x35) {
    while (i > 0 && digits[i - 1] === '9') i--;
    if (i > 0) {
      result = digits.slice(0, i - 1) + String.fromCharCode(digits.charCodeAt(i - 1) + 1);
    } else {
      number.scale++;
      result = '1';
    }
  } else {
    while (i > 0 && digits[i - 1] === '0') i--;
    result = digits.slice(0, i);
  }
  if (result.length === 0) {
    number.scale = 0;
    if (!rules.keepNegativeZero) number.negative = false;
  }
  number.digits = result;
}
