import { argumentNull, invalidOperation } from '../exceptions.js';
import { currentString } from './invariant-text.js';
import { JArray } from './j-array.js';
import { JConstructor } from './j-constructor.js';
import type { JContainer } from './j-container.js';
import { JObject } from './j-object.js';
import { JProperty } from './j-property.js';
import type { JToken } from './j-token.js';
import { JValue } from './j-value.js';
import type { JsonReader } from './json-reader.js';
import { JsonTextReader } from './json-text-reader.js';
import { JsonToken, jsonTokenName } from './token-type.js';

/**
 * Building tokens from a reader: `JToken.ReadFrom`, `JContainer.ReadTokenFrom` and the
 * `Parse` methods, with the default load settings of Newtonsoft.Json 12/13 (no settings):
 * comments inside containers are dropped, a repeated property name replaces the earlier value
 * in its place, and text after the content is an error unless it is a comment.
 */

/** `new JValue(reader.Value)`, or the special values. */
function valueToken(reader: JsonReader): JValue | null {
  switch (reader.tokenType) {
    case JsonToken.String:
    case JsonToken.Integer:
    case JsonToken.Float:
    case JsonToken.Date:
    case JsonToken.Boolean:
    case JsonToken.Bytes:
      return JValue.fromObject(reader.value);
    case JsonToken.Null:
      return JValue.CreateNull();
    case JsonToken.Undefined:
      return JValue.CreateUndefined();
    default:
      return null;
  }
}

/** `JContainer.ReadContentFrom`: the reader is on the first token inside `container`. */
function readContentFrom(container: JContainer, reader: JsonReader): void {
  let parent: JContainer = container;
  do {
    if (parent instanceof JProperty && parent.Count > 0) {
      if (parent === container) return;
      parent = parent.Parent as JContainer;
    }
    const value = valueToken(reader);
    if (value !== null) {
      parent.Add(value);
      continue;
    }
    switch (reader.tokenType) {
      case JsonToken.None:
      case JsonToken.Comment:
        break;
      case JsonToken.StartArray: {
        const array = new JArray();
        parent.Add(array);
        parent = array;
        break;
      }
      case JsonToken.StartObject: {
        const object = new JObject();
        parent.Add(object);
        parent = object;
        break;
      }
      case JsonToken.StartConstructor: {
        const created = new JConstructor(currentString(reader.value));
        parent.Add(created);
        parent = created;
        break;
      }
      case JsonToken.EndArray:
      case JsonToken.EndObject:
      case JsonToken.EndConstructor:
        if (parent === container) return;
        parent = parent.Parent as JContainer;
        break;
      case JsonToken.PropertyName: {
        const object = parent as JObject;
        const name = currentString(reader.value);
        const property = new JProperty(name);
        const existing = object.Property(name);
        if (existing === null) object.Add(property);
        else existing.Replace(property);
        parent = property;
        break;
      }
      default:
        throw invalidOperation(
          `The JsonReader should not be on a token of type ${jsonTokenName(reader.tokenType)}.`,
        );
    }
  } while (reader.read());
}

/** `JContainer.ReadTokenFrom`: the reader is on the container's start token. */
function readTokenFrom(container: JContainer, reader: JsonReader, typeName: string): void {
  const startDepth = reader.depth;
  if (!reader.read()) throw reader.error(`Error reading ${typeName} from JsonReader.`);
  readContentFrom(container, reader);
  if (reader.depth > startDepth) throw reader.error(`Unexpected end of content while loading ${typeName}.`);
}

/** `JObject.Load(reader)`. */
export function loadObject(reader: JsonReader): JObject {
  if (reader.tokenType === JsonToken.None && !reader.read())
    throw reader.error('Error reading JObject from JsonReader.');
  reader.moveToContent();
  if (reader.tokenType !== JsonToken.StartObject) {
    throw reader.error(
      `Error reading JObject from JsonReader. Current JsonReader item is not an object: ${jsonTokenName(reader.tokenType)}`,
    );
  }
  const object = new JObject();
  readTokenFrom(object, reader, 'JObject');
  return object;
}

/** `JArray.Load(reader)`. */
export function loadArray(reader: JsonReader): JArray {
  if (reader.tokenType === JsonToken.None && !reader.read())
    throw reader.error('Error reading JArray from JsonReader.');
  reader.moveToContent();
  if (reader.tokenType !== JsonToken.StartArray) {
    throw reader.error(
      `Error reading JArray from JsonReader. Current JsonReader item is not an array: ${jsonTokenName(reader.tokenType)}`,
    );
  }
  const array = new JArray();
  readTokenFrom(array, reader, 'JArray');
  return array;
}

/** `JToken.ReadFrom(reader)`: the token the reader is on (reading the first one if it has not started). */
export function readToken(reader: JsonReader): JToken {
  if (reader.tokenType === JsonToken.None && !reader.read())
    throw reader.error('Error reading JToken from JsonReader.');
  switch (reader.tokenType) {
    case JsonToken.StartObject:
      return loadObject(reader);
    case JsonToken.StartArray:
      return loadArray(reader);
    case JsonToken.StartConstructor: {
      const created = new JConstructor(currentString(reader.value));
      readTokenFrom(created, reader, 'JConstructor');
      return created;
    }
    case JsonToken.PropertyName: {
      const property = new JProperty(currentString(reader.value));
      readTokenFrom(property, reader, 'JProperty');
      return property;
    }
    case JsonToken.Comment:
      return JValue.CreateComment(currentString(reader.value));
    default: {
      const value = valueToken(reader);
      if (value !== null) return value;
      throw reader.error(
        `Error reading JToken from JsonReader. Unexpected token: ${jsonTokenName(reader.tokenType)}`,
      );
    }
  }
}

/** Reads to the end: only comments may follow the content (the reader reports anything else). */
function finish(reader: JsonReader): void {
  while (reader.read()) {
    // Nothing but comments can be read here.
  }
}

/** `JToken.Parse(json)`. */
export function parseJToken(json: string | null): JToken {
  const reader = new JsonTextReader(requireJson(json));
  const token = readToken(reader);
  finish(reader);
  return token;
}

/** `JObject.Parse(json)`. */
export function parseJObject(json: string | null): JObject {
  const reader = new JsonTextReader(requireJson(json));
  const object = loadObject(reader);
  finish(reader);
  return object;
}

/** `JArray.Parse(json)`. */
export function parseJArray(json: string | null): JArray {
  const reader = new JsonTextReader(requireJson(json));
  const array = loadArray(reader);
  finish(reader);
  return array;
}

/** `new StringReader(null)` throws `ArgumentNullException` (parameter `s`). */
function requireJson(json: string | null): string {
  if (json === null) throw argumentNull('s');
  return json;
}
