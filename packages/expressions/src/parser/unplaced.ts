import type { SourceLocation } from '../source/position.js';

/** The location of a node until the parse maps its range into the file. */
export const UNPLACED: SourceLocation = Object.freeze({
  start: Object.freeze({ line: 0, column: 0 }),
  end: Object.freeze({ line: 0, column: 0 }),
});
