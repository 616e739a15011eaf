/**
 * Rounding on decimal digits, as .NET's `decimal` rounds: `Math.Round` rounds half to even
 * (`2.5` → `2`), the `C` format rounds half away from zero (`0.125` → `0.13`). Binary floating
 * point cannot do either faithfully (`1.005` is stored as 1.00499…), so the value is first read as
 * its 15 significant decimal digits, the precision .NET keeps when it turns a double into a
 * decimal.
 */

export type Midpoint = 'even' | 'away';

export interface DecimalDigits {
  readonly negative: boolean;
  /** Integer digits, without leading zeros (`'0'` for zero). */
  readonly whole: string;
  /** Fraction digits. */
  readonly fraction: string;
}

/** The decimal digits of `value`, to 15 significant digits. */
export function decimalDigits(value: number): DecimalDigits {
  const [mantissa, exponent] = Math.abs(value).toPrecision(15).split('e') as [string, string | undefined];
  const point = mantissa.indexOf('.');
  const digits = mantissa.replace('.', '');
  const position = (point < 0 ? mantissa.length : point) + Number(exponent ?? 0);
  let whole: string;
  let fraction: string;
  if (position <= 0) {
    whole = '0';
    fraction = '0'.repeat(-position) + digits;
  } else if (position >= digits.length) {
    whole = digits + '0'.repeat(position - digits.length);
    fraction = '';
  } else {
    whole = digits.slice(0, position);
    fraction = digits.slice(position);
  }
  return {
    negative: value < 0,
    whole: whole.replace(/^0+(?=\d)/, ''),
    fraction: fraction.replace(/0+$/, ''),
  };
}

/** Adds one to a string of decimal digits. */
function increment(digits: string): string {
  const chars = digits.split('');
  for (let i = chars.length - 1; i >= 0; i--) {
    if (chars[i] !== '9') {
      chars[i] = String(Number(chars[i]) + 1);
      return chars.join('');
    }
    chars[i] = '0';
  }
  return `1${chars.join('')}`;
}

/** `value` rounded to `places` fraction digits, with exactly that many digits after the point. */
export function roundDecimal(value: number, places: number, midpoint: Midpoint): DecimalDigits {
  const { negative, whole, fraction } = decimalDigits(value);
  const kept = fraction.slice(0, places).padEnd(places, '0');
  const rest = fraction.slice(places);
  const all = whole + kept;
  let roundUp = false;
  if (rest !== '') {
    const first = rest[0]!;
    if (first > '5') roundUp = true;
    else if (first === '5') {
      const tie = /^50*$/.test(rest);
      const lastDigit = Number(all[all.length - 1]);
      roundUp = !tie || midpoint === 'away' || lastDigit % 2 === 1;
    }
  }
  const rounded = roundUp ? increment(all).padStart(all.length, '0') : all;
  const split = rounded.length - places;
  return {
    negative,
    whole: rounded.slice(0, split).replace(/^0+(?=\d)/, '') || '0',
    fraction: rounded.slice(split),
  };
}

/** `-12.5`-style text of decimal digits (no sign for zero). */
export function digitsText({ negative, whole, fraction }: DecimalDigits): string {
  const body = fraction === '' ? whole : `${whole}.${fraction}`;
  const zero = /^[0.]*$/.test(body);
  return negative && !zero ? `-${body}` : body;
}

/** Integer digits with `,` between groups of three. */
export function groupThousands(whole: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
