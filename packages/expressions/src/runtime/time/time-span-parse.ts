import { argument, argumentNull, DotnetException, format as formatError, overflow } from '../exceptions.js';
import {
  TICKS_PER_DAY,
  TICKS_PER_HOUR,
  TICKS_PER_MILLISECOND,
  TICKS_PER_MINUTE,
  TICKS_PER_SECOND,
} from './calendar.js';
import { repeatCount, tryParseQuotedLiteral } from './format-tokens.js';
import { INT64_MAX, TimeSpan } from './time-span.js';

/**
 * `TimeSpan.Parse`, `TryParse`, `ParseExact` and `TryParseExact`, following .NET Framework's
 * `TimeSpanParse`: the input is cut into numbers and the separators between them, and the
 * separators are matched against the invariant forms (`[-][d.]h:m[:s[.f]]`) and the culture's
 * (`[-][d:]h:m[:s[.f]]`). As in .NET, `Parse` throws at the first problem found.
 */

const badTimeSpan = () => formatError('String was not recognized as a valid TimeSpan.');
const elementTooLarge = () =>
  overflow(
    'The TimeSpan could not be parsed because at least one of the numeric components is out of range or contains too many digits.',
  );
const badFormatSpecifier = () => formatError('Format specifier was invalid.');

const MAX_MILLISECONDS = 922_337_203_685_477n;

/** A number of the input, with the count of its leading zeros (which matter for fractions). */
interface NumberToken {
  readonly num: number;
  readonly zeroes: number;
}

const ZERO: NumberToken = { num: 0, zeroes: 0 };

type Token =
  | { readonly kind: 'end' }
  | { readonly kind: 'num'; readonly value: NumberToken }
  | { readonly kind: 'sep'; readonly text: string }
  | { readonly kind: 'overflow' };

/** `TimeSpanTokenizer`: a cursor over the input where the end reads as '\0'. */
class Tokenizer {
  constructor(
    readonly text: string,
    public pos: number,
  ) {}

  get current(): string {
    return this.pos > -1 && this.pos < this.text.length ? this.text[this.pos]! : '\0';
  }

  next(): string {
    this.pos++;
    return this.current;
  }

  backOne(): void {
    if (this.pos > 0) this.pos--;
  }

  get eol(): boolean {
    return this.pos >= this.text.length - 1;
  }

  token(): Token {
    let ch = this.current;
    if (ch === '\0') return { kind: 'end' };
    if (ch >= '0' && ch <= '9') {
      let num = 0;
      let zeroes = 0;
      do {
        if (num >= 0x1000_0000) return { kind: 'overflow' };
        num = num * 10 + (ch.charCodeAt(0) - 48);
        if (num === 0) zeroes++;
        if (num > 0x7fff_ffff) return { kind: 'overflow' };
        ch = this.next();
      } while (ch >= '0' && ch <= '9');
      return { kind: 'num', value: { num, zeroes } };
    }
    const start = this.pos;
    while (ch !== '\0' && (ch < '0' || ch > '9')) ch = this.next();
    return { kind: 'sep', text: this.text.slice(start, this.pos) };
  }
}

/** The separators of one form of TimeSpan text (`FormatLiterals`). */
interface Literals {
  readonly start: string;
  readonly dayHour: string;
  readonly hourMinute: string;
  readonly minuteSecond: string;
  readonly secondFraction: string;
  readonly end: string;
}

const literal = (start: string, dayHour: string): Literals => ({
  start,
  dayHour,
  hourMinute: ':',
  minuteSecond: ':',
  secondFraction: '.',
  end: '',
});

/** Invariant forms, then the culture's (`d':'h':'mm':'ss'.'FFFFFFF` for en-US and invariant). */
const INVARIANT = [literal('', '.'), literal('-', '.')] as const;
const LOCALIZED = [literal('', ':'), literal('-', ':')] as const;

/** `IsInvalidNumber`: too large, or a fraction with too many digits. */
function isInvalid(token: NumberToken, max: number, fraction: boolean): boolean {
  if (token.num > max) return true;
  if (!fraction) return false;
  if (token.zeroes > 7) return true;
  if (token.num === 0 || token.zeroes === 0) return false;
  return token.num >= Math.trunc(max / 10 ** (token.zeroes - 1));
}

/** `TryTimeToTicks`: null when a component is out of range. */
function timeToTicks(
  days: NumberToken,
  hours: NumberToken,
  minutes: NumberToken,
  seconds: NumberToken,
  fraction: NumberToken,
): bigint | null {
  if (
    isInvalid(days, 10_675_199, false) ||
    isInvalid(hours, 23, false) ||
    isInvalid(minutes, 59, false) ||
    isInvalid(seconds, 59, false) ||
    isInvalid(fraction, 9_999_999, true)
  ) {
    return null;
  }
  const millis =
    (BigInt(days.num) * 86_400n +
      BigInt(hours.num) * 3600n +
      BigInt(minutes.num) * 60n +
      BigInt(seconds.num)) *
    1000n;
  if (millis > MAX_MILLISECONDS || millis < -MAX_MILLISECONDS) return null;
  let f = BigInt(fraction.num);
  if (f !== 0n) {
    let lowerLimit = 1_000_000n;
    if (fraction.zeroes > 0) lowerLimit /= 10n ** BigInt(fraction.zeroes);
    while (f < lowerLimit) f *= 10n;
  }
  return millis * TICKS_PER_MILLISECOND + f;
}

/**
 * The tick count of a span read with its sign, or null when it overflows: .NET computes the
 * positive count in 64 bits, so a count of 2^63 only fits negated (TimeSpan.MinValue).
 */
function signedTicks(ticks: bigint | null, negative: boolean): bigint | null {
  if (ticks === null) return null;
  if (ticks > INT64_MAX + (negative ? 1n : 0n)) return null;
  return negative ? -ticks : ticks;
}

/** The numbers and separators of the input, alternating, with a separator at each end. */
interface RawInfo {
  readonly seps: string[];
  readonly nums: NumberToken[];
}

function tokenize(input: string): RawInfo {
  const tokenizer = new Tokenizer(input, 0);
  const raw: RawInfo = { seps: [], nums: [] };
  let last: 'none' | 'num' | 'sep' = 'none';
  let count = 0;
  const addSep = (text: string) => {
    if (raw.seps.length >= 6 || count >= 11) throw badTimeSpan();
    raw.seps.push(text);
    count++;
  };
  for (let token = tokenizer.token(); token.kind !== 'end'; token = tokenizer.token()) {
    if (token.kind === 'overflow') throw elementTooLarge();
    if (token.kind === 'sep') {
      addSep(token.text);
      last = 'sep';
    } else {
      if (count === 0) addSep('');
      if (raw.nums.length >= 5 || count >= 11) throw badTimeSpan();
      raw.nums.push(token.value);
      count++;
      last = 'num';
    }
  }
  if (!tokenizer.eol) throw badTimeSpan();
  if (last === 'num') addSep('');
  return raw;
}

type Shape = readonly (keyof Literals | 'appCompat')[];

/** Does the input's separators follow `shape` in the form `l`? */
function matches(raw: RawInfo, l: Literals, shape: Shape): boolean {
  if (raw.seps.length !== shape.length) return false;
  return shape.every((key, i) =>
    key === 'appCompat' ? raw.seps[i] === l.minuteSecond + l.secondFraction : raw.seps[i] === l[key],
  );
}

/** One way to read the numbers: the separators it needs, and which number is which component. */
interface Reading {
  readonly shape: Shape;
  readonly parts: (raw: NumberToken[]) => [NumberToken, NumberToken, NumberToken, NumberToken, NumberToken];
}

const READINGS: Record<number, readonly Reading[]> = {
  1: [{ shape: ['start', 'end'], parts: ([d]) => [d!, ZERO, ZERO, ZERO, ZERO] }],
  2: [{ shape: ['start', 'hourMinute', 'end'], parts: ([h, m]) => [ZERO, h!, m!, ZERO, ZERO] }],
  3: [
    { shape: ['start', 'hourMinute', 'minuteSecond', 'end'], parts: ([h, m, s]) => [ZERO, h!, m!, s!, ZERO] },
    { shape: ['start', 'dayHour', 'hourMinute', 'end'], parts: ([d, h, m]) => [d!, h!, m!, ZERO, ZERO] },
    { shape: ['start', 'hourMinute', 'appCompat', 'end'], parts: ([h, m, f]) => [ZERO, h!, m!, ZERO, f!] },
  ],
  4: [
    {
      shape: ['start', 'hourMinute', 'minuteSecond', 'secondFraction', 'end'],
      parts: ([h, m, s, f]) => [ZERO, h!, m!, s!, f!],
    },
    {
      shape: ['start', 'dayHour', 'hourMinute', 'minuteSecond', 'end'],
      parts: ([d, h, m, s]) => [d!, h!, m!, s!, ZERO],
    },
    {
      shape: ['start', 'dayHour', 'hourMinute', 'appCompat', 'end'],
      parts: ([d, h, m, f]) => [d!, h!, m!, ZERO, f!],
    },
  ],
  5: [
    {
      shape: ['start', 'dayHour', 'hourMinute', 'minuteSecond', 'secondFraction', 'end'],
      parts: ([d, h, m, s, f]) => [d!, h!, m!, s!, f!],
    },
  ],
};

interface Styles {
  readonly invariant: boolean;
  readonly localized: boolean;
  readonly requireFull: boolean;
}

/** `ProcessTerminalState`: tries each form, positive before negative, invariant before localized. */
function interpret(raw: RawInfo, styles: Styles): TimeSpan {
  const count = raw.nums.length;
  const readings = READINGS[count];
  if (readings === undefined || raw.seps.length !== count + 1) throw badTimeSpan();
  if (styles.requireFull && count !== 5) throw badTimeSpan();
  const forms: Literals[] = [];
  if (styles.invariant) forms.push(...INVARIANT);
  if (styles.localized) forms.push(...LOCALIZED);
  // For one, two and five numbers .NET reports a range problem of the first matching form; for
  // three and four it keeps trying the other readings first.
  const keepTrying = count === 3 || count === 4;
  let overflowed = false;
  for (const form of forms) {
    for (const reading of readings) {
      if (!matches(raw, form, reading.shape)) continue;
      const ticks = signedTicks(timeToTicks(...reading.parts(raw.nums)), form.start === '-');
      if (ticks === null) {
        if (!keepTrying) throw elementTooLarge();
        overflowed = true;
        continue;
      }
      return new TimeSpan(ticks);
    }
  }
  if (overflowed) throw elementTooLarge();
  throw badTimeSpan();
}

/** Runs a parse that throws .NET exceptions, turning its failure into null. */
function attempt<T>(parse: () => T): T | null {
  try {
    return parse();
  } catch (error) {
    if (error instanceof DotnetException) return null;
    throw error;
  }
}

function parseWithStyles(input: string | null, styles: Styles): TimeSpan {
  if (input === null) throw argumentNull('input');
  const trimmed = input.trim();
  if (trimmed === '') throw badTimeSpan();
  return interpret(tokenize(trimmed), styles);
}

const ANY: Styles = { invariant: true, localized: true, requireFull: false };

/** `TimeSpan.Parse(string[, IFormatProvider])`. */
export function parseTimeSpan(input: string | null): TimeSpan {
  return parseWithStyles(input, ANY);
}

/** `TimeSpan.TryParse(string, out TimeSpan)`: null when the text is not a TimeSpan. */
export function tryParseTimeSpan(input: string | null): TimeSpan | null {
  return attempt(() => parseWithStyles(input, ANY));
}

/** A cursor for the "c" format (`StringParser`), where the end reads as '\0'. */
class ConstantReader {
  pos = -1;
  ch = '\0';
  constructor(readonly text: string) {
    this.next();
  }
  next(): void {
    if (this.pos < this.text.length) this.pos++;
    this.ch = this.pos < this.text.length ? this.text[this.pos]! : '\0';
  }
  isDigit(): boolean {
    return this.ch >= '0' && this.ch <= '9';
  }
  skipBlanks(): void {
    while (this.ch === ' ' || this.ch === '\t') this.next();
  }
  readInt(max: number): number {
    let value = 0;
    const start = this.pos;
    while (this.isDigit()) {
      if (value >= 0x1000_0000) throw elementTooLarge();
      value = value * 10 + (this.ch.charCodeAt(0) - 48);
      if (value > 0x7fff_ffff) throw elementTooLarge();
      this.next();
    }
    if (start === this.pos) throw badTimeSpan();
    if (value > max) throw elementTooLarge();
    return value;
  }
  readTime(): bigint {
    let time = BigInt(this.readInt(23)) * TICKS_PER_HOUR;
    if (!this.at(':')) throw badTimeSpan();
    this.next();
    time += BigInt(this.readInt(59)) * TICKS_PER_MINUTE;
    if (this.at(':')) {
      this.next();
      if (!this.at('.')) time += BigInt(this.readInt(59)) * TICKS_PER_SECOND;
      if (this.at('.')) {
        this.next();
        let f = 10_000_000;
        while (f > 1 && this.isDigit()) {
          f /= 10;
          time += BigInt((this.ch.charCodeAt(0) - 48) * f);
          this.next();
        }
      }
    }
    return time;
  }
  at(ch: string): boolean {
    return this.ch === ch;
  }
}

/** The "c" format read back: `[ws][-]{d | [d.]hh:mm[:ss[.fffffff]]}[ws]`. */
function parseConstant(input: string): TimeSpan {
  const reader = new ConstantReader(input);
  reader.skipBlanks();
  let negative = false;
  if (reader.at('-')) {
    negative = true;
    reader.next();
  }
  let rest = reader.pos;
  while (rest < input.length && input[rest]! >= '0' && input[rest]! <= '9') rest++;
  let time: bigint;
  if (input[rest] === ':') {
    time = reader.readTime();
  } else {
    time = BigInt(reader.readInt(10_675_199)) * TICKS_PER_DAY;
    if (reader.at('.')) {
      reader.next();
      time += reader.readTime();
    }
  }
  if (negative) time = -time;
  reader.skipBlanks();
  if (reader.pos < input.length) throw badTimeSpan();
  return new TimeSpan(time);
}

/** `ParseExactDigits`: up to `max` digits; `ok` when there were at least `min`. */
function exactDigits(tokenizer: Tokenizer, min: number, max: number): NumberToken & { ok: boolean } {
  let num = 0;
  let zeroes = 0;
  let length = 0;
  while (length < max) {
    const ch = tokenizer.next();
    if (ch < '0' || ch > '9') {
      tokenizer.backOne();
      break;
    }
    num = num * 10 + (ch.charCodeAt(0) - 48);
    if (num === 0) zeroes++;
    length++;
  }
  return { num, zeroes, ok: length >= min };
}

/** A custom format read back (`TryParseByFormat`). */
function parseByFormat(input: string, format: string, negative: boolean): TimeSpan {
  const tokenizer = new Tokenizer(input, -1);
  const seen = new Set<string>();
  let days = ZERO;
  let hours = ZERO;
  let minutes = ZERO;
  let seconds = ZERO;
  let fraction = ZERO;
  let i = 0;
  while (i < format.length) {
    const ch = format[i]!;
    let length = 1;
    switch (ch) {
      case 'h':
      case 'm':
      case 's': {
        length = repeatCount(format, i);
        const value =
          length > 2 || seen.has(ch) ? null : exactDigits(tokenizer, length, length === 1 ? 2 : length);
        if (value === null || !value.ok) throw formatError();
        if (ch === 'h') hours = value;
        else if (ch === 'm') minutes = value;
        else seconds = value;
        seen.add(ch);
        break;
      }
      case 'f':
      case 'F': {
        length = repeatCount(format, i);
        if (length > 7 || seen.has('f')) throw formatError();
        const value = exactDigits(tokenizer, length, length);
        if (ch === 'f' && !value.ok) throw formatError();
        fraction = value;
        seen.add('f');
        break;
      }
      case 'd': {
        length = repeatCount(format, i);
        const value =
          length > 8 || seen.has('d')
            ? null
            : exactDigits(tokenizer, length < 2 ? 1 : length, length < 2 ? 8 : length);
        if (value === null || !value.ok) throw formatError();
        days = { num: value.num, zeroes: 0 };
        seen.add('d');
        break;
      }
      case "'":
      case '"': {
        const quoted = tryParseQuotedLiteral(format, i);
        if (quoted === null)
          throw formatError(`Cannot find a matching quote character for the character '${ch}'.`);
        for (const expected of quoted.text) if (tokenizer.next() !== expected) throw formatError();
        length = quoted.length;
        break;
      }
      case '%': {
        const next = format[i + 1];
        if (next === undefined || next === '%') throw formatError();
        break;
      }
      case '\\': {
        const next = format[i + 1];
        if (next === undefined || tokenizer.next() !== next) throw formatError();
        length = 2;
        break;
      }
      default:
        throw formatError();
    }
    i += length;
  }
  if (!tokenizer.eol) throw badTimeSpan();
  const ticks = signedTicks(
    timeToTicks(
      { num: days.num, zeroes: 0 },
      { num: hours.num, zeroes: 0 },
      { num: minutes.num, zeroes: 0 },
      { num: seconds.num, zeroes: 0 },
      fraction,
    ),
    negative,
  );
  if (ticks === null) throw elementTooLarge();
  return new TimeSpan(ticks);
}

/** `TimeSpanStyles`: None = 0, AssumeNegative = 1. */
function checkStyles(styles: number): boolean {
  if (styles !== 0 && styles !== 1) {
    throw argument('An undefined TimeSpanStyles value is being used.', 'styles');
  }
  return styles === 1;
}

function parseExactOne(input: string | null, format: string | null, negative: boolean): TimeSpan {
  if (input === null) throw argumentNull('input');
  if (format === null) throw argumentNull('format');
  if (format === '') throw badFormatSpecifier();
  if (format.length === 1) {
    switch (format) {
      case 'c':
      case 't':
      case 'T':
        return parseConstant(input);
      case 'g':
        return parseWithStyles(input, { invariant: false, localized: true, requireFull: false });
      case 'G':
        return parseWithStyles(input, { invariant: false, localized: true, requireFull: true });
      default:
        throw badFormatSpecifier();
    }
  }
  return parseByFormat(input, format, negative);
}

/** `TimeSpan.ParseExact(input, format, provider[, styles])`. */
export function parseExactTimeSpan(input: string | null, format: string | null, styles = 0): TimeSpan {
  const negative = checkStyles(styles);
  return parseExactOne(input, format, negative);
}

/** `TimeSpan.ParseExact(input, formats, provider[, styles])`: the first format that reads the input. */
export function parseExactTimeSpanMultiple(
  input: string | null,
  formats: readonly (string | null)[] | null,
  styles = 0,
): TimeSpan {
  const negative = checkStyles(styles);
  if (input === null) throw argumentNull('input');
  if (formats === null) throw argumentNull('formats');
  if (input === '') throw badTimeSpan();
  if (formats.length === 0) throw badFormatSpecifier();
  for (const format of formats) {
    if (format === null || format === '') throw badFormatSpecifier();
    const parsed = attempt(() => parseExactOne(input, format, negative));
    if (parsed !== null) return parsed;
  }
  throw badTimeSpan();
}

/** `TimeSpan.TryParseExact`: null when no format reads the input. */
export function tryParseExactTimeSpan(
  input: string | null,
  formats: string | readonly (string | null)[] | null,
  styles = 0,
): TimeSpan | null {
  const negative = checkStyles(styles);
  return attempt(() =>
    typeof formats === 'string' || formats === null
      ? parseExactOne(input, formats, negative)
      : parseExactTimeSpanMultiple(input, formats, styles),
  );
}
