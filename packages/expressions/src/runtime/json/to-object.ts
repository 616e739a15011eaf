import { invalidCastMessage } from '../exceptions.js';
import type { RuntimeType } from '../runtime-type.js';
import type { JToken } from './j-token.js';
import { conversionTargetOf, convertToken } from './token-conversions.js';

/**
 * `JToken.ToObject<T>()` for the targets expressions use: the base types, strings, dates,
 * GUIDs and URIs convert as the explicit conversions do (`(int)token`); a token type gives a
 * copy of the token when it is one. Other types would need the serializer's contracts.
 */
export function toObject(token: JToken, [type]: readonly RuntimeType[]): unknown {
  const target = conversionTargetOf(type!);
  if (target !== null) return convertToken(token, target, type!.nullableOf !== null);
  if (type!.isInstance(token)) return token.cloneToken();
  throw invalidCastMessage(`Unable to cast object of type '${token.typeName}' to type '${type!.name}'.`);
}

/** `JToken.DeepEquals(t1, t2)`: both null, or deeply equal trees. */
export function deepEquals(t1: JToken | null, t2: JToken | null): boolean {
  return t1 === t2 || (t1 !== null && t2 !== null && t1.deepEquals(t2));
}
