import { LiquidRenderError } from '../errors.js';
import {
  decimalRound,
  isDecimalTyped,
  isNil,
  LiquidDecimal,
  numberOf,
  parseNumber,
  toText,
} from '../values.js';
import { digitsText, roundDecimal } from './decimal-text.js';
import { type FilterDefinition, integerArg, optionalArg } from './definition.js';

/** A number read leniently, as `double.TryParse` reads the text of a value; undefined if none. */
function looseNumber(value: unknown): number | undefined {
  return numberOf(value) ?? (isNil(value) ? undefined : parseNumber(toText(value)));
}

function operand(filter: string, value: unknown): number {
  const number = numberOf(value) ?? (typeof value === 'string' ? parseNumber(value) : undefined);
  if (number === undefined) {
    throw new LiquidRenderError(`${filter} works on numbers; '${toText(value)}' is not a number.`);
  }
  return number;
}

/**
 * Arithmetic as DotLiquid does it: nil on either side gives nil; two integers give an integer;
 * a decimal or a numeric string on either side makes it decimal arithmetic.
 */
function arithmetic(
  name: string,
  alias: string,
  integer: (a: number, b: number) => number,
  decimal: (a: number, b: number) => number,
  divides = false,
): FilterDefinition {
  return {
    name,
    aliases: [alias],
    minArgs: 1,
    maxArgs: 1,
    apply: (input, [other]) => {
      if (isNil(input) || isNil(other)) return null;
      const a = operand(name, input);
      const b = operand(name, other);
      if (divides && b === 0) throw new LiquidRenderError(`${name}: division by zero.`);
      const isDecimal =
        isDecimalTyped(input) ||
        isDecimalTyped(other) ||
        typeof input === 'string' ||
        typeof other === 'string';
      return isDecimal ? new LiquidDecimal(decimalRound(decimal(a, b))) : integer(a, b);
    },
  };
}

export const mathFilters: readonly FilterDefinition[] = [
  arithmetic(
    'Plus',
    'plus',
    (a, b) => a + b,
    (a, b) => a + b,
  ),
  arithmetic(
    'Minus',
    'minus',
    (a, b) => a - b,
    (a, b) => a - b,
  ),
  arithmetic(
    'Times',
    'times',
    (a, b) => a * b,
    (a, b) => a * b,
  ),
  arithmetic(
    'DividedBy',
    'divided_by',
    (a, b) => Math.trunc(a / b),
    (a, b) => a / b,
    true,
  ),
  arithmetic(
    'Modulo',
    'modulo',
    (a, b) => a % b,
    (a, b) => a % b,
    true,
  ),
  {
    name: 'Abs',
    aliases: ['abs'],
    minArgs: 0,
    maxArgs: 0,
    apply: (input) => new LiquidDecimal(Math.abs(looseNumber(input) ?? 0)),
  },
  {
    name: 'AtLeast',
    aliases: ['at_least'],
    minArgs: 1,
    maxArgs: 1,
    apply: (input, [limit]) => {
      const n = looseNumber(input);
      const min = looseNumber(limit);
      return n === undefined || min === undefined ? input : new LiquidDecimal(Math.max(n, min));
    },
  },
  {
    name: 'AtMost',
    aliases: ['at_most'],
    minArgs: 1,
    maxArgs: 1,
    apply: (input, [limit]) => {
      const n = looseNumber(input);
      const max = looseNumber(limit);
      return n === undefined || max === undefined ? input : new LiquidDecimal(Math.min(n, max));
    },
  },
  {
    name: 'Round',
    aliases: ['round'],
    minArgs: 0,
    maxArgs: 1,
    apply: (input, args) => {
      const places = optionalArg(args, 0, (v) => integerArg('Round', v), 0);
      if (places < 0 || places > 15) throw new LiquidRenderError('Round takes 0 to 15 decimal places.');
      const n = numberOf(input) ?? (typeof input === 'string' ? parseNumber(input) : undefined);
      if (n === undefined) return null;
      return new LiquidDecimal(Number(digitsText(roundDecimal(n, places, 'even'))));
    },
  },
];
