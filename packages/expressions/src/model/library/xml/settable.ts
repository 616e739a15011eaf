import type { Implementation } from '../../implementation.js';
import { accessors, jsProperty } from '../../implementation.js';

/** A `{ get; set; }` property read and written through the runtime object's property `name`. */
export function settable(name: string): Implementation {
  return accessors(jsProperty(name), jsProperty(name));
}
