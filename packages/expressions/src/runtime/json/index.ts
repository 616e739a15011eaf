// The JSON area of the runtime library: Newtonsoft.Json's LINQ to JSON as API Management ships it.

export { fromObject } from './from-object.js';
export { JArray } from './j-array.js';
export { JConstructor } from './j-constructor.js';
export { JContainer } from './j-container.js';
export { JObject } from './j-object.js';
export { JProperty } from './j-property.js';
export { JRaw } from './j-raw.js';
export { JToken } from './j-token.js';
export { JValue } from './j-value.js';
export { selectToken, selectTokens } from './jpath/select-token.js';
export { deserializeObject, deserializeObjectAs, serializeObject } from './json-convert.js';
export { loadArray, loadObject, parseJArray, parseJObject, parseJToken, readToken } from './load.js';
export { Formatting, JTokenType } from './token-type.js';
