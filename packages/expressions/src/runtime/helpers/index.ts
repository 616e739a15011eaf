import { AnonymousObject } from '../core/anonymous.js';
import { dotnetEquals } from '../core/equality.js';
import * as arithmetic from './arithmetic.js';
import { arrayOf, newArray } from './arrays.js';
import { tick } from './budget.js';
import * as checks from './checks.js';
import { decimalLiteral } from './decimal-literal.js';
import { concatStrings, concatValues, formatHole } from './strings.js';

/**
 * The fixed set of runtime helpers compiled expressions call, besides the implementations of
 * model members. Generated code reaches them only as `h.<name>`, by the names below; the code
 * generator checks each name against this object, so a typo cannot reach the output.
 */
export const helpers = Object.freeze({
  ...arithmetic,
  notNull: checks.notNull,
  arrayGet: checks.arrayGet,
  arraySet: checks.arraySet,
  castReference: checks.castReference,
  unbox: checks.unbox,
  asType: checks.asType,
  box: checks.box,
  nullableValue: checks.nullableValue,
  throwValue: checks.throwValue,
  isDotnetException: checks.isDotnetException,
  dispose: checks.dispose,
  runFilter: checks.runFilter,
  newArray,
  arrayOf,
  decimalLiteral,
  concatStrings,
  concatValues,
  formatHole,
  tick,
  equals: dotnetEquals,
  /** Makes the iterator a declared `GetEnumerator()` returns iterable by `for...of`. */
  enumerate: <T>(iterator: Iterator<T>): Iterable<T> => ({ [Symbol.iterator]: () => iterator }),
  anonymous: (shape: ConstructorParameters<typeof AnonymousObject>[0], values: unknown[]) =>
    new AnonymousObject(shape, values),
});

export type Helpers = typeof helpers;
export type HelperName = keyof Helpers;
