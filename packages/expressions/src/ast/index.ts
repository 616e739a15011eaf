export type * from './base.js';
export type * from './expressions.js';
export type * from './nodes.js';
export type * from './patterns.js';
export type * from './queries.js';
export type * from './statements.js';
export { forEachChild, type WalkCallbacks, walk } from './traverse.js';
export type * from './types.js';
export { visitorKeys } from './visitor-keys.js';
