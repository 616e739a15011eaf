/** `Newtonsoft.Json.Linq.JTokenType`: the kind of a token, with Newtonsoft's values. */
export const JTokenType = {
  None: 0,
  Object: 1,
  Array: 2,
  Constructor: 3,
  Property: 4,
  Comment: 5,
  Integer: 6,
  Float: 7,
  String: 8,
  Boolean: 9,
  Null: 10,
  Undefined: 11,
  Date: 12,
  Raw: 13,
  Bytes: 14,
  Guid: 15,
  Uri: 16,
  TimeSpan: 17,
} as const;
export type JTokenType = (typeof JTokenType)[keyof typeof JTokenType];

const tokenTypeNames: readonly string[] = Object.keys(JTokenType);

/** The member name of a `JTokenType` value, as `ToString()` prints it in Newtonsoft's messages. */
export function tokenTypeName(type: JTokenType): string {
  return tokenTypeNames[type] ?? String(type);
}

/** `Newtonsoft.Json.JsonToken`: what a reader is positioned on. */
export const JsonToken = {
  None: 0,
  StartObject: 1,
  StartArray: 2,
  StartConstructor: 3,
  PropertyName: 4,
  Comment: 5,
  Raw: 6,
  Integer: 7,
  Float: 8,
  String: 9,
  Boolean: 10,
  Null: 11,
  Undefined: 12,
  EndObject: 13,
  EndArray: 14,
  EndConstructor: 15,
  Date: 16,
  Bytes: 17,
} as const;
export type JsonToken = (typeof JsonToken)[keyof typeof JsonToken];

const jsonTokenNames: readonly string[] = Object.keys(JsonToken);

/** The member name of a `JsonToken` value (`StartArray`), as Newtonsoft's messages print it. */
export function jsonTokenName(token: JsonToken): string {
  return jsonTokenNames[token] ?? String(token);
}

/** Tokens that carry a primitive value (`JsonTokenUtils.IsPrimitiveToken`). */
export function isPrimitiveToken(token: JsonToken): boolean {
  switch (token) {
    case JsonToken.Integer:
    case JsonToken.Float:
    case JsonToken.String:
    case JsonToken.Boolean:
    case JsonToken.Undefined:
    case JsonToken.Null:
    case JsonToken.Date:
    case JsonToken.Bytes:
      return true;
    default:
      return false;
  }
}

/** `JsonTokenUtils.IsStartToken`. */
export function isStartToken(token: JsonToken): boolean {
  return (
    token === JsonToken.StartObject || token === JsonToken.StartArray || token === JsonToken.StartConstructor
  );
}

/** `Newtonsoft.Json.Formatting`. */
export const Formatting = { None: 0, Indented: 1 } as const;
export type Formatting = (typeof Formatting)[keyof typeof Formatting];
