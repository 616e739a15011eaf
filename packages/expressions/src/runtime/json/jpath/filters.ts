import { JArray } from '../j-array.js';
import { JConstructor } from '../j-constructor.js';
import { JContainer } from '../j-container.js';
import { JObject } from '../j-object.js';
import { JProperty } from '../j-property.js';
import type { JToken } from '../j-token.js';
import { jsonException } from '../json-exceptions.js';
import type { QueryExpression } from './query.js';

/**
 * The steps of a Newtonsoft JSONPath (`PathFilter` and its subclasses): each maps the tokens
 * found so far to the next ones. `errorWhenNoMatch` turns a missing match into a
 * `JsonException`, as `SelectToken(path, true)` asks.
 */
export type PathFilter =
  | { readonly kind: 'root' }
  | { readonly kind: 'field'; readonly name: string | null }
  | { readonly kind: 'fields'; readonly names: readonly string[] }
  | { readonly kind: 'index'; readonly index: number | null }
  | { readonly kind: 'indexes'; readonly indexes: readonly number[] }
  | {
      readonly kind: 'slice';
      readonly start: number | null;
      readonly end: number | null;
      readonly step: number | null;
    }
  | { readonly kind: 'scan'; readonly names: readonly string[] | null }
  | { readonly kind: 'query'; readonly expression: QueryExpression; readonly scan: boolean };

/** The .NET class name of a token, as the messages print it (`JArray`). */
function shortName(token: JToken): string {
  return token.typeName.slice(token.typeName.lastIndexOf('.') + 1);
}

/** `PathFilter.GetTokenIndex`. */
function tokenAt(token: JToken, errorWhenNoMatch: boolean, index: number): JToken | null {
  if (token instanceof JArray || token instanceof JConstructor) {
    if (token.Count <= index) {
      if (errorWhenNoMatch) throw jsonException(`Index ${index} outside the bounds of ${shortName(token)}.`);
      return null;
    }
    return token.itemAt(index);
  }
  if (errorWhenNoMatch) throw jsonException(`Index ${index} not valid on ${shortName(token)}.`);
  return null;
}

/** `ScanFilter.GetNextScanValue`: the next token in document order below `originalParent`. */
function nextScanValue(
  originalParent: JToken,
  container: JContainer | null,
  value: JToken | null,
): JToken | null {
  if (container?.HasValues) return container.First;
  let current = value;
  while (current !== null && current !== originalParent && current === current.Parent?.Last)
    current = current.Parent;
  if (current === null || current === originalParent) return null;
  return current.Next;
}

function* scan(current: Iterable<JToken>, names: readonly string[] | null): Generator<JToken> {
  for (const c of current) {
    if (names === null) yield c;
    let value: JToken | null = c;
    for (;;) {
      value = nextScanValue(c, value instanceof JContainer ? value : null, value);
      if (value === null) break;
      if (value instanceof JProperty) {
        if (names?.includes(value.Name)) yield value.Value;
      } else if (names === null) yield value;
    }
  }
}

function* field(
  current: Iterable<JToken>,
  name: string | null,
  errorWhenNoMatch: boolean,
): Generator<JToken> {
  for (const t of current) {
    if (t instanceof JObject) {
      if (name !== null) {
        const v = t.propertyValue(name);
        if (v !== null) yield v;
        else if (errorWhenNoMatch) throw jsonException(`Property '${name}' does not exist on JObject.`);
      } else {
        for (const p of t.childTokens()) yield (p as JProperty).Value;
      }
    } else if (errorWhenNoMatch) {
      throw jsonException(`Property '${name ?? '*'}' not valid on ${shortName(t)}.`);
    }
  }
}

function* fields(
  current: Iterable<JToken>,
  names: readonly string[],
  errorWhenNoMatch: boolean,
): Generator<JToken> {
  for (const t of current) {
    if (t instanceof JObject) {
      for (const name of names) {
        const v = t.propertyValue(name);
        if (v !== null) yield v;
        if (errorWhenNoMatch) throw jsonException(`Property '${name}' does not exist on JObject.`);
      }
    } else if (errorWhenNoMatch) {
      throw jsonException(
        `Properties ${names.map((n) => `'${n}'`).join(', ')} not valid on ${shortName(t)}.`,
      );
    }
  }
}

function* index(current: Iterable<JToken>, at: number | null, errorWhenNoMatch: boolean): Generator<JToken> {
  for (const t of current) {
    if (at !== null) {
      const v = tokenAt(t, errorWhenNoMatch, at);
      if (v !== null) yield v;
    } else if (t instanceof JArray || t instanceof JConstructor) {
      yield* t.childTokens();
    } else if (errorWhenNoMatch) {
      throw jsonException(`Index * not valid on ${shortName(t)}.`);
    }
  }
}

function* indexes(
  current: Iterable<JToken>,
  list: readonly number[],
  errorWhenNoMatch: boolean,
): Generator<JToken> {
  for (const t of current) {
    for (const i of list) {
      const v = tokenAt(t, errorWhenNoMatch, i);
      if (v !== null) yield v;
    }
  }
}

const isValid = (i: number, stop: number, positive: boolean) => (positive ? i < stop : i > stop);

function* slice(
  current: Iterable<JToken>,
  filter: Extract<PathFilter, { kind: 'slice' }>,
  errorWhenNoMatch: boolean,
): Generator<JToken> {
  if (filter.step === 0) throw jsonException('Step cannot be zero.');
  for (const t of current) {
    if (t instanceof JArray) {
      const count = t.Count;
      const step = filter.step ?? 1;
      const positive = step > 0;
      let start = filter.start ?? (positive ? 0 : count - 1);
      let stop = filter.end ?? (positive ? count : -1);
      if (filter.start !== null && filter.start < 0) start = count + start;
      if (filter.end !== null && filter.end < 0) stop = count + stop;
      start = Math.max(start, positive ? 0 : -2147483648);
      start = Math.min(start, positive ? count : count - 1);
      stop = Math.max(stop, -1);
      stop = Math.min(stop, count);
      if (isValid(start, stop, positive)) {
        for (let i = start; isValid(i, stop, positive); i += step) yield t.itemAt(i);
      } else if (errorWhenNoMatch) {
        throw jsonException(
          `Array slice of ${filter.start ?? '*'} to ${filter.end ?? '*'} returned no results.`,
        );
      }
    } else if (errorWhenNoMatch) {
      throw jsonException(`Array slice is not valid on ${shortName(t)}.`);
    }
  }
}

function* query(
  root: JToken,
  current: Iterable<JToken>,
  filter: Extract<PathFilter, { kind: 'query' }>,
): Generator<JToken> {
  for (const t of current) {
    if (!filter.scan) {
      for (const v of t.childTokens()) if (filter.expression.isMatch(root, v)) yield v;
    } else if (t instanceof JContainer) {
      for (const d of t.descendants(true)) if (filter.expression.isMatch(root, d)) yield d;
    } else if (filter.expression.isMatch(root, t)) {
      yield t;
    }
  }
}

/** `PathFilter.ExecuteFilter`. */
export function executeFilter(
  filter: PathFilter,
  root: JToken,
  current: Iterable<JToken>,
  errorWhenNoMatch: boolean,
): Iterable<JToken> {
  switch (filter.kind) {
    case 'root':
      return [root];
    case 'field':
      return field(current, filter.name, errorWhenNoMatch);
    case 'fields':
      return fields(current, filter.names, errorWhenNoMatch);
    case 'index':
      return index(current, filter.index, errorWhenNoMatch);
    case 'indexes':
      return indexes(current, filter.indexes, errorWhenNoMatch);
    case 'slice':
      return slice(current, filter, errorWhenNoMatch);
    case 'scan':
      return scan(current, filter.names);
    case 'query':
      return query(root, current, filter);
  }
}

/** `JPath.Evaluate(filters, root, t, errorWhenNoMatch)`. */
export function evaluate(
  filters: readonly PathFilter[],
  root: JToken,
  t: JToken,
  errorWhenNoMatch: boolean,
): Iterable<JToken> {
  let current: Iterable<JToken> = [t];
  for (const filter of filters) current = executeFilter(filter, root, current, errorWhenNoMatch);
  return current;
}
