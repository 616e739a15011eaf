import { DOTNET_TYPE } from '../values.js';
import { currentString } from './invariant-text.js';
import type { JToken } from './j-token.js';
import { JValue } from './j-value.js';
import type { JsonTextWriter } from './json-text-writer.js';
import { JTokenType } from './token-type.js';

/** `Newtonsoft.Json.Linq.JRaw`: JSON text written as it is, without checks. */
export class JRaw extends JValue {
  static override readonly [DOTNET_TYPE]: string = 'Newtonsoft.Json.Linq.JRaw';

  /** `new JRaw(object rawJson)`. */
  constructor(rawJson: unknown) {
    super(rawJson ?? null, JTokenType.Raw);
  }

  override cloneToken(): JToken {
    return new JRaw(this.Value);
  }

  override writeTo(writer: JsonTextWriter): void {
    writer.writeValueText(this.Value === null ? '' : currentString(this.Value));
  }
}
