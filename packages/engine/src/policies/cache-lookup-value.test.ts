import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../index.js';
import type { CacheStore } from '../services/cache-store.js';

const url = 'https://contoso.azure-api.net/echo/resource';
const T0 = Date.UTC(2025, 0, 1);

describe('cache-lookup-value', () => {
  it('gives default-value on a miss, and leaves the variable unset without one', async () => {
    const policy = compilePolicy(`<policies><inbound>
      <cache-lookup-value key="missing" variable-name="a" default-value="none" />
      <cache-lookup-value key="missing" variable-name="b" default-value="@(7)" />
      <cache-lookup-value key="missing" variable-name="c" />
    </inbound></policies>`);
    const outcome = await policy.run({ url }, { now: T0 });
    expect(outcome.variables).toEqual({ a: 'none', b: 7 });
    expect(outcome.trace.find((entry) => entry.path === 'cache-lookup-value[3]')?.detail).toMatch(
      /miss "missing": c not set/,
    );
  });

  it('works with a cache answering by promise', async () => {
    const entries = new Map<string, { value: unknown; expiresAt: number }>();
    const cache: CacheStore = {
      get: async (key, now) => {
        const entry = entries.get(key);
        return entry !== undefined && now < entry.expiresAt ? entry.value : undefined;
      },
      set: async (key, value, expiresAt) => {
        entries.set(key, { value, expiresAt });
      },
      delete: async (key) => {
        entries.delete(key);
      },
    };
    const policy = compilePolicy(
      `<policies><inbound>
        <cache-lookup-value key="k" variable-name="before" />
        <cache-store-value key="k" value="@(context.Request.Method)" duration="@(5)" />
        <cache-lookup-value key="k" variable-name="after" />
        <cache-remove-value key="k" />
        <cache-lookup-value key="k" variable-name="removed" default-value="gone" />
      </inbound></policies>`,
      { services: { cache } },
    );
    expect((await policy.run({ url }, { now: T0 })).variables).toEqual({ after: 'GET', removed: 'gone' });
    expect(entries.size).toBe(0);
  });

  it('fails like API Management when the key expression throws', async () => {
    const policy = compilePolicy(
      '<policies><inbound><cache-lookup-value key="@(context.Variables[&quot;none&quot;].ToString())" variable-name="v" /></inbound></policies>',
    );
    const outcome = await policy.run({ url }, { now: T0 });
    expect(outcome).toMatchObject({
      kind: 'respond',
      response: { status: 500 },
      lastError: { source: 'cache-lookup-value', reason: 'ExpressionValueEvaluationFailure' },
    });
  });
});
