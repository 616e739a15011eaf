import { KeyValuePair } from '../collections/key-value-pair.js';
import { AnonymousObject } from '../core/anonymous.js';
import { argumentNull, DotnetException } from '../exceptions.js';
import type { RuntimeType } from '../runtime-type.js';
import { ELEMENT_TYPE, TYPE_ARGUMENTS } from '../values.js';
import { invariantString } from './invariant-text.js';
import { JArray } from './j-array.js';
import { JObject } from './j-object.js';
import { JProperty } from './j-property.js';
import { JToken } from './j-token.js';
import { JValue, valueTypeOf } from './j-value.js';
import { serializationException } from './json-exceptions.js';
import { runtimeClassName } from './json-values.js';
import { JTokenType } from './token-type.js';

/**
 * `JToken.FromObject(o)` for the shapes expressions build: tokens (copied), values, sequences
 * (arrays), dictionaries and anonymous objects (objects, their properties in declaration
 * order), as the default serializer writes them. Other objects are written with their declared
 * properties (see `setObjectContract`).
 */
export function fromObject(value: unknown): JToken {
  if (value === null || value === undefined) throw argumentNull('o');
  return toToken(value, null);
}

/**
 * The public properties of an object, as the serializer's object contract finds them: their
 * names and values (object form) in declaration order, or null when the object has no known
 * contract. The model installs it (it knows the declared properties of each type).
 */
export type ObjectContract = (value: object) => readonly (readonly [string, unknown])[] | null;

let objectContract: ObjectContract = () => null;

/** Installs how objects of the runtime's classes (`context.LastError`) list their properties. */
export function setObjectContract(contract: ObjectContract): void {
  objectContract = contract;
}

/** Is the value one a `JValue` holds (a number, date, GUID, URI, ... in object form)? */
function isValueObject(value: object): boolean {
  try {
    return valueTypeOf(null, value) !== JTokenType.Null;
  } catch (error) {
    if (error instanceof DotnetException) return false;
    throw error;
  }
}

/** The element type of a typed sequence (array or generic collection), when it says. */
function elementTypeOf(value: object): RuntimeType | null {
  const tagged = (value as { [ELEMENT_TYPE]?: RuntimeType })[ELEMENT_TYPE];
  if (tagged !== undefined) return tagged;
  const args = (value as { [TYPE_ARGUMENTS]?: readonly RuntimeType[] })[TYPE_ARGUMENTS];
  return args?.length === 1 ? args[0]! : null;
}

/** A value (typed form of `type`, or object form when `type` is null) as a token. */
function toToken(value: unknown, type: RuntimeType | null): JToken {
  if (value === null || value === undefined) return JValue.CreateNull();
  const boxed = type === null ? value : type.box(value);
  if (boxed === null || boxed === undefined) return JValue.CreateNull();
  if (boxed instanceof JToken) return boxed.cloneToken();
  if (typeof boxed !== 'object' || boxed instanceof Uint8Array) return JValue.fromObject(boxed);
  if (boxed instanceof AnonymousObject) {
    const object = new JObject();
    for (const name of boxed.shape.names) {
      object.Add(JProperty.withContent(name, toToken(boxed.property(name), null)));
    }
    return object;
  }
  if (Symbol.iterator in boxed) {
    const items = boxed as Iterable<unknown>;
    const elementType = elementTypeOf(boxed);
    const first = items[Symbol.iterator]().next();
    if ((!first.done && first.value instanceof KeyValuePair) || isDictionary(boxed)) {
      return dictionaryToken(items as Iterable<KeyValuePair>);
    }
    const array = new JArray();
    for (const item of items) array.Add(toToken(item, elementType));
    return array;
  }
  if (isValueObject(boxed)) return JValue.fromObject(boxed);
  const members = objectContract(boxed);
  if (members !== null) {
    const object = new JObject();
    for (const [name, member] of members) object.Add(JProperty.withContent(name, toToken(member, null)));
    return object;
  }
  throw serializationException(`Serializing ${invariantString(boxed)} is not supported.`, null);
}

/** Is the value a dictionary (which serializes as an object even when empty)? */
function isDictionary(value: object): boolean {
  return /Dictionary`2$/.test(runtimeClassName(value) ?? '');
}

/** A dictionary: each entry a property named by its key's text. */
function dictionaryToken(entries: Iterable<KeyValuePair>): JObject {
  const object = new JObject();
  for (const entry of entries) {
    const [keyType, valueType] = entry[TYPE_ARGUMENTS];
    const key = keyType === undefined ? entry.Key : keyType.box(entry.Key);
    object.Add(JProperty.withContent(invariantString(key), toToken(entry.Value, valueType ?? null)));
  }
  return object;
}
