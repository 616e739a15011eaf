import type { NumberBuffer } from './number-buffer.js';

/**
 * The decimal digits of binary floating-point values, three ways:
 *
 * - `roundedDigits`: the value correctly rounded to n significant digits, as .NET Framework's
 *   `DoubleToNumber(value, 15)` does before every format (so the formatter sees 15 digits, and
 *   rounds them again);
 * - `shortestDigits`: the fewest digits that read back as the same value, as modern .NET's
 *   default `ToString()` prints (and JavaScript's);
 * - `exactDigits` + `roundHalfEven`: the exact expansion cut at a position with ties to even,
 *   as modern .NET's Dragon4 does for a precision (`F2`, `E5`, `G10`).
 */

function fromExponential(text: string): { digits: string; scale: number } {
  const e = text.indexOf('e');
  const digits = text.slice(0, e).replace('.', '').replace(/0+$/, '');
  return { digits, scale: Number(text.slice(e + 1)) + 1 };
}

function buffer(digits: string, scale: number, negative: boolean, precision: number): NumberBuffer {
  return digits.length === 0
    ? { digits: '', scale: 0, negative, kind: 'floating', precision }
    : { digits, scale, negative, kind: 'floating', precision };
}

/** A finite value correctly rounded to `significant` digits (trailing zeros dropped). */
export function roundedDigits(value: number, significant: number, precision: number): NumberBuffer {
  const negative = value < 0 || Object.is(value, -0);
  if (value === 0) return buffer('', 0, negative, precision);
  const { digits, scale } = fromExponential(Math.abs(value).toExponential(significant - 1));
  return buffer(digits, scale, negative, precision);
}

/** The shortest digits that round-trip a finite double. */
export function shortestDigits(value: number, precision: number): NumberBuffer {
  const negative = value < 0 || Object.is(value, -0);
  if (value === 0) return buffer('', 0, negative, precision);
  const { digits, scale } = fromExponential(Math.abs(value).toExponential());
  return buffer(digits, scale, negative, precision);
}

/** The shortest digits that round-trip a finite float (a double holding a `Math.fround` value). */
export function shortestSingleDigits(value: number, precision: number): NumberBuffer {
  const negative = value < 0 || Object.is(value, -0);
  if (value === 0) return buffer('', 0, negative, precision);
  const magnitude = Math.abs(value);
  for (let n = 1; n < 9; n++) {
    const text = magnitude.toExponential(n - 1);
    if (Math.fround(Number(text)) === magnitude) {
      const { digits, scale } = fromExponential(text);
      return buffer(digits, scale, negative, precision);
    }
  }
  const { digits, scale } = fromExponential(magnitude.toExponential(8));
  return buffer(digits, scale, negative, precision);
}

const view = new DataView(new ArrayBuffer(8));

/** Every decimal digit of a finite double's exact value. */
export function exactDigits(value: number, precision: number): NumberBuffer {
  const negative = value < 0 || Object.is(value, -0);
  if (value === 0) return buffer('', 0, negative, precision);
  view.setFloat64(0, Math.abs(value));
  const bits = view.getBigUint64(0);
  const biased = Number(bits >> 52n);
  const fraction = bits & 0xfffffffffffffn;
  const mantissa = biased === 0 ? fraction : fraction | 0x10000000000000n;
  const exponent = (biased === 0 ? 1 : biased) - 1075;
  let text: string;
  let scale: number;
  if (exponent >= 0) {
    text = (mantissa << BigInt(exponent)).toString();
    scale = text.length;
  } else {
    text = (mantissa * 5n ** BigInt(-exponent)).toString();
    scale = text.length + exponent;
  }
  return buffer(text.replace(/0+$/, ''), scale, negative, precision);
}

/**
 * Cuts exact digits to `keep` digits, rounding half to even on the exact value (modern .NET's
 * Dragon4 with a cutoff). `keep` may be zero or negative: the value then rounds to zero or to
 * one unit of the first kept position.
 */
export function roundHalfEven(number: NumberBuffer, keep: number): NumberBuffer {
  const digits = number.digits;
  if (keep >= digits.length) return number;
  if (keep < 0) return { ...number, digits: '', scale: 0 };
  const next = digits.charCodeAt(keep) - 0x30;
  const rest = digits.slice(keep + 1);
  const previous = keep === 0 ? 0 : digits.charCodeAt(keep - 1) - 0x30;
  const up = next > 5 || (next === 5 && (rest.length > 0 || previous % 2 === 1));
  let kept = digits.slice(0, keep);
  let scale = number.scale;
  if (up) {
    let i = kept.length;
    while (i > 0 && kept[i - 1] === '9') i--;
    if (i === 0) {
      kept = '1';
      scale++;
    } else kept = kept.slice(0, i - 1) + String.fromCharCode(kept.charCodeAt(i - 1) + 1);
  }
  kept = kept.replace(/0+$/, '');
  return kept.length === 0 ? { ...number, digits: '', scale: 0 } : { ...number, digits: kept, scale };
}
