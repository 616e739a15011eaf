import type { ConformanceCase } from '../case.js';

/** Conformance cases of the 'web' area of the runtime library. */
export const cases: readonly ConformanceCase[] = [];
