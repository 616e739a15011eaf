import { argumentNull } from '../../exceptions.js';
import { type JsonIterable, lazy } from '../iterables.js';
import type { JToken } from '../j-token.js';
import { jsonException } from '../json-exceptions.js';
import { evaluate } from './filters.js';
import { JPathParser } from './parser.js';

/**
 * `JToken.SelectToken(path[, errorWhenNoMatch])`: the single token the JSONPath selects, or
 * null; more than one is an error. The token itself is the path's root (`$`).
 */
export function selectToken(token: JToken, path: string | null, errorWhenNoMatch = false): JToken | null {
  if (path === null) throw argumentNull('expression');
  const filters = new JPathParser(path).filters;
  let found: JToken | null = null;
  for (const t of evaluate(filters, token, token, errorWhenNoMatch)) {
    if (found !== null) throw jsonException('Path returned multiple tokens.');
    found = t;
  }
  return found;
}

/** `JToken.SelectTokens(path[, errorWhenNoMatch])`: every token the JSONPath selects, lazily. */
export function selectTokens(
  token: JToken,
  path: string | null,
  errorWhenNoMatch = false,
): JsonIterable<JToken> {
  if (path === null) throw argumentNull('expression');
  const filters = new JPathParser(path).filters;
  return lazy('JToken', () => evaluate(filters, token, token, errorWhenNoMatch));
}
