import { SCOPES, type Scope, SECTIONS, type Section } from '../types.js';

/** For policies the documentation allows in every section. */
export const ALL_SECTIONS: readonly Section[] = SECTIONS;

/** For policies the documentation allows at every scope. */
export const ALL_SCOPES: readonly Scope[] = SCOPES;
