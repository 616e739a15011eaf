import { argumentNull } from '../exceptions.js';
import type { RuntimeType } from '../runtime-type.js';
import { convertTokenTo } from './change-type.js';
import { fromObject } from './from-object.js';
import { JArray } from './j-array.js';
import { JObject } from './j-object.js';
import { JToken } from './j-token.js';
import { JValue } from './j-value.js';
import { serializationException } from './json-exceptions.js';
import { JsonTextReader } from './json-text-reader.js';
import { readToken } from './load.js';
import { type Formatting, JsonToken, JTokenType } from './token-type.js';

/**
 * `Newtonsoft.Json.JsonConvert.SerializeObject` and `DeserializeObject` with the default
 * settings, for the shapes expressions use: tokens, values, sequences, dictionaries and
 * anonymous objects (see `fromObject`).
 */

/** `SerializeObject(object value[, Formatting formatting])`. */
export function serializeObject(value: unknown, formatting: Formatting = 0): string {
  if (value === null || value === undefined) return 'null';
  const token = value instanceof JToken ? value : fromObject(value);
  return token.toJson(formatting);
}

/** After the content only comments may follow (`CheckAdditionalContent`). */
function checkAdditionalContent(reader: JsonTextReader): void {
  while (reader.read()) {
    if (reader.tokenType !== JsonToken.Comment) {
      throw serializationException(
        'Additional text found in JSON string after finishing deserializing object.',
        reader.where(),
      );
    }
  }
}

/** `DeserializeObject(string value)`: objects and arrays as tokens, values as .NET values (object form). */
export function deserializeObject(value: string | null): unknown {
  if (value === null) throw argumentNull('value');
  const reader = new JsonTextReader(value);
  if (!reader.readAndMoveToContent()) return null;
  const token = readToken(reader);
  checkAdditionalContent(reader);
  return token instanceof JValue ? token.Value : token;
}

/** Is the type one of LINQ to JSON's token classes (read as a token, `JsonLinqContract`)? */
function isTokenType(type: RuntimeType): boolean {
  return type.name.startsWith('Newtonsoft.Json.Linq.J');
}

/** `DeserializeObject<T>(string value)` for token types and values (result in the typed form of `T`). */
export function deserializeObjectAs([type]: readonly RuntimeType[], value: string | null): unknown {
  if (value === null) throw argumentNull('value');
  const reader = new JsonTextReader(value);
  if (!reader.readAndMoveToContent()) return type!.defaultValue;
  const token = readToken(reader);
  if (isTokenType(type!)) {
    const valueOrToken =
      type!.name === 'Newtonsoft.Json.Linq.JValue' || type!.name === 'Newtonsoft.Json.Linq.JToken';
    if (token.Type === JTokenType.Null && !valueOrToken) {
      checkAdditionalContent(reader);
      return null;
    }
    if (!type!.isInstance(token)) {
      throw serializationException(
        `Deserialized JSON type '${token.typeName}' is not compatible with expected type '${type!.name}'.`,
        reader.where(),
      );
    }
    checkAdditionalContent(reader);
    return token;
  }
  checkAdditionalContent(reader);
  if (token instanceof JArray || token instanceof JObject) {
    const kind = token instanceof JArray ? 'array' : 'object';
    throw serializationException(
      `Cannot deserialize the current JSON ${kind} into type '${type!.name}'.`,
      reader.where(),
    );
  }
  return convertTokenTo(token, type!);
}
