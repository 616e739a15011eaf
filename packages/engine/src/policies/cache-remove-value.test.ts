import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../index.js';
import { MemoryCacheStore } from '../services/cache-store.js';

const url = 'https://contoso.azure-api.net/echo/resource';
const T0 = Date.UTC(2025, 0, 1);

describe('cache-remove-value', () => {
  it('removes a key', async () => {
    const cache = new MemoryCacheStore();
    const store = compilePolicy(
      '<policies><inbound><cache-store-value key="k" value="v" duration="100" /></inbound></policies>',
      {
        services: { cache },
      },
    );
    const remove = compilePolicy(
      '<policies><inbound><cache-remove-value key="@("k")" /><cache-lookup-value key="k" variable-name="v" /></inbound></policies>',
      { services: { cache } },
    );
    await store.run({ url }, { now: T0 });
    expect(cache.get('k', T0)).toBe('v');
    expect((await remove.run({ url }, { now: T0 })).variables).toEqual({});
    expect(cache.get('k', T0)).toBeUndefined();
  });

  it('is fine with a key that is not there', async () => {
    const policy = compilePolicy(
      '<policies><inbound><cache-remove-value key="nothing" /></inbound></policies>',
    );
    const outcome = await policy.run({ url }, { now: T0 });
    expect(outcome).toMatchObject({ kind: 'forward', lastError: null });
    expect(outcome.trace.find((entry) => entry.policy === 'cache-remove-value')?.detail).toBe(
      'cache "nothing" removed',
    );
  });
});
