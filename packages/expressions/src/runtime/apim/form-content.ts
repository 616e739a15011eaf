import { Dictionary } from '../collections/dictionary.js';
import type { KeyValuePair } from '../collections/key-value-pair.js';
import { List } from '../collections/list.js';
import { nullReference } from '../exceptions.js';
import { runtimeTypeNamed } from '../type-resolver.js';
import { escapeDataString } from '../web/net/uri-escape.js';
import { urlDecode } from '../web/net/web-utility.js';

/**
 * `Body.AsFormUrlEncodedContent()`: an `application/x-www-form-urlencoded` body as
 * `IDictionary<string, IList<string>>` (a `Dictionary<string, IList<string>>` of `List<string>`,
 * ordinal names, in order of first appearance). Names and values are decoded as
 * `WebUtility.UrlDecode` does (`+` is a space); a name without `=` has the value `""`; empty
 * segments (`a=1&&b=2`) are skipped.
 */
export function parseFormContent(text: string): Dictionary<string, List<string>> {
  const string = runtimeTypeNamed('string');
  const result = new Dictionary<string, List<string>>([string, runtimeTypeNamed('IList<string>')]);
  if (text.length === 0) return result;
  for (const segment of text.split('&')) {
    if (segment.length === 0) continue;
    const equals = segment.indexOf('=');
    const name = urlDecode(equals < 0 ? segment : segment.slice(0, equals)) ?? '';
    const value = equals < 0 ? '' : (urlDecode(segment.slice(equals + 1)) ?? '');
    const values = result.find(name);
    if (values === undefined) {
      const list = new List<string>([string]);
      list.Add(value);
      result.setItem(list, name);
    } else values.Add(value);
  }
  return result;
}

/** `FormUrlEncodedContent`'s encoding: `Uri.EscapeDataString` with `%20` written `+`; null is `""`. */
function encode(text: string | null): string {
  if (text === null || text.length === 0) return '';
  return escapeDataString(text).replaceAll('%20', '+');
}

/**
 * `name=value&name=value` of a form dictionary (each value of a name in turn), or null when the
 * dictionary has no entries: `ToFormUrlEncodedContent()`. A name whose list is empty or null
 * contributes nothing.
 */
export function formUrlEncoded(
  dictionary: Iterable<KeyValuePair<string, Iterable<string | null> | null>> | null,
): string | null {
  if (dictionary === null) throw nullReference();
  const parts: string[] = [];
  let count = 0;
  for (const pair of dictionary) {
    count++;
    if (pair.Value === null) continue;
    for (const value of pair.Value) parts.push(`${encode(pair.Key)}=${encode(value)}`);
  }
  return count === 0 ? null : parts.join('&');
}

/** `ToQueryString()`: `?` and the encoded pairs, or null when there are none. */
export function queryStringOf(
  dictionary: Iterable<KeyValuePair<string, Iterable<string | null> | null>> | null,
): string | null {
  const encoded = formUrlEncoded(dictionary);
  return encoded === null ? null : `?${encoded}`;
}
