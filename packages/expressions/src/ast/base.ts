import type { SourceLocation } from '../source/position.js';
import type { TypeNode } from './types.js';

/** Every node of the syntax tree carries its place in the policy file. */
export interface BaseNode {
  /** Node kind, the discriminant of the `Node` union. */
  type: string;
  /** Offsets into the policy file: start inclusive, end exclusive. */
  range: [number, number];
  /** 1-based lines and 0-based columns in the policy file. */
  loc: SourceLocation;
}

/**
 * Stands where the parser found no valid syntax. A tree containing one always comes with an error
 * diagnostic at the same place.
 */
export interface ErrorNode extends BaseNode {
  type: 'ErrorNode';
}

/** A name: an identifier token, possibly `@`-prefixed (`@class`). */
export interface Identifier extends BaseNode {
  type: 'Identifier';
  /** The name without a verbatim `@` prefix. */
  name: string;
  /** Written with a leading `@` (`@class`): never a contextual keyword. */
  verbatim: boolean;
  /** `<...>` after the name (`As<JObject>`, `List<string>`), or null. */
  typeArguments: TypeNode[] | null;
}
