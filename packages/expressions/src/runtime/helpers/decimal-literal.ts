import { Decimal } from '../text/decimal.js';

/**
 * A `decimal` literal from its digits as written (`1.50`, `2e3`, without the `m`): exact, with
 * the scale the literal gives, rounded as the C# compiler rounds beyond 28 digits.
 */
export function decimalLiteral(digits: string): Decimal {
  const match = /^(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(digits.replaceAll('_', ''));
  if (match === null) throw new Error(`Not a decimal literal: ${digits}`);
  const whole = match[1] ?? '';
  const fraction = match[2] ?? '';
  const exponent = Number(match[3] ?? '0');
  let coefficient = BigInt(`${whole}${fraction}` || '0');
  let scale = fraction.length - exponent;
  if (scale < 0) {
    coefficient *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return Decimal.fit(coefficient, scale);
}
