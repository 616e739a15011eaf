import type { ConformanceCase } from '../case.js';

/** Conformance cases of the 'time' area of the runtime library. */
export const cases: readonly ConformanceCase[] = [];
