/**
 * Positions follow the ESTree convention used by typescript-eslint: `range` holds UTF-16 offsets
 * into the policy file (start inclusive, end exclusive); `loc` holds 1-based lines and 0-based
 * columns.
 */
export type Range = readonly [start: number, end: number];

export interface Position {
  /** 1-based line. */
  readonly line: number;
  /** 0-based column, in UTF-16 code units. */
  readonly column: number;
}

export interface SourceLocation {
  readonly start: Position;
  readonly end: Position;
}

/** A point in a file: its offset together with its line and column. */
export interface SourcePosition extends Position {
  /** 0-based offset in UTF-16 code units. */
  readonly offset: number;
}

/** The start of a file. */
export const FILE_START: SourcePosition = { offset: 0, line: 1, column: 0 };
