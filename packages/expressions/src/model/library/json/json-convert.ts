import {
  deserializeObject,
  deserializeObjectAs,
  serializeObject,
} from '../../../runtime/json/json-convert.js';
import type { Formatting } from '../../../runtime/json/token-type.js';
import { withTypeArguments } from '../../implementation.js';
import { declareType } from '../../registry.js';

/** `Newtonsoft.Json.JsonConvert`: API Management allows only `SerializeObject` and `DeserializeObject`. */
declareType({
  name: 'Newtonsoft.Json.JsonConvert',
  kind: 'class',
  static: true,
  apim: 'listed',
  members: {
    'static string SerializeObject(object value)': {
      implementation: (value: unknown) => serializeObject(value),
      apim: true,
    },
    'static string SerializeObject(object value, Formatting formatting)': {
      implementation: (value: unknown, formatting: Formatting) => serializeObject(value, formatting),
      apim: true,
    },
    'static object DeserializeObject(string value)': { implementation: deserializeObject, apim: true },
    'static T DeserializeObject<T>(string value)': {
      implementation: withTypeArguments(deserializeObjectAs),
      apim: true,
    },
  },
});
