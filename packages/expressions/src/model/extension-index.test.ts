import { describe, expect, it } from 'vitest';
import './library/index.js';
import { allDefinitions } from './registry.js';

describe('declaresExtensions', () => {
  it('tells, from the signatures alone, exactly the types whose member tables hold extension methods', () => {
    // Read before any member table is built (each test file has its own model), then compare.
    const declared = allDefinitions().map((definition) => [
      definition.fullName,
      definition.declaresExtensions,
    ]);
    const built = allDefinitions().map((definition) => [
      definition.fullName,
      definition.members.extensions.size > 0,
    ]);
    expect(declared).toEqual(built);
    expect(declared.filter(([, has]) => has).length).toBeGreaterThan(3);
  });
});
