import { LiquidRenderError } from '../errors.js';
import { isNil, numberOf, parseNumber, toText } from '../values.js';

/** What filters need to know about the render beyond their input and arguments. */
export interface FilterEnvironment {
  /** IANA time zone for dates without an offset, `now` and epoch numbers. */
  readonly timeZone: string;
  /** The current instant for `"now"` and `"today"`, in epoch milliseconds. */
  readonly now: number;
}

/** A filter: its API Management (PascalCase) name, other accepted spellings, arity and code. */
export interface FilterDefinition {
  readonly name: string;
  /** Liquid's snake_case spellings (`strip_html`, `truncatewords`, `truncate_words`). */
  readonly aliases: readonly string[];
  readonly minArgs: number;
  readonly maxArgs: number;
  readonly apply: (input: unknown, args: readonly unknown[], env: FilterEnvironment) => unknown;
}

/** An argument as text; nil is the empty string, as in .NET string concatenation. */
export function textArg(value: unknown): string {
  return toText(value);
}

/**
 * An integer argument: numbers are rounded to even as .NET's `Convert.ToInt32` does, numeric
 * strings are parsed; anything else fails the render.
 */
export function integerArg(filter: string, value: unknown): number {
  const number = numberOf(value) ?? (typeof value === 'string' ? parseNumber(value) : undefined);
  if (number === undefined || !Number.isFinite(number)) {
    throw new LiquidRenderError(`${filter} expects a whole number, not '${toText(value)}'.`);
  }
  const floor = Math.floor(number);
  const diff = number - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

/** An optional argument: the fallback when left out or nil. */
export function optionalArg<T>(
  args: readonly unknown[],
  index: number,
  read: (value: unknown) => T,
  fallback: T,
): T {
  const value = args[index];
  return isNil(value) ? fallback : read(value);
}
