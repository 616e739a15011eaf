import { sameValue, sortOrder } from '../compare.js';
import { LiquidRenderError } from '../errors.js';
import { isNil, isObject, itemsOf, toText } from '../values.js';
import { type FilterDefinition, optionalArg, textArg } from './definition.js';

/** Nested arrays' items, in order (DotLiquid flattens before `Compact`, `Sort` and `Uniq`). */
function flatten(items: readonly unknown[]): unknown[] {
  return items.flatMap((item) => (Array.isArray(item) ? flatten(item) : [item]));
}

/** The input as a list: an array's items, or the input alone. */
function asList(input: unknown): unknown[] {
  return Array.isArray(input) ? flatten(input) : [input];
}

function propertyOf(item: unknown, property: string): unknown {
  return isObject(item) && Object.hasOwn(item, property) ? item[property] : undefined;
}

function collectionFilter(
  name: string,
  alias: string,
  arity: readonly [number, number],
  apply: (input: unknown, args: readonly unknown[]) => unknown,
): FilterDefinition {
  return {
    name,
    aliases: [alias],
    minArgs: arity[0],
    maxArgs: arity[1],
    apply: (input, args) => (isNil(input) ? null : apply(input, args)),
  };
}

export const collectionFilters: readonly FilterDefinition[] = [
  collectionFilter('Size', 'size', [0, 0], (input) => {
    if (typeof input === 'string' || Array.isArray(input)) return input.length;
    return isObject(input) ? Object.keys(input).length : 0;
  }),
  collectionFilter('First', 'first', [0, 0], (input) => itemsOf(input)[0]),
  collectionFilter('Last', 'last', [0, 0], (input) => itemsOf(input).at(-1)),
  collectionFilter('Join', 'join', [0, 1], (input, args) => {
    if (!Array.isArray(input) && typeof input !== 'string' && !isObject(input)) {
      throw new LiquidRenderError(`Join works on arrays, not on '${toText(input)}'.`);
    }
    return itemsOf(input)
      .map(toText)
      .join(optionalArg(args, 0, textArg, ' '));
  }),
  collectionFilter('Map', 'map', [1, 1], (input, [property]) => {
    const name = textArg(property);
    const items = Array.isArray(input) ? input : [input];
    return items.map((item) => propertyOf(item, name));
  }),
  collectionFilter('Compact', 'compact', [0, 0], (input) => asList(input).filter((item) => !isNil(item))),
  collectionFilter('Uniq', 'uniq', [0, 0], (input) => {
    const unique: unknown[] = [];
    for (const item of asList(input)) {
      if (!unique.some((seen) => sameValue(seen, item))) unique.push(item);
    }
    return unique;
  }),
  collectionFilter('Sort', 'sort', [0, 1], (input, args) => {
    const property = optionalArg(args, 0, textArg, '');
    if (property === '') return asList(input).sort(sortOrder);
    const items = Array.isArray(input) ? [...input] : isObject(input) ? [input] : asList(input);
    const sortable =
      items.every(isObject) && items.some((item) => isObject(item) && Object.hasOwn(item, property));
    if (!sortable) return items;
    return items.sort((a, b) => sortOrder(propertyOf(a, property), propertyOf(b, property)));
  }),
];
