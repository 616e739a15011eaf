import { indexOutOfCollection } from '../collections/collection-errors.js';
import { iterate } from '../collections/sequence.js';
import { argumentOutOfRange } from '../exceptions.js';
import type { RuntimeType } from '../runtime-type.js';
import {
  moreThanOneElement,
  moreThanOneMatch,
  noElements,
  noMatch,
  requireFunction,
  requireSequence,
} from './errors.js';
import { indexedList } from './source.js';

/**
 * `First`, `Last`, `Single`, `ElementAt` and their `OrDefault` forms, as .NET Framework 4.8
 * runs them: arrays and `List<T>` are indexed; other sources are enumerated. With a predicate,
 * `Last` and `Single` test every element (Framework does not stop early; modern .NET does).
 * The `OrDefault` forms receive `[TSource]` to give `default(TSource)`.
 */

type Types = readonly RuntimeType[];
type Predicate = (item: unknown) => boolean;

/** Why a search found nothing: no element at all, or none matching. */
const NOT_FOUND = Symbol('not found');

function firstOf(source: unknown): unknown {
  const list = indexedList(requireSequence(source));
  if (list !== null) return list.length > 0 ? list[0] : NOT_FOUND;
  const items = iterate(source);
  const step = items.next();
  return step.done ? NOT_FOUND : step.value;
}

function firstMatch(source: unknown, predicate: Predicate | null): unknown {
  requireSequence(source);
  const test = requireFunction(predicate, 'predicate');
  const list = indexedList(source);
  if (list !== null) {
    for (let i = 0; i < list.length; i++) if (test(list[i])) return list[i];
    return NOT_FOUND;
  }
  const items = iterate(source);
  for (let step = items.next(); !step.done; step = items.next()) if (test(step.value)) return step.value;
  return NOT_FOUND;
}

function lastOf(source: unknown): unknown {
  const list = indexedList(requireSequence(source));
  if (list !== null) return list.length > 0 ? list[list.length - 1] : NOT_FOUND;
  let last: unknown = NOT_FOUND;
  const items = iterate(source);
  for (let step = items.next(); !step.done; step = items.next()) last = step.value;
  return last;
}

function lastMatch(source: unknown, predicate: Predicate | null): unknown {
  requireSequence(source);
  const test = requireFunction(predicate, 'predicate');
  let last: unknown = NOT_FOUND;
  const items = iterate(source);
  for (let step = items.next(); !step.done; step = items.next()) if (test(step.value)) last = step.value;
  return last;
}

/** The only element, `NOT_FOUND`, or throws for more than one. */
function singleOf(source: unknown): unknown {
  const list = indexedList(requireSequence(source));
  if (list !== null) {
    if (list.length === 0) return NOT_FOUND;
    if (list.length === 1) return list[0];
    throw moreThanOneElement();
  }
  const items = iterate(source);
  const first = items.next();
  if (first.done) return NOT_FOUND;
  if (!items.next().done) throw moreThanOneElement();
  return first.value;
}

function singleMatch(source: unknown, predicate: Predicate | null): unknown {
  requireSequence(source);
  const test = requireFunction(predicate, 'predicate');
  let found: unknown = NOT_FOUND;
  let count = 0;
  const items = iterate(source);
  for (let step = items.next(); !step.done; step = items.next()) {
    if (test(step.value)) {
      found = step.value;
      count++;
    }
  }
  if (count > 1) throw moreThanOneMatch();
  return found;
}

function orThrow(found: unknown, error: () => Error): unknown {
  if (found === NOT_FOUND) throw error();
  return found;
}

function orDefault(found: unknown, type: RuntimeType | undefined): unknown {
  return found === NOT_FOUND ? type!.defaultValue : found;
}

export const first = (_types: Types, source: unknown): unknown => orThrow(firstOf(source), noElements);
export const firstWhere = (_types: Types, source: unknown, predicate: Predicate | null): unknown =>
  orThrow(firstMatch(source, predicate), noMatch);
export const firstOrDefault = ([type]: Types, source: unknown): unknown => orDefault(firstOf(source), type);
export const firstOrDefaultWhere = ([type]: Types, source: unknown, predicate: Predicate | null): unknown =>
  orDefault(firstMatch(source, predicate), type);

export const last = (_types: Types, source: unknown): unknown => orThrow(lastOf(source), noElements);
export const lastWhere = (_types: Types, source: unknown, predicate: Predicate | null): unknown =>
  orThrow(lastMatch(source, predicate), noMatch);
export const lastOrDefault = ([type]: Types, source: unknown): unknown => orDefault(lastOf(source), type);
export const lastOrDefaultWhere = ([type]: Types, source: unknown, predicate: Predicate | null): unknown =>
  orDefault(lastMatch(source, predicate), type);

export const single = (_types: Types, source: unknown): unknown => orThrow(singleOf(source), noElements);
export const singleWhere = (_types: Types, source: unknown, predicate: Predicate | null): unknown =>
  orThrow(singleMatch(source, predicate), noMatch);
export const singleOrDefault = ([type]: Types, source: unknown): unknown => orDefault(singleOf(source), type);
export const singleOrDefaultWhere = ([type]: Types, source: unknown, predicate: Predicate | null): unknown =>
  orDefault(singleMatch(source, predicate), type);

/** The element at `index`, or `NOT_FOUND` when the index is outside an enumerated source. */
function elementAtIndex(source: unknown, index: number): unknown {
  if (index < 0) return NOT_FOUND;
  const items = iterate(source);
  for (let step = items.next(); !step.done; step = items.next()) {
    if (index === 0) return step.value;
    index--;
  }
  return NOT_FOUND;
}

/**
 * `ElementAt<TSource>(int index)`: a list's indexer complains as lists do (`Index was out of
 * range...`), an enumerated source with .NET's bare `ArgumentOutOfRangeException`.
 */
export function elementAt(_types: Types, source: unknown, index: number): unknown {
  const list = indexedList(requireSequence(source));
  if (list !== null) {
    if (index < 0 || index >= list.length) throw indexOutOfCollection();
    return list[index];
  }
  const found = elementAtIndex(source, index);
  if (found === NOT_FOUND) throw argumentOutOfRange('index');
  return found;
}

export function elementAtOrDefault([type]: Types, source: unknown, index: number): unknown {
  const list = indexedList(requireSequence(source));
  if (list !== null) return index >= 0 && index < list.length ? list[index] : type!.defaultValue;
  return orDefault(elementAtIndex(source, index), type);
}
