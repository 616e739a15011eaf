import type { Range, SourceLocation } from '@apim-policy/expressions';

/**
 * The minimal view of a policy XML element that catalog validation needs. The document front end
 * produces richer nodes; an adapter maps them to this shape, so validation depends on nothing else.
 * `range` holds file offsets (end exclusive), `loc` 1-based lines and 0-based columns.
 */
export interface CatalogElement {
  readonly name: string;
  readonly attributes: readonly CatalogAttribute[];
  /** Child elements in document order (comments and text left out). */
  readonly children: readonly CatalogElement[];
  /** Non-blank text runs directly inside the element, if the front end provides them. */
  readonly text?: readonly CatalogText[];
  readonly range: Range;
  readonly loc: SourceLocation;
}

export interface CatalogAttribute {
  readonly name: string;
  /** The value after XML decoding and named-value substitution. */
  readonly value: string;
  /** Whether the whole (trimmed) value is a policy expression `@(...)`/`@{...}`. */
  readonly isExpression: boolean;
  /** Where the attribute (name and value) stands in the file. */
  readonly range: Range;
  readonly loc: SourceLocation;
}

export interface CatalogText {
  readonly value: string;
  readonly isExpression: boolean;
  readonly range: Range;
  readonly loc: SourceLocation;
}
