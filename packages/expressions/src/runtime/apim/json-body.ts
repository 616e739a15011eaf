import { JArray } from '../json/j-array.js';
import { JObject } from '../json/j-object.js';
import type { JToken } from '../json/j-token.js';
import { readerException } from '../json/json-exceptions.js';
import { parseJToken } from '../json/load.js';
import { tokenTypeName } from '../json/token-type.js';

/** Which token type `Body.As<T>()` asked for. */
export type JsonTarget = 'JToken' | 'JObject' | 'JArray';

const isWhiteSpace = (char: string) => char === ' ' || char === '\t' || char === '\n' || char === '\r';

/** Newtonsoft's line and position (1-based, after the character) of an offset in the text. */
function positionAt(text: string, end: number): { line: number; position: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < end; i++) {
    const char = text[i];
    if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, position: end - lineStart };
}

/** Where the first primitive token of the text ends (after a closing quote, or at a delimiter). */
function primitiveEnd(text: string, start: number): number {
  const quote = text[start];
  if (quote === '"' || quote === "'") {
    let i = start + 1;
    while (i < text.length && text[i] !== quote) i += text[i] === '\\' ? 2 : 1;
    return Math.min(i + 1, text.length);
  }
  let i = start;
  while (i < text.length && !isWhiteSpace(text[i]!) && !',]}/'.includes(text[i]!)) i++;
  return i;
}

/**
 * Reads a body as `JToken.Parse`, `JObject.Parse` or `JArray.Parse` do, with Newtonsoft's
 * exceptions when the body holds no token or a token of the wrong kind ("Error reading JObject
 * from JsonReader. Current JsonReader item is not an object: StartArray. Path '', line 1,
 * position 1."). Malformed JSON reports what the JSON runtime's parser reports.
 */
export function readJsonBody(text: string, target: JsonTarget): JToken {
  let start = 0;
  while (start < text.length && isWhiteSpace(text[start]!)) start++;
  if (start === text.length) {
    const where = text.length === 0 ? { line: 0, position: 0 } : positionAt(text, text.length);
    throw readerException(`Error reading ${target} from JsonReader`, { path: '', ...where });
  }
  if (target !== 'JToken') {
    const first = text[start];
    const wanted = target === 'JObject' ? '{' : '[';
    if (first !== wanted) {
      let found: string;
      let end: number;
      if (first === '{' || first === '[') {
        found = first === '{' ? 'StartObject' : 'StartArray';
        end = start + 1;
      } else {
        end = primitiveEnd(text, start);
        const token = parseJToken(text.slice(start, end));
        found = token.Type === 3 ? 'StartConstructor' : tokenTypeName(token.Type);
      }
      const kind = target === 'JObject' ? 'an object' : 'an array';
      throw readerException(
        `Error reading ${target} from JsonReader. Current JsonReader item is not ${kind}: ${found}`,
        { path: '', ...positionAt(text, end) },
      );
    }
  }
  const token = parseJToken(text);
  if (target === 'JObject' && !(token instanceof JObject))
    throw new Error('JSON body read as a JObject is not one');
  if (target === 'JArray' && !(token instanceof JArray))
    throw new Error('JSON body read as a JArray is not one');
  return token;
}
