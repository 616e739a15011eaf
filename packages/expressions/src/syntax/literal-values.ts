import type { IntegerSuffix, RealSuffix } from '../ast/expressions.js';
import type { Problem } from '../diagnostics/problem.js';

const simpleEscapes: Readonly<Record<string, string>> = {
  "'": "'",
  '"': '"',
  '\\': '\\',
  '0': '\0',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

const isHex = (char: string | undefined) => char !== undefined && /^[0-9a-fA-F]$/.test(char);

/**
 * Decodes the escapes of a regular string or character literal body `text[start, end)`.
 * Unknown escapes are reported; each stands for one character in the value.
 */
export function decodeEscapes(text: string, start: number, end: number, problems: Problem[]): string {
  let out = '';
  let i = start;
  while (i < end) {
    const c = text[i]!;
    if (c !== '\\') {
      const next = text.indexOf('\\', i);
      const stop = next < 0 || next > end ? end : next;
      out += text.slice(i, stop);
      i = stop;
      continue;
    }
    const e = text[i + 1];
    if (e === undefined || i + 1 >= end) {
      problems.push({ code: 'invalid-escape', start: i, end: i + 1, data: { escape: '\\' } });
      out += '\\';
      i += 1;
      continue;
    }
    const simple = simpleEscapes[e];
    if (simple !== undefined) {
      out += simple;
      i += 2;
      continue;
    }
    if (e === 'u' || e === 'U' || e === 'x') {
      const maximum = e === 'u' ? 4 : e === 'U' ? 8 : 4;
      const minimum = e === 'x' ? 1 : maximum;
      let j = i + 2;
      while (j < end && j - (i + 2) < maximum && isHex(text[j])) j++;
      const digits = text.slice(i + 2, j);
      const code = digits.length >= minimum ? Number.parseInt(digits, 16) : Number.NaN;
      if (Number.isNaN(code) || code > 0x10ffff) {
        problems.push({ code: 'invalid-escape', start: i, end: j, data: { escape: text.slice(i, j) } });
        out += '\ufffd';
      } else {
        out += String.fromCodePoint(code);
      }
      i = j;
      continue;
    }
    // Reported; the value keeps the escaped character alone, so a character literal with a bad
    // escape does not also count as two characters.
    problems.push({ code: 'invalid-escape', start: i, end: i + 2, data: { escape: `\\${e}` } });
    out += e;
    i += 2;
  }
  return out;
}

/** Decodes a verbatim string body: `""` stands for one quote. */
export function decodeVerbatim(text: string, start: number, end: number): string {
  return text.slice(start, end).replaceAll('""', '"');
}

/** Resolves doubled braces in the text of an interpolated string. */
export function undoubleBraces(value: string): string {
  return value.replaceAll('{{', '{').replaceAll('}}', '}');
}

export interface IntegerValue {
  value: bigint;
  suffix: IntegerSuffix;
}

const ULONG_MAX = (1n << 64n) - 1n;

/** Checks that `_` separators stand only between digits of a digit group. */
function separatorsValid(group: string): boolean {
  return group.length > 0 && !group.startsWith('_') && !group.endsWith('_');
}

/** Decodes an integer literal token. `raw` is the whole token image. */
export function decodeInteger(raw: string, problems: Problem[]): IntegerValue {
  const suffixMatch = /(?:[uU][lL]?|[lL][uU]?)$/.exec(raw);
  const suffixText = suffixMatch?.[0].toLowerCase() ?? '';
  const suffix: IntegerSuffix =
    suffixText === '' ? 'none' : suffixText === 'u' ? 'u' : suffixText === 'l' ? 'l' : 'ul';
  const body = raw.slice(0, raw.length - suffixText.length);
  const prefix = /^0[xXbB]/.test(body) ? body.slice(0, 2).toLowerCase() : '';
  let digits = body.slice(prefix.length);
  // C# 7.2 allows a separator right after the prefix (`0x_FF`).
  if (prefix !== '' && digits.startsWith('_')) digits = digits.replace(/^_+/, '');
  if (!separatorsValid(digits)) {
    problems.push({ code: 'invalid-number', start: 0, end: raw.length, data: { text: raw } });
    return { value: 0n, suffix };
  }
  const value = BigInt(
    `${prefix === '0x' ? '0x' : prefix === '0b' ? '0b' : ''}${digits.replaceAll('_', '')}`,
  );
  if (value > ULONG_MAX) {
    problems.push({ code: 'integer-too-large', start: 0, end: raw.length });
    return { value: 0n, suffix };
  }
  return { value, suffix };
}

export interface RealValue {
  value: number;
  digits: string;
  suffix: RealSuffix;
}

const FLOAT_MAX = 3.4028234663852886e38;
/** `decimal.MaxValue` (79228162514264337593543950335) as the nearest double. */
const DECIMAL_MAX = 7.922816251426434e28;

/** Decodes a real literal token (`1.5`, `.5e-3`, `2f`, `1_000.25m`). */
export function decodeReal(raw: string, problems: Problem[]): RealValue {
  const last = raw[raw.length - 1]!.toLowerCase();
  const suffix: RealSuffix = last === 'f' || last === 'd' || last === 'm' ? last : 'none';
  const body = suffix === 'none' ? raw : raw.slice(0, -1);
  const match = /^([0-9_]*)(?:\.([0-9_]+))?(?:[eE]([+-]?)([0-9_]*))?$/.exec(body);
  const groups = match === null ? null : [match[1]!, match[2], match[4]];
  const valid =
    groups !== null &&
    (groups[0] === '' ? groups[1] !== undefined : separatorsValid(groups[0]!)) &&
    (groups[1] === undefined || separatorsValid(groups[1])) &&
    (groups[2] === undefined || separatorsValid(groups[2]));
  if (!valid) {
    problems.push({ code: 'invalid-number', start: 0, end: raw.length, data: { text: raw } });
    return { value: 0, digits: '0', suffix };
  }
  const digits = body.replaceAll('_', '');
  const value = Number(digits.startsWith('.') ? `0${digits}` : digits);
  const limit = suffix === 'f' ? FLOAT_MAX : suffix === 'm' ? DECIMAL_MAX : Number.MAX_VALUE;
  if (!Number.isFinite(value) || Math.abs(value) > limit) {
    const type = suffix === 'f' ? 'float' : suffix === 'm' ? 'decimal' : 'double';
    problems.push({ code: 'real-out-of-range', start: 0, end: raw.length, data: { type } });
    return { value: 0, digits: '0', suffix };
  }
  return { value, digits, suffix };
}
