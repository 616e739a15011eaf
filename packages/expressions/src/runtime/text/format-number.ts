import { environment } from '../environment.js';
import { numberToStringFormat } from './custom-format.js';
import {
  exactDigits,
  roundedDigits,
  roundHalfEven,
  shortestDigits,
  shortestSingleDigits,
} from './float-digits.js';
import type { NumberBuffer } from './number-buffer.js';
import type { NumberFormatInfo } from './number-format-info.js';
import { badFormatSpecifier, numberToString } from './standard-format.js';

/**
 * `ToString(format)` of every numeric type, per .NET's `Number.Format*` entry points: the
 * format string is read as a standard format (`"N2"`) or else as a custom one (`"0.00"`), and
 * the value's digits are produced as the type and the .NET flavour do.
 */

/** The integer types, by their .NET names. */
export type IntegerTypeName = 'SByte' | 'Byte' | 'Int16' | 'UInt16' | 'Int32' | 'UInt32' | 'Int64' | 'UInt64';

/** A standard format: its letter and precision (-1 when absent). Null means a custom format. */
export interface StandardFormat {
  readonly letter: string;
  readonly digits: number;
}

const isLetter = (ch: string | undefined) => ch !== undefined && /^[A-Za-z]$/.test(ch);
const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

/**
 * `ParseFormatSpecifier`: a letter followed by digits is a standard format. .NET Framework
 * reads at most two significant digits of precision (`"F100"` is a custom format there);
 * modern .NET up to 999,999,999.
 */
export function parseFormatSpecifier(format: string | null): StandardFormat | null {
  if (format === null || format.length === 0 || format[0] === '\0') return { letter: 'G', digits: -1 };
  const letter = format[0]!;
  if (!isLetter(letter)) return null;
  if (format.length === 1) return { letter, digits: -1 };
  let i = 1;
  if (environment().dotnet === 'framework') {
    if (!isDigit(format[i])) return null;
    let n = format.charCodeAt(i++) - 48;
    while (isDigit(format[i])) {
      n = n * 10 + format.charCodeAt(i++) - 48;
      if (n >= 10) break;
    }
    return i >= format.length || format[i] === '\0' ? { letter, digits: n } : null;
  }
  let n = 0;
  while (isDigit(format[i])) {
    if (n >= 100_000_000) throw badFormatSpecifier();
    n = n * 10 + format.charCodeAt(i++) - 48;
  }
  return i >= format.length || format[i] === '\0' ? { letter, digits: n } : null;
}

const core = () => environment().dotnet === 'core';

const integerPrecision: Record<IntegerTypeName, number> = {
  SByte: 10,
  Byte: 10,
  Int16: 10,
  UInt16: 10,
  Int32: 10,
  UInt32: 10,
  Int64: 19,
  UInt64: 20,
};

const bitWidth: Record<IntegerTypeName, number> = {
  SByte: 8,
  Byte: 8,
  Int16: 16,
  UInt16: 16,
  Int32: 32,
  UInt32: 32,
  Int64: 64,
  UInt64: 64,
};

function integerBuffer(value: bigint, type: IntegerTypeName): NumberBuffer {
  const negative = value < 0n;
  const digits = value === 0n ? '' : (negative ? -value : value).toString();
  return { digits, scale: digits.length, negative, kind: 'integer', precision: integerPrecision[type] };
}

/** `ToString(format)` of an integer type (`int` as a number, `long`/`ulong` as a bigint). */
export function formatInteger(
  value: number | bigint,
  type: IntegerTypeName,
  format: string | null,
  info: NumberFormatInfo,
): string {
  const big = BigInt(value);
  const spec = parseFormatSpecifier(format);
  if (spec !== null) {
    const upper = spec.letter.toUpperCase();
    if (upper === 'G' ? spec.digits < 1 : upper === 'D') {
      const text = (big < 0n ? -big : big).toString().padStart(Math.max(spec.digits, 1), '0');
      return big < 0n ? info.negativeSign + text : text;
    }
    if (upper === 'X') {
      // Negative values print their two's complement in the type's width (`(-1).ToString("X")` is FFFFFFFF).
      const bits = BigInt.asUintN(bitWidth[type], big);
      const hex = bits.toString(16).padStart(Math.max(spec.digits, 1), '0');
      return spec.letter === 'X' ? hex.toUpperCase() : hex;
    }
    if (upper === 'B' && core()) {
      return BigInt.asUintN(bitWidth[type], big).toString(2).padStart(Math.max(spec.digits, 1), '0');
    }
    return numberToString(integerBuffer(big, type), spec.letter, spec.digits, info, core());
  }
  return numberToStringFormat(integerBuffer(big, type), format!, info, core());
}

/** `double.ToString(format)` (`single`: `float.ToString(format)`, the value a `Math.fround` result). */
export function formatFloatingPoint(
  value: number,
  format: string | null,
  info: NumberFormatInfo,
  single = false,
): string {
  if (Number.isNaN(value)) return info.nanSymbol;
  if (!Number.isFinite(value)) return value > 0 ? info.positiveInfinitySymbol : info.negativeInfinitySymbol;
  const spec = parseFormatSpecifier(format);
  return core()
    ? formatModern(value, spec, format!, info, single)
    : formatFramework(value, spec, format!, info, single);
}

/**
 * .NET Framework: the value is first cut to 15 significant digits (7 for `float`), or 17 (9)
 * for `R` when 15 do not read back, `G16`-`G17` and `E15`+, then formatted from those digits.
 */
function formatFramework(
  value: number,
  spec: StandardFormat | null,
  format: string,
  info: NumberFormatInfo,
  single: boolean,
): string {
  const base = single ? 7 : 15;
  const wide = single ? 9 : 17;
  if (spec === null) return numberToStringFormat(roundedDigits(value, base, base), format, info, false);
  const upper = spec.letter.toUpperCase();
  if (upper === 'R') {
    const short = roundedDigits(value, base, base);
    const back = Number(`${short.negative ? '-' : ''}0.${short.digits || '0'}e${short.scale}`);
    if ((single ? Math.fround(back) : back) === value) return numberToString(short, 'G', base, info, false);
    return numberToString(roundedDigits(value, wide, base), 'G', wide, info, false);
  }
  let precision = base;
  if (upper === 'E' && spec.digits > base - 1) precision = wide;
  if (upper === 'G' && spec.digits > base) precision = wide;
  return numberToString(roundedDigits(value, precision, base), spec.letter, spec.digits, info, false);
}

/**
 * Modern .NET (Core 3.0+): the shortest round-trippable digits for `ToString()`, `G` and `R`;
 * exact digits rounded half to even for a precision; 15 digits (7 for `float`) for custom
 * formats, which then round half away from zero as before.
 */
function formatModern(
  value: number,
  spec: StandardFormat | null,
  format: string,
  info: NumberFormatInfo,
  single: boolean,
): string {
  const roundTrip = single ? 9 : 17;
  if (spec === null) {
    const digits = roundHalfEven(exactDigits(value, roundTrip), single ? 7 : 15);
    return numberToStringFormat(digits, format, info, true);
  }
  const letter = spec.letter;
  let precision = spec.digits;
  let significant = true;
  switch (letter.toUpperCase()) {
    case 'C':
      if (precision === -1) precision = info.currencyDecimalDigits;
      significant = false;
      break;
    case 'E':
      if (precision === -1) precision = 6;
      precision++;
      break;
    case 'F':
    case 'N':
      if (precision === -1) precision = info.numberDecimalDigits;
      significant = false;
      break;
    case 'G':
      if (precision === 0) precision = -1;
      break;
    case 'P':
      if (precision === -1) precision = info.percentDecimalDigits;
      precision += 2;
      significant = false;
      break;
    case 'R':
      precision = -1;
      break;
    default:
      throw badFormatSpecifier();
  }
  if (precision === -1) {
    const shortest = single ? shortestSingleDigits(value, roundTrip) : shortestDigits(value, roundTrip);
    return numberToString(shortest, letter, Math.max(shortest.digits.length, roundTrip), info, true);
  }
  const exact = exactDigits(value, roundTrip);
  const keep = significant ? precision : exact.scale + precision;
  return numberToString(roundHalfEven(exact, keep), letter, spec.digits, info, true);
}

/** `decimal.ToString(format)` from the decimal's parts: every digit it holds, trailing zeros too. */
export function formatDecimalParts(
  mantissa: bigint,
  scale: number,
  negative: boolean,
  format: string | null,
  info: NumberFormatInfo,
): string {
  const digits = mantissa === 0n ? '' : mantissa.toString();
  const buffer: NumberBuffer = {
    digits,
    scale: digits.length - scale,
    negative,
    kind: 'decimal',
    precision: 29,
  };
  const spec = parseFormatSpecifier(format);
  if (spec === null) return numberToStringFormat(buffer, format!, info, core());
  return numberToString(buffer, spec.letter, spec.digits, info, core());
}
