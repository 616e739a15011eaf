import { Formatting, JTokenType } from '../../../runtime/json/token-type.js';
import { Boxed } from '../../../runtime/values.js';
import { declareType } from '../../registry.js';

const boxedAs = (name: string) => (value: unknown) => value instanceof Boxed && value.type.name === name;

/** `Newtonsoft.Json.Linq.JTokenType`: what `JToken.Type` returns. */
declareType({
  name: 'Newtonsoft.Json.Linq.JTokenType',
  kind: 'enum',
  apim: 'all',
  boxing: 'boxed',
  test: boxedAs('Newtonsoft.Json.Linq.JTokenType'),
  enum: JTokenType,
});

/** `Newtonsoft.Json.Formatting`: `None` or `Indented`, for `ToString` and `SerializeObject`. */
declareType({
  name: 'Newtonsoft.Json.Formatting',
  kind: 'enum',
  apim: 'all',
  boxing: 'boxed',
  test: boxedAs('Newtonsoft.Json.Formatting'),
  enum: Formatting,
});
