/**
 * Liquid's view of plain JavaScript data: nil, truthiness, numbers, rendering to text and member
 * lookup. The model holds plain data (objects, arrays, strings, numbers, booleans, null); the
 * engine adds two kinds of value of its own: {@link LiquidDecimal} and the `empty` / `blank`
 * keywords.
 */

/**
 * A number typed as a decimal rather than an integer, as DotLiquid types `2.0` written in a
 * template or the result of arithmetic on such a number. It matters only to `DividedBy` and
 * `Modulo`, which divide integers as integers (`7 | DividedBy: 2` is 3, `7 | DividedBy: 2.0` is
 * 3.5). Numbers from the model are decimals when they have a fractional part.
 */
export class LiquidDecimal {
  constructor(readonly value: number) {}
}

/** The `empty` and `blank` keywords, which only mean something in comparisons. */
export class LiquidKeyword {
  constructor(readonly keyword: 'empty' | 'blank') {}
}

export const EMPTY = new LiquidKeyword('empty');
export const BLANK = new LiquidKeyword('blank');

export function isNil(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

/** Liquid's truthiness: only `false` and nil are falsy (so are 0 and '' truthy). */
export function isTruthy(value: unknown): boolean {
  return !isNil(value) && value !== false;
}

/** A model object (not an array, nor one of the engine's own values). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof LiquidDecimal) &&
    !(value instanceof LiquidKeyword) &&
    !(value instanceof Date)
  );
}

/** The numeric value of a number or decimal; undefined for anything else. */
export function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (value instanceof LiquidDecimal) return value.value;
  return undefined;
}

/** True when arithmetic on `value` is decimal arithmetic rather than integer arithmetic. */
export function isDecimalTyped(value: unknown): boolean {
  return value instanceof LiquidDecimal || (typeof value === 'number' && !Number.isInteger(value));
}

const NUMBER_TEXT = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)\s*$/;

/** Parses a number written as text (`"42"`, `" -1.5 "`); undefined when it is not one. */
export function parseNumber(text: string): number | undefined {
  return NUMBER_TEXT.test(text) ? Number(text) : undefined;
}

/**
 * Rounds away the noise of binary floating point (`0.1 + 0.2`) the way .NET's decimal arithmetic
 * never shows it, keeping 15 significant digits.
 */
export function decimalRound(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(15)) : value;
}

/** .NET writes exponents as `E+21` / `E-07`. */
function dotNetExponent(text: string): string {
  return text.replace(
    /e([+-])(\d+)$/,
    (_, sign: string, digits: string) => `E${sign}${digits.padStart(2, '0')}`,
  );
}

/** Text of a decimal: never in exponent notation, as .NET's `decimal` prints. */
function decimalText(value: number): string {
  const rounded = decimalRound(value);
  const text = String(rounded);
  if (!text.includes('e')) return text;
  if (Math.abs(rounded) >= 1) return BigInt(Math.round(rounded)).toString();
  return rounded.toFixed(20).replace(/0+$/, '');
}

/** Text of a number as DotLiquid renders it. */
export function numberText(value: number | LiquidDecimal): string {
  if (value instanceof LiquidDecimal) return decimalText(value.value);
  if (Number.isNaN(value)) return 'NaN';
  if (value === Number.POSITIVE_INFINITY) return '∞';
  if (value === Number.NEGATIVE_INFINITY) return '-∞';
  return dotNetExponent(String(value));
}

/**
 * The text a value renders as in `{{ }}`: nil and the keywords as nothing, booleans as
 * `true`/`false`, arrays as their items' texts run together (DotLiquid joins them with nothing),
 * objects as JSON.
 */
export function toText(value: unknown): string {
  if (isNil(value) || value instanceof LiquidKeyword) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || value instanceof LiquidDecimal) return numberText(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return value.map(toText).join('');
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value, jsonReplacer);
  return String(value);
}

function jsonReplacer(_key: string, value: unknown): unknown {
  if (value instanceof LiquidDecimal) return decimalRound(value.value);
  if (value instanceof LiquidKeyword) return '';
  return value;
}

/** Text for a filter that works on strings; nil stays nil. */
export function textOrNil(value: unknown): string | null {
  return isNil(value) ? null : toText(value);
}

/** The `[key, value]` pairs an object iterates as (DotLiquid iterates a hash's entries). */
export function entriesOf(value: Record<string, unknown>): unknown[][] {
  return Object.keys(value).map((key) => [key, value[key]]);
}

/**
 * The items a `for` loop or a collection filter walks: an array's items, a string's characters
 * (UTF-16 code units, as a .NET string is a sequence of them), an object's `[key, value]` pairs; nothing for
 * anything else.
 */
export function itemsOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') return value.split('');
  if (isObject(value)) return entriesOf(value);
  return [];
}

/**
 * Looks `key` up in `target`. Arrays take integer indexes (negative ones count from the end);
 * objects take their own keys. Written as `.size`, `.first` or `.last` (not in brackets) on a
 * collection without such a key, they give its size, first or last item. Missing is undefined.
 */
export function lookUpMember(target: unknown, key: unknown, dotted: boolean): unknown {
  if (Array.isArray(target)) {
    const index = numberOf(key);
    if (index !== undefined && Number.isInteger(index)) {
      return target[index < 0 ? target.length + index : index];
    }
  } else if (isObject(target)) {
    const name = typeof key === 'string' ? key : toText(key);
    if (Object.hasOwn(target, name)) return target[name];
  }
  if (!dotted || typeof key !== 'string') return undefined;
  if (!Array.isArray(target) && typeof target !== 'string' && !isObject(target)) return undefined;
  const items = itemsOf(target);
  if (key === 'size') return items.length;
  if (key === 'first') return items[0];
  if (key === 'last') return items[items.length - 1];
  return undefined;
}
