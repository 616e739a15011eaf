import { collectionFilters } from './collections.js';
import { currencyFilter } from './currency.js';
import { dateFilter } from './date.js';
import type { FilterDefinition } from './definition.js';
import { mathFilters } from './math.js';
import { textFilters } from './text.js';

/** Every filter API Management's Liquid supports, by API Management's (PascalCase) name. */
export const FILTERS: readonly FilterDefinition[] = [
  ...textFilters,
  ...mathFilters,
  ...collectionFilters,
  currencyFilter,
  dateFilter,
].sort((a, b) => (a.name < b.name ? -1 : 1));

/** The PascalCase names of the supported filters, in alphabetical order. */
export const liquidFilterNames: readonly string[] = FILTERS.map((filter) => filter.name);

const byName = new Map<string, FilterDefinition>();
for (const filter of FILTERS) {
  byName.set(filter.name, filter);
  for (const alias of filter.aliases) byName.set(alias, filter);
}

/**
 * The filter named `name`: its PascalCase name as API Management (DotLiquid's C# naming
 * convention) spells it, or Liquid's snake_case spelling. Names are matched exactly otherwise.
 */
export function findFilter(name: string): FilterDefinition | undefined {
  return byName.get(name);
}

/** A filter whose name differs from `name` only in case or underscores, to suggest. */
export function similarFilter(name: string): FilterDefinition | undefined {
  const key = name.replace(/_/g, '').toLowerCase();
  return FILTERS.find((filter) => filter.name.toLowerCase() === key);
}
