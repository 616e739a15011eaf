import { type NumberBuffer, roundNumber } from './number-buffer.js';
import type { NumberFormatInfo } from './number-format-info.js';
import { formatExponent } from './standard-format.js';

/**
 * .NET's custom numeric format strings (`"0.00"`, `"#,##0"`, `"0.0e+0"`, `"0%"`, sections
 * separated by `;`, quoted literals, `\` escapes): a port of `Number.NumberToStringFormat`.
 * Digits are rounded half away from zero on the buffer, as .NET does.
 */

/** `FindSection`: where section `section` (0 positive, 1 negative, 2 zero) starts, 0 if absent. */
function findSection(format: string, section: number): number {
  if (section === 0) return 0;
  let src = 0;
  for (;;) {
    if (src >= format.length) return 0;
    const ch = format[src++];
    switch (ch) {
      case "'":
      case '"':
        while (src < format.length && format[src] !== '\0' && format[src++] !== ch) {}
        break;
      case '\\':
        if (src < format.length && format[src] !== '\0') src++;
        break;
      case ';':
        if (--section !== 0) break;
        if (src < format.length && format[src] !== '\0' && format[src] !== ';') return src;
        return 0;
      case '\0':
        return 0;
      default:
        break;
    }
  }
}

interface SectionShape {
  digitCount: number;
  decimalPos: number;
  firstDigit: number;
  lastDigit: number;
  scientific: boolean;
  thousandSeps: boolean;
  scaleAdjust: number;
}

/** Reads one section's placeholders: how many digits, where the point is, grouping, scaling. */
function shapeOf(format: string, section: number): SectionShape {
  let digitCount = 0;
  let decimalPos = -1;
  let firstDigit = 0x7fffffff;
  let lastDigit = 0;
  let scientific = false;
  let thousandPos = -1;
  let thousandCount = 0;
  let thousandSeps = false;
  let scaleAdjust = 0;
  let src = section;
  while (src < format.length) {
    const ch = format[src++]!;
    if (ch === '\0' || ch === ';') break;
    switch (ch) {
      case '#':
        digitCount++;
        break;
      case '0':
        if (firstDigit === 0x7fffffff) firstDigit = digitCount;
        digitCount++;
        lastDigit = digitCount;
        break;
      case '.':
        if (decimalPos < 0) decimalPos = digitCount;
        break;
      case ',':
        if (digitCount > 0 && decimalPos < 0) {
          if (thousandPos >= 0) {
            if (thousandPos === digitCount) {
              thousandCount++;
              break;
            }
            thousandSeps = true;
          }
          thousandPos = digitCount;
          thousandCount = 1;
        }
        break;
      case '%':
        scaleAdjust += 2;
        break;
      case '\u2030':
        scaleAdjust += 3;
        break;
      case "'":
      case '"':
        while (src < format.length && format[src] !== '\0' && format[src++] !== ch) {}
        break;
      case '\\':
        if (src < format.length && format[src] !== '\0') src++;
        break;
      case 'E':
      case 'e':
        if (
          (src < format.length && format[src] === '0') ||
          (src + 1 < format.length && (format[src] === '+' || format[src] === '-') && format[src + 1] === '0')
        ) {
          while (++src < format.length && format[src] === '0') {}
          scientific = true;
        }
        break;
      default:
        break;
    }
  }
  if (decimalPos < 0) decimalPos = digitCount;
  if (thousandPos >= 0) {
    if (thousandPos === decimalPos) scaleAdjust -= thousandCount * 3;
    else thousandSeps = true;
  }
  return { digitCount, decimalPos, firstDigit, lastDigit, scientific, thousandSeps, scaleAdjust };
}

/** Positions (counted in integer digits from the point) after which a group separator goes. */
function separatorPositions(digitsBefore: number, info: NumberFormatInfo): number[] {
  const positions: number[] = [];
  const sizes = info.numberGroupSizes;
  if (info.numberGroupSeparator.length === 0 || sizes.length === 0) return positions;
  let index = 0;
  let total = sizes[0]!;
  let size = total;
  while (digitsBefore > total) {
    if (size === 0) break;
    positions.push(total);
    if (index < sizes.length - 1) size = sizes[++index]!;
    total += size;
  }
  return positions;
}

/**
 * Formats a buffer with a custom format. `core` selects modern .NET's handling of negative
 * values that round to zero (`(-0.1).ToString("0")` is `-0` there, `0` on .NET Framework).
 */
export function numberToStringFormat(
  number: NumberBuffer,
  format: string,
  info: NumberFormatInfo,
  core: boolean,
): string {
  const keep = core && number.kind === 'floating';
  let section = findSection(format, number.digits.length === 0 ? 2 : number.negative ? 1 : 0);
  let shape: SectionShape;
  for (;;) {
    shape = shapeOf(format, section);
    if (number.digits.length > 0) {
      number.scale += shape.scaleAdjust;
      const position = shape.scientific
        ? shape.digitCount
        : number.scale + shape.digitCount - shape.decimalPos;
      roundNumber(number, position, { keepNegativeZero: keep, truncate: false });
      if (number.digits.length === 0) {
        const zero = findSection(format, 2);
        if (zero !== section) {
          section = zero;
          continue;
        }
      }
    } else {
      if (!keep) number.negative = false;
      number.scale = 0;
    }
    break;
  }
  const { digitCount, decimalPos, thousandSeps } = shape;
  let scientific = shape.scientific;
  const firstDigit = shape.firstDigit < decimalPos ? decimalPos - shape.firstDigit : 0;
  const lastDigit = shape.lastDigit > decimalPos ? decimalPos - shape.lastDigit : 0;
  let digPos: number;
  let adjust: number;
  if (scientific) {
    digPos = decimalPos;
    adjust = 0;
  } else {
    digPos = Math.max(number.scale, decimalPos);
    adjust = number.scale - decimalPos;
  }
  let separators: number[] = [];
  if (thousandSeps) {
    const totalDigits = digPos + Math.min(adjust, 0);
    separators = separatorPositions(Math.max(firstDigit, totalDigits), info);
  }
  let sepIndex = separators.length - 1;
  const digits = number.digits;
  let cursor = 0;
  let out = '';
  const negativeFirst = number.negative && section === 0 && (!core || number.scale !== 0);
  if (negativeFirst) out += info.negativeSign;
  let decimalWritten = false;
  const putDigit = (ch: string): void => {
    out += ch;
    if (thousandSeps && digPos > 1 && sepIndex >= 0 && digPos === separators[sepIndex]! + 1) {
      out += info.numberGroupSeparator;
      sepIndex--;
    }
  };
  let src = section;
  while (src < format.length) {
    let ch = format[src++]!;
    if (ch === '\0' || ch === ';') break;
    if (adjust > 0 && (ch === '#' || ch === '0' || ch === '.')) {
      while (adjust > 0) {
        putDigit(cursor < digits.length ? digits[cursor++]! : '0');
        digPos--;
        adjust--;
      }
    }
    switch (ch) {
      case '#':
      case '0': {
        if (adjust < 0) {
          adjust++;
          ch = digPos <= firstDigit ? '0' : '';
        } else {
          ch = cursor < digits.length ? digits[cursor++]! : digPos > lastDigit ? '0' : '';
        }
        if (ch !== '') putDigit(ch);
        digPos--;
        break;
      }
      case '.':
        if (digPos !== 0 || decimalWritten) break;
        if (lastDigit < 0 || (decimalPos < digitCount && cursor < digits.length)) {
          out += info.numberDecimalSeparator;
          decimalWritten = true;
        }
        break;
      case '\u2030':
        out += info.perMilleSymbol;
        break;
      case '%':
        out += info.percentSymbol;
        break;
      case ',':
        break;
      case "'":
      case '"':
        while (src < format.length && format[src] !== '\0' && format[src] !== ch) out += format[src++];
        if (src < format.length && format[src] !== '\0') src++;
        break;
      case '\\':
        if (src < format.length && format[src] !== '\0') out += format[src++];
        break;
      case 'E':
      case 'e': {
        if (!scientific) {
          out += ch;
          if (src < format.length) {
            if (format[src] === '+' || format[src] === '-') out += format[src++];
            while (src < format.length && format[src] === '0') out += format[src++];
          }
          break;
        }
        let positiveSign = false;
        let count = 0;
        if (src < format.length && format[src] === '0') count++;
        else if (src + 1 < format.length && format[src] === '+' && format[src + 1] === '0')
          positiveSign = true;
        else if (!(src + 1 < format.length && format[src] === '-' && format[src + 1] === '0')) {
          out += ch;
          break;
        }
        while (++src < format.length && format[src] === '0') count++;
        if (count > 10) count = 10;
        const exponent = digits.length === 0 ? 0 : number.scale - decimalPos;
        out += formatExponent(exponent, ch, count, positiveSign, info);
        scientific = false;
        break;
      }
      default:
        out += ch;
        break;
    }
  }
  if (core && number.negative && section === 0 && number.scale === 0 && out.length > 0) {
    out = info.negativeSign + out;
  }
  return out;
}
