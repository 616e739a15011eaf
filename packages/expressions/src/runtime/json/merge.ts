import { dotnetTypeNameOf } from '../core/type-name.js';
import { invalidCast } from '../exceptions.js';
import type { JContainer } from './j-container.js';
import { JToken } from './j-token.js';
import { objectItems } from './json-values.js';

/**
 * `MergeEnumerableContent` with `MergeArrayHandling.Concat`: every item, which must be a token,
 * is added at the end (`foreach (JToken item in content)` casts each one).
 */
export function mergeEnumerableContent(target: JContainer, content: Iterable<unknown>): void {
  for (const item of objectItems(content)) {
    if (item !== null && !(item instanceof JToken)) {
      throw invalidCast(dotnetTypeNameOf(item), 'Newtonsoft.Json.Linq.JToken');
    }
    target.Add(item);
  }
}
